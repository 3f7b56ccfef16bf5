import type { DocumentInfo } from '../../model/graph-attributes.js';
import type { Evidence } from '../../model/records.js';
import { splitEvidence } from '../core/text-segments.js';
import { el } from './dom.js';

/** One sentence with its mention marked, followed by the document it comes from. */
export function renderEvidence(evidence: Evidence, documents: ReadonlyMap<string, DocumentInfo>): HTMLElement {
  const parts = splitEvidence(evidence);
  const title = documents.get(evidence.document)?.title ?? evidence.document;
  return el('figure', { className: 'evidence' }, [
    el('blockquote', { className: 'evidence-text' }, [parts.before, parts.mention ? el('mark', { text: parts.mention }) : null, parts.after]),
    el('figcaption', { className: 'evidence-source', text: `${title} · sentence ${evidence.sentence + 1}` }),
  ]);
}
