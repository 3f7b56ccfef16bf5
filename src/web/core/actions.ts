import type { CameraView, ExportScope, Selection, ViewState } from './state.js';

/** Pure state transitions: each returns the same object when nothing changes. */

function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.key === b.key);
}

export function setSelection(selection: Selection) {
  return (state: ViewState): ViewState => (sameSelection(state.selection, selection) ? state : { ...state, selection });
}

export const selectNode = (key: string) => setSelection({ kind: 'node', key });
export const selectEdge = (key: string) => setSelection({ kind: 'edge', key });
export const clearSelection = () => setSelection(null);

export function hoverNode(key: string | null) {
  return (state: ViewState): ViewState => (state.hoveredNode === key ? state : { ...state, hoveredNode: key });
}

function toggled(set: ReadonlySet<string>, value: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function toggleEntityType(entityType: string) {
  return (state: ViewState): ViewState => ({ ...state, hiddenEntityTypes: toggled(state.hiddenEntityTypes, entityType) });
}

export function toggleRelation(relation: string) {
  return (state: ViewState): ViewState => ({ ...state, hiddenRelations: toggled(state.hiddenRelations, relation) });
}

export function setQuery(query: string) {
  return (state: ViewState): ViewState => (state.query === query ? state : { ...state, query });
}

export function setCamera(camera: CameraView | null) {
  return (state: ViewState): ViewState => {
    const c = state.camera;
    if (c === camera) return state;
    if (c && camera && c.x === camera.x && c.y === camera.y && c.ratio === camera.ratio && c.angle === camera.angle) return state;
    return { ...state, camera };
  };
}

export function setExportScope(exportScope: ExportScope) {
  return (state: ViewState): ViewState => (state.exportScope === exportScope ? state : { ...state, exportScope });
}

export function setLayoutRunning(layoutRunning: boolean) {
  return (state: ViewState): ViewState => (state.layoutRunning === layoutRunning ? state : { ...state, layoutRunning });
}

/** The part of the view a URL carries; applied as one step so history navigation is atomic. */
export interface SharedView {
  selection: Selection;
  query: string;
  hiddenEntityTypes: readonly string[];
  hiddenRelations: readonly string[];
  camera: CameraView | null;
}

export function applySharedView(view: SharedView) {
  return (state: ViewState): ViewState => ({
    ...state,
    selection: view.selection,
    query: view.query,
    hiddenEntityTypes: new Set(view.hiddenEntityTypes),
    hiddenRelations: new Set(view.hiddenRelations),
    camera: view.camera ?? state.camera,
  });
}
