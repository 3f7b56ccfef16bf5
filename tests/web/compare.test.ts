import { describe, expect, it } from 'vitest';
import { COMPARE_COLORS, computeComparison, computeMembership } from '../../src/web/core/compare.js';
import { loadPlans } from './helpers.js';

const pair = { a: 'alpha', b: 'beta' };

describe('computeMembership', () => {
  it.each([
    [['alpha'], 'onlyA'],
    [['beta'], 'onlyB'],
    [['alpha', 'beta'], 'both'],
    [['alpha', 'beta', 'gamma'], 'both'],
    [['beta', 'gamma'], 'onlyB'],
    [['gamma'], 'neither'],
    [[], 'neither'],
  ])('%j → %s', (documents, expected) => {
    expect(computeMembership(documents, pair)).toBe(expected);
  });

  it('draws the three sides in three different colours', () => {
    expect(new Set(Object.values(COMPARE_COLORS)).size).toBe(3);
  });
});

describe('computeComparison', () => {
  const graph = loadPlans();

  it.each([
    [pair, { Plan: [1, 0, 1], Place: [1, 1, 0], Region: [0, 1, 0], Industry: [0, 0, 1] }, { onlyA: 2, both: 2, onlyB: 2 }],
    [{ a: 'beta', b: 'alpha' }, { Plan: [1, 0, 1], Place: [0, 1, 1], Region: [0, 1, 0], Industry: [1, 0, 0] }, { onlyA: 2, both: 2, onlyB: 2 }],
    [{ a: 'gamma', b: 'alpha' }, { Plan: [1, 0, 1], Place: [0, 0, 2], Region: [0, 1, 0], Industry: [1, 0, 0] }, { onlyA: 2, both: 1, onlyB: 3 }],
  ])('%j: per-type [only A, both, only B] and totals', (which, rows, totals) => {
    const comparison = computeComparison(graph, which);
    expect(Object.fromEntries(comparison.rows.map((row) => [row.entityType, [row.onlyA, row.both, row.onlyB]]))).toEqual(rows);
    expect(comparison.totals).toEqual(totals);
    expect(comparison.pair).toEqual(which);
  });

  it('leaves out types neither plan mentions and sorts by size', () => {
    const { rows } = computeComparison(graph, { a: 'gamma', b: 'gamma' });
    expect(rows.map((row) => row.entityType)).toEqual(['Industry', 'Plan', 'Region']);
  });

  it('agrees with the node count: every node in A or B is counted once', () => {
    const { totals } = computeComparison(graph, pair);
    const inEither = graph.filterNodes((_n, a) => a.documents.includes('alpha') || a.documents.includes('beta')).length;
    expect(totals.onlyA + totals.both + totals.onlyB).toBe(inEither);
  });
});
