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
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (source === target) return;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
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
