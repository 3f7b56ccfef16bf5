import { COMPARE_COLORS, computeMembership, MEMBERSHIPS, type DrawnMembership } from './compare.js';
import { getColorScale, type AttributeColorMode, type ColorClass } from './attribute-scales.js';
import { isInDocumentScope } from './documents.js';
import { isInNeighbourhood } from './neighbourhood.js';
import type { ExplorerGraph, ExplorerNodeAttributes } from './types.js';
import type { ViewState } from './state.js';

/** The view state that decides what is drawn at all (everything else only changes how). */
export type FilterState = Pick<ViewState, 'hiddenEntityTypes' | 'hiddenRelations' | 'shownDocuments' | 'compare' | 'hideIsolated'> & Partial<Pick<ViewState, 'neighbourhood'>>;

export function isNodeVisible(graph: ExplorerGraph, node: string, state: FilterState): boolean {
  return passesNodeFilters(graph, node, graph.getNodeAttributes(node), state);
}

/** The one node test both the single check and the cached pass use. */
function passesNodeFilters(graph: ExplorerGraph, node: string, a: ExplorerNodeAttributes, state: FilterState): boolean {
  return (
    !state.hiddenEntityTypes.has(a.entityType) &&
    isInDocumentScope(a.documents, state) &&
    !(state.hideIsolated && graph.degree(node) === 0) &&
    !(state.neighbourhood && !isInNeighbourhood(graph, node, state.neighbourhood))
  );
}

/** Whether a change of view state changes what the filters draw (the fields are replaced, never mutated). */
export function filtersChanged(previous: FilterState, next: FilterState): boolean {
  return (
    next.hiddenEntityTypes !== previous.hiddenEntityTypes ||
    next.hiddenRelations !== previous.hiddenRelations ||
    next.shownDocuments !== previous.shownDocuments ||
    next.compare !== previous.compare ||
    next.hideIsolated !== previous.hideIsolated ||
    (next.neighbourhood ?? null) !== (previous.neighbourhood ?? null)
  );
}

/** An edge is drawn when its relation is shown, both ends are, and a document in view states it. */
export function isEdgeVisible(graph: ExplorerGraph, edge: string, state: FilterState): boolean {
  const a = graph.getEdgeAttributes(edge);
  if (state.hiddenRelations.has(a.relation) || !isInDocumentScope(a.documents, state)) return false;
  return isNodeVisible(graph, graph.source(edge), state) && isNodeVisible(graph, graph.target(edge), state);
}

/** What the filters leave drawn, answered in O(1) per item. */
export interface Visibility {
  isNodeVisible(node: string): boolean;
  isEdgeVisible(edge: string): boolean;
  /** How many nodes and edges are drawn. */
  nodes: number;
  edges: number;
}

/** Whether any filter narrows the view; when none does, everything is drawn and nothing needs checking. */
export function isFiltering(state: FilterState): boolean {
  return state.hiddenEntityTypes.size > 0 || state.hiddenRelations.size > 0 || state.shownDocuments !== null || state.compare !== null || state.hideIsolated || Boolean(state.neighbourhood);
}

const always = () => true;

/** One pass over nodes, then edges (whose ends are looked up in the hidden-node set rather than re-checked). */
export function computeVisibility(graph: ExplorerGraph, state: FilterState): Visibility {
  if (!isFiltering(state)) return { isNodeVisible: always, isEdgeVisible: always, nodes: graph.order, edges: graph.size };
  const hiddenNodes = new Set<string>();
  graph.forEachNode((node, a) => {
    if (!passesNodeFilters(graph, node, a, state)) hiddenNodes.add(node);
  });
  const hiddenEdges = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (state.hiddenRelations.has(a.relation) || !isInDocumentScope(a.documents, state) || hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
  });
  return {
    isNodeVisible: (node) => !hiddenNodes.has(node),
    isEdgeVisible: (edge) => !hiddenEdges.has(edge),
    nodes: graph.order - hiddenNodes.size,
    edges: graph.size - hiddenEdges.size,
  };
}

/**
 * Reducers ask about every item on every frame; this answers from sets built
 * once per filter change (the filter fields are replaced, never mutated, so
 * identity tells a change). Hover, selection and layout frames reuse them.
 */
export function createVisibilityCache(graph: ExplorerGraph): (state: FilterState) => Visibility {
  let last: FilterState | null = null;
  let cached: Visibility | null = null;
  return (state) => {
    if (!cached || !last || filtersChanged(last, state)) {
      last = {
        hiddenEntityTypes: state.hiddenEntityTypes,
        hiddenRelations: state.hiddenRelations,
        shownDocuments: state.shownDocuments,
        compare: state.compare,
        hideIsolated: state.hideIsolated,
        neighbourhood: state.neighbourhood ?? null,
      };
      cached = computeVisibility(graph, state);
    }
    return cached;
  };
}

export interface CategoryCount {
  name: string;
  color: string;
  total: number;
  visible: number;
  hidden: boolean;
}

/**
 * Legend rows in first-seen order, coloured with the colour the builder gave
 * the first item of each category (one place decides colours: the builder).
 */
export function computeEntityTypeCounts(graph: ExplorerGraph, state: FilterState): CategoryCount[] {
  const rows = new Map<string, CategoryCount>();
  graph.forEachNode((node, attributes) => {
    const name = attributes.entityType;
    let row = rows.get(name);
    if (!row) {
      row = { name, color: attributes.color, total: 0, visible: 0, hidden: state.hiddenEntityTypes.has(name) };
      rows.set(name, row);
    }
    row.total++;
    if (!row.hidden && isNodeVisible(graph, node, state)) row.visible++;
  });
  return [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

export function computeRelationCounts(graph: ExplorerGraph, state: FilterState): CategoryCount[] {
  const rows = new Map<string, CategoryCount>();
  graph.forEachEdge((edge, attributes) => {
    const name = attributes.relation;
    let row = rows.get(name);
    if (!row) {
      row = { name, color: attributes.color, total: 0, visible: 0, hidden: state.hiddenRelations.has(name) };
      rows.set(name, row);
    }
    row.total++;
    if (isEdgeVisible(graph, edge, state)) row.visible++;
  });
  return [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

export interface VisibleSummary {
  nodes: number;
  totalNodes: number;
  edges: number;
  totalEdges: number;
}

export function computeVisibleSummary(graph: ExplorerGraph, state: FilterState): VisibleSummary {
  const { nodes, edges } = computeVisibility(graph, state);
  return { nodes, totalNodes: graph.order, edges, totalEdges: graph.size };
}

export interface ColorClassCount extends ColorClass {
  total: number;
  visible: number;
}

/** Nodes per colour class of an attribute colouring (plans sharing, community, degree band …), for its colour key. */
export function computeColorClassCounts(graph: ExplorerGraph, state: FilterState, mode: AttributeColorMode): ColorClassCount[] {
  const scale = getColorScale(graph, mode);
  const counts = new Map(scale.classes.map((c) => [c, { ...c, total: 0, visible: 0 }]));
  graph.forEachNode((node) => {
    const row = counts.get(scale.classOf(node))!;
    row.total++;
    if (isNodeVisible(graph, node, state)) row.visible++;
  });
  return [...counts.values()];
}

export interface MembershipCount {
  membership: DrawnMembership;
  color: string;
  visible: number;
}

/** Drawn nodes on each side of the comparison, for its colour key; empty when not comparing. */
export function computeMembershipCounts(graph: ExplorerGraph, state: FilterState): MembershipCount[] {
  const compare = state.compare;
  if (!compare) return [];
  const counts = { onlyA: 0, both: 0, onlyB: 0 };
  graph.forEachNode((node, a) => {
    const membership = computeMembership(a.documents, compare);
    if (membership !== 'neither' && isNodeVisible(graph, node, state)) counts[membership]++;
  });
  return MEMBERSHIPS.map((membership) => ({ membership, color: COMPARE_COLORS[membership], visible: counts[membership] }));
}
