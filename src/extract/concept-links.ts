import type { EntityRecord, RelationRecord } from '../model/records.js';
import type { EntityType } from '../model/vocabulary.js';
import type { Lexicon } from './lexicon.js';
import { contentStems } from './stem.js';

/** Types whose items are concepts a reader follows across lists. */
const CONCEPT_TYPES: ReadonlySet<EntityType> = new Set(['KeyArea', 'StrategicOpportunity', 'PriorityTask', 'Industry', 'Initiative']);

/**
 * Links the same concept written in different structures: a key area and the
 * task that carries it ("rural revitalization" / "promoting rural
 * revitalization"), a task and the opportunity that feeds it. Two labels are
 * linked when their content stems are equal, or when the smaller set of at
 * least two stems is contained in the larger; generic words never count.
 * Works on any set of entities, across documents. One relation per supporting mention.
 */
export function linkConcepts(entities: EntityRecord[], lexicon: Lexicon): RelationRecord[] {
  const concepts = entities
    .filter((entity) => CONCEPT_TYPES.has(entity.entityType))
    .map((entity) => ({ entity, stems: contentStems(entity.label, lexicon), documents: new Set(entity.mentions.map((m) => m.document)) }))
    .filter((concept) => concept.stems.size > 0)
    .sort((a, b) => (a.entity.key < b.entity.key ? -1 : a.entity.key > b.entity.key ? 1 : 0));
  const relations: RelationRecord[] = [];
  for (let i = 0; i < concepts.length; i += 1) {
    for (let j = i + 1; j < concepts.length; j += 1) {
      const a = concepts[i]!;
      const b = concepts[j]!;
      if (a.entity.key === b.entity.key) continue;
      // Siblings of one list in one document are distinct by construction.
      if (a.entity.entityType === b.entity.entityType && [...a.documents].some((d) => b.documents.has(d))) continue;
      if (!sameConcept(a.stems, b.stems)) continue;
      for (const evidence of [...a.entity.mentions, ...b.entity.mentions]) {
        relations.push({ source: a.entity.key, target: b.entity.key, relation: 'relatedTo', evidence });
      }
    }
  }
  return relations;
}

function sameConcept(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const contained = [...small].every((stem) => large.has(stem));
  if (!contained) return false;
  return small.size === large.size || small.size >= 2;
}
