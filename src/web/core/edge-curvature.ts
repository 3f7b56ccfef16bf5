import type { ExplorerGraph } from './types.js';

/**
 * Curvature for every edge that shares its endpoints with another one, in
 * either direction. @sigma/edge-curve's `indexParallelEdgesIndex` writes its
 * result into edge attributes, which would then travel into exports; here it
 * stays in a Map that the edge reducer reads. `spread` is the curvature gap
 * between the outermost edges of a bundle (the renderer passes twice
 * @sigma/edge-curve's default, which cannot be imported here: it needs WebGL).
 */
export function computeEdgeCurvatures(graph: ExplorerGraph, spread: number): Map<string, number> {
  // Nested maps rather than a joined "a\0b" key: no string is built per edge,
  // which on a 250k-edge graph is most of the cost.
  const groups = new Map<string, Map<string, string | string[]>>();
  const bundles: string[][] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (source === target) return;
    const low = source < target ? source : target;
    const high = source < target ? target : source;
    let row = groups.get(low);
    if (!row) groups.set(low, (row = new Map()));
    const group = row.get(high);
    if (group === undefined) row.set(high, edge);
    else if (typeof group === 'string') {
      const bundle = [group, edge];
      row.set(high, bundle);
      bundles.push(bundle);
    } else group.push(edge);
  });
  const curvatures = new Map<string, number>();
  for (const edges of bundles) {
    const middle = (edges.length - 1) / 2;
    const step = spread / (edges.length - 1);
    edges.forEach((edge, index) => {
      // Offsets are spread in one shared frame; an edge drawn the other way
      // bends relative to its own direction, hence the sign flip.
      const offset = (index - middle) * step;
      const forward = graph.source(edge) < graph.target(edge);
      curvatures.set(edge, forward ? offset : -offset);
    });
  }
  return curvatures;
}
