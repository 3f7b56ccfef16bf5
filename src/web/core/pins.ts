import type { ExplorerGraph } from './types.js';

/**
 * Nodes the user has dragged into place. A pinned node keeps the position it
 * was dropped at while the live layout moves everything else; the positions
 * live here, not as attributes of the graph, so exports carry no view state
 * beyond the positions as drawn.
 */
export interface Pins {
  has(node: string): boolean;
  /** Moves the node to (x, y) in graph coordinates and pins it there. */
  place(node: string, x: number, y: number): void;
  unpin(node: string): void;
  clear(): void;
  nodes(): string[];
  /** The pinned position of a node, for the layout to hold it to; undefined when not pinned. */
  positionOf(node: string): { x: number; y: number } | undefined;
}

export function createPins(graph: ExplorerGraph, onChange: (pinned: ReadonlySet<string>) => void): Pins {
  const positions = new Map<string, { x: number; y: number }>();
  const changed = () => onChange(new Set(positions.keys()));
  return {
    has: (node) => positions.has(node),
    place(node, x, y) {
      if (!graph.hasNode(node)) return;
      const fresh = !positions.has(node);
      positions.set(node, { x, y });
      graph.mergeNodeAttributes(node, { x, y });
      if (fresh) changed();
    },
    unpin(node) {
      if (positions.delete(node)) changed();
    },
    clear() {
      if (positions.size === 0) return;
      positions.clear();
      changed();
    },
    nodes: () => [...positions.keys()],
    positionOf: (node) => positions.get(node),
  };
}
