import type { Evidence } from '../../model/records.js';
import { isInDocumentScope, LANGUAGE_NAMES, planName } from '../core/documents.js';
import { computeTextSegments, groupMentionSpansByDocument, type MentionSpan } from '../core/text-segments.js';
import type { Store, ViewState } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { el, listen } from './dom.js';

let instance = 0;

/**
 * The plan text with every recognised mention marked in its type's colour.
 * Each text is built once, when first shown or needed; a selection only toggles classes on the marks it
 * indexed, then scrolls the first one into view. With several plans one text
 * is shown at a time, picked in a menu; selecting an entity the shown text
 * does not mention turns to the first plan that does.
 */
export function mountDocumentView(container: HTMLElement, context: { graph: ExplorerGraph; store: Store; commands: ExplorerCommands }): () => void {
  const { graph, store, commands } = context;
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', 'Document');
  const documents = graph.getAttribute('documents');
  const documentOrder = new Map(documents.map((doc, index) => [doc.id, index]));
  /** Per built document: the marks of each node it mentions. */
  const marksByDocument = new Map<string, Map<string, HTMLElement[]>>();
  const articles = new Map<string, HTMLElement>();
  let spansByDocument: Map<string, MentionSpan[]> | null = null;

  const body = el('div', { className: 'document-body' });
  if (documents.length === 0) body.append(el('p', { className: 'muted', text: 'This graph carries no document text.' }));

  /**
   * A document's text is marked up when it is first shown or first needed for
   * a selection: a graph of a thousand plans holds tens of thousands of marks,
   * most of which nobody reads.
   */
  function ensureArticle(id: string): HTMLElement | undefined {
    const existing = articles.get(id);
    if (existing) return existing;
    const index = documentOrder.get(id);
    if (index === undefined) return undefined;
    const doc = documents[index]!;
    spansByDocument ??= groupMentionSpansByDocument(graph.mapNodes((node, a): [string, readonly Evidence[]] => [node, a.mentions]));
    const marksByNode = new Map<string, HTMLElement[]>();
    const textBlock = el('div', { className: 'document-text' });
    for (const segment of computeTextSegments(doc.text.length, spansByDocument.get(doc.id) ?? [])) {
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
        // A mention is a tab stop like a link in prose; Enter or Space selects its entity.
        attrs: { 'data-node': innermost, title: `${a.label} (${a.entityType})`, tabindex: '0', role: 'button', 'aria-label': `${text}: ${a.label} (${a.entityType})` },
        style: { '--mention-color': a.color },
      });
      for (const node of segment.nodes) {
        const marks = marksByNode.get(node);
        if (marks) marks.push(mark);
        else marksByNode.set(node, [mark]);
      }
      textBlock.append(mark);
    }
    const language = doc.language ?? 'en';
    const meta = [doc.place, doc.date, LANGUAGE_NAMES[language].name].filter(Boolean).join(' · ');
    // lang lets the browser pick a Chinese font and line breaking for a Chinese text.
    const article = el('article', { className: 'document', attrs: { 'data-document': doc.id, 'data-language': language, lang: language } }, [
      el('h3', { className: 'document-title', text: doc.title }),
      meta ? el('p', { className: 'muted small', text: meta }) : null,
      textBlock,
    ]);
    // Hidden until shown, unless it is the only text (then there is no picker to show it).
    article.hidden = documents.length > 1;
    marksByDocument.set(doc.id, marksByNode);
    articles.set(doc.id, article);
    // Articles stay in document order, so the pane reads as it would with all of them built.
    const next = [...articles.keys()].map((other) => documentOrder.get(other)!).filter((other) => other > index).sort((x, y) => x - y)[0];
    body.insertBefore(article, next === undefined ? null : articles.get(documents[next]!.id)!);
    return article;
  }

  /** The marks of `node`, in document order, building the documents that mention it. */
  function marksOf(node: string): HTMLElement[] {
    if (!graph.hasNode(node)) return [];
    const ids = [...new Set(graph.getNodeAttribute(node, 'mentions').map((mention) => mention.document))].filter((id) => documentOrder.has(id));
    ids.sort((x, y) => documentOrder.get(x)! - documentOrder.get(y)!);
    return ids.flatMap((id) => (ensureArticle(id), marksByDocument.get(id)?.get(node) ?? []));
  }
  if (documents.length === 1) ensureArticle(documents[0]!.id);

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
    if (!picker || id === shown || !ensureArticle(id)) return;
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
    marked = keys.flatMap(marksOf);
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
    listen(body, 'keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const node = (event.target as Element).closest<HTMLElement>('mark[data-node]')?.dataset['node'];
      if (!node) return;
      // Space would otherwise scroll the pane.
      event.preventDefault();
      commands.selectNode(node);
    }),
  ];
  return () => {
    disposers.forEach((dispose) => dispose());
    container.replaceChildren();
  };
}
