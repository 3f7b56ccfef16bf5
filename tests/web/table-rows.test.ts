import { describe, expect, it } from 'vitest';
import { computeTableRows, filterRows, sortRows, TABLE_COLUMNS, toTableCsv } from '../../src/web/core/table-rows.js';
import { INITIAL_VIEW_STATE } from '../../src/web/core/state.js';
import { loadPlans } from './helpers.js';

describe('entity and relation tables', () => {
  const plans = loadPlans();

  it('lists the entities the filters leave drawn, with relations, mentions and plan names', () => {
    const all = computeTableRows(plans, INITIAL_VIEW_STATE, 'entities');
    expect(all).toHaveLength(9);
    const onlyAlpha = computeTableRows(plans, { ...INITIAL_VIEW_STATE, shownDocuments: new Set(['alpha']) }, 'entities');
    expect(onlyAlpha.map((row) => row.key).sort()).toEqual(['Place:alpha only', 'Place:shared', 'Plan:alpha', 'Region:everywhere']);
    expect(all.find((row) => row.key === 'Region:everywhere')!.cells).toMatchObject({ label: 'everywhere', entityType: 'Region', relations: 2, mentions: 3, plans: 'Alpha; Beta; Gamma' });
  });

  it('lists relations with their ends, evidence count and first sentence', () => {
    const rows = computeTableRows(plans, { ...INITIAL_VIEW_STATE, hiddenEntityTypes: new Set(['Industry']) }, 'relations');
    expect(rows).toHaveLength(4);
    expect(rows.find((row) => row.key === 'Place:shared->Region:everywhere')!.cells).toMatchObject({ source: 'shared', relation: 'relatedTo', target: 'everywhere', evidence: 2, sentence: 'Text 0 of alpha.', plans: 'Alpha; Beta' });
  });

  it('sorts numbers by value and text by locale, ties by key, either way', () => {
    const rows = computeTableRows(plans, INITIAL_VIEW_STATE, 'entities');
    expect(sortRows(rows, { column: 'relations', descending: true }).slice(0, 3).map((row) => row.key)).toEqual(['Place:shared', 'Plan:beta', 'Plan:gamma']);
    expect(sortRows(rows, { column: 'label', descending: false }).slice(0, 2).map((row) => row.key)).toEqual(['Plan:alpha', 'Place:alpha only']);
  });

  it('filters on any text cell, case and dashes folded', () => {
    const rows = computeTableRows(plans, INITIAL_VIEW_STATE, 'entities');
    expect(filterRows(rows, 'GAMMA').map((row) => row.key).sort()).toEqual(['Industry:gamma only', 'Plan:gamma', 'Region:everywhere']);
    expect(filterRows(rows, '  ')).toHaveLength(9);
  });

  it('writes the rows as RFC 4180 CSV with a header of column titles', () => {
    const rows = filterRows(computeTableRows(plans, INITIAL_VIEW_STATE, 'entities'), 'everywhere');
    expect(toTableCsv(TABLE_COLUMNS.entities, rows)).toBe('Entity,Type,Relations,Centrality,Mentions,Plans\r\neverywhere,Region,2,0,3,Alpha; Beta; Gamma\r\n');
    const quoted = toTableCsv([{ id: 'x', title: 'X', numeric: false }], [{ key: 'k', cells: { x: 'a, "b"' } }]);
    expect(quoted).toBe('X\r\n"a, ""b"""\r\n');
  });
});
