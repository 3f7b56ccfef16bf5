import { describe, expect, it } from 'vitest';
import { buildGexfExport, computeExportGraph, toExportFileName } from '../../src/web/core/export.js';
import { computeEntityTypeCounts, computeRelationCounts, computeVisibleSummary } from '../../src/web/core/filters.js';
import { INITIAL_VIEW_STATE } from '../../src/web/core/state.js';
import { checkGexf } from '../support/check-gexf.js';
import { loadSynthetic } from './helpers.js';

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
  ] as const)('the %s GEXF passes check-gexf with the right node count', (scope, nodes) => {
    const result = checkGexf(buildGexfExport(graph, hidePlaces, scope));
    expect(result.summary).toContain('check-gexf: OK');
    expect(result.summary).toContain(`nodes=${nodes}`);
  });

  it.each([
    ['Chongqing 15th Five-Year Plan', 'all', 'gexf', 'chongqing-15th-five-year-plan.gexf'],
    ['Région Île', 'visible', 'png', 'region-ile-filtered.png'],
    ['重庆', 'all', 'gexf', 'plangraph.gexf'],
  ] as const)('file name for %j', (name, scope, ext, expected) => {
    expect(toExportFileName(name, scope, ext)).toBe(expected);
  });
});
