import type { EntityRecord, Evidence, PlanDocument, RelationRecord } from '../../src/model/records.js';
import type { EntityType, Relation } from '../../src/model/vocabulary.js';

export function evidence(document: string, start: number, end: number, text = 'A sentence.'): Evidence {
  return { document, sentence: 0, start, end, sentenceStart: 0, text };
}

export function entity(entityType: EntityType, label: string, document = 'doc', start = 0): EntityRecord {
  return {
    key: `${entityType}:${label.toLowerCase()}`,
    label,
    entityType,
    aliases: [],
    mentions: [evidence(document, start, start + label.length)],
  };
}

export function relation(source: EntityRecord, rel: Relation, target: EntityRecord, document = 'doc', start = 0): RelationRecord {
  return { source: source.key, target: target.key, relation: rel, evidence: evidence(document, start, start + 10) };
}

export function planDocument(id: string, text = 'Plan text.'): PlanDocument {
  return { id, path: `${id}.txt`, title: id, text, bodyLine: 1 };
}
