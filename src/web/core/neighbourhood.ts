import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted.js';
import type { ExplorerGraph } from './types.js';

/**
 * Steps between entities, relations read both ways: a plan "has" a task and
 * the task "is part of" the plan are one connection to someone exploring.
 * Breadth-first distances come from graphology-shortest-path; they are kept
 * for the last few sources, since a neighbourhood filter and a path are asked
 * about on every frame while their source stays the same.
 */
const distanceCache = new WeakMap<ExplorerGraph, Map<string, Readonly<Record<string, number>>>>();
const CACHED_SOURCES = 4;

export function distancesFrom(graph: ExplorerGraph, source: string): Readonly<Record<string, number>> {
  let bySource = distanceCache.get(graph);
  if (!bySource) distanceCache.set(graph, (bySource = new Map()));
  let distances = bySource.get(source);
  if (!distances) {
    distances = undirectedSingleSourceLength(graph, source);
    if (bySource.size >= CACHED_SOURCES) bySource.delete(bySource.keys().next().value!);
    bySource.set(source, distances);
  }
  return distances;
}

/** The most steps the neighbourhood filter offers; beyond three a plan graph is mostly all there. */
export const MAX_NEIGHBOURHOOD_STEPS = 3;

export interface Neighbourhood {
  centre: string;
  steps: number;
}

/** Whether `node` is within the neighbourhood's steps of its centre. */
export function isInNeighbourhood(graph: ExplorerGraph, node: string, neighbourhood: Neighbourhood): boolean {
  if (!graph.hasNode(neighbourhood.centre)) return true;
  const steps = distancesFrom(graph, neighbourhood.centre)[node];
  return steps !== undefined && steps <= neighbourhood.steps;
}

export interface PathHop {
  from: string;
  to: string;
  /** The edges that link the two, either way round (parallel relations are all shown). */
  edges: string[];
}

export interface ShortestPath {
  nodes: string[];
  hops: PathHop[];
}

/**
 * One shortest path from `from` to `to`, or null when none links them. Walks
 * back from `from` along decreasing distance to `to`; among equally short
 * steps it takes the neighbour first in key order, so the same graph always
 * gives the same path.
 */
export function findShortestPath(graph: ExplorerGraph, from: string, to: string): ShortestPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const distance = distancesFrom(graph, to);
  if (distance[from] === undefined) return null;
  const nodes = [from];
  const hops: PathHop[] = [];
  let current = from;
  while (current !== to) {
    const wanted = distance[current]! - 1;
    const next = graph
      .neighbors(current)
      .filter((neighbour) => distance[neighbour] === wanted)
      .sort()[0]!;
    const edges = [...graph.edges(current, next), ...graph.edges(next, current)];
    hops.push({ from: current, to: next, edges: [...new Set(edges)].sort() });
    nodes.push(next);
    current = next;
  }
  return { nodes, hops };
}
