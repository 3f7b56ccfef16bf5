import { MultiUndirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import louvain from 'graphology-communities-louvain';
import type { PlanGraph } from './build-graph.js';
import { createSeededRandom } from './seeded-random.js';

export interface MetricsOptions {
  /** Seed for Louvain's traversal order, so communities are reproducible. */
  seed: number;
  louvainResolution: number;
}

export const DEFAULT_METRICS_OPTIONS: MetricsOptions = { seed: 42, louvainResolution: 1 };

export interface NodeMetrics {
  degree: number;
  centrality: number;
  community: number;
}

/**
 * Degree, PageRank and Louvain community per node. Both algorithms run on an
 * undirected view: plan relations point from the plan outwards, and on the
 * directed graph PageRank would rank the plan itself — the hub readers look
 * for first — as one of the least central nodes.
 */
export function computeMetrics(graph: PlanGraph, options: Partial<MetricsOptions> = {}): Map<string, NodeMetrics> {
  const resolved = { ...DEFAULT_METRICS_OPTIONS, ...options };
  const undirected = new MultiUndirectedGraph();
  graph.forEachNode((node) => undirected.addNode(node));
  // The directed graph's keys are reused: generating fresh ones was a tenth of metrics time on large graphs.
  graph.forEachEdge((edge, _attributes, source, target) => undirected.addEdgeWithKey(edge, source, target));

  const ranks: Record<string, number> =
    undirected.size === 0 ? uniformRanks(undirected) : safePagerank(undirected);
  const communities: Record<string, number> = louvain(undirected, {
    rng: createSeededRandom(resolved.seed),
    resolution: resolved.louvainResolution,
  });

  const metrics = new Map<string, NodeMetrics>();
  graph.forEachNode((node) => {
    metrics.set(node, {
      degree: graph.degree(node),
      centrality: round(ranks[node] ?? 0),
      community: communities[node] ?? 0,
    });
  });
  return metrics;
}

export function applyMetrics(graph: PlanGraph, metrics: Map<string, NodeMetrics>): void {
  for (const [node, values] of metrics) graph.mergeNodeAttributes(node, values);
}

function safePagerank(graph: MultiUndirectedGraph): Record<string, number> {
  try {
    return pagerank(graph, { getEdgeWeight: null, maxIterations: 200, tolerance: 1e-10 });
  } catch {
    // Convergence failure on a pathological graph must not stop a build: fall back to degree share.
    const total = graph.size * 2 || 1;
    const ranks: Record<string, number> = {};
    graph.forEachNode((node) => (ranks[node] = graph.degree(node) / total));
    return ranks;
  }
}

function uniformRanks(graph: MultiUndirectedGraph): Record<string, number> {
  const ranks: Record<string, number> = {};
  graph.forEachNode((node) => (ranks[node] = graph.order === 0 ? 0 : 1 / graph.order));
  return ranks;
}

/** Rounded so tiny float differences between runs or platforms cannot change the output bytes. */
function round(value: number): number {
  return Math.round(value * 1e8) / 1e8;
}
