import { describe, expect, it } from 'vitest';
import { buildGexfExport, computeExportGraph, toExportFileName } from '../../src/web/core/export.js';
import { computeEntityTypeCounts, computeMembershipCounts, computeRelationCounts, computeColorClassCounts, computeVisibleSummary } from '../../src/web/core/filters.js';
import { INITIAL_VIEW_STATE } from '../../src/web/core/state.js';
import { checkGexf } from '../support/check-gexf.js';
import { loadPlans, loadSynthetic } from './helpers.js';

const graph = loadSynthetic(48, 2, 9);
const hidePlaces = { ...INITIAL_VIEW_STATE, hiddenEntityTypes: new Set(['Place']) };
const placeCount = graph.filterNodes((_n, a) => a.entityType === 'Place').length;

describe('filters', () => {
  it('counts every type once and marks hidden ones', () => {
    const rows = computeEntityTypeCounts(graph, hidePlaces);
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(graph.order);
    expect(rows.find((row) => row.name === 'Place')).toMatchObject({ hidden: true, visible: 0, total: placeCount });
    expect(rows.find((row) => row.name === 'Region')).toMatchObject({ hidden: false });
  });

  it('relation counts drop edges whose endpoint is hidden', () => {
    const all = computeRelationCounts(graph, INITIAL_VIEW_STATE);
    const some = computeRelationCounts(graph, hidePlaces);
    expect(all.reduce((sum, row) => sum + row.visible, 0)).toBe(graph.size);
    expect(some.reduce((sum, row) => sum + row.visible, 0)).toBeLessThan(graph.size);
  });

  it.each([
    ['nothing hidden', INITIAL_VIEW_STATE, graph.order, graph.size],
    ['a type hidden', hidePlaces, graph.order - placeCount, undefined],
    ['every relation hidden', { ...INITIAL_VIEW_STATE, hiddenRelations: new Set(graph.mapEdges((_e, a) => a.relation)) }, graph.order, 0],
  ])('summary with %s', (_name, state, nodes, edges) => {
    const summary = computeVisibleSummary(graph, state);
    expect(summary.nodes).toBe(nodes);
    if (edges !== undefined) expect(summary.edges).toBe(edges);
    expect(summary.totalNodes).toBe(graph.order);
  });
});

describe('hiding unlinked entities', () => {
  it('leaves out exactly the entities without a relation, and keeps every relation', () => {
    const plans = loadPlans();
    const isolated = plans.filterNodes((node) => plans.degree(node) === 0).length;
    const summary = computeVisibleSummary(plans, { ...INITIAL_VIEW_STATE, hideIsolated: true });
    expect(summary.nodes).toBe(plans.order - isolated);
    expect(summary.edges).toBe(plans.size);
    expect(isolated).toBeGreaterThan(0);
  });
});

describe('export', () => {
  it('exports the graph itself for the whole-graph scope and a filtered copy otherwise', () => {
    expect(computeExportGraph(graph, hidePlaces, 'all')).toBe(graph);
    const visible = computeExportGraph(graph, hidePlaces, 'visible');
    expect(visible.order).toBe(graph.order - placeCount);
    expect(visible.size).toBe(computeVisibleSummary(graph, hidePlaces).edges);
    expect(graph.order).toBe(48);
  });

  it.each([
    ['all', graph.order],
    ['visible', graph.order - placeCount],
  ] as const)('the %s GEXF passes the conformance check with the right node count', async (scope, nodes) => {
    const result = await checkGexf(buildGexfExport(graph, hidePlaces, scope));
    expect(result.ok, result.output).toBe(true);
    expect(result.nodes).toBe(nodes);
  });

  it.each([
    ['Chongqing 15th Five-Year Plan', 'all', 'gexf', 'chongqing-15th-five-year-plan.gexf'],
    ['Région Île', 'visible', 'png', 'region-ile-filtered.png'],
    ['重庆', 'all', 'gexf', 'plangraph.gexf'],
  ] as const)('file name for %j', (name, scope, ext, expected) => {
    expect(toExportFileName(name, scope, ext)).toBe(expected);
  });
});

describe('filters across plans', () => {
  const plans = loadPlans();
  const onlyAlpha = { ...INITIAL_VIEW_STATE, shownDocuments: new Set(['alpha']) };
  const comparing = { ...INITIAL_VIEW_STATE, compare: { a: 'alpha', b: 'beta' } };
  const visibleByType = (state: typeof INITIAL_VIEW_STATE) => Object.fromEntries(computeEntityTypeCounts(plans, state).map((row) => [row.name, row.visible]));

  it.each([
    ['every plan', INITIAL_VIEW_STATE, { Industry: 3, Plan: 3, Place: 2, Region: 1 }, 9, 6],
    ['alpha only', onlyAlpha, { Industry: 0, Plan: 1, Place: 2, Region: 1 }, 4, 2],
    ['no plan', { ...INITIAL_VIEW_STATE, shownDocuments: new Set<string>() }, { Industry: 0, Plan: 0, Place: 0, Region: 0 }, 0, 0],
    ['alpha against beta', comparing, { Industry: 1, Plan: 2, Place: 2, Region: 1 }, 6, 4],
  ])('legend and summary follow %s', (_name, state, byType, nodes, edges) => {
    expect(visibleByType(state)).toEqual(byType);
    expect(computeVisibleSummary(plans, state)).toMatchObject({ nodes, edges, totalNodes: 9, totalEdges: 6 });
    expect(computeRelationCounts(plans, state)[0]).toMatchObject({ name: 'relatedTo', visible: edges, total: 6 });
  });

  it('counts nodes by how many plans share them', () => {
    expect(computeColorClassCounts(plans, INITIAL_VIEW_STATE, 'shared').map((row) => [row.name, row.total, row.visible])).toEqual([
      ['0 plans', 1, 1],
      ['1 plan', 6, 6],
      ['2 plans', 1, 1],
      ['3 plans', 1, 1],
    ]);
    expect(computeColorClassCounts(plans, onlyAlpha, 'shared').map((row) => row.visible)).toEqual([0, 2, 1, 1]);
  });

  it('counts drawn nodes on each side of a comparison, and nothing when not comparing', () => {
    expect(computeMembershipCounts(plans, comparing).map((row) => [row.membership, row.visible])).toEqual([
      ['onlyA', 2],
      ['both', 2],
      ['onlyB', 2],
    ]);
    expect(computeMembershipCounts(plans, { ...comparing, hiddenEntityTypes: new Set(['Plan']) }).map((row) => row.visible)).toEqual([1, 2, 1]);
    expect(computeMembershipCounts(plans, INITIAL_VIEW_STATE)).toEqual([]);
  });

  it('"Visible only" exports exactly the plans in view', () => {
    const exported = computeExportGraph(plans, onlyAlpha, 'visible');
    expect(exported.nodes().sort()).toEqual(['Place:alpha only', 'Place:shared', 'Plan:alpha', 'Region:everywhere']);
    expect(exported.size).toBe(2);
  });
});
