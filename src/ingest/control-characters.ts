import type { Diagnostic, PlanDocument } from '../model/records.js';

// Controls other than tab and line breaks (C0, DEL, C1) carry no plan content: they come from
// PDF or word-processor conversions. They become a space so the words around them stay apart.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Noncharacters and lone surrogates stand for a character that was lost; U+FFFD says so.
const BROKEN = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE = new RegExp(`${CONTROL.source}|${BROKEN.source}`, 'g');
const UNSAFE_TEST = new RegExp(UNSAFE.source);

export interface CleanedDocument {
  document: PlanDocument;
  diagnostics: Diagnostic[];
}

/**
 * Replaces characters XML 1.0 cannot carry (and other controls) one UTF-16
 * unit for one, so every offset into the text still points at the same
 * character, and says where the first one was. Without this the exporter
 * would have to drop them silently, and a reader of the GEXF could not
 * tell the text was changed.
 */
export function replaceControlCharacters(document: PlanDocument): CleanedDocument {
  const diagnostics: Diagnostic[] = [];
  let cleaned = document;
  const first = firstUnsafe(document.text);
  if (first !== -1) {
    let count = 0;
    const text = document.text.replace(UNSAFE, (char) => {
      count += 1;
      return replacementFor(char);
    });
    cleaned = { ...cleaned, text };
    const before = document.text.slice(0, first);
    const lastBreak = before.lastIndexOf('\n');
    diagnostics.push({
      severity: 'warning',
      code: 'DOCUMENT_CONTROL_CHARACTERS',
      message: `replaced ${count} control or invalid character${count === 1 ? '' : 's'} (first ${describe(document.text, first)}) that XML cannot carry; offsets are unchanged`,
      file: document.path,
      line: document.bodyLine + (before.split('\n').length - 1),
      column: first - lastBreak,
    });
  }
  const fields = (['title', 'place', 'date', 'source'] as const).filter((field) => {
    const value = cleaned[field];
    return value !== undefined && firstUnsafe(value) !== -1;
  });
  if (fields.length > 0) {
    cleaned = { ...cleaned };
    for (const field of fields) cleaned[field] = cleaned[field]!.replace(UNSAFE, replacementFor);
    // A title taken from the first line was reported with the body already.
    if (first === -1 || fields.some((field) => field !== 'title')) {
      diagnostics.push({
        severity: 'warning',
        code: 'DOCUMENT_CONTROL_CHARACTERS',
        message: `replaced control or invalid characters in the front matter (${fields.join(', ')}) that XML cannot carry`,
        file: document.path,
        line: 1,
        column: 1,
      });
    }
  }
  return { document: cleaned, diagnostics };
}

function replacementFor(char: string): string {
  return CONTROL.test(char) ? ' ' : '\uFFFD';
}

function firstUnsafe(text: string): number {
  const match = UNSAFE_TEST.exec(text);
  return match === null ? -1 : match.index;
}

function describe(text: string, offset: number): string {
  return `U+${text.charCodeAt(offset).toString(16).toUpperCase().padStart(4, '0')}`;
}
