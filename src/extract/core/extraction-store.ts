import type { Diagnostic, EntityRecord, Evidence, RelationRecord, TargetAttributes } from '../../model/records.js';
import type { EntityType, Relation } from '../../model/vocabulary.js';
import { lookupAlias, type Lexicon } from './lexicon.js';
import { entityKey, normalizeLabel } from './normalize.js';

export interface EntityInput {
  entityType: EntityType;
  label: string;
  evidence: Evidence;
  aliases?: string[];
  declaredCount?: number;
  target?: TargetAttributes;
  /** A fixed key (the plan's `Plan:<document id>`); otherwise the key derives from the label. */
  key?: string;
}

/**
 * A target, an event or a named group belongs to the plan that states it:
 * "GDP: 4 trillion yuan" in two provinces' plans is two targets, and one
 * plan's "pillar industries" are not another's. Their keys carry the
 * document id so the graph never merges them across documents.
 */
export const DOCUMENT_SCOPED_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['Target', 'Event', 'Group']);

/**
 * Collects entities and relations while extractors run. A repeated entity
 * appends its mention and spelling; nothing is overwritten, so the order of
 * the document decides the result.
 */
export class ExtractionStore {
  private readonly entities = new Map<string, EntityRecord>();
  private readonly relations: RelationRecord[] = [];
  private readonly relationSeen = new Set<string>();
  /** Mentions by sentence index, so a reader can ask what a span already holds without walking every entity. */
  private readonly bySentence = new Map<number, { entityType: EntityType; start: number; end: number; key: string }[]>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly lexicon: Lexicon) {}

  addEntity(input: EntityInput): string {
    const known = lookupAlias(this.lexicon, input.label);
    const label = known ? known.label : input.label;
    const key = input.key ?? (DOCUMENT_SCOPED_TYPES.has(input.entityType)
      ? `${entityKey(input.entityType, label)}@${input.evidence.document}`
      : entityKey(input.entityType, label));
    // A known name carries the lexicon's spellings too, so a search for "长三角" finds the Yangtze River Delta.
    const lexiconNames = known && known.entityType === input.entityType ? [known.label, ...known.aliases] : [];
    const surfaces = [input.label, ...(input.aliases ?? []), ...lexiconNames];
    let record = this.entities.get(key);
    if (!record) {
      record = { key, label, entityType: input.entityType, aliases: [], mentions: [] };
      if (input.target) record.target = input.target;
      // A plan is written in one language; the explorer shows it per plan.
      if (input.entityType === 'Plan' && input.evidence.language !== undefined) record.language = input.evidence.language;
      this.entities.set(key, record);
    }
    if (input.declaredCount !== undefined && record.declaredCount === undefined) record.declaredCount = input.declaredCount;
    for (const surface of surfaces) {
      const normal = normalizeLabel(surface);
      if (normal === '' || normal === normalizeLabel(record.label)) continue;
      if (record.aliases.some((alias) => normalizeLabel(alias) === normal)) continue;
      record.aliases.push(surface.trim());
    }
    const evidence = input.evidence;
    if (!record.mentions.some((m) => m.document === evidence.document && m.start === evidence.start && m.end === evidence.end)) {
      record.mentions.push(evidence);
      const list = this.bySentence.get(evidence.sentence) ?? [];
      list.push({ entityType: record.entityType, start: evidence.start, end: evidence.end, key });
      this.bySentence.set(evidence.sentence, list);
    }
    return key;
  }

  /** Mentions recorded in one sentence of the document being read (document offsets). */
  mentionsInSentence(sentence: number): readonly { entityType: EntityType; start: number; end: number; key: string }[] {
    return this.bySentence.get(sentence) ?? [];
  }

  get(key: string): EntityRecord | undefined {
    return this.entities.get(key);
  }

  addRelation(source: string, relation: Relation, target: string, evidence: Evidence): void {
    if (source === target) return;
    const id = `${source}\u0000${relation}\u0000${target}\u0000${evidence.document}\u0000${evidence.start}\u0000${evidence.end}`;
    if (this.relationSeen.has(id)) return;
    this.relationSeen.add(id);
    this.relations.push({ source, target, relation, evidence });
  }

  hasRelation(source: string, relation: Relation, target: string): boolean {
    return this.relations.some((r) => r.source === source && r.relation === relation && r.target === target);
  }

  entityList(): EntityRecord[] {
    return [...this.entities.values()];
  }

  relationList(): RelationRecord[] {
    return [...this.relations];
  }
}
