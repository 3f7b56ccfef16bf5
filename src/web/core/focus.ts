import type { ExplorerGraph } from './types.js';
import type { ViewState } from './state.js';

/** What stands out: the hovered or selected item, its neighbours and the edges between them. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** The node the focus is about (highlighted); null for an edge focus. */
  centre: string | null;
}

export function computeFocus(graph: ExplorerGraph, state: Pick<ViewState, 'hoveredNode' | 'selection'>): Focus | null {
  const nodeKey = state.hoveredNode ?? (state.selection?.kind === 'node' ? state.selection.key : null);
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
export function createFocusCache(graph: ExplorerGraph): (state: Pick<ViewState, 'hoveredNode' | 'selection'>) => Focus | null {
  let lastHovered: string | null | undefined;
  let lastSelection: ViewState['selection'] | undefined;
  let cached: Focus | null = null;
  return (state) => {
    if (state.hoveredNode !== lastHovered || state.selection !== lastSelection) {
      lastHovered = state.hoveredNode;
      lastSelection = state.selection;
      cached = computeFocus(graph, state);
    }
    return cached;
  };
}
