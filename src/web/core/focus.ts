import type { ExplorerGraph } from './types.js';
import { findShortestPath } from './neighbourhood.js';
import type { ViewState } from './state.js';

/** What stands out: the hovered or selected item, its neighbours and the edges between them. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** The node the focus is about (highlighted); null for an edge focus. */
  centre: string | null;
}

type FocusState = Pick<ViewState, 'hoveredNode' | 'selection'> & Partial<Pick<ViewState, 'pathFrom'>>;

export function computeFocus(graph: ExplorerGraph, state: FocusState): Focus | null {
  const selected = state.selection?.kind === 'node' ? state.selection.key : null;
  // A path from the chosen start to the selection stands out as a whole, unless the pointer is on a node.
  if (state.hoveredNode === null && state.pathFrom && selected !== null && selected !== state.pathFrom) {
    const path = findShortestPath(graph, state.pathFrom, selected);
    if (path) return { nodes: new Set(path.nodes), edges: new Set(path.hops.flatMap((hop) => hop.edges)), centre: selected };
  }
  const nodeKey = state.hoveredNode ?? selected;
  if (nodeKey !== null && graph.hasNode(nodeKey)) {
    const nodes = new Set<string>([nodeKey]);
    const edges = new Set<string>();
    graph.forEachEdge(nodeKey, (edge, _attributes, source, target) => {
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
    return { nodes, edges, centre: nodeKey };
  }
  if (state.selection?.kind === 'edge' && graph.hasEdge(state.selection.key)) {
    const edge = state.selection.key;
    return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]), centre: null };
  }
  return null;
}

/**
 * Reducers run once per item per render; this recomputes neighbour sets only
 * when the hovered node or the selection actually changes.
 */
export function createFocusCache(graph: ExplorerGraph): (state: FocusState) => Focus | null {
  let lastHovered: string | null | undefined;
  let lastSelection: ViewState['selection'] | undefined;
  let lastPathFrom: string | null | undefined;
  let cached: Focus | null = null;
  return (state) => {
    if (state.hoveredNode !== lastHovered || state.selection !== lastSelection || (state.pathFrom ?? null) !== lastPathFrom) {
      lastHovered = state.hoveredNode;
      lastSelection = state.selection;
      lastPathFrom = state.pathFrom ?? null;
      cached = computeFocus(graph, state);
    }
    return cached;
  };
}
