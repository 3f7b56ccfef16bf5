import { truncateLabel } from '../../graph/visual-attributes.js';
import type { Attributes } from 'graphology-types';
import { COMPARE_COLORS, computeMembership } from './compare.js';
import { getColorScale, getSizeScale } from './attribute-scales.js';
import type { Focus } from './focus.js';
import { createVisibilityCache, type FilterState, type Visibility } from './filters.js';
import type { ViewState } from './state.js';
import type { ExplorerEdgeAttributes, ExplorerGraph, ExplorerNodeAttributes } from './types.js';

export const FADED_NODE_COLOR = '#d5d9e0';
export const FADED_EDGE_COLOR = '#eceef2';
/**
 * Neighbour labels of a hovered node are forced only for small
 * neighbourhoods; around a hub they would pile up, so the label drawer picks
 * which ones fit. A selection's neighbours are always labelled: the camera
 * frames them, so they have room.
 */
export const MAX_FORCED_NEIGHBOUR_LABELS = 15;

/**
 * Label ranks for the label drawer (label-drawer.ts), highest placed first;
 * ties go to the larger node.
 */
export const LABEL_PRIORITY = { selected: 5, centre: 4, selectionNeighbour: 3, hoverNeighbour: 2, plan: 1, other: 0 } as const;

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
  /** Which labels the drawer places first (LABEL_PRIORITY). */
  labelPriority?: number;
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
  /** What the filters leave drawn; defaults to a cache of its own (see createVisibilityCache). */
  getVisibility?: (state: FilterState) => Visibility;
}

/**
 * Everything drawn is derived here from graph attributes + view state; the
 * graph itself is never written to. Node `type` is always set because sigma
 * picks a WebGL program from it and imported graphs may carry their own.
 */
export function createReducers(context: ReducerContext) {
  const { graph, getState, getFocus, curvatures } = context;
  const getVisibility = context.getVisibility ?? createVisibilityCache(graph);
  // Labels never change after loading; cutting one costs more than the rest of the reducer, and it runs every frame.
  const labels = new Map<string, string>();
  const labelOf = (node: string, label: string) => {
    let cut = labels.get(node);
    if (cut === undefined) labels.set(node, (cut = truncateLabel(label)));
    return cut;
  };

  /** The colour a node has before focus fading: its type's, its side in a comparison, or its class of the attribute coloured by. */
  function baseColor(node: string, data: ExplorerNodeAttributes, state: ViewState): string {
    if (state.compare) {
      const membership = computeMembership(data.documents, state.compare);
      return membership === 'neither' ? FADED_NODE_COLOR : COMPARE_COLORS[membership];
    }
    return state.colorBy === 'type' ? data.color : getColorScale(graph, state.colorBy).classOf(node).color;
  }

  function nodeReducer(node: string, data: ExplorerNodeAttributes): NodeDisplay {
    const state = getState();
    // Long clause-like labels are cut on the canvas; the full text is in the details panel, and
    // on the canvas for the labels that matter most (plan hubs, the selection and its neighbours).
    const plan = data.entityType === 'Plan';
    const display: NodeDisplay = {
      x: data.x,
      y: data.y,
      size: state.sizeBy === 'centrality' ? data.size : getSizeScale(graph, state.sizeBy)(node, data),
      color: data.color,
      label: plan ? data.label : labelOf(node, data.label),
      type: 'circle',
      labelPriority: plan ? LABEL_PRIORITY.plan : LABEL_PRIORITY.other,
    };
    if (!getVisibility(state).isNodeVisible(node)) {
      display.hidden = true;
      return display;
    }
    if (plan) display.forceLabel = true;
    display.color = baseColor(node, data, state);
    const focus = getFocus(state);
    const selected = state.selection?.kind === 'node' && state.selection.key === node;
    if (selected) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
      display.label = data.label;
      display.labelPriority = LABEL_PRIORITY.selected;
    }
    if (!focus) return display;
    if (focus.nodes.has(node)) {
      const fromSelection = state.hoveredNode === null || !graph.hasNode(state.hoveredNode);
      display.label = data.label;
      if (focus.centre === node) {
        display.forceLabel = true;
        display.highlighted = true;
        display.labelPriority = Math.max(display.labelPriority ?? 0, LABEL_PRIORITY.centre);
      } else if (fromSelection) {
        display.forceLabel = true;
        display.labelPriority = Math.max(display.labelPriority ?? 0, LABEL_PRIORITY.selectionNeighbour);
      } else {
        if (focus.nodes.size <= MAX_FORCED_NEIGHBOUR_LABELS + 1) display.forceLabel = true;
        display.labelPriority = Math.max(display.labelPriority ?? 0, LABEL_PRIORITY.hoverNeighbour);
      }
      display.zIndex = Math.max(display.zIndex ?? 0, 1);
      return display;
    }
    display.color = FADED_NODE_COLOR;
    display.label = null;
    display.zIndex = 0;
    display.highlighted = false;
    display.forceLabel = false;
    return display;
  }

  function edgeReducer(edge: string, data: ExplorerEdgeAttributes): EdgeDisplay {
    const state = getState();
    const curvature = curvatures.get(edge);
    const display: EdgeDisplay =
      curvature === undefined
        ? { size: data.size, color: data.color, type: 'arrow' }
        : { size: data.size, color: data.color, type: 'curvedArrow', curvature };
    if (!getVisibility(state).isEdgeVisible(edge)) {
      display.hidden = true;
      return display;
    }
    const focus = getFocus(state);
    if (!focus) return display;
    if (focus.edges.has(edge)) {
      display.size = Math.max(display.size * 1.6, 1.5);
      display.zIndex = 1;
    } else {
      display.color = FADED_EDGE_COLOR;
      display.zIndex = 0;
    }
    return display;
  }

  return { nodeReducer, edgeReducer };
}
