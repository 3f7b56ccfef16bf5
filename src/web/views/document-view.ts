import type { Evidence } from '../../model/records.js';
import { collectMentionSpans, computeTextSegments } from '../core/text-segments.js';
import type { Store, ViewState } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { el, listen } from './dom.js';

/**
 * The plan text with every recognised mention marked in its type's colour.
 * Built once per graph; a selection only toggles classes on the marks it
 * indexed, then scrolls the first one into view.
 */
export function mountDocumentView(container: HTMLElement, context: { graph: ExplorerGraph; store: Store; commands: ExplorerCommands }): () => void {
  const { graph, store, commands } = context;
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', 'Document');
  const documents = graph.getAttribute('documents');
  const marksByNode = new Map<string, HTMLElement[]>();
  const mentionsByNode: [string, readonly Evidence[]][] = [];
  graph.forEachNode((node, a) => mentionsByNode.push([node, a.mentions]));

  const body = el('div', { className: 'document-body' });
  if (documents.length === 0) body.append(el('p', { className: 'muted', text: 'This graph carries no document text.' }));
  for (const doc of documents) {
    const textBlock = el('div', { className: 'document-text' });
    for (const segment of computeTextSegments(doc.text.length, collectMentionSpans(mentionsByNode, doc.id))) {
      const text = doc.text.slice(segment.start, segment.end);
      const [innermost] = segment.nodes;
      if (innermost === undefined) {
        textBlock.append(document.createTextNode(text));
        continue;
      }
      const a = graph.getNodeAttributes(innermost);
      const mark = el('mark', {
        className: 'mention',
        text,
        attrs: { 'data-node': innermost, title: `${a.label} (${a.entityType})` },
        style: { '--mention-color': a.color },
      });
      for (const node of segment.nodes) {
        const marks = marksByNode.get(node);
        if (marks) marks.push(mark);
        else marksByNode.set(node, [mark]);
      }
      textBlock.append(mark);
    }
    const meta = [doc.place, doc.date].filter(Boolean).join(' · ');
    body.append(
      el('article', { className: 'document', attrs: { 'data-document': doc.id } }, [
        el('h3', { className: 'document-title', text: doc.title }),
        meta ? el('p', { className: 'muted small', text: meta }) : null,
        textBlock,
      ]),
    );
  }
  container.replaceChildren(el('h2', { className: 'section-title', text: 'Document' }), body);

  let marked: HTMLElement[] = [];
  const mark = (state: ViewState) => {
    for (const element of marked) element.classList.remove('is-selected');
    const selection = state.selection;
    const keys = selection?.kind === 'node' ? [selection.key] : selection?.kind === 'edge' && graph.hasEdge(selection.key) ? graph.extremities(selection.key) : [];
    marked = keys.flatMap((key) => marksByNode.get(key) ?? []);
    for (const element of marked) element.classList.add('is-selected');
    const first = marked[0];
    if (first) {
      // Scroll only the document pane: scrollIntoView would also move the page.
      const top = first.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
      body.scrollTo({ top: Math.max(0, top - body.clientHeight / 3), behavior: 'smooth' });
    }
  };
  mark(store.get());

  const disposers = [
    store.subscribe((state, previous) => {
      if (state.selection !== previous.selection) mark(state);
    }),
    listen(body, 'click', (event) => {
      const target = (event.target as Element).closest<HTMLElement>('mark[data-node]');
      const node = target?.dataset['node'];
      if (node) commands.selectNode(node);
    }),
  ];
  return () => {
    disposers.forEach((dispose) => dispose());
    container.replaceChildren();
  };
}
