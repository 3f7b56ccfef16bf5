import { describe, expect, it } from 'vitest';
import { groupBySentence } from '../../src/web/core/evidence-groups.js';
import type { Evidence } from '../../src/model/records.js';

const ev = (document: string, sentence: number): Evidence => ({ document, sentence, start: 0, end: 1, sentenceStart: 0, text: `${document} ${sentence}` }) as Evidence;

describe('groupBySentence', () => {
  it.each([
    ['one sentence for a list of items', [['a', [ev('d', 1)]], ['b', [ev('d', 1)]], ['c', [ev('d', 1)]]], [['d:1', ['a', 'b', 'c']]]],
    ['first-seen order, an item in each of its sentences', [['a', [ev('d', 2), ev('d', 1)]], ['b', [ev('d', 1)]]], [['d:2', ['a']], ['d:1', ['a', 'b']]]],
    ['the same sentence number in two documents stays apart', [['a', [ev('d', 1)]], ['b', [ev('e', 1)]]], [['d:1', ['a']], ['e:1', ['b']]]],
    ['an item quoting a sentence twice is listed once', [['a', [ev('d', 1), ev('d', 1)]]], [['d:1', ['a']]]],
    ['no evidence, no group', [['a', []]], []],
  ] as [string, [string, Evidence[]][], [string, string[]][]][])('%s', (_name, items, expected) => {
    const groups = groupBySentence(items, ([, evidence]) => evidence);
    expect(groups.map((g) => [g.key, g.items.map(([key]) => key)])).toEqual(expected);
  });
});
