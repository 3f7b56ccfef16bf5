import { describe, expect, it } from 'vitest';
import { extractText, labelsOf } from './helpers.js';

// Plan-style sentences written for these tests: targets set against a benchmark instead of a figure.
describe('targets set against a benchmark', () => {
  it.each([
    ['"higher than"', 'The county aims to keep its grain output higher than the provincial average.', 'grain output: higher than the provincial average'],
    ['"on par with"', 'Lakeside wants export growth on par with the national pace.', 'export growth: on par with the national pace'],
    ['a change verb kept in the value', 'The plan will ensure that farm incomes increase in step with economic growth.', 'farm incomes: increase in step with economic growth'],
    ['a sentence-initial capital and "basically"', 'Growth of household income will be basically in step with economic growth.', 'growth of household income: in step with economic growth'],
  ])('%s', (_name, text, label) => {
    expect(labelsOf(extractText(text), 'Target')).toEqual([label]);
  });

  it('reads no target from a comparison without a benchmark', () => {
    expect(labelsOf(extractText('The new bridge is higher than the old one.'), 'Target')).toEqual([]);
  });
});
