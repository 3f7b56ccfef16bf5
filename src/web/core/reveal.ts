import { setShownDocuments } from './actions.js';
import { isInDocumentScope } from './documents.js';
import type { FilterState } from './filters.js';
import { isInNeighbourhood } from './neighbourhood.js';
import type { ViewState } from './state.js';
import type { ExplorerGraph } from './types.js';

/** Why the filters leave a node out: each reason names the one filter to loosen. */
export type HiddenReason =
  | { kind: 'entityType'; entityType: string }
  | { kind: 'plans'; documents: readonly string[] }
  | { kind: 'compare' }
  | { kind: 'isolated' }
  | { kind: 'neighbourhood'; centre: string; steps: number };

/** Every filter that hides `node`; empty when it is drawn. */
export function computeHiddenReasons(graph: ExplorerGraph, node: string, state: FilterState): HiddenReason[] {
  const a = graph.getNodeAttributes(node);
  const reasons: HiddenReason[] = [];
  if (state.hiddenEntityTypes.has(a.entityType)) reasons.push({ kind: 'entityType', entityType: a.entityType });
  if (state.compare && !isInDocumentScope(a.documents, state)) reasons.push({ kind: 'compare' });
  else if (!state.compare && !isInDocumentScope(a.documents, state)) reasons.push({ kind: 'plans', documents: a.documents });
  if (state.hideIsolated && graph.degree(node) === 0) reasons.push({ kind: 'isolated' });
  if (state.neighbourhood && !isInNeighbourhood(graph, node, state.neighbourhood)) reasons.push({ kind: 'neighbourhood', ...state.neighbourhood });
  return reasons;
}

/**
 * Loosens exactly the filters that hide `node` and nothing else: its type is
 * shown again, its plans are added to the shown ones, a comparison that
 * leaves it out ends, unlinked entities are shown if it is one of them.
 */
export function revealNode(graph: ExplorerGraph, node: string) {
  return (state: ViewState): ViewState => {
    if (!graph.hasNode(node)) return state;
    const all = graph.getAttribute('documents').map((doc) => doc.id);
    const showPlansOf = (view: ViewState) => (view.shownDocuments === null ? view : setShownDocuments([...view.shownDocuments, ...graph.getNodeAttribute(node, 'documents')], all)(view));
    let next = state;
    for (const reason of computeHiddenReasons(graph, node, state)) {
      if (reason.kind === 'entityType') {
        const hidden = new Set(next.hiddenEntityTypes);
        hidden.delete(reason.entityType);
        next = { ...next, hiddenEntityTypes: hidden };
      } else if (reason.kind === 'compare') next = { ...next, compare: null };
      else if (reason.kind === 'isolated') next = { ...next, hideIsolated: false };
      else if (reason.kind === 'neighbourhood') next = { ...next, neighbourhood: null };
      else next = showPlansOf(next);
    }
    // Leaving compare mode may still leave the node outside the plans ticked before it.
    return isInDocumentScope(graph.getNodeAttribute(node, 'documents'), next) ? next : showPlansOf(next);
  };
}
