import type { DocumentInfo } from '../../model/graph-attributes.js';
import type { Evidence } from '../../model/records.js';
import { groupByDocument, LANGUAGE_NAMES, planName } from '../core/documents.js';
import type { Store, ViewState } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { clear, el, formatNumber } from './dom.js';
import { groupBySentence } from '../core/evidence-groups.js';
import { renderQuoteOnce, type QuotedSentences } from './evidence.js';
import { renderRelations } from './relation-list.js';
import { renderExploreSection } from './explore-section.js';
import { renderHiddenNotice } from './hidden-notice.js';
import { computeStatedValue } from '../core/target-value.js';
import { filtersChanged } from '../core/filters.js';

interface PanelContext {
  graph: ExplorerGraph;
  store: Store;
  commands: ExplorerCommands;
  documents: ReadonlyMap<string, DocumentInfo>;
}

/** How many mention sentences to show before "Show all". */
const MENTION_PREVIEW = 3;

/**
 * The "Details" region: everything known about the selected node or edge as
 * plain lists and buttons, so it is usable without the canvas.
 */
export function mountDetailsPanel(container: HTMLElement, context: PanelContext): () => void {
  const { graph, store } = context;
  // Ranked on the first node shown: sorting every node is wasted on a graph nobody clicks.
  let rank: Map<string, number> | null = null;
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', 'Details');
  const body = el('div', { className: 'details-body' });
  const notice = el('div', { className: 'details-notice' });
  container.replaceChildren(notice, body);
  const planNames = new Map([...context.documents.values()].map((doc) => [doc.id, planName(doc)]));
  const renderNotice = (state: ViewState) => {
    const selection = state.selection;
    const hidden = selection?.kind === 'node' && graph.hasNode(selection.key) ? renderHiddenNotice(graph, selection.key, state, context.commands, planNames) : null;
    notice.replaceChildren(...(hidden ? [hidden] : []));
  };

  const render = (state: ViewState) => {
    clear(body);
    const selection = state.selection;
    if (selection?.kind === 'node' && graph.hasNode(selection.key)) body.append(renderNode(selection.key, state, context, (rank ??= computeCentralityRank(graph))));
    else if (selection?.kind === 'edge' && graph.hasEdge(selection.key)) body.append(renderEdge(selection.key, context));
    else body.append(renderOverview(context));
    container.scrollTop = 0;
  };
  render(store.get());
  renderNotice(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    const selected = state.selection?.kind === 'node' ? state.selection.key : null;
    const pinChanged = selected !== null && state.pinned !== previous.pinned && state.pinned.has(selected) !== previous.pinned.has(selected);
    if (state.selection !== previous.selection || state.pathFrom !== previous.pathFrom || state.neighbourhood !== previous.neighbourhood || pinChanged) render(state);
    if (state.selection !== previous.selection || filtersChanged(previous, state)) renderNotice(state);
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}

function computeCentralityRank(graph: ExplorerGraph): Map<string, number> {
  const ordered = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'centrality') - graph.getNodeAttribute(a, 'centrality'));
  return new Map(ordered.map((node, index) => [node, index + 1]));
}

function typeBadge(name: string, color: string): HTMLElement {
  return el('span', { className: 'type-badge' }, [el('span', { className: 'swatch', style: { background: color }, attrs: { 'aria-hidden': 'true' } }), name]);
}

function facts(rows: [string, Node | string | null | undefined][]): HTMLElement {
  const list = el('dl', { className: 'facts' });
  for (const [term, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    list.append(el('dt', { text: term }), el('dd', {}, [value]));
  }
  return list;
}

function nodeButton(key: string, context: PanelContext): HTMLElement {
  const a = context.graph.getNodeAttributes(key);
  return el(
    'button',
    { className: 'link-button', attrs: { type: 'button', 'data-node': key }, on: { click: () => context.commands.selectNode(key) } },
    [el('span', { className: 'swatch', style: { background: a.color }, attrs: { 'aria-hidden': 'true' } }), a.label],
  );
}

function renderNode(key: string, state: ViewState, context: PanelContext, rank: ReadonlyMap<string, number>): HTMLElement {
  const { graph, documents } = context;
  const a = graph.getNodeAttributes(key);
  const section = el('article', { className: 'details-node', attrs: { 'aria-labelledby': 'details-title' } });
  section.append(
    el('header', { className: 'details-header' }, [
      el('h2', { attrs: { id: 'details-title' }, text: a.label }),
      typeBadge(a.entityType, a.color),
      el('button', { className: 'icon-button close', text: '×', attrs: { type: 'button', 'aria-label': 'Close details' }, on: { click: () => context.commands.clearSelection() } }),
    ]),
  );

  const target = a.indicator !== undefined || a.value !== undefined;
  section.append(
    facts([
      ['Aliases', a.aliases.length ? a.aliases.join(' · ') : null],
      ['Language', a.language !== undefined ? LANGUAGE_NAMES[a.language].name : null],
      ['Indicator', target ? a.indicator : null],
      ['Value', computeStatedValue(a, formatNumber)],
      ['Year', a.year !== undefined ? String(a.year) : null],
      ['Named', a.declaredCount !== undefined && a.namedCount !== undefined ? `${a.namedCount} of ${a.declaredCount} named` : null],
      ['Centrality', `${formatNumber(a.centrality)} (rank ${rank.get(key) ?? '–'} of ${graph.order})`],
      // A graph from another tool may hold undirected relations, which are neither incoming nor outgoing.
      ['Connections', `${graph.inDegree(key)} incoming · ${graph.outDegree(key)} outgoing${graph.undirectedDegree(key) > 0 ? ` · ${graph.undirectedDegree(key)} undirected` : ''}`],
      ['Documents', documents.size > 1 ? null : a.documents.map((id) => documents.get(id)?.title ?? id).join(' · ') || null],
    ]),
  );

  // Each sentence is quoted once in the panel: a path's hops first, then relations, then the node's own mentions.
  const quoted: QuotedSentences = new Map();
  section.append(renderExploreSection(key, state, { ...context, nodeButton: (neighbour) => nodeButton(neighbour, context) }, quoted));
  if (documents.size > 1 && a.documents.length > 0) section.append(renderMentionedIn(a.documents, a.mentions, documents));
  section.append(renderRelations(key, { ...context, nodeButton: (neighbour) => nodeButton(neighbour, context) }, quoted));

  if (a.mentions.length > 0) {
    const groups = documents.size > 1 ? groupByDocument(a.mentions, [...documents.keys()]) : [{ document: '', items: a.mentions }];
    section.append(
      el('section', { className: 'details-section' }, [
        el('h3', { text: `Mentions (${a.mentions.length})` }),
        ...groups.flatMap((group) => [
          group.document ? planHeading(group.document, documents, group.items.length) : null,
          ...evidenceList(group.items, documents, a.mentions, MENTION_PREVIEW, 'mentions', quoted),
        ]),
      ]),
    );
  }
  return section;
}

function renderEdge(edge: string, context: PanelContext): HTMLElement {
  const { graph, documents } = context;
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const section = el('article', { className: 'details-edge', attrs: { 'aria-labelledby': 'details-title' } });
  section.append(
    el('header', { className: 'details-header' }, [
      el('h2', { attrs: { id: 'details-title' }, text: a.relation }),
      typeBadge('relation', a.color),
      el('button', { className: 'icon-button close', text: '×', attrs: { type: 'button', 'aria-label': 'Close details' }, on: { click: () => context.commands.clearSelection() } }),
    ]),
    el('p', { className: 'edge-ends' }, [nodeButton(source, context), el('span', { className: 'arrow', text: ` ${a.relation} → ` }), nodeButton(target, context)]),
    facts([['Documents', a.documents.map((id) => documents.get(id)?.title ?? id).join(' · ') || null]]),
  );
  const mentions = [...graph.getNodeAttribute(source, 'mentions'), ...graph.getNodeAttribute(target, 'mentions')];
  const evidence = el('section', { className: 'details-section' }, [el('h3', { text: `Evidence (${a.evidence.length})` })]);
  if (documents.size > 1) {
    for (const group of groupByDocument(a.evidence, [...documents.keys()])) {
      evidence.append(
        planHeading(group.document, documents, group.items.length),
        ...evidenceList(group.items, documents, mentions, Infinity, 'evidence'),
      );
    }
  } else evidence.append(...evidenceList(a.evidence, documents, mentions, Infinity, 'evidence'));
  section.append(evidence);
  return section;
}

/** A plan's heading over its evidence: the short name, with the full title as a tooltip. */
function planHeading(id: string, documents: ReadonlyMap<string, DocumentInfo>, count: number): HTMLElement {
  const doc = documents.get(id);
  return el('h4', { className: 'plan-heading', attrs: { 'data-document': id, title: doc?.title } }, [doc ? planName(doc) : id, el('span', { className: 'count', text: String(count) })]);
}

/** "Mentioned in N plans" and which ones, with how often each names the entity. */
function renderMentionedIn(ids: readonly string[], mentions: readonly Evidence[], documents: ReadonlyMap<string, DocumentInfo>): HTMLElement {
  const heading = ids.length === 1 ? 'Mentioned in 1 plan' : `Mentioned in ${ids.length} plans`;
  return el('section', { className: 'details-section mentioned-in' }, [
    el('h3', { text: heading }),
    el(
      'ul',
      { className: 'plan-mentions' },
      ids.map((id) => {
        const doc = documents.get(id);
        const count = mentions.filter((m) => m.document === id).length;
        return el('li', { attrs: { 'data-document': id } }, [
          el('span', { className: 'plan-name', text: doc ? planName(doc) : id }),
          doc && planName(doc) !== doc.title ? el('span', { className: 'muted', text: ` · ${doc.title}` }) : null,
          count > 0 ? el('span', { className: 'count', text: count === 1 ? '1 mention' : `${count} mentions` }) : null,
        ]);
      }),
    ),
  ]);
}

/** An evidence list, one entry per sentence (with how often it is quoted), showing `preview` sentences first and a button for the rest. */
function evidenceList(
  items: readonly Evidence[],
  documents: ReadonlyMap<string, DocumentInfo>,
  mentions: readonly Evidence[],
  preview: number,
  noun: string,
  quoted: QuotedSentences = new Map(),
): HTMLElement[] {
  const sentences = groupBySentence(items, (item) => [item]);
  const list = el('ol', { className: 'evidence-list' });
  const renderItem = (sentence: (typeof sentences)[number]) => el('li', {}, [renderQuoteOnce(sentence.evidence, documents, mentions.length > 0 ? mentions : sentence.items, quoted, sentence.items.length)]);
  list.append(...sentences.slice(0, preview).map(renderItem));
  if (sentences.length <= preview) return [list];
  const more = el('button', {
    className: 'text-button',
    text: `Show all ${sentences.length} ${noun}`,
    attrs: { type: 'button' },
    on: {
      click: (event) => {
        list.append(...sentences.slice(preview).map(renderItem));
        (event.currentTarget as HTMLElement).remove();
      },
    },
  });
  return [list, more];
}

function renderOverview(context: PanelContext): HTMLElement {
  const { graph, documents } = context;
  return el('div', { className: 'details-empty' }, [
    el('h2', { text: graph.getAttribute('name') || 'Graph' }),
    el('p', { className: 'muted', text: `${graph.order} entities · ${graph.size} relations · ${documents.size} document(s)` }),
    el('p', { text: 'Select a node or an edge, search for an entity, or click a highlighted mention in the document to see its relations and the sentences they come from.' }),
  ]);
}
