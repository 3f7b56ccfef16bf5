import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { PlanGraph } from '../graph/build-graph.js';
import { createSeededRandom, hashString } from '../graph/seeded-random.js';
import { separateLabels, labelCoverage, computeLabelBoxes, countOverlaps, DEFAULT_LABEL_OPTIONS, type LabelOptions } from './separate-labels.js';
import { computeLargeLayout, type LargeLayoutRun } from './large-graph-layout.js';

export interface LayoutOptions {
  seed: number;
  /**
   * `auto`: 600 iterations up to `largeGraphMinNodes`; above, until converged
   * (see `convergencePixels`). A number fixes the count for every size.
   * Either way the result depends on the input alone, never on timing.
   */
  iterations: number | 'auto';
  /** From this many nodes on: Barnes–Hut, a community-seeded start, leaves folded, a stop at convergence. */
  largeGraphMinNodes: number;
  /** Barnes–Hut accuracy for large graphs (Gephi's default). */
  barnesHutTheta: number;
  /** Large graphs: converged when nodes move less than this per iteration on average, pixels at the default zoom. */
  convergencePixels: number;
  minIterations: number;
  maxIterations: number;
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
  largeGraphMinNodes: 1001,
  barnesHutTheta: 1.2,
  convergencePixels: 1,
  minIterations: 10,
  maxIterations: 300,
  labelSeparationMaxNodes: 2000,
  restarts: 3,
  restartMaxNodes: 500,
  maxLabelCoverage: 0.5,
  labels: DEFAULT_LABEL_OPTIONS,
};

export type Positions = Map<string, { x: number; y: number }>;

/** How the layout was reached: for the benchmark and for anyone tuning the options. */
export interface LayoutReport {
  positions: Positions;
  /** `large` above `largeGraphMinNodes`, with the convergence trace. */
  mode: 'small' | 'large';
  iterations: number;
  large: Omit<LargeLayoutRun, 'positions'> | null;
}

/**
 * Seeded ForceAtlas2 followed by a label-aware separation pass. Returns
 * positions and leaves the graph untouched; `applyLayout` writes them.
 */
export function computeLayout(graph: PlanGraph, options: Partial<LayoutOptions> = {}): Positions {
  return computeLayoutReport(graph, options).positions;
}

export function computeLayoutReport(graph: PlanGraph, options: Partial<LayoutOptions> = {}): LayoutReport {
  const o = resolveLayoutOptions(options);
  if (graph.order >= o.largeGraphMinNodes) {
    const { positions, ...large } = computeLargeLayout(graph, {
      seed: o.seed,
      barnesHutTheta: o.barnesHutTheta,
      convergencePixels: o.convergencePixels,
      minIterations: o.minIterations,
      maxIterations: o.maxIterations,
      fixedIterations: o.iterations === 'auto' ? null : o.iterations,
      spacing: LARGE_GRAPH_SPACING,
      viewportPixels: o.labels.viewportSize - 2 * o.labels.stagePadding,
    });
    const separate = graph.order <= o.labelSeparationMaxNodes && labelCoverage(graph, o.labels) <= o.maxLabelCoverage;
    return { positions: roundPositions(separate ? separateLabels(graph, positions, o.labels) : positions), mode: 'large', iterations: large.iterations, large };
  }
  const iterations = o.iterations === 'auto' ? SMALL_GRAPH_ITERATIONS : o.iterations;
  return { positions: computeSmallLayout(graph, o, iterations), mode: 'small', iterations, large: null };
}

/** Many cheap iterations from random positions: small drawings are read label by label. */
const SMALL_GRAPH_ITERATIONS = 600;
/** See LargeLayoutOptions.spacing. */
const LARGE_GRAPH_SPACING = 25;

function computeSmallLayout(graph: PlanGraph, o: LayoutOptions, iterations: number): Positions {
  const separate = graph.order > 0 && graph.order <= o.labelSeparationMaxNodes && labelCoverage(graph, o.labels) <= o.maxLabelCoverage;
  // A dense drawing can jam in the label pass; on small graphs a few seeded
  // restarts are cheap, and the one with the fewest overlaps wins (ties: first).
  const attempts = separate && graph.order <= o.restartMaxNodes ? o.restarts + 1 : 1;
  let best: Positions | undefined;
  let bestOverlaps = Infinity;
  for (let attempt = 0; attempt < attempts && bestOverlaps > 0; attempt++) {
    let positions = runForceAtlas2(graph, iterations, o.seed + attempt);
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

function runForceAtlas2(graph: PlanGraph, iterations: number, seed: number): Positions {
  const work = graph.copy();
  const initial = computeInitialPositions(graph, seed);
  work.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...initial.get(node)! }));
  const settings = {
    ...forceAtlas2.inferSettings(graph.order),
    // Exact repulsion: larger graphs take the Barnes–Hut path (computeLargeLayout).
    barnesHutOptimize: false,
    adjustSizes: false,
  };
  const raw = graph.order === 0 || iterations === 0 ? {} : forceAtlas2(work, { iterations, settings, getEdgeWeight: null });
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
  if (!(resolved.convergencePixels > 0)) throw new RangeError(`computeLayout: convergencePixels must be positive, got ${resolved.convergencePixels}`);
  if (!Number.isInteger(resolved.minIterations) || !Number.isInteger(resolved.maxIterations) || resolved.minIterations < 0 || resolved.maxIterations < resolved.minIterations) {
    throw new RangeError(`computeLayout: expected integers 0 ≤ minIterations ≤ maxIterations, got ${resolved.minIterations} and ${resolved.maxIterations}`);
  }
  if (!(resolved.barnesHutTheta > 0)) throw new RangeError(`computeLayout: barnesHutTheta must be positive, got ${resolved.barnesHutTheta}`);
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

/** Fixed precision keeps graph.json small and byte-stable across platforms' last-bit float noise. */
function roundPositions(positions: Positions): Positions {
  const rounded: Positions = new Map();
  for (const [node, { x, y }] of positions) {
    rounded.set(node, { x: Math.round(x * 1000) / 1000, y: Math.round(y * 1000) / 1000 });
  }
  return rounded;
}
