import { truncateLabel } from '../../graph/visual-attributes.js';
import type { Attributes } from 'graphology-types';
import { COMPARE_COLORS, computeMembership } from './compare.js';
import { isInDocumentScope, sharedByColor } from './documents.js';
import type { Focus } from './focus.js';
import { isEdgeVisible } from './filters.js';
import type { ViewState } from './state.js';
import type { ExplorerEdgeAttributes, ExplorerGraph, ExplorerNodeAttributes } from './types.js';

export const FADED_NODE_COLOR = '#d5d9e0';
export const FADED_EDGE_COLOR = '#eceef2';
/**
 * Neighbour labels are forced only for small neighbourhoods; around a hub
 * they would pile up, so sigma's label grid picks which ones fit.
 */
export const MAX_FORCED_NEIGHBOUR_LABELS = 15;

/** What the reducers emit: a subset of sigma's display data, typed here so core needs no sigma import. */
export interface NodeDisplay extends Attributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
  type: string;
  hidden?: boolean;
  highlighted?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
}

export interface EdgeDisplay extends Attributes {
  size: number;
  color: string;
  type: string;
  curvature?: number;
  hidden?: boolean;
  zIndex?: number;
}

export interface ReducerContext {
  graph: ExplorerGraph;
  getState: () => ViewState;
  getFocus: (state: ViewState) => Focus | null;
  /** Parallel-edge curvatures (see computeEdgeCurvatures). */
  curvatures: ReadonlyMap<string, number>;
}

/**
 * Everything drawn is derived here from graph attributes + view state; the
 * graph itself is never written to. Node `type` is always set because sigma
 * picks a WebGL program from it and imported graphs may carry their own.
 */
export function createReducers(context: ReducerContext) {
  const { graph, getState, getFocus, curvatures } = context;

  /** The colour a node has before focus fading: its type's, its share of plans', or its side in a comparison. */
  function baseColor(data: ExplorerNodeAttributes, state: ViewState): string {
    if (state.compare) {
      const membership = computeMembership(data.documents, state.compare);
      return membership === 'neither' ? FADED_NODE_COLOR : COMPARE_COLORS[membership];
    }
    return state.colorBy === 'shared' ? sharedByColor(data.documents.length) : data.color;
  }

  function nodeReducer(node: string, data: ExplorerNodeAttributes): NodeDisplay {
    const state = getState();
    // Long clause-like labels are cut on the canvas; the full text is in the details panel.
    const display: NodeDisplay = { x: data.x, y: data.y, size: data.size, color: data.color, label: truncateLabel(data.label), type: 'circle' };
    if (state.hiddenEntityTypes.has(data.entityType) || !isInDocumentScope(data.documents, state)) return { ...display, hidden: true };
    display.color = baseColor(data, state);
    const focus = getFocus(state);
    const selected = state.selection?.kind === 'node' && state.selection.key === node;
    if (selected) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    if (!focus) return display;
    if (focus.nodes.has(node)) {
      if (focus.centre === node || focus.nodes.size <= MAX_FORCED_NEIGHBOUR_LABELS + 1) display.forceLabel = true;
      display.zIndex = Math.max(display.zIndex ?? 0, 1);
      if (focus.centre === node) display.highlighted = true;
      return display;
    }
    return { ...display, color: FADED_NODE_COLOR, label: null, zIndex: 0, highlighted: false, forceLabel: false };
  }

  function edgeReducer(edge: string, data: ExplorerEdgeAttributes): EdgeDisplay {
    const state = getState();
    const curvature = curvatures.get(edge);
    const display: EdgeDisplay =
      curvature === undefined
        ? { size: data.size, color: data.color, type: 'arrow' }
        : { size: data.size, color: data.color, type: 'curvedArrow', curvature };
    if (!isEdgeVisible(graph, edge, state)) return { ...display, hidden: true };
    const focus = getFocus(state);
    if (!focus) return display;
    if (focus.edges.has(edge)) return { ...display, size: Math.max(display.size * 1.6, 1.5), zIndex: 1 };
    return { ...display, color: FADED_EDGE_COLOR, zIndex: 0 };
  }

  return { nodeReducer, edgeReducer };
}
