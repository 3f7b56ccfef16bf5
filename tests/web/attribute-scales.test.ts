import { describe, expect, it } from 'vitest';
import { getColorScale, getSizeScale } from '../../src/web/core/attribute-scales.js';
import { importGraphData } from '../../src/web/core/graph-loading.js';
import { createReducers } from '../../src/web/core/reducers.js';
import { createFocusCache } from '../../src/web/core/focus.js';
import { INITIAL_VIEW_STATE } from '../../src/web/core/state.js';

/** A hub with four leaves (community 7), a pair (community 2) and one loner (community 3). */
function loadStar() {
  const node = (key: string, community: number, centrality: number, documents: string[] = ['one']) => ({
    key,
    attributes: { label: key, entityType: 'KeyArea', documents, mentions: [], x: key.charCodeAt(0), y: 0, size: 5, color: '#123456', community, centrality },
  });
  const edge = (source: string, target: string) => ({ key: `${source}-${target}`, source, target, attributes: { relation: 'relatedTo', documents: ['one'], evidence: [] } });
  return importGraphData({
    attributes: { name: 'Star', documents: [{ id: 'one', title: 'One', text: '' }, { id: 'two', title: 'Two', text: '' }] },
    nodes: [node('h', 7, 0.4, ['one', 'two']), node('a', 7, 0.1), node('b', 7, 0.1), node('c', 7, 0.1), node('d', 7, 0.1), node('e', 2, 0.05), node('f', 2, 0.05), node('g', 3, 0)],
    edges: [edge('h', 'a'), edge('h', 'b'), edge('h', 'c'), edge('h', 'd'), edge('e', 'f')],
  }).graph;
}

describe('colour by attribute', () => {
  const star = loadStar();
  const classOf = (mode: Parameters<typeof getColorScale>[1], node: string) => getColorScale(star, mode).classOf(node);

  it('numbers communities by size, largest first, each with its own colour', () => {
    expect(getColorScale(star, 'community').classes.map((c) => c.name)).toEqual(['Community 1', 'Community 2', 'Community 3']);
    expect(['h', 'a', 'e', 'g'].map((node) => classOf('community', node).name)).toEqual(['Community 1', 'Community 1', 'Community 2', 'Community 3']);
    expect(new Set(getColorScale(star, 'community').classes.map((c) => c.color)).size).toBe(3);
  });

  it('gives communities past the palette one shared grey class', () => {
    const loners = importGraphData({
      attributes: { name: 'Loners', documents: [] },
      nodes: Array.from({ length: 11 }, (_, i) => ({ key: `n${i}`, attributes: { label: `n${i}`, entityType: 'Place', documents: [], mentions: [], x: i, y: 0, size: 5, color: '#123456', community: i, centrality: 0 } })),
      edges: [],
    }).graph;
    const scale = getColorScale(loners, 'community');
    expect(scale.classes).toHaveLength(10);
    expect(scale.classes.at(-1)!.name).toBe('2 smaller communities');
    expect(scale.classOf('n10')).toBe(scale.classes.at(-1));
    expect(scale.classOf('n0').name).toBe('Community 1');
  });

  it('bands degree and centrality by their distinct values, darker for higher', () => {
    expect(getColorScale(star, 'degree').classes.map((c) => c.name)).toEqual(['0', '1', '4']);
    expect(['g', 'a', 'e', 'h'].map((node) => classOf('degree', node).name)).toEqual(['0', '1', '1', '4']);
    expect(getColorScale(star, 'centrality').classes.map((c) => c.name)).toEqual(['0', '0.05', '0.1', '0.4']);
    const colours = getColorScale(star, 'degree').classes.map((c) => c.color);
    expect(colours).toEqual(['#6baed6', '#3182bd', '#08519c']);
  });

  it('draws each node in its class colour, and comparison colours still win', () => {
    const state = { ...INITIAL_VIEW_STATE, colorBy: 'degree' as const };
    const { nodeReducer } = createReducers({ graph: star, getState: () => state, getFocus: createFocusCache(star), curvatures: new Map() });
    expect(nodeReducer('h', star.getNodeAttributes('h')).color).toBe('#08519c');
    expect(nodeReducer('g', star.getNodeAttributes('g')).color).toBe('#6baed6');
  });
});

describe('size by attribute', () => {
  const star = loadStar();
  const size = (mode: Parameters<typeof getSizeScale>[1], node: string) => getSizeScale(star, mode)(node, star.getNodeAttributes(node));

  it('scales degree and plans on the builder range by square root; keeps built sizes for centrality', () => {
    expect([size('degree', 'h'), size('degree', 'a'), size('degree', 'g')]).toEqual([18, 11, 4]);
    expect(size('plans', 'h')).toBe(18);
    expect(size('plans', 'a')).toBeCloseTo(4 + Math.SQRT1_2 * 14, 6);
    expect(size('centrality', 'a')).toBe(5);
    expect(size('uniform', 'h')).toBe(size('uniform', 'g'));
  });

  it('reaches the drawn size through the reducer', () => {
    const state = { ...INITIAL_VIEW_STATE, sizeBy: 'degree' as const };
    const { nodeReducer } = createReducers({ graph: star, getState: () => state, getFocus: createFocusCache(star), curvatures: new Map() });
    expect(nodeReducer('h', star.getNodeAttributes('h')).size).toBe(18);
    expect(nodeReducer('g', star.getNodeAttributes('g')).size).toBe(4);
  });
});
