import type { ExportScope } from './core/state.js';

/** Everything a view may ask for; views never touch the store, renderer or graph directly. */
export interface ExplorerCommands {
  selectNode(key: string): void;
  selectEdge(key: string): void;
  clearSelection(): void;
  hoverNode(key: string | null): void;
  toggleEntityType(entityType: string): void;
  toggleRelation(relation: string): void;
  setQuery(query: string): void;
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
