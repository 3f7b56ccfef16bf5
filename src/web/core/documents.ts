import type { DocumentInfo } from '../../model/graph-attributes.js';
import type { DocumentLanguage } from '../../model/vocabulary.js';
import type { ViewState } from './state.js';
import type { ExplorerGraph } from './types.js';

export type DocumentScope = Pick<ViewState, 'shownDocuments' | 'compare'>;

/**
 * Whether an item mentioned by `documents` belongs to the documents in view.
 * Called by the reducers for every item on every frame, so it allocates
 * nothing. An item no document claims is shown only when nothing is narrowed.
 */
export function isInDocumentScope(documents: readonly string[], scope: DocumentScope): boolean {
  if (scope.compare) return documents.includes(scope.compare.a) || documents.includes(scope.compare.b);
  const shown = scope.shownDocuments;
  return shown === null || documents.some((id) => shown.has(id));
}

export interface PlanSummary {
  id: string;
  title: string;
  /** Short name for lists and selects: the place when the document names one. */
  name: string;
  /** Entities that this document mentions. */
  entities: number;
  /** The language of the plan's text; English when the graph does not say. */
  language: DocumentLanguage;
}

/** How the explorer names a plan's language: in that language, so a reader spots their own. */
export const LANGUAGE_NAMES: Readonly<Record<DocumentLanguage, { short: string; name: string }>> = {
  en: { short: 'EN', name: 'English' },
  zh: { short: '中文', name: 'Chinese' },
};

export function computePlanSummaries(graph: ExplorerGraph): PlanSummary[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, a) => {
    for (const id of a.documents) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return graph.getAttribute('documents').map((doc) => ({ id: doc.id, title: doc.title, name: planName(doc), entities: counts.get(doc.id) ?? 0, language: doc.language ?? 'en' }));
}

export function planName(doc: Pick<DocumentInfo, 'title' | 'place'>): string {
  return doc.place?.trim() || doc.title;
}

/**
 * Sequential colours for "shared by N plans": one plan is a quiet grey so
 * that concepts several plans share stand out; the warm ramp (ColorBrewer
 * YlOrRd, dark end) stays ordered for colour-blind readers. Counts above the
 * ramp take its darkest colour.
 */
export const SHARED_BY_COLORS: readonly string[] = ['#aab2bd', '#fd8d3c', '#e31a1c', '#bd0026', '#800026'];
export const UNKNOWN_SHARE_COLOR = '#d5d9e0';

export function sharedByColor(plans: number): string {
  if (plans < 1) return UNKNOWN_SHARE_COLOR;
  return SHARED_BY_COLORS[Math.min(plans, SHARED_BY_COLORS.length) - 1]!;
}

export interface DocumentGroup<T> {
  document: string;
  items: T[];
}

/**
 * Evidence split by the document it comes from, documents in `order` (the
 * graph's document order) and unknown ones after them; items keep their order.
 */
export function groupByDocument<T extends { document: string }>(items: readonly T[], order: readonly string[]): DocumentGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.document);
    if (group) group.push(item);
    else groups.set(item.document, [item]);
  }
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  return [...groups.entries()].sort((x, y) => rank(x[0]) - rank(y[0]) || x[0].localeCompare(y[0])).map(([document, grouped]) => ({ document, items: grouped }));
}
