import { describe, expect, it } from 'vitest';
import { linkConcepts } from '../../src/extract/concept-links.js';
import { contentStems, stemWord } from '../../src/extract/core/stem.js';
import { entityKey } from '../../src/extract/core/normalize.js';
import type { EntityRecord } from '../../src/model/records.js';
import type { EntityType } from '../../src/model/vocabulary.js';
import { shippedLexicon } from './helpers.js';

function concept(entityType: EntityType, label: string, document = 'doc-a', start = 0): EntityRecord {
  return {
    key: entityKey(entityType, label),
    label,
    entityType,
    aliases: [],
    mentions: [{ document, sentence: 0, start, end: start + label.length, sentenceStart: 0, text: label }],
  };
}

describe('stemWord', () => {
  it.each([
    ['governance', 'govern'],
    ['governing', 'govern'],
    ['upgrading', 'upgrad'],
    ['upgrade', 'upgrad'],
    ['industrial', 'industr'],
    ['industries', 'industr'],
    ['megacities', 'megac'],
    ['megacity', 'megac'],
    ['revitalization', 'revital'],
    ['revitalize', 'revital'],
    ['cultural', 'cultur'],
    ['culture', 'cultur'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('contentStems', () => {
  it.each([
    ['promoting rural revitalization', ['rur', 'revital']],
    ['pushing forward green and safe growth', ['green', 'saf']],
    ['industrial system upgrading', ['industr', 'upgrad']],
    ['the city\'s cultural development', ['cultur']],
  ])('%s', (label, stems) => {
    expect([...contentStems(label, shippedLexicon())]).toEqual(stems);
  });
});

describe('linkConcepts', () => {
  it.each<[string, [EntityType, string], [EntityType, string], boolean]>([
    ['a key area and the task that promotes it', ['KeyArea', 'rural revitalization'], ['PriorityTask', 'promoting rural revitalization'], true],
    ['a key area and the task that strengthens it', ['KeyArea', 'cultural development'], ['PriorityTask', 'strengthening cultural development'], true],
    ['a generic word dropped', ['KeyArea', 'industrial system upgrading'], ['PriorityTask', 'industrial upgrading'], true],
    ['a task contained in an opportunity', ['PriorityTask', 'industrial upgrading'], ['StrategicOpportunity', 'technological innovation as a catalyst for industrial upgrading'], true],
    ['inflections of governance and megacity', ['KeyArea', 'megacity governance'], ['StrategicOpportunity', 'improved governance capacity in the megacity'], true],
    ['a named zone and its theme', ['KeyArea', 'common prosperity'], ['Initiative', 'common prosperity demonstration zone'], true],
    ['only a generic word shared', ['KeyArea', 'high-quality development'], ['KeyArea', 'cultural development'], false],
    ['only a generic word shared across types', ['KeyArea', 'cultural development'], ['PriorityTask', 'regional development'], false],
    ['one shared word out of several', ['KeyArea', 'green development'], ['Industry', 'intelligent green energy equipment'], false],
    ['overlap without containment', ['PriorityTask', 'regional integration'], ['StrategicOpportunity', 'deeper integration as an inland gateway'], false],
    ['a single word inside a longer label', ['PriorityTask', 'advancing reforms'], ['StrategicOpportunity', 'broader reforms driven by digital transformation'], false],
    ['places are not concepts', ['Place', 'Chongqing'], ['Region', 'Chengdu-Chongqing economic circle'], false],
  ])('%s', (_name, [typeA, labelA], [typeB, labelB], linked) => {
    const relations = linkConcepts([concept(typeA, labelA), concept(typeB, labelB, 'doc-a', 40)], shippedLexicon());
    expect(relations.length > 0).toBe(linked);
    for (const relation of relations) expect(relation.relation).toBe('relatedTo');
  });

  it('emits one relation per supporting mention of either side', () => {
    const area = concept('KeyArea', 'rural revitalization');
    area.mentions.push({ ...area.mentions[0]!, sentence: 3, start: 100, end: 120 });
    const relations = linkConcepts([area, concept('PriorityTask', 'promoting rural revitalization', 'doc-a', 200)], shippedLexicon());
    expect(relations.map((r) => r.evidence.start)).toEqual([0, 100, 200]);
    expect(new Set(relations.map((r) => `${r.source}|${r.target}`)).size).toBe(1);
  });

  it('links the same concept across documents, even within one type', () => {
    const relations = linkConcepts([concept('PriorityTask', 'promoting rural revitalization', 'sichuan'), concept('PriorityTask', 'rural revitalization', 'hubei')], shippedLexicon());
    expect(relations).toHaveLength(2);
    expect(new Set(relations.map((r) => r.evidence.document))).toEqual(new Set(['sichuan', 'hubei']));
  });

  it('does not link siblings of one list in one document', () => {
    expect(linkConcepts([concept('Industry', 'new energy vehicles'), concept('Industry', 'intelligent connected new energy vehicles', 'doc-a', 30)], shippedLexicon())).toEqual([]);
  });

  it('is independent of input order', () => {
    const entities = [concept('KeyArea', 'rural revitalization'), concept('PriorityTask', 'promoting rural revitalization', 'doc-a', 50), concept('StrategicOpportunity', 'rural revitalization through tourism', 'doc-a', 90)];
    expect(linkConcepts([...entities].reverse(), shippedLexicon())).toEqual(linkConcepts(entities, shippedLexicon()));
  });
});
