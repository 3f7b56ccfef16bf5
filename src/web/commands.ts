import type { ColorBy, ExportScope, SizeBy } from './core/state.js';

/** Everything a view may ask for; views never touch the store, renderer or graph directly. */
export interface ExplorerCommands {
  selectNode(key: string): void;
  /** Loosens the filters that hide the node, then frames it. */
  revealNode(key: string): void;
  selectEdge(key: string): void;
  clearSelection(): void;
  hoverNode(key: string | null): void;
  toggleEntityType(entityType: string): void;
  toggleRelation(relation: string): void;
  setHideIsolated(hide: boolean): void;
  /** Draws only what lies within `steps` relations of `centre`; null steps draws everything again. */
  setNeighbourhood(centre: string, steps: number | null): void;
  /** Starts a shortest path at `key` (the next selection is its end), or forgets it (null). */
  setPathFrom(key: string | null): void;
  setQuery(query: string): void;
  toggleDocument(id: string): void;
  showAllDocuments(): void;
  setColorBy(colorBy: ColorBy): void;
  setSizeBy(sizeBy: SizeBy): void;
  /** Starts comparing a with b, or stops comparing (null). */
  setCompare(pair: { a: string; b: string } | null): void;
  setComparePlan(side: 'a' | 'b', id: string): void;
  /** Moves a node to a point of the graph's coordinates and pins it there (dragging). */
  moveNode(key: string, x: number, y: number): void;
  unpinNode(key: string): void;
  /** Opens or closes the table of entities and relations. */
  toggleTable(): void;
  zoomIn(): void;
  zoomOut(): void;
  fitView(): void;
  startLayout(): void;
  stopLayout(): void;
  resetLayout(): void;
  setExportScope(scope: ExportScope): void;
  exportGexf(): void;
  exportPng(): void;
}
