import type { DocumentInfo } from '../../model/graph-attributes.js';
import type { Evidence } from '../../model/records.js';
import { groupBySentence } from '../core/evidence-groups.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { el } from './dom.js';
import { renderQuoteOnce, type QuotedSentences } from './evidence.js';

export interface RelationListContext {
  graph: ExplorerGraph;
  commands: ExplorerCommands;
  documents: ReadonlyMap<string, DocumentInfo>;
  nodeButton(key: string): HTMLElement;
}

/** Neighbours listed under one sentence before "+N more", and sentences per relation group before "Show N more sentences". */
export const NEIGHBOURS_PREVIEW = 6;
export const SENTENCES_PREVIEW = 4;

interface RelationGroup {
  relation: string;
  /** 'both' for undirected relations (a GEXF from another tool), which point neither way. */
  direction: 'out' | 'in' | 'both';
  edges: { edge: string; neighbour: string }[];
}

function collectGroups(graph: ExplorerGraph, key: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const add = (edge: string, direction: RelationGroup['direction'], neighbour: string) => {
    const relation = graph.getEdgeAttribute(edge, 'relation');
    const id = `${direction}:${relation}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { relation, direction, edges: [] }));
    group.edges.push({ edge, neighbour });
  };
  graph.forEachOutEdge(key, (edge, _a, _s, target) => add(edge, 'out', target));
  graph.forEachInEdge(key, (edge, _a, source) => add(edge, 'in', source));
  graph.forEachUndirectedEdge(key, (edge, _a, source, target) => add(edge, 'both', source === key ? target : source));
  const rank = { out: 0, both: 1, in: 2 } as const;
  return [...groups.values()].sort((a, b) => rank[a.direction] - rank[b.direction] || a.relation.localeCompare(b.relation));
}

/** Shows `items` rendered, the first `preview` at once and the rest behind one button. */
function folded(parent: HTMLElement, items: (() => HTMLElement)[], preview: number, moreText: (hidden: number) => string, className: string): void {
  parent.append(...items.slice(0, preview).map((render) => render()));
  if (items.length <= preview) return;
  const more = el('button', {
    className: `text-button small ${className}`,
    text: moreText(items.length - preview),
    attrs: { type: 'button' },
    on: { click: () => more.replaceWith(...items.slice(preview).map((render) => render())) },
  });
  parent.append(more);
}

/**
 * A node's relations grouped by type and direction, and within a group by the
 * sentence they come from: a list sentence that names eight tasks is quoted
 * once, with the eight neighbours under it, and a sentence quoted earlier in
 * the panel is pointed to rather than repeated. Long groups are folded.
 */
export function renderRelations(key: string, context: RelationListContext, quoted: QuotedSentences): HTMLElement {
  const { graph, documents } = context;
  const groups = collectGroups(graph, key);
  const section = el('section', { className: 'details-section' }, [el('h3', { text: `Relations (${graph.degree(key)})` })]);
  if (groups.length === 0) {
    section.append(el('p', { className: 'muted', text: 'No relations.' }));
    return section;
  }
  const ownMentions = graph.getNodeAttribute(key, 'mentions');
  for (const group of groups) {
    const color = graph.getEdgeAttribute(group.edges[0]!.edge, 'color');
    const heading = group.direction === 'out' ? `${group.relation} →` : group.direction === 'in' ? `← ${group.relation}` : `${group.relation} (undirected)`;
    const line = ({ edge, neighbour }: RelationGroup['edges'][number]) =>
      el('div', { className: 'relation-line' }, [
        context.nodeButton(neighbour),
        el('span', { className: 'muted small', text: graph.getNodeAttribute(neighbour, 'entityType') }),
        el('button', {
          className: 'text-button small',
          text: 'relation',
          attrs: { type: 'button', 'aria-label': `Show relation ${group.relation} with ${graph.getNodeAttribute(neighbour, 'label')}` },
          on: { click: () => context.commands.selectEdge(edge) },
        }),
      ]);
    const sentences = groupBySentence(group.edges, ({ edge }) => graph.getEdgeAttribute(edge, 'evidence'));
    const unquoted = group.edges.filter(({ edge }) => graph.getEdgeAttribute(edge, 'evidence').length === 0);
    const items = [
      ...sentences.map((sentence) => () => {
        const item = el('li', { className: 'relation-item', attrs: { 'data-sentence': sentence.key } });
        folded(item, sentence.items.map((entry) => () => line(entry)), NEIGHBOURS_PREVIEW, (n) => `+${n} more`, 'more-neighbours');
        const mentions: Evidence[] = [...ownMentions, ...sentence.items.flatMap(({ neighbour }) => graph.getNodeAttribute(neighbour, 'mentions'))];
        item.append(renderQuoteOnce(sentence.evidence, documents, mentions, quoted, sentence.items.length));
        return item;
      }),
      ...unquoted.map((entry) => () => el('li', { className: 'relation-item' }, [line(entry)])),
    ];
    const list = el('ul', { className: 'relation-list' });
    folded(list, items, SENTENCES_PREVIEW, (n) => `Show ${n} more ${n === 1 ? 'sentence' : 'sentences'}`, 'more-sentences');
    section.append(
      el('div', { className: 'relation-group', attrs: { 'data-relation': group.relation, 'data-direction': group.direction } }, [
        el('h4', {}, [el('span', { className: 'swatch line', style: { background: color }, attrs: { 'aria-hidden': 'true' } }), heading, el('span', { className: 'count', text: String(group.edges.length) })]),
        list,
      ]),
    );
  }
  return section;
}
