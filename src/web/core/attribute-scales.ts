import { DEFAULT_VISUAL_OPTIONS } from '../../graph/visual-attributes.js';
import { sharedByColor } from './documents.js';
import type { ColorBy, SizeBy } from './state.js';
import type { ExplorerGraph, ExplorerNodeAttributes } from './types.js';

/**
 * Colour and size by a node attribute, as Gephi's appearance panel does:
 * each mode maps a node to a colour class (a community, a degree band …) and
 * the legend lists the classes. Classes are computed once per graph and mode:
 * the attributes come from the build and do not change while exploring
 * (dragging and the live layout move nodes, nothing else).
 */
export interface ColorClass {
  /** Stable id of the class, for the legend's data attribute. */
  id: string;
  name: string;
  color: string;
}

export interface ColorScale {
  classes: readonly ColorClass[];
  classOf(node: string): ColorClass;
}

/** Modes whose colours come from this module (type colours and comparison live elsewhere). */
export type AttributeColorMode = Exclude<ColorBy, 'type'>;

/**
 * Categorical colours for communities (Okabe–Ito, readable by colour-blind
 * readers, then two more from Tableau 10); communities beyond them share grey.
 */
const COMMUNITY_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#8c564b', '#17becf'];
const OTHER_COMMUNITIES = '#b8bec8';
/** Sequential blues (ColorBrewer Blues, 5 classes, light to dark) for degree and centrality bands. */
const BAND_COLORS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

function communityScale(graph: ExplorerGraph): ColorScale {
  const sizes = new Map<number, number>();
  graph.forEachNode((_node, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
  // Largest first, ties by id, so the same graph always gives the same colours.
  const ranked = [...sizes.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const named = ranked.slice(0, COMMUNITY_COLORS.length).map(([community], i): ColorClass => ({ id: String(community), name: `Community ${i + 1}`, color: COMMUNITY_COLORS[i]! }));
  const byCommunity = new Map(ranked.slice(0, named.length).map(([community], i) => [community, named[i]!]));
  const rest = ranked.length - named.length;
  const other: ColorClass = { id: 'other', name: rest === 1 ? '1 smaller community' : `${rest} smaller communities`, color: OTHER_COMMUNITIES };
  return {
    classes: rest > 0 ? [...named, other] : named,
    classOf: (node) => byCommunity.get(graph.getNodeAttribute(node, 'community')) ?? other,
  };
}

const formatNumber = (value: number) => String(Number.isInteger(value) ? value : Number(value.toPrecision(2)));

/**
 * Bands of a numeric attribute: up to five classes cut at quantiles of the
 * distinct values, so a long tail (a few hubs, many leaves) still spreads
 * over the ramp instead of painting all but one node the lightest colour.
 */
function bandScale(graph: ExplorerGraph, valueOf: (node: string, a: ExplorerNodeAttributes) => number): ColorScale {
  const values = new Map<string, number>();
  graph.forEachNode((node, a) => values.set(node, valueOf(node, a)));
  const distinct = [...new Set(values.values())].sort((x, y) => x - y);
  const bandCount = Math.min(BAND_COLORS.length, distinct.length);
  // Lower bound of each band, from quantiles of the distinct values.
  const lows = Array.from({ length: bandCount }, (_, i) => distinct[Math.floor((i * distinct.length) / bandCount)]!);
  const classes = lows.map((low, i): ColorClass => {
    const next = lows[i + 1];
    const highest = next === undefined ? distinct[distinct.length - 1]! : distinct[distinct.indexOf(next) - 1]!;
    const name = low === highest ? formatNumber(low) : next === undefined ? `${formatNumber(low)} and more` : `${formatNumber(low)}–${formatNumber(highest)}`;
    // Few bands take the darker end of the ramp, so one band is never the faint first colour.
    return { id: String(i), name, color: BAND_COLORS[BAND_COLORS.length - bandCount + i]! };
  });
  const classOf = (node: string) => {
    const value = values.get(node) ?? 0;
    let band = 0;
    while (band + 1 < lows.length && value >= lows[band + 1]!) band++;
    return classes[band]!;
  };
  return { classes, classOf };
}

function sharedScale(graph: ExplorerGraph): ColorScale {
  const byPlans = new Map<number, ColorClass>();
  graph.forEachNode((_node, a) => {
    const plans = a.documents.length;
    if (!byPlans.has(plans)) byPlans.set(plans, { id: String(plans), name: plans === 1 ? '1 plan' : `${plans} plans`, color: sharedByColor(plans) });
  });
  return {
    classes: [...byPlans.entries()].sort((x, y) => x[0] - y[0]).map(([, c]) => c),
    classOf: (node) => byPlans.get(graph.getNodeAttribute(node, 'documents').length)!,
  };
}

export const COLOR_KEY_TITLES: Readonly<Record<AttributeColorMode, string>> = {
  shared: 'Shared by',
  community: 'Community',
  degree: 'Relations (degree)',
  centrality: 'Centrality (PageRank)',
};

const scales = new WeakMap<ExplorerGraph, Map<AttributeColorMode, ColorScale>>();

export function getColorScale(graph: ExplorerGraph, mode: AttributeColorMode): ColorScale {
  let byMode = scales.get(graph);
  if (!byMode) scales.set(graph, (byMode = new Map()));
  let scale = byMode.get(mode);
  if (!scale) {
    scale =
      mode === 'shared'
        ? sharedScale(graph)
        : mode === 'community'
          ? communityScale(graph)
          : mode === 'degree'
            ? bandScale(graph, (node) => graph.degree(node))
            : bandScale(graph, (_node, a) => a.centrality ?? 0);
    byMode.set(mode, scale);
  }
  return scale;
}

/**
 * Node sizes by attribute on the builder's own range, square-root scaled so
 * that area tracks the value. 'centrality' is what the builder drew, so it
 * keeps each node's stored size (a graph opened from elsewhere keeps its own).
 */
type SizeScale = (node: string, a: ExplorerNodeAttributes) => number;
const sizeScales = new WeakMap<ExplorerGraph, Map<SizeBy, SizeScale>>();

/** Like getColorScale, built once per graph and mode (it scans the graph for the largest value). */
export function getSizeScale(graph: ExplorerGraph, mode: SizeBy): SizeScale {
  let byMode = sizeScales.get(graph);
  if (!byMode) sizeScales.set(graph, (byMode = new Map()));
  let scale = byMode.get(mode);
  if (!scale) byMode.set(mode, (scale = buildSizeScale(graph, mode)));
  return scale;
}

function buildSizeScale(graph: ExplorerGraph, mode: SizeBy): SizeScale {
  const { minNodeSize, maxNodeSize } = DEFAULT_VISUAL_OPTIONS;
  if (mode === 'centrality') return (_node, a) => a.size;
  if (mode === 'uniform') return () => (minNodeSize + maxNodeSize) / 3;
  const valueOf = mode === 'degree' ? (node: string) => graph.degree(node) : (_node: string, a: ExplorerNodeAttributes) => a.documents.length;
  let max = 0;
  graph.forEachNode((node, a) => (max = Math.max(max, valueOf(node, a))));
  return (node, a) => (max > 0 ? minNodeSize + Math.sqrt(valueOf(node, a) / max) * (maxNodeSize - minNodeSize) : minNodeSize);
}
