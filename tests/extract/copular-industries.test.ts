import { describe, expect, it } from 'vitest';
import { extractText, labelsOf } from './helpers.js';

describe('industries named by a copula', () => {
  it.each([
    ['another pillar', 'Marine fisheries is another pillar of the county economy.', 'Marine fisheries'],
    ['remains a signature sector', 'Tea processing remains a signature sector.', 'Tea processing'],
    ['will become a new pillar industry', 'Low-altitude logistics will become a new pillar industry by 2030.', 'Low-altitude logistics'],
    ['a leading article is dropped', 'The bamboo economy has become a growth driver in the hills.', 'bamboo economy'],
  ])('%s', (_name, text, industry) => {
    expect(labelsOf(extractText(text), 'Industry')).toEqual([industry]);
  });

  it.each([
    ['a pronoun subject', 'It is another pillar of growth.'],
    ['a place subject', 'Harbin is a key sector of the northeast.'],
    ['a generic subject', 'The city is a major industry base.'],
    ['a head that is not last', 'Textiles is an industry hub for the coast.'],
    ['a long subject', 'The processing of locally grown winter vegetables is a pillar.'],
    ['no copula', 'Firms in the sector expect better sales.'],
  ])('reads no industry from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'Industry')).toEqual([]);
  });
});
