import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { PlanGraph } from '../graph/build-graph.js';
import { createSeededRandom, hashString } from '../graph/seeded-random.js';
import { separateLabels, labelCoverage, computeLabelBoxes, countOverlaps, DEFAULT_LABEL_OPTIONS, type LabelOptions } from './separate-labels.js';

export interface LayoutOptions {
  seed: number;
  /** Fixed count, so the result does not depend on timing. `auto` scales down with graph size. */
  iterations: number | 'auto';
  /** Above this many nodes the label pass is skipped: at default zoom sigma shows only a sample of labels. */
  labelSeparationMaxNodes: number;
  /** Extra seeded attempts when labels still overlap, for graphs up to `restartMaxNodes`. */
  restarts: number;
  restartMaxNodes: number;
  /** Skip the label pass when labels would cover more than this share of the frame (see labelCoverage). */
  maxLabelCoverage: number;
  labels: LabelOptions;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  seed: 1,
  iterations: 'auto',
  labelSeparationMaxNodes: 2000,
  restarts: 3,
  restartMaxNodes: 500,
  maxLabelCoverage: 0.5,
  labels: DEFAULT_LABEL_OPTIONS,
};

export type Positions = Map<string, { x: number; y: number }>;

/**
 * Seeded ForceAtlas2 followed by a label-aware separation pass. Returns
 * positions and leaves the graph untouched; `applyLayout` writes them.
 */
export function computeLayout(graph: PlanGraph, options: Partial<LayoutOptions> = {}): Positions {
  const o = resolveLayoutOptions(options);
  const separate = graph.order > 0 && graph.order <= o.labelSeparationMaxNodes && labelCoverage(graph, o.labels) <= o.maxLabelCoverage;
  // A dense drawing can jam in the label pass; on small graphs a few seeded
  // restarts are cheap, and the one with the fewest overlaps wins (ties: first).
  const attempts = separate && graph.order <= o.restartMaxNodes ? o.restarts + 1 : 1;
  let best: Positions | undefined;
  let bestOverlaps = Infinity;
  for (let attempt = 0; attempt < attempts && bestOverlaps > 0; attempt++) {
    let positions = runForceAtlas2(graph, o, o.seed + attempt);
    if (!separate) return roundPositions(positions);
    positions = separateLabels(graph, positions, o.labels);
    // Restart only for labels that really touch; the margin is a comfort target.
    const overlaps = countOverlaps(computeLabelBoxes(graph, positions, { ...o.labels, margin: 0 }));
    if (overlaps < bestOverlaps) {
      best = positions;
      bestOverlaps = overlaps;
    }
  }
  return roundPositions(best ?? new Map());
}

function runForceAtlas2(graph: PlanGraph, o: LayoutOptions, seed: number): Positions {
  const work = graph.copy();
  const initial = computeInitialPositions(graph, seed);
  work.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...initial.get(node)! }));
  const iterations = o.iterations === 'auto' ? autoIterations(graph.order) : o.iterations;
  const settings = {
    ...forceAtlas2.inferSettings(graph.order),
    barnesHutOptimize: graph.order > 1000,
    adjustSizes: false,
  };
  const raw = graph.order === 0 ? {} : forceAtlas2(work, { iterations, settings, getEdgeWeight: null });
  const positions: Positions = new Map();
  for (const node of graph.nodes()) positions.set(node, raw[node] ?? initial.get(node)!);
  return positions;
}

export function applyLayout(graph: PlanGraph, positions: Positions): void {
  for (const [node, { x, y }] of positions) graph.mergeNodeAttributes(node, { x, y });
}

export function resolveLayoutOptions(options: Partial<LayoutOptions>): LayoutOptions {
  const resolved: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...options, labels: { ...DEFAULT_LABEL_OPTIONS, ...options.labels } };
  if (resolved.iterations !== 'auto' && (!Number.isInteger(resolved.iterations) || resolved.iterations < 0)) {
    throw new RangeError(`computeLayout: iterations must be a non-negative integer or 'auto', got ${String(resolved.iterations)}`);
  }
  return resolved;
}

/**
 * Each node's start position comes from its key and the seed alone, so adding
 * a document does not reshuffle every other node's starting point.
 */
export function computeInitialPositions(graph: PlanGraph, seed: number): Positions {
  const positions: Positions = new Map();
  const spread = 1000;
  graph.forEachNode((node) => {
    const random = createSeededRandom(hashString(node) ^ seed);
    positions.set(node, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  });
  return positions;
}

/** Small graphs get many cheap iterations; large ones fewer, since each costs O(n log n). */
function autoIterations(order: number): number {
  if (order <= 1000) return 600;
  if (order <= 10000) return 150;
  return 60;
}

/** Fixed precision keeps graph.json small and byte-stable across platforms' last-bit float noise. */
function roundPositions(positions: Positions): Positions {
  const rounded: Positions = new Map();
  for (const [node, { x, y }] of positions) {
    rounded.set(node, { x: Math.round(x * 1000) / 1000, y: Math.round(y * 1000) / 1000 });
  }
  return rounded;
}
