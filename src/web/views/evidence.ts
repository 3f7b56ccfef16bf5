import type { DocumentInfo } from '../../model/graph-attributes.js';
import type { Evidence } from '../../model/records.js';
import { sentenceKey } from '../core/evidence-groups.js';
import { computeTextSegments, splitEvidence } from '../core/text-segments.js';
import { el } from './dom.js';

/**
 * One sentence with its mention marked, followed by the document it comes
 * from. A relation's own span is often the whole sentence, so callers may pass
 * the mentions of the entities involved instead (document offsets); the
 * evidence span is the fallback when none of them lies in the sentence.
 */
export function renderEvidence(evidence: Evidence, documents: ReadonlyMap<string, DocumentInfo>, mentions: readonly Evidence[] = []): HTMLElement {
  const title = documents.get(evidence.document)?.title ?? evidence.document;
  const end = evidence.sentenceStart + evidence.text.length;
  const inside = mentions.filter((m) => m.document === evidence.document && m.start >= evidence.sentenceStart && m.end <= end && m.end > m.start);
  const language = evidence.language ?? documents.get(evidence.document)?.language;
  const quote = el('blockquote', { className: 'evidence-text', ...(language ? { attrs: { lang: language } } : {}) });
  if (inside.length > 0) {
    const spans = inside.map((m) => ({ node: '', start: m.start - evidence.sentenceStart, end: m.end - evidence.sentenceStart }));
    for (const segment of computeTextSegments(evidence.text.length, spans)) {
      const text = evidence.text.slice(segment.start, segment.end);
      quote.append(segment.nodes.length > 0 ? el('mark', { text }) : document.createTextNode(text));
    }
  } else {
    const parts = splitEvidence(evidence);
    quote.append(parts.before, ...(parts.mention ? [el('mark', { text: parts.mention })] : []), parts.after);
  }
  return el('figure', { className: 'evidence' }, [quote, el('figcaption', { className: 'evidence-source', text: `${title} · sentence ${evidence.sentence + 1}` })]);
}

/** The sentences already quoted in one panel, by `document:sentence`, so each is quoted once. */
export type QuotedSentences = Map<string, HTMLElement>;

/**
 * The sentence quoted in full the first time the panel shows it; after that,
 * a one-line pointer that scrolls back to the quote. `count` > 1 says how
 * many items that one sentence supports.
 */
export function renderQuoteOnce(evidence: Evidence, documents: ReadonlyMap<string, DocumentInfo>, mentions: readonly Evidence[], quoted: QuotedSentences, count = 1): HTMLElement {
  const key = sentenceKey(evidence);
  const first = quoted.get(key);
  const times = count > 1 ? el('span', { className: 'count sentence-count', text: `×${count}` }) : null;
  if (first) {
    const title = documents.get(evidence.document)?.title ?? evidence.document;
    return el('p', { className: 'evidence-ref small' }, [
      el('button', {
        className: 'text-button',
        text: `Same sentence as quoted in this panel (${title} · sentence ${evidence.sentence + 1})`,
        attrs: { type: 'button' },
        on: { click: () => first.scrollIntoView({ block: 'center' }) },
      }),
      times,
    ]);
  }
  const figure = renderEvidence(evidence, documents, mentions);
  if (times) figure.querySelector('figcaption')?.append(' ', times);
  quoted.set(key, figure);
  return figure;
}
