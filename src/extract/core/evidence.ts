import type { Diagnostic, Evidence, PlanDocument, Sentence } from '../../model/records.js';

/** Evidence for a span given in sentence-relative offsets. */
export function evidenceAt(document: PlanDocument, sentence: Sentence, start: number, end: number): Evidence {
  return {
    document: document.id,
    sentence: sentence.index,
    start: sentence.start + start,
    end: sentence.start + end,
    sentenceStart: sentence.start,
    text: sentence.text,
    language: document.language ?? 'en',
  };
}

/** A warning located in the original file: front matter lines count through bodyLine. */
export function warningAt(document: PlanDocument, offset: number, code: string, message: string): Diagnostic {
  const before = document.text.slice(0, offset);
  const lineBreaks = before.split('\n').length - 1;
  const lastBreak = before.lastIndexOf('\n');
  return {
    severity: 'warning',
    code,
    message,
    file: document.path,
    line: document.bodyLine + lineBreaks,
    column: offset - lastBreak,
  };
}
