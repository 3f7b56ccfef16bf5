import { describe, expect, it } from 'vitest';
import { describeEntityErrors, evaluateCase, createExtractor, loadGoldCases } from './quality-harness.js';

/**
 * Chinese extraction against plan-style documents written for the project
 * (simplified and traditional characters) with gold read off them by hand.
 */
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;

const cases = loadGoldCases('tests/fixtures/chinese/gold', ['tests/fixtures/chinese']);
const extract = createExtractor();

describe('Chinese extraction quality against gold', () => {
  it('has its fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
    for (const goldCase of cases) expect(goldCase.document.language).toBe('zh');
  });

  it.each(cases.map((goldCase) => [goldCase.gold.document, goldCase] as const))(`%s: precision ≥ ${MIN_PRECISION}, recall ≥ ${MIN_RECALL}`, (_id, goldCase) => {
    const { entities } = evaluateCase(goldCase, extract(goldCase.document));
    const report = describeEntityErrors(goldCase, entities);
    expect(entities.precision, report).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(entities.recall, report).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it.each(cases.map((goldCase) => [goldCase.gold.document, goldCase] as const))('%s: structural relations', (_id, goldCase) => {
    const { relations } = evaluateCase(goldCase, extract(goldCase.document));
    expect(relations.missing).toEqual([]);
  });
});
