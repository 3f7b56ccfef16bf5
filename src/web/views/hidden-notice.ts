import { computeHiddenReasons, type HiddenReason } from '../core/reveal.js';
import type { ViewState } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { el } from './dom.js';

function describe(graph: ExplorerGraph, reason: HiddenReason, planNames: ReadonlyMap<string, string>): string {
  const name = (id: string) => planNames.get(id) ?? id;
  switch (reason.kind) {
    case 'entityType':
      return `its type, ${reason.entityType}, is switched off in the legend`;
    case 'plans':
      return reason.documents.length === 1 ? `its plan, ${name(reason.documents[0]!)}, is not ticked` : `none of its plans (${reason.documents.map(name).join(', ')}) is ticked`;
    case 'compare':
      return 'the comparison shows only plans A and B';
    case 'isolated':
      return 'unlinked entities are hidden';
    case 'neighbourhood': {
      const centre = graph.hasNode(reason.centre) ? graph.getNodeAttribute(reason.centre, 'label') : reason.centre;
      return `only entities within ${reason.steps === 1 ? '1 step' : `${reason.steps} steps`} of ${centre} are shown`;
    }
  }
}

/**
 * Says that the selected node is left out by the filters, and why, with one
 * button that shows it; null when the node is drawn. A node opened through
 * search or a link may be hidden, and the canvas alone cannot tell.
 */
export function renderHiddenNotice(graph: ExplorerGraph, node: string, state: ViewState, commands: ExplorerCommands, planNames: ReadonlyMap<string, string>): HTMLElement | null {
  const reasons = computeHiddenReasons(graph, node, state);
  if (reasons.length === 0) return null;
  return el('div', { className: 'hidden-notice', attrs: { role: 'status' } }, [
    el('p', { text: `Not shown on the canvas: ${reasons.map((reason) => describe(graph, reason, planNames)).join('; ')}.` }),
    el('button', { className: 'button small', text: 'Show it', attrs: { type: 'button' }, on: { click: () => commands.revealNode(node) } }),
  ]);
}
