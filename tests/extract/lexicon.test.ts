import { describe, expect, it } from 'vitest';
import { lookupAlias, parseLexicon } from '../../src/extract/core/lexicon.js';
import { LexiconError } from '../../src/model/errors.js';
import { readRepoFile } from './helpers.js';

const MINIMAL = `
listHeads:
  - entityType: KeyArea
    planRelation: hasKeyArea
    phrases: [key areas]
gazetteer:
  - { label: Yangtze River Delta, entityType: Region, aliases: [YRD, 长三角] }
`;

function thrown(text: string): LexiconError {
  try {
    parseLexicon(text, 'lexicon.yaml');
  } catch (error) {
    if (error instanceof LexiconError) return error;
    throw error;
  }
  throw new Error('expected a LexiconError');
}

describe('parseLexicon', () => {
  it('parses the shipped lexicon without warnings', () => {
    const { lexicon, diagnostics } = parseLexicon(readRepoFile('data/lexicon.yaml'), 'data/lexicon.yaml');
    expect(diagnostics).toEqual([]);
    expect(lexicon.listHeads.map((head) => [head.entityType, head.requires])).toEqual([
      ['KeyArea', 'none'],
      ['StrategicOpportunity', 'none'],
      ['PriorityTask', 'none'],
      ['Industry', 'none'],
      ['Initiative', 'none'],
      ['Initiative', 'qualifier'],
      ['KeyArea', 'count'],
    ]);
    expect(lexicon.units.map((unit) => unit.unit)).toContain('yuan');
    expect(lexicon.numberWords['thirteen']).toBe(13);
  });

  it.each([
    ['YRD', 'Yangtze River Delta'],
    ['长三角', 'Yangtze River Delta'],
    ['the yangtze river delta', 'Yangtze River Delta'],
  ])('resolves the alias %s to %s', (alias, label) => {
    const { lexicon } = parseLexicon(MINIMAL, 'lexicon.yaml');
    expect(lookupAlias(lexicon, alias)?.label).toBe(label);
  });

  it.each([
    ['a YAML syntax error', 'listHeads: [key areas\ngazetteer: {', 'LEXICON_SYNTAX', 2],
    ['a tab-indented mapping', 'listHeads:\n\t- a', 'LEXICON_SYNTAX', 2],
    ['an unknown entity type in a list head', 'listHeads:\n  - entityType: Sector\n    planRelation: develops\n    phrases: [sectors]\n', 'LEXICON_UNKNOWN_TYPE', 2],
    ['an unknown plan relation', 'listHeads:\n  - entityType: Industry\n    planRelation: grows\n    phrases: [sectors]\n', 'LEXICON_UNKNOWN_TYPE', 3],
    ['an unknown gazetteer type', 'gazetteer:\n  - { label: Chengdu, entityType: City }\n', 'LEXICON_UNKNOWN_TYPE', 2],
    ['an empty file', '', 'LEXICON_EMPTY', 1],
    ['an empty mapping', '{}', 'LEXICON_EMPTY', 1],
    ['only empty sections', 'listHeads: []\ngazetteer: []\n', 'LEXICON_EMPTY', 1],
    ['a list where a mapping belongs', '- a\n- b\n', 'LEXICON_SHAPE', 1],
    ['a string where a list belongs', 'introducers: such as\n', 'LEXICON_SHAPE', 1],
    ['an unknown frame for a list head', 'listHeads:\n  - entityType: KeyArea\n    planRelation: hasKeyArea\n    requires: colon\n    phrases: [areas]\n', 'LEXICON_SHAPE', 4],
  ])('rejects %s', (_name, text, code, line) => {
    const error = thrown(text);
    expect(error).toBeInstanceOf(LexiconError);
    expect(error.code).toBe(code);
    expect(error.location?.file).toBe('lexicon.yaml');
    expect(error.location?.line).toBe(line);
    expect(error.location?.column).toBeGreaterThanOrEqual(1);
  });

  it('names the unknown type and the allowed values', () => {
    const error = thrown('gazetteer:\n  - { label: Chengdu, entityType: City }\n');
    expect(error.message).toContain('City');
    expect(error.hint).toContain('Place');
    expect(error.hint).toContain('Region');
  });

  it('warns when two entries claim one alias, naming both', () => {
    const text = `${MINIMAL}  - { label: Yangtze Delta Region, entityType: Region, aliases: [YRD] }\n`;
    const { lexicon, diagnostics } = parseLexicon(text, 'lexicon.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'LEXICON_DUPLICATE_ALIAS', file: 'lexicon.yaml', line: 8 });
    expect(diagnostics[0]!.message).toContain('Yangtze River Delta');
    expect(diagnostics[0]!.message).toContain('Yangtze Delta Region');
    expect(lookupAlias(lexicon, 'YRD')?.label).toBe('Yangtze River Delta');
  });
});
