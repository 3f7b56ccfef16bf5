import { describe, expect, it } from 'vitest';
import { computeEdgeCurvatures } from '../../src/web/core/edge-curvature.js';
import { createFocusCache, computeFocus } from '../../src/web/core/focus.js';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR, createReducers } from '../../src/web/core/reducers.js';
import { INITIAL_VIEW_STATE, type ViewState } from '../../src/web/core/state.js';
import { importGraphData } from '../../src/web/core/graph-loading.js';
import { COMPARE_COLORS } from '../../src/web/core/compare.js';
import { sharedByColor } from '../../src/web/core/documents.js';
import { keyByLabel, loadPlans, loadSynthetic } from './helpers.js';

const graph = loadSynthetic(40, 2, 5);
const chongqing = keyByLabel(graph, 'Chongqing');
const delta = keyByLabel(graph, 'Yangtze River Delta');
const stranger = graph.findNode((node) => node !== chongqing && !graph.areNeighbors(node, chongqing))!;
const tie = graph.edges(chongqing, delta)[0]!;
const otherEdge = graph.findEdge((_e, _a, source, target) => source !== chongqing && target !== chongqing)!;

function reducersFor(state: ViewState) {
  const snapshot = JSON.stringify(graph.export());
  const reducers = createReducers({ graph, getState: () => state, getFocus: createFocusCache(graph), curvatures: new Map([[tie, 0.25]]) });
  return { ...reducers, unchanged: () => expect(JSON.stringify(graph.export())).toBe(snapshot) };
}

describe('nodeReducer', () => {
  it.each([
    ['no focus: drawn as stored', INITIAL_VIEW_STATE, stranger, { color: graph.getNodeAttribute(stranger, 'color') }],
    ['its type hidden', { ...INITIAL_VIEW_STATE, hiddenEntityTypes: new Set([graph.getNodeAttribute(stranger, 'entityType')]) }, stranger, { hidden: true }],
    ['selected', { ...INITIAL_VIEW_STATE, selection: { kind: 'node', key: chongqing } } as ViewState, chongqing, { highlighted: true, forceLabel: true }],
    ['neighbour of the selection', { ...INITIAL_VIEW_STATE, selection: { kind: 'node', key: chongqing } } as ViewState, delta, { forceLabel: true, color: graph.getNodeAttribute(delta, 'color') }],
    ['outside the selection', { ...INITIAL_VIEW_STATE, selection: { kind: 'node', key: chongqing } } as ViewState, stranger, { color: FADED_NODE_COLOR, label: null }],
    ['outside the hover', { ...INITIAL_VIEW_STATE, hoveredNode: chongqing }, stranger, { color: FADED_NODE_COLOR }],
    ['hovered', { ...INITIAL_VIEW_STATE, hoveredNode: delta }, delta, { highlighted: true }],
    ['an endpoint of the selected edge', { ...INITIAL_VIEW_STATE, selection: { kind: 'edge', key: tie } } as ViewState, delta, { forceLabel: true }],
  ])('%s', (_name, state, node, expected) => {
    const { nodeReducer, unchanged } = reducersFor(state);
    const display = nodeReducer(node, graph.getNodeAttributes(node));
    expect(display).toMatchObject(expected);
    expect(display.type).toBe('circle');
    unchanged();
  });
});

describe('edgeReducer', () => {
  it.each([
    ['plain edge', INITIAL_VIEW_STATE, otherEdge, { type: 'arrow' }],
    ['parallel edge gets the curved program', INITIAL_VIEW_STATE, tie, { type: 'curvedArrow', curvature: 0.25 }],
    ['its relation hidden', { ...INITIAL_VIEW_STATE, hiddenRelations: new Set([graph.getEdgeAttribute(tie, 'relation')]) }, tie, { hidden: true }],
    ['an endpoint type hidden', { ...INITIAL_VIEW_STATE, hiddenEntityTypes: new Set(['Region']) }, tie, { hidden: true }],
    ['touching the selection', { ...INITIAL_VIEW_STATE, selection: { kind: 'node', key: chongqing } } as ViewState, tie, { color: graph.getEdgeAttribute(tie, 'color'), zIndex: 1 }],
    ['away from the selection', { ...INITIAL_VIEW_STATE, selection: { kind: 'node', key: chongqing } } as ViewState, otherEdge, { color: FADED_EDGE_COLOR }],
  ])('%s', (_name, state, edge, expected) => {
    const { edgeReducer, unchanged } = reducersFor(state);
    expect(edgeReducer(edge, graph.getEdgeAttributes(edge))).toMatchObject(expected);
    unchanged();
  });
});

describe('focus', () => {
  it('is the node, its neighbours and its edges; hover wins over selection', () => {
    const focus = computeFocus(graph, { hoveredNode: delta, selection: { kind: 'node', key: chongqing } })!;
    expect(focus.centre).toBe(delta);
    expect(focus.nodes).toEqual(new Set([delta, ...graph.neighbors(delta)]));
    expect(focus.edges).toEqual(new Set(graph.edges(delta)));
  });

  it('is null for nothing or for a key the graph lacks', () => {
    expect(computeFocus(graph, INITIAL_VIEW_STATE)).toBeNull();
    expect(computeFocus(graph, { hoveredNode: 'nope', selection: null })).toBeNull();
  });

  it('is computed once per hover/selection change, not per call', () => {
    const cache = createFocusCache(graph);
    const state = { ...INITIAL_VIEW_STATE, hoveredNode: chongqing };
    const first = cache(state);
    expect(cache({ ...state })).toBe(first);
    expect(cache({ ...state, hoveredNode: delta })).not.toBe(first);
  });
});

describe('computeEdgeCurvatures', () => {
  const { graph: g } = importGraphData({
    nodes: ['a', 'b', 'c'].map((key) => ({ key, attributes: { x: 0, y: 0 } })),
    edges: [
      { key: 'ab1', source: 'a', target: 'b' },
      { key: 'ab2', source: 'a', target: 'b' },
      { key: 'ba', source: 'b', target: 'a' },
      { key: 'bc', source: 'b', target: 'c' },
      { key: 'cc', source: 'c', target: 'c' },
    ],
  });
  const curvatures = computeEdgeCurvatures(g, 0.5);

  it('curves only edges that share endpoints, in either direction', () => {
    expect([...curvatures.keys()].sort()).toEqual(['ab1', 'ab2', 'ba']);
  });

  it('spreads the bundle so no two edges draw on the same curve', () => {
    // Curvatures in one shared frame: a reversed edge bends the other way.
    const shared = ['ab1', 'ab2'].map((k) => curvatures.get(k)!).concat(-curvatures.get('ba')!);
    expect(new Set(shared).size).toBe(3);
    expect(Math.max(...shared) - Math.min(...shared)).toBeCloseTo(0.5);
  });

  it('separates a lone pair of opposite edges', () => {
    const { graph: pair } = importGraphData({ nodes: [{ key: 'a', attributes: { x: 0, y: 0 } }, { key: 'b', attributes: { x: 1, y: 0 } }], edges: [{ key: 'ab', source: 'a', target: 'b' }, { key: 'ba', source: 'b', target: 'a' }] });
    const c = computeEdgeCurvatures(pair, 0.5);
    expect(c.get('ab')).not.toBe(0);
    expect(c.get('ab')).toBe(c.get('ba'));
  });
});

describe('labels around a hub', () => {
  it('forces neighbour labels only for small neighbourhoods, always for the centre', () => {
    const nodes = Array.from({ length: 30 }, (_v, i) => ({ key: `n${i}`, attributes: { x: i, y: 0 } }));
    const { graph: star } = importGraphData({ nodes: [{ key: 'hub', attributes: { x: 0, y: 0 } }, ...nodes], edges: nodes.map((n) => ({ source: 'hub', target: n.key })) });
    const state = { ...INITIAL_VIEW_STATE, hoveredNode: 'hub' };
    const { nodeReducer } = createReducers({ graph: star, getState: () => state, getFocus: createFocusCache(star), curvatures: new Map() });
    expect(nodeReducer('hub', star.getNodeAttributes('hub')).forceLabel).toBe(true);
    expect(nodeReducer('n1', star.getNodeAttributes('n1')).forceLabel).toBeFalsy();
    expect(nodeReducer('n1', star.getNodeAttributes('n1')).label).toBe('n1');
  });
});

describe('reducers across plans', () => {
  const plans = loadPlans();
  const shown = (ids: string[]): ViewState => ({ ...INITIAL_VIEW_STATE, shownDocuments: new Set(ids) });
  const comparing: ViewState = { ...INITIAL_VIEW_STATE, compare: { a: 'alpha', b: 'beta' }, shownDocuments: new Set(['gamma']) };
  const reducersFor = (state: ViewState) => {
    const snapshot = JSON.stringify(plans.export());
    const reducers = createReducers({ graph: plans, getState: () => state, getFocus: createFocusCache(plans), curvatures: new Map() });
    return { ...reducers, unchanged: () => expect(JSON.stringify(plans.export())).toBe(snapshot) };
  };

  it.each([
    ['every plan shown', INITIAL_VIEW_STATE, 'Industry:gamma only', { color: '#123456' }],
    ['its plan shown', shown(['alpha']), 'Place:shared', { color: '#123456' }],
    ['its plan unticked', shown(['alpha']), 'Industry:beta only', { hidden: true }],
    ['no plan claims it, a filter on', shown(['alpha']), 'Industry:unclaimed', { hidden: true }],
    ['shared by two plans', { ...INITIAL_VIEW_STATE, colorBy: 'shared' as const }, 'Place:shared', { color: sharedByColor(2) }],
    ['shared by three plans', { ...INITIAL_VIEW_STATE, colorBy: 'shared' as const }, 'Region:everywhere', { color: sharedByColor(3) }],
    ['comparing: only A', comparing, 'Place:alpha only', { color: COMPARE_COLORS.onlyA }],
    ['comparing: both', comparing, 'Region:everywhere', { color: COMPARE_COLORS.both }],
    ['comparing: only B', comparing, 'Industry:beta only', { color: COMPARE_COLORS.onlyB }],
    ['comparing: neither, whatever the plan list says', comparing, 'Industry:gamma only', { hidden: true }],
    ['comparing wins over shared-by colours', { ...comparing, colorBy: 'shared' as const }, 'Place:shared', { color: COMPARE_COLORS.both }],
    ['hovering fades comparison colours too', { ...comparing, hoveredNode: 'Plan:beta' }, 'Place:alpha only', { color: FADED_NODE_COLOR }],
  ])('node, %s', (_name, state, node, expected) => {
    const { nodeReducer, unchanged } = reducersFor(state);
    expect(nodeReducer(node, plans.getNodeAttributes(node))).toMatchObject(expected);
    unchanged();
  });

  it.each([
    ['stated by a shown plan', shown(['alpha']), 'Place:shared->Region:everywhere', false],
    ['stated only by an unticked plan, both ends shown', shown(['alpha', 'gamma']), 'Plan:gamma->Region:everywhere', false],
    ['stated only by an unticked plan', shown(['alpha']), 'Plan:beta->Place:shared', true],
    ['comparing: stated by B', comparing, 'Plan:beta->Place:shared', false],
    ['comparing: stated by neither', comparing, 'Plan:gamma->Region:everywhere', true],
  ])('edge %s → hidden %s', (_name, state, edge, hidden) => {
    const { edgeReducer, unchanged } = reducersFor(state);
    expect(Boolean(edgeReducer(edge, plans.getEdgeAttributes(edge)).hidden)).toBe(hidden);
    unchanged();
  });
});
