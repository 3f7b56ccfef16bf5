import type { DocumentInfo } from '../../model/graph-attributes.js';
import { findShortestPath, MAX_NEIGHBOURHOOD_STEPS } from '../core/neighbourhood.js';
import type { ViewState } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { el } from './dom.js';
import { renderQuoteOnce, type QuotedSentences } from './evidence.js';

export interface ExploreContext {
  graph: ExplorerGraph;
  commands: ExplorerCommands;
  documents: ReadonlyMap<string, DocumentInfo>;
  nodeButton(key: string): HTMLElement;
}

const steps = (n: number) => (n === 1 ? '1 step' : `${n} steps`);

/**
 * The selected node's analysis tools: draw only its neighbourhood (1–3
 * steps), and the shortest path between it and an entity chosen before, each
 * hop with the sentence behind it.
 */
export function renderExploreSection(key: string, state: ViewState, context: ExploreContext, quoted: QuotedSentences): HTMLElement {
  const { graph, commands } = context;
  const near = state.neighbourhood;
  const select = el(
    'select',
    {
      className: 'tool-select',
      attrs: { id: 'details-neighbourhood' },
      on: { change: () => commands.setNeighbourhood(key, select.value === '' ? null : Number(select.value)) },
    },
    [
      el('option', { text: 'everything', attrs: { value: '' } }),
      ...Array.from({ length: MAX_NEIGHBOURHOOD_STEPS }, (_, i) => el('option', { text: `within ${steps(i + 1)} of it`, attrs: { value: String(i + 1) } })),
    ],
  );
  select.value = near?.centre === key ? String(near.steps) : '';
  const section = el('section', { className: 'details-section explore' }, [
    el('h3', { text: 'Explore' }),
    el('div', { className: 'field' }, [el('label', { text: 'Show', attrs: { for: select.id } }), select]),
  ]);
  if (near && near.centre !== key && graph.hasNode(near.centre)) {
    section.append(
      el('p', { className: 'muted small' }, [
        `Showing only entities within ${steps(near.steps)} of ${graph.getNodeAttribute(near.centre, 'label')}. `,
        el('button', { className: 'text-button small', text: 'Show everything', attrs: { type: 'button' }, on: { click: () => commands.setNeighbourhood(near.centre, null) } }),
      ]),
    );
  }
  if (state.pinned.has(key)) {
    section.append(
      el('p', { className: 'muted small pinned-note' }, [
        'Pinned where you dropped it: the live layout leaves it there. ',
        el('button', { className: 'text-button small', text: 'Unpin', attrs: { type: 'button' }, on: { click: () => commands.unpinNode(key) } }),
      ]),
    );
  }
  section.append(renderPath(key, state, context, quoted));
  return section;
}

function renderPath(key: string, state: ViewState, context: ExploreContext, quoted: QuotedSentences): HTMLElement {
  const { graph, commands } = context;
  const start = state.pathFrom && graph.hasNode(state.pathFrom) ? state.pathFrom : null;
  const button = (text: string, onClick: () => void) => el('button', { className: 'text-button small', text, attrs: { type: 'button' }, on: { click: onClick } });
  const wrap = el('div', { className: 'path', attrs: { 'aria-live': 'polite' } });
  if (start === null) {
    wrap.append(button('Shortest path from here…', () => commands.setPathFrom(key)));
    return wrap;
  }
  if (start === key) {
    wrap.append(el('p', { className: 'small', text: 'Path start. Select another entity (on the canvas, in search or here) to see the shortest path to it.' }), button('Cancel', () => commands.setPathFrom(null)));
    return wrap;
  }
  const path = findShortestPath(graph, start, key);
  const startLabel = graph.getNodeAttribute(start, 'label');
  const actions = el('p', { className: 'path-actions' }, [button('Start the path here instead', () => commands.setPathFrom(key)), ' · ', button('Clear path', () => commands.setPathFrom(null))]);
  if (!path) {
    wrap.append(el('p', { className: 'small', text: `No chain of relations links ${startLabel} with this entity.` }), actions);
    return wrap;
  }
  const hops = el('ol', { className: 'path-hops' });
  for (const hop of path.hops) {
    const edge = hop.edges[0]!;
    const a = graph.getEdgeAttributes(edge);
    const forward = graph.source(edge) === hop.from;
    const relations = [...new Set(hop.edges.map((e) => graph.getEdgeAttribute(e, 'relation')))].join(', ');
    const mentions = [...graph.getNodeAttribute(hop.from, 'mentions'), ...graph.getNodeAttribute(hop.to, 'mentions')];
    hops.append(
      el('li', { attrs: { 'data-edge': edge } }, [
        el('p', { className: 'path-hop' }, [
          context.nodeButton(hop.from),
          el('button', { className: 'text-button small relation', text: forward ? ` ${relations} → ` : ` ← ${relations} `, attrs: { type: 'button', title: 'Show this relation' }, on: { click: () => commands.selectEdge(edge) } }),
          context.nodeButton(hop.to),
        ]),
        a.evidence[0] ? renderQuoteOnce(a.evidence[0], context.documents, mentions, quoted) : null,
      ]),
    );
  }
  wrap.append(el('h4', { text: `Shortest path from ${startLabel}: ${steps(path.hops.length)}` }), hops, actions);
  return wrap;
}
