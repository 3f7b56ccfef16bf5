import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/annotate/structure.js';
import { tagSentence } from '../../src/annotate/annotate-sentence.js';

describe('readStructure', () => {
  it.each([
    ['dashes without a space', 'Lakeside will work on four fronts:\n-grow its ports;\n-train more nurses;', 2],
    ['bullets', 'The goals are:\n• cleaner rivers;\n• faster trains.', 2],
    ['numbers', 'Main tasks:\n1. Build roads\n2. Plant forests', 2],
    ['unmarked lines ending in semicolons', 'Targets for the period:\nforest cover of 30 percent;\nand a jobless rate under 5 percent.', 2],
  ])('reads a colon lead and its item lines: %s', (_name, text, count) => {
    const { lists } = readStructure(text);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.items).toHaveLength(count);
    expect(text.slice(lists[0]!.lead.start, lists[0]!.lead.end).endsWith(':')).toBe(true);
  });

  it('marks where an item starts after its marker', () => {
    const text = 'Aims:\n- (2) not a second marker\n-grow its ports;';
    const { lines } = readStructure(text);
    const item = lines[2]!;
    expect(item.kind).toBe('item');
    expect(text.slice(item.contentStart, item.end)).toBe('grow its ports;');
  });

  it.each([
    ['a paragraph after a colon sentence', 'The city said:\nIt will grow its ports and its trade with every neighbour over the coming years, officials added in a long statement to the press.'],
    ['a colon inside a line', 'Energy: the city will build wind farms.'],
  ])('reads no list from %s', (_name, text) => {
    expect(readStructure(text).lists).toEqual([]);
  });
});

describe('tagSentence', () => {
  it('keeps sentence offsets for every token', () => {
    const text = 'Lakeside will cut water use per household by 11.5 percent by 2030.';
    const { tokens, quantities } = tagSentence(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(quantities.map((q) => [q.kind, text.slice(q.start, q.end)])).toContainEqual(['PERCENT', '11.5 percent']);
    expect(tokens.find((t) => t.lower === 'cut')?.pos).toBe('VERB');
  });
});
