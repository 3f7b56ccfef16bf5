import type { EntityType, Relation } from '../model/vocabulary.js';
import type { PlanGraph } from './build-graph.js';

/**
 * The one place where domain attributes become visual ones. Colours are
 * chosen to stay distinguishable for common colour-vision deficiencies
 * (Okabe–Ito and Tableau-derived hues) and readable on a light background.
 */
export const ENTITY_COLORS: Record<EntityType, string> = {
  Plan: '#1f2937',
  Place: '#0072b2',
  Region: '#56b4e9',
  Organization: '#6a3d9a',
  Event: '#cc79a7',
  Target: '#d55e00',
  KeyArea: '#009e73',
  StrategicOpportunity: '#e69f00',
  PriorityTask: '#b8860b',
  Industry: '#c0392b',
  Initiative: '#2a9d8f',
  Group: '#7f7f7f',
};

export const RELATION_COLORS: Record<Relation, string> = {
  hasTarget: '#e8a07a',
  hasKeyArea: '#7fcfb6',
  hasStrategicOpportunity: '#f2cf7f',
  hasPriorityTask: '#dcc37f',
  develops: '#e3a29b',
  includes: '#bfbfbf',
  cooperatesWith: '#8ec9ea',
  partOf: '#a9c4dd',
  announcedBy: '#b9a3d1',
  announcedAt: '#e6bcd3',
  coversPlace: '#80b9d8',
  relatedTo: '#9e9e9e',
};

export interface VisualOptions {
  minNodeSize: number;
  maxNodeSize: number;
  minEdgeSize: number;
  maxEdgeSize: number;
}

export const DEFAULT_VISUAL_OPTIONS: VisualOptions = { minNodeSize: 4, maxNodeSize: 18, minEdgeSize: 1, maxEdgeSize: 4 };

/** Node size from centrality (square-root scale, so area tracks rank); edge size from evidence count. */
export function applyVisualAttributes(graph: PlanGraph, options: Partial<VisualOptions> = {}): void {
  const o = { ...DEFAULT_VISUAL_OPTIONS, ...options };
  let maxCentrality = 0;
  graph.forEachNode((_node, a) => (maxCentrality = Math.max(maxCentrality, a.centrality)));
  graph.updateEachNodeAttributes((_node, a) => {
    const share = maxCentrality > 0 ? Math.sqrt(a.centrality / maxCentrality) : 0;
    return { ...a, size: round2(o.minNodeSize + share * (o.maxNodeSize - o.minNodeSize)), color: ENTITY_COLORS[a.entityType] };
  });
  graph.updateEachEdgeAttributes((_edge, a) => ({
    ...a,
    size: Math.min(o.maxEdgeSize, o.minEdgeSize + (a.evidence.length - 1) * 0.5),
    color: RELATION_COLORS[a.relation],
  }));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Label size and stage padding of the explorer's renderer; the layout's label pass assumes the same. */
export const LABEL_FONT_SIZE = 13;
export const STAGE_PADDING = 40;

/**
 * Plan items can be whole clauses ("further rise of the … economic circle as a
 * key regional growth engine"). On the canvas a label is cut at a word
 * boundary; the full text stays in the graph and in the details panel.
 */
export const MAX_LABEL_CHARACTERS = 30;

export function truncateLabel(label: string, max: number = MAX_LABEL_CHARACTERS): string {
  const characters = [...label];
  if (characters.length <= max) return label;
  const cut = characters.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}
