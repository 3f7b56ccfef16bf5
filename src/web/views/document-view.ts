import type { Evidence } from '../../model/records.js';
import { isInDocumentScope, planName } from '../core/documents.js';
import { collectMentionSpans, computeTextSegments } from '../core/text-segments.js';
import type { Store, ViewState } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { el, listen } from './dom.js';

let instance = 0;

/**
 * The plan text with every recognised mention marked in its type's colour.
 * Built once per graph; a selection only toggles classes on the marks it
 * indexed, then scrolls the first one into view. With several plans one text
 * is shown at a time, picked in a menu; selecting an entity the shown text
 * does not mention turns to the first plan that does.
 */
export function mountDocumentView(container: HTMLElement, context: { graph: ExplorerGraph; store: Store; commands: ExplorerCommands }): () => void {
  const { graph, store, commands } = context;
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', 'Document');
  const documents = graph.getAttribute('documents');
  const marksByNode = new Map<string, HTMLElement[]>();
  const articles = new Map<string, HTMLElement>();
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
    const article = el('article', { className: 'document', attrs: { 'data-document': doc.id } }, [
      el('h3', { className: 'document-title', text: doc.title }),
      meta ? el('p', { className: 'muted small', text: meta }) : null,
      textBlock,
    ]);
    articles.set(doc.id, article);
    body.append(article);
  }

  const picker =
    documents.length > 1
      ? el(
          'select',
          { className: 'tool-select', attrs: { id: `document-${++instance}-picker` }, on: { change: () => showDocument(picker!.value) } },
          documents.map((doc) => el('option', { text: planName(doc), attrs: { value: doc.id, title: doc.title } })),
        )
      : null;
  const header = el('div', { className: 'document-header' }, [
    el('h2', { className: 'section-title', text: 'Document' }),
    picker ? el('label', { className: 'small muted', text: 'Plan text', attrs: { for: picker.id } }) : null,
    picker,
  ]);
  container.replaceChildren(header, body);

  let shown: string | null = null;
  function showDocument(id: string) {
    if (!picker || id === shown || !articles.has(id)) return;
    shown = id;
    picker.value = id;
    for (const [docId, article] of articles) article.hidden = docId !== id;
    body.scrollTop = 0;
  }
  const firstInScope = (state: ViewState) => documents.find((doc) => isInDocumentScope([doc.id], state))?.id ?? documents[0]?.id;
  if (picker) showDocument(firstInScope(store.get())!);

  let marked: HTMLElement[] = [];
  const mark = (state: ViewState) => {
    for (const element of marked) element.classList.remove('is-selected');
    const selection = state.selection;
    const keys = selection?.kind === 'node' ? [selection.key] : selection?.kind === 'edge' && graph.hasEdge(selection.key) ? graph.extremities(selection.key) : [];
    marked = keys.flatMap((key) => marksByNode.get(key) ?? []);
    for (const element of marked) element.classList.add('is-selected');
    if (picker && marked.length > 0 && !marked.some((element) => element.closest('article') === articles.get(shown!))) {
      showDocument(marked[0]!.closest<HTMLElement>('article')!.dataset['document']!);
    }
    const first = marked.find((element) => !element.closest('article')!.hidden);
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
      // A plan taken out of view takes its text with it.
      if ((state.shownDocuments !== previous.shownDocuments || state.compare !== previous.compare) && shown !== null && !isInDocumentScope([shown], state)) {
        const next = firstInScope(state);
        if (next !== undefined && isInDocumentScope([next], state)) showDocument(next);
      }
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
