import type { EntityRecord, Evidence, RelationRecord } from '../model/records.js';

/**
 * Entities with the same content-derived key are one concept, whichever
 * document they came from: their mentions and aliases accumulate, nothing is
 * overwritten. The first label seen (documents in id order) stays the label.
 */
export function mergeEntities(records: readonly EntityRecord[]): EntityRecord[] {
  const byKey = new Map<string, EntityRecord>();
  for (const record of records) {
    const existing = byKey.get(record.key);
    if (!existing) {
      byKey.set(record.key, {
        ...record,
        aliases: [...record.aliases],
        mentions: [...record.mentions],
      });
      continue;
    }
    existing.aliases.push(...record.aliases);
    if (record.label !== existing.label) existing.aliases.push(record.label);
    existing.mentions.push(...record.mentions);
    // A count is a statement of one document; keep the first and never guess a sum.
    existing.declaredCount ??= record.declaredCount;
    existing.namedCount ??= record.namedCount;
    existing.target ??= record.target;
  }
  const merged = [...byKey.values()];
  for (const entity of merged) {
    entity.aliases = uniqueSorted(entity.aliases.filter((alias) => alias !== entity.label));
    entity.mentions = uniqueEvidence(entity.mentions);
  }
  return merged.sort((a, b) => compareStrings(a.key, b.key));
}

export interface MergedRelation {
  key: string;
  source: string;
  target: string;
  relation: RelationRecord['relation'];
  evidence: Evidence[];
}

/** One edge per (source, relation, target); every sentence that states it is kept as evidence. */
export function mergeRelations(records: readonly RelationRecord[]): MergedRelation[] {
  const byKey = new Map<string, MergedRelation>();
  for (const record of records) {
    const key = relationKey(record);
    const existing = byKey.get(key);
    if (existing) existing.evidence.push(record.evidence);
    else byKey.set(key, { key, source: record.source, target: record.target, relation: record.relation, evidence: [record.evidence] });
  }
  const merged = [...byKey.values()];
  for (const relation of merged) relation.evidence = uniqueEvidence(relation.evidence);
  return merged.sort((a, b) => compareStrings(a.key, b.key));
}

export function relationKey(record: Pick<RelationRecord, 'source' | 'target' | 'relation'>): string {
  return `${record.source}|${record.relation}|${record.target}`;
}

export function documentsOf(evidence: readonly Evidence[]): string[] {
  return uniqueSorted(evidence.map((e) => e.document));
}

function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const item of evidence) {
    const key = `${item.document}\u0000${item.start}\u0000${item.end}\u0000${item.sentence}`;
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()].sort(
    (a, b) => compareStrings(a.document, b.document) || a.start - b.start || a.end - b.end,
  );
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/** Code-unit order, independent of the machine's locale (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
