import { planName } from './documents.js';
import { COLOR_KEY_TITLES } from './attribute-scales.js';
import { computeColorClassCounts, computeEntityTypeCounts, computeMembershipCounts } from './filters.js';
import { INITIAL_VIEW_STATE, type ExportScope, type ViewState } from './state.js';
import type { ExplorerGraph } from './types.js';

/**
 * The view an image is drawn from: no hover, selection or camera, so it does
 * not depend on where the reader happens to be. "Whole graph" drops every
 * filter (and a comparison, which is one) but keeps the colouring; "visible
 * only" keeps the filters too.
 */
export function computeImageView(state: ViewState, scope: ExportScope): ViewState {
  const base: ViewState = { ...state, selection: null, hoveredNode: null, camera: null };
  if (scope === 'visible') return base;
  return {
    ...base,
    hiddenEntityTypes: INITIAL_VIEW_STATE.hiddenEntityTypes,
    hiddenRelations: INITIAL_VIEW_STATE.hiddenRelations,
    shownDocuments: null,
    compare: null,
    hideIsolated: false,
  };
}

export interface ImageLegendRow {
  color: string;
  name: string;
  count: number;
}

export interface ImageLegend {
  title: string;
  rows: ImageLegendRow[];
}

/** What the image's legend says: the colours the image draws, with how many drawn nodes have each. */
export function computeImageLegend(graph: ExplorerGraph, view: ViewState): ImageLegend {
  if (view.compare) {
    const names = new Map(graph.getAttribute('documents').map((doc) => [doc.id, planName(doc)]));
    const { a, b } = view.compare;
    const label = { onlyA: `Only ${names.get(a) ?? a}`, both: 'Both', onlyB: `Only ${names.get(b) ?? b}` };
    return { title: 'Comparison', rows: computeMembershipCounts(graph, view).map((m) => ({ color: m.color, name: label[m.membership], count: m.visible })).filter((row) => row.count > 0) };
  }
  if (view.colorBy !== 'type') {
    const rows = computeColorClassCounts(graph, view, view.colorBy).filter((c) => c.visible > 0);
    return { title: COLOR_KEY_TITLES[view.colorBy], rows: rows.map((c) => ({ color: c.color, name: c.name, count: c.visible })) };
  }
  return { title: 'Entity types', rows: computeEntityTypeCounts(graph, view).filter((row) => row.visible > 0).map((row) => ({ color: row.color, name: row.name, count: row.visible })) };
}

/** The image's title: the graph's name, and what part of it the image shows. */
export function computeImageTitle(graph: ExplorerGraph, scope: ExportScope): string {
  const name = graph.getAttribute('name') || 'Graph';
  return scope === 'visible' ? `${name} (filtered view)` : name;
}
