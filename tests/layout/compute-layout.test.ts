import { describe, expect, it } from 'vitest';
import { applyLayout, computeLayout, computeLayoutReport, computeInitialPositions, DEFAULT_LAYOUT_OPTIONS, type Positions } from '../../src/layout/compute-layout.js';
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

describe('computeLayout on large graphs', () => {
  // The large-graph path, exercised on a graph of 511 nodes by lowering the threshold.
  const large = { largeGraphMinNodes: 100 };
  const graph = makeSmallGraph(10, 50);
  const distance = (p: Positions, a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);

  it('stops once the mean displacement per iteration falls under the threshold', () => {
    const report = computeLayoutReport(graph, large);
    const trace = report.large!.displacementPixels;
    expect(report.mode).toBe('large');
    expect(report.large!.converged).toBe(true);
    expect(report.iterations).toBe(trace.length);
    expect(report.iterations).toBeGreaterThanOrEqual(DEFAULT_LAYOUT_OPTIONS.minIterations);
    expect(report.iterations).toBeLessThan(DEFAULT_LAYOUT_OPTIONS.maxIterations);
    expect(trace.at(-1)).toBeLessThan(DEFAULT_LAYOUT_OPTIONS.convergencePixels);
    expect(trace.slice(DEFAULT_LAYOUT_OPTIONS.minIterations - 1, -1).every((pixels) => pixels >= DEFAULT_LAYOUT_OPTIONS.convergencePixels)).toBe(true);
  });

  it('is deterministic and depends on the seed', () => {
    expect([...computeLayout(graph, large)]).toEqual([...computeLayout(graph, large)]);
    expect([...computeLayout(graph, { ...large, seed: 2 })]).not.toEqual([...computeLayout(graph, large)]);
  });

  it('simulates only the core and puts each leaf near its one neighbour', () => {
    const report = computeLayoutReport(graph, large);
    const leaves = graph.filterNodes((node) => graph.degree(node) === 1);
    expect(report.large!.simulatedNodes).toBe(graph.order - leaves.length);
    for (const leaf of leaves) {
      const [neighbour] = graph.neighbors(leaf);
      expect(distance(report.positions, leaf, neighbour!)).toBeLessThan(Math.sqrt(10 * 2 * (1 + graph.degree(neighbour!))) + 0.01);
    }
  });

  it('starts with communities apart: same-community pairs are closer than others', () => {
    const start = computeLayoutReport(graph, { ...large, iterations: 0 }).positions;
    const nodes = graph.nodes();
    let same = 0, sameCount = 0, other = 0, otherCount = 0;
    for (let i = 0; i < nodes.length; i += 3) {
      for (let j = i + 1; j < nodes.length; j += 7) {
        const d = distance(start, nodes[i]!, nodes[j]!);
        if (graph.getNodeAttribute(nodes[i]!, 'community') === graph.getNodeAttribute(nodes[j]!, 'community')) [same, sameCount] = [same + d, sameCount + 1];
        else [other, otherCount] = [other + d, otherCount + 1];
      }
    }
    expect(same / sameCount).toBeLessThan((other / otherCount) / 2);
  });

  it.each([
    [{ convergencePixels: 0 }],
    [{ minIterations: 5, maxIterations: 4 }],
    [{ barnesHutTheta: -1 }],
  ])('rejects %j', (options) => expect(() => computeLayout(graph, options)).toThrow(RangeError));
});

describe('estimateLabelWidth', () => {
  it.each([
    ['abc', 3 * 0.58 * DEFAULT_LABEL_OPTIONS.fontSize],
    ['长三角', 3 * DEFAULT_LABEL_OPTIONS.fontSize],
  ])('%s', (label, width) => expect(estimateLabelWidth(label, DEFAULT_LABEL_OPTIONS)).toBeCloseTo(width));
});
