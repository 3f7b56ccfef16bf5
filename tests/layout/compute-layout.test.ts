import { describe, expect, it } from 'vitest';
import { applyLayout, computeLayout, computeInitialPositions } from '../../src/layout/compute-layout.js';
import { computeLabelBoxes, countOverlaps, DEFAULT_LABEL_OPTIONS, estimateLabelWidth } from '../../src/layout/separate-labels.js';
import { makeSmallGraph } from '../support/small-graph.js';

describe('computeLayout', () => {
  it('is deterministic for the same graph and seed', () => {
    const graph = makeSmallGraph();
    expect([...computeLayout(graph)]).toEqual([...computeLayout(graph)]);
  });

  it('depends on the seed', () => {
    const graph = makeSmallGraph(2, 5);
    expect([...computeLayout(graph, { seed: 1, iterations: 20 })]).not.toEqual([...computeLayout(graph, { seed: 2, iterations: 20 })]);
  });

  it('does not mutate the graph; applyLayout does', () => {
    const graph = makeSmallGraph(2, 4);
    const before = JSON.stringify(graph.export());
    const positions = computeLayout(graph, { iterations: 10 });
    expect(JSON.stringify(graph.export())).toBe(before);
    applyLayout(graph, positions);
    graph.forEachNode((node, a) => expect({ x: a.x, y: a.y }).toEqual(positions.get(node)));
  });

  it('keeps start positions stable when unrelated nodes are added', () => {
    const small = computeInitialPositions(makeSmallGraph(1, 3), 7);
    const large = computeInitialPositions(makeSmallGraph(3, 3), 7);
    for (const [node, position] of small) expect(large.get(node)).toEqual(position);
  });

  it('leaves no overlapping node labels at the default zoom on a small plan graph', () => {
    const graph = makeSmallGraph(3, 8);
    const positions = computeLayout(graph);
    for (const { x, y } of positions.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(countOverlaps(computeLabelBoxes(graph, positions, { ...DEFAULT_LABEL_OPTIONS, margin: 0 }))).toBe(0);
  });

  it('never leaves more label overlaps than ForceAtlas2 alone on a dense graph', () => {
    const graph = makeSmallGraph(6, 12);
    const raw = computeLayout(graph, { labelSeparationMaxNodes: 0 });
    const separated = computeLayout(graph);
    const overlaps = (p: typeof raw) => countOverlaps(computeLabelBoxes(graph, p, DEFAULT_LABEL_OPTIONS));
    expect(overlaps(separated)).toBeLessThan(overlaps(raw));
  });

  it('rejects a bad iteration count', () => {
    expect(() => computeLayout(makeSmallGraph(1, 1), { iterations: -3 })).toThrow(RangeError);
  });
});

describe('estimateLabelWidth', () => {
  it.each([
    ['abc', 3 * 0.58 * DEFAULT_LABEL_OPTIONS.fontSize],
    ['长三角', 3 * DEFAULT_LABEL_OPTIONS.fontSize],
  ])('%s', (label, width) => expect(estimateLabelWidth(label, DEFAULT_LABEL_OPTIONS)).toBeCloseTo(width));
});
