import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

const TITLE = { title: 'Outline of the 15th Five-Year Plan (2026-2030)' };

function targetLabels(text: string): string[] {
  return extractText(text, TITLE).entities.filter((entity) => entity.entityType === 'Target').map((entity) => entity.label);
}

describe('indicators stop at clause starts', () => {
  it.each([
    ['"call for" is the subject\'s verb, not the indicator', 'The outline calls for a per capita income growth of about 6 percent.', ['per capita income growth: 6 percent']],
    ['an -ing adjective stays inside the indicator', 'Output of the leading manufacturing industries will account for 40 percent of the industrial total.', ['Output of the leading manufacturing industries: 40 percent']],
    ['a year and "and for" start a new indicator', 'The plan calls for the urbanization rate to exceed 70 percent by 2030 and for spending on education to rise to 4 percent of GDP.', ['urbanization rate: 70 percent', 'spending on education: 4 percent of GDP']],
    ['a location after "at" stays inside the indicator', 'Cargo throughput at Ningbo Port is set to top 1.5 billion tonnes.', ['cargo throughput at Ningbo Port: 1.5 billion tonnes']],
    ['"will be kept above"', 'Annual cotton output will be kept above 5 million tonnes.', ['Annual cotton output: 5 million tonnes']],
    ['"will be stable at over"', 'The wetland protection rate will be stable at over 55 percent.', ['wetland protection rate: 55 percent']],
    ['"push … above"', 'Factories will push annual robot output above 200,000 units.', ['annual robot output: 200,000 units']],
    ['container units', 'Port throughput is expected to reach 40 million TEUs.', ['Port throughput: 40 million TEUs']],
  ])('%s', (_name, text, expected) => {
    expect(targetLabels(text).map((label) => label.charAt(0).toLowerCase() + label.slice(1))).toEqual(expected.map((label) => label.charAt(0).toLowerCase() + label.slice(1)));
  });

  it.each([
    ['the size of a fund being set up', 'The city will launch a venture fund of 20 billion yuan for start-ups.'],
    ['the size of a park being established', 'Officials plan to establish an industrial park of 3,000 square meters.'],
    ['a past figure joined by "while"', 'Exports hit 900 billion yuan in 2024, while wind capacity topped 40 gigawatts.'],
    ['a past "exceeded"', 'Retail sales exceeded 2 trillion yuan.'],
  ])('keeps %s out of the targets', (_name, text) => {
    expect(targetLabels(text)).toEqual([]);
  });
});
