import type { EntityRecord, RelationRecord } from '../model/records.js';
import type { EntityType } from '../model/vocabulary.js';
import type { Lexicon } from './core/lexicon.js';
import { contentStems } from './core/stem.js';

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
  const partners = sameConceptPartners(concepts.map((concept) => concept.stems));
  const relations: RelationRecord[] = [];
  for (let i = 0; i < concepts.length; i += 1) {
    for (const j of partners[i]!) {
      const a = concepts[i]!;
      const b = concepts[j]!;
      if (a.entity.key === b.entity.key) continue;
      // Siblings of one list in one document are distinct by construction.
      if (a.entity.entityType === b.entity.entityType && [...a.documents].some((d) => b.documents.has(d))) continue;
      for (const mentions of [a.entity.mentions, b.entity.mentions]) {
        for (const evidence of mentions) relations.push({ source: a.entity.key, target: b.entity.key, relation: 'relatedTo', evidence });
      }
    }
  }
  return relations;
}

/**
 * For each index i, the indices j > i (ascending) whose stems are the same
 * concept. A linked pair shares all stems of its smaller set, so the larger
 * one is in the posting list of the smaller set's rarest stem: comparing only
 * those keeps linking near linear, where comparing every pair made a
 * 1,000-document build take minutes.
 */
function sameConceptPartners(stemSets: readonly Set<string>[]): number[][] {
  const postings = new Map<string, number[]>();
  // A single stem links only to the same single stem, so those sets get postings of their own.
  const singles = new Map<string, number[]>();
  stemSets.forEach((stems, index) => {
    for (const stem of stems) {
      addPosting(postings, stem, index);
      if (stems.size === 1) addPosting(singles, stem, index);
    }
  });
  const partners: number[][] = stemSets.map(() => []);
  stemSets.forEach((small, i) => {
    let rarest: number[] = [];
    let first = true;
    for (const stem of small) {
      const list = (small.size === 1 ? singles : postings).get(stem)!;
      if (first || list.length < rarest.length) rarest = list;
      first = false;
    }
    for (const j of rarest) {
      const large = stemSets[j]!;
      // Each pair is found once: from its smaller set, or from the lower index when the sets are equal.
      if (j === i || large.size < small.size || (large.size === small.size && j < i)) continue;
      if (sameConcept(small, large)) partners[Math.min(i, j)]!.push(Math.max(i, j));
    }
  });
  for (const list of partners) list.sort((a, b) => a - b);
  return partners;
}

function addPosting(postings: Map<string, number[]>, stem: string, index: number): void {
  const list = postings.get(stem);
  if (list) list.push(index);
  else postings.set(stem, [index]);
}

function sameConcept(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 2 && small.size !== large.size) return false;
  for (const stem of small) if (!large.has(stem)) return false;
  return true;
}
