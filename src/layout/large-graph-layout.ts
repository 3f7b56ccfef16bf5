import forceAtlas2 from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { PlanGraph } from '../graph/build-graph.js';
import { createSeededRandom, hashString } from '../graph/seeded-random.js';
import type { Positions } from './compute-layout.js';

/** What large graphs get instead of many iterations from random positions. */
export interface LargeLayoutOptions {
  seed: number;
  /** Barnes–Hut accuracy: 1.2 is Gephi's default; 0.5 (the library's) costs about twice as much per iteration. */
  barnesHutTheta: number;
  /**
   * Converged once nodes move less than this on average in one iteration, in
   * pixels of the reference viewport the drawing is fitted into (what a
   * reader would see move).
   */
  convergencePixels: number;
  /** ForceAtlas2 speeds up over its first iterations, so early small steps are not convergence. */
  minIterations: number;
  maxIterations: number;
  /** A fixed count instead of the convergence test (same input, same count either way). */
  fixedIterations: number | null;
  /**
   * Distance unit of the seeded start. Measured: ForceAtlas2 with inferSettings
   * settles at an RMS radius of about 15–18 √n; a disc of radius 25 √n has an
   * RMS radius of 17.7 √n, so the start is already at the right scale.
   */
  spacing: number;
  /** Side of the reference viewport, pixels (stage padding removed). */
  viewportPixels: number;
}

export interface LargeLayoutRun {
  positions: Positions;
  /** Nodes ForceAtlas2 moved; the rest are leaves placed around their one neighbour. */
  simulatedNodes: number;
  iterations: number;
  converged: boolean;
  /** Mean displacement per iteration, reference-viewport pixels, one entry per iteration. */
  displacementPixels: number[];
}

const PPN = 10;
const NODE_MASS = 6;
const NODE_CONVERGENCE = 7;
const NODE_SIZE = 8;

/**
 * The large-graph layout, in the order the field does it:
 * 1. a seeded start that already separates communities (Louvain, computed by
 *    the metrics stage): communities on a sunflower spiral, largest in the
 *    middle, each node in a disc around its community's centre;
 * 2. leaves folded into their one neighbour (a third of the nodes at 1,000
 *    plans), so ForceAtlas2 simulates only the core; their neighbour keeps
 *    their mass, so it keeps room for them;
 * 3. Barnes–Hut ForceAtlas2 until the mean displacement per iteration drops
 *    under `convergencePixels`;
 * 4. leaves placed on a circle around their neighbour at the distance where
 *    ForceAtlas2's attraction and repulsion balance for that pair.
 */
export function computeLargeLayout(graph: PlanGraph, o: LargeLayoutOptions): LargeLayoutRun {
  const keys = graph.nodes();
  const count = keys.length;
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  seedByCommunity(graph, keys, o, x, y);

  // Mass is 1 + degree, as graphology's ForceAtlas2 sets it, counted on the whole graph.
  const mass = new Float64Array(count).fill(1);
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    sources[e] = s;
    targets[e] = t;
    e++;
    mass[s]! += 1;
    mass[t]! += 1;
  });

  // A leaf has one edge and its neighbour has others (a lone pair stays simulated).
  const parent = new Int32Array(count).fill(-1);
  for (let edge = 0; edge < sources.length; edge++) {
    const s = sources[edge]!;
    const t = targets[edge]!;
    if (s === t) continue;
    if (mass[s] === 2 && mass[t]! > 2) parent[s] = t;
    else if (mass[t] === 2 && mass[s]! > 2) parent[t] = s;
  }

  const settings = {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    ...forceAtlas2.inferSettings(count),
    barnesHutOptimize: true,
    barnesHutTheta: o.barnesHutTheta,
  } as Required<Parameters<typeof iterate>[0]>;

  const run = simulate(graph, keys, { x, y, mass, sources, targets, parent }, settings, o);

  placeLeaves(keys, x, y, mass, parent, settings.scalingRatio, o.seed);
  const positions: Positions = new Map();
  keys.forEach((key, i) => positions.set(key, { x: x[i]!, y: y[i]! }));
  return { positions, ...run };
}

function seedByCommunity(graph: PlanGraph, keys: string[], o: LargeLayoutOptions, x: Float64Array, y: Float64Array): void {
  const sizes = new Map<number, number>();
  graph.forEachNode((_node, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
  const ordered = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const centres = new Map<number, { x: number; y: number; radius: number }>();
  let before = 0;
  ordered.forEach(([community, size], i) => {
    // Each community gets a ring of the spiral with the area of its node count.
    const distance = Math.sqrt(before + size / 2) * o.spacing;
    before += size;
    centres.set(community, { x: distance * Math.cos(i * golden), y: distance * Math.sin(i * golden), radius: (Math.sqrt(size) * o.spacing) / 2 });
  });
  keys.forEach((key, i) => {
    const centre = centres.get(graph.getNodeAttribute(key, 'community'))!;
    // From the key and seed alone, so one more document does not reshuffle the others.
    const random = createSeededRandom(hashString(key) ^ o.seed);
    const radius = centre.radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    x[i] = centre.x + radius * Math.cos(angle);
    y[i] = centre.y + radius * Math.sin(angle);
  });
}

interface Structure {
  x: Float64Array;
  y: Float64Array;
  mass: Float64Array;
  sources: Int32Array;
  targets: Int32Array;
  parent: Int32Array;
}

function simulate(graph: PlanGraph, keys: string[], s: Structure, settings: Required<Parameters<typeof iterate>[0]>, o: LargeLayoutOptions): Omit<LargeLayoutRun, 'positions'> {
  const simulated: number[] = [];
  const slot = new Int32Array(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    if (s.parent[i]! >= 0) continue;
    slot[i] = simulated.length;
    simulated.push(i);
  }
  const n = simulated.length;
  const nodes = new Float32Array(n * PPN);
  simulated.forEach((i, j) => {
    nodes[j * PPN] = s.x[i]!;
    nodes[j * PPN + 1] = s.y[i]!;
    nodes[j * PPN + NODE_MASS] = s.mass[i]!;
    nodes[j * PPN + NODE_CONVERGENCE] = 1;
    nodes[j * PPN + NODE_SIZE] = graph.getNodeAttribute(keys[i]!, 'size') || 1;
  });
  const edgeList: number[] = [];
  for (let edge = 0; edge < s.sources.length; edge++) {
    const a = slot[s.sources[edge]!]!;
    const b = slot[s.targets[edge]!]!;
    if (a >= 0 && b >= 0) edgeList.push(a * PPN, b * PPN, 1);
  }
  const edges = Float32Array.from(edgeList);

  const previous = new Float32Array(n * 2);
  const displacementPixels: number[] = [];
  const limit = o.fixedIterations ?? o.maxIterations;
  let converged = false;
  let iterations = 0;
  while (n > 0 && iterations < limit) {
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (let j = 0; j < n; j++) {
      const px = nodes[j * PPN]!;
      const py = nodes[j * PPN + 1]!;
      previous[2 * j] = px;
      previous[2 * j + 1] = py;
      if (px < minX) minX = px;
      if (px > maxX) maxX = px;
      if (py < minY) minY = py;
      if (py > maxY) maxY = py;
    }
    iterate(settings, nodes, edges);
    iterations++;
    let moved = 0;
    for (let j = 0; j < n; j++) moved += Math.hypot(nodes[j * PPN]! - previous[2 * j]!, nodes[j * PPN + 1]! - previous[2 * j + 1]!);
    const pixels = ((moved / n) * o.viewportPixels) / Math.max(maxX - minX, maxY - minY, 1e-9);
    displacementPixels.push(pixels);
    if (o.fixedIterations === null && iterations >= o.minIterations && pixels < o.convergencePixels) {
      converged = true;
      break;
    }
  }
  simulated.forEach((i, j) => {
    s.x[i] = nodes[j * PPN]!;
    s.y[i] = nodes[j * PPN + 1]!;
  });
  return { simulatedNodes: n, iterations, converged, displacementPixels };
}

/**
 * Leaves go on a circle around their neighbour, evenly spaced from a seeded
 * angle, at the distance where linear attraction (d) equals ForceAtlas2's
 * repulsion between the pair (scalingRatio · 2 · mass / d).
 */
function placeLeaves(keys: string[], x: Float64Array, y: Float64Array, mass: Float64Array, parent: Int32Array, scalingRatio: number, seed: number): void {
  const leaves = new Map<number, number[]>();
  parent.forEach((p, i) => {
    if (p < 0) return;
    const list = leaves.get(p);
    if (list) list.push(i);
    else leaves.set(p, [i]);
  });
  for (const [p, list] of leaves) {
    const radius = Math.sqrt(scalingRatio * 2 * mass[p]!);
    const start = 2 * Math.PI * createSeededRandom(hashString(keys[p]!) ^ seed)();
    list.forEach((leaf, k) => {
      const angle = start + (2 * Math.PI * k) / list.length;
      x[leaf] = x[p]! + radius * Math.cos(angle);
      y[leaf] = y[p]! + radius * Math.sin(angle);
    });
  }
}
