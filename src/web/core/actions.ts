import type { CameraView, ColorBy, ComparePair, ExportScope, Selection, SizeBy, ViewState } from './state.js';

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

export function setHideIsolated(hideIsolated: boolean) {
  return (state: ViewState): ViewState => (state.hideIsolated === hideIsolated ? state : { ...state, hideIsolated });
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

/**
 * Shows exactly `ids` of the graph's documents `all`. Showing every document
 * is stored as null, so a shared link means "all" rather than a fixed list.
 */
export function setShownDocuments(ids: Iterable<string> | null, all: readonly string[]) {
  return (state: ViewState): ViewState => {
    const wanted = ids === null ? null : new Set([...ids].filter((id) => all.includes(id)));
    const next = wanted === null || all.every((id) => wanted.has(id)) ? null : wanted;
    const current = state.shownDocuments;
    if (next === current || (next !== null && current !== null && next.size === current.size && [...next].every((id) => current.has(id)))) return state;
    return { ...state, shownDocuments: next };
  };
}

export function toggleDocument(id: string, all: readonly string[]) {
  return (state: ViewState): ViewState => {
    const shown = state.shownDocuments ?? new Set(all);
    return setShownDocuments(toggled(shown, id), all)(state);
  };
}

export function setColorBy(colorBy: ColorBy) {
  return (state: ViewState): ViewState => (state.colorBy === colorBy ? state : { ...state, colorBy });
}

export function setSizeBy(sizeBy: SizeBy) {
  return (state: ViewState): ViewState => (state.sizeBy === sizeBy ? state : { ...state, sizeBy });
}

/** Draws only entities within `steps` of `centre`, or everything again (null). */
export function setNeighbourhood(neighbourhood: { centre: string; steps: number } | null) {
  return (state: ViewState): ViewState => {
    const n = state.neighbourhood;
    if (n === neighbourhood || (n && neighbourhood && n.centre === neighbourhood.centre && n.steps === neighbourhood.steps)) return state;
    return { ...state, neighbourhood };
  };
}

export function setPinned(pinned: ReadonlySet<string>) {
  return (state: ViewState): ViewState => (state.pinned.size === pinned.size && [...pinned].every((node) => state.pinned.has(node)) ? state : { ...state, pinned });
}

export function setTableOpen(tableOpen: boolean) {
  return (state: ViewState): ViewState => (state.tableOpen === tableOpen ? state : { ...state, tableOpen });
}

export function setPathFrom(pathFrom: string | null) {
  return (state: ViewState): ViewState => (state.pathFrom === pathFrom ? state : { ...state, pathFrom });
}

export function setCompare(compare: ComparePair | null) {
  return (state: ViewState): ViewState => {
    const c = state.compare;
    if (c === compare || (c && compare && c.a === compare.a && c.b === compare.b)) return state;
    return { ...state, compare };
  };
}

/** Picks one side of the comparison; the other side's plan is refused (a plan compared with itself says nothing), not swapped. */
export function setComparePlan(side: 'a' | 'b', id: string) {
  return (state: ViewState): ViewState => {
    const c = state.compare;
    if (!c || c[side] === id || c[side === 'a' ? 'b' : 'a'] === id) return state;
    return setCompare(side === 'a' ? { a: id, b: c.b } : { a: c.a, b: id })(state);
  };
}

/**
 * Drops document choices that do not fit the graph (a link made for another
 * graph, a plan that is gone): unknown ids are ignored, a filter that would
 * leave nothing known falls back to all, and comparing needs two known plans.
 */
export function restrictToDocuments(all: readonly string[]) {
  return (state: ViewState): ViewState => {
    let next = state;
    if (state.shownDocuments !== null) {
      const known = [...state.shownDocuments].filter((id) => all.includes(id));
      next = setShownDocuments(known.length > 0 || state.shownDocuments.size === 0 ? known : null, all)(next);
    }
    if (state.compare && (all.length < 2 || !all.includes(state.compare.a) || !all.includes(state.compare.b) || state.compare.a === state.compare.b)) next = setCompare(null)(next);
    // With one plan there is nothing to share or pick; the other colourings still apply.
    if (all.length < 2) next = setShownDocuments(null, all)(next.colorBy === 'shared' ? setColorBy('type')(next) : next);
    return next;
  };
}

/** The part of the view a URL carries; applied as one step so history navigation is atomic. */
export interface SharedView {
  selection: Selection;
  query: string;
  hiddenEntityTypes: readonly string[];
  hiddenRelations: readonly string[];
  shownDocuments: readonly string[] | null;
  colorBy: ColorBy;
  sizeBy?: SizeBy;
  compare: ComparePair | null;
  hideIsolated?: boolean;
  neighbourhood?: { centre: string; steps: number } | null;
  pathFrom?: string | null;
  camera: CameraView | null;
}

export function applySharedView(view: SharedView) {
  return (state: ViewState): ViewState => ({
    ...state,
    selection: view.selection,
    query: view.query,
    hiddenEntityTypes: new Set(view.hiddenEntityTypes),
    hiddenRelations: new Set(view.hiddenRelations),
    shownDocuments: view.shownDocuments === null ? null : new Set(view.shownDocuments),
    colorBy: view.colorBy,
    sizeBy: view.sizeBy ?? 'centrality',
    compare: view.compare,
    hideIsolated: view.hideIsolated ?? false,
    neighbourhood: view.neighbourhood ?? null,
    pathFrom: view.pathFrom ?? null,
    camera: view.camera ?? state.camera,
  });
}
