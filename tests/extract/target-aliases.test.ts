import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

// Plan-style sentences written for these tests.
const aliasesOf = (text: string) => extractText(text).entities.find((entity) => entity.entityType === 'Target')?.aliases ?? [];

describe('other names of a target, from the words around its figure', () => {
  it('names the change a growth verb states, yearly when the sentence says so', () => {
    expect(aliasesOf("The valley's farm output is expected to grow by 6 percent each year.")).toEqual(expect.arrayContaining(['farm output growth: 6 percent', 'annual farm output growth: 6 percent']));
    expect(aliasesOf("The valley's farm output will grow at an average rate of 6 percent.")).toContain("valley's farm output growth: 6 percent");
  });

  it('keeps the qualifier written before the figure', () => {
    expect(aliasesOf('Health insurance is expected to cover more than 90 percent of the valley residents by 2030.')).toContain('health insurance: more than 90 percent');
  });

  it('adds no change to an indicator that names it, nor to a figure that is no rate', () => {
    expect(aliasesOf('Annual growth of farm output will reach 6 percent.').some((alias) => /growth growth/u.test(alias))).toBe(false);
    expect(aliasesOf('The valley will grow its farm output to 300 billion yuan by 2030.').some((alias) => /growth:/u.test(alias))).toBe(false);
  });
});
