import { describe, expect, it } from 'vitest';
import { replaceControlCharacters } from '../../src/ingest/control-characters.js';
import { hasXmlForbiddenCharacters } from '../../src/export/xml-text.js';
import type { PlanDocument } from '../../src/model/records.js';

function planDocument(text: string, overrides: Partial<PlanDocument> = {}): PlanDocument {
  return { id: 'plan', path: 'plans/plan.txt', title: 'Plan', text, bodyLine: 1, ...overrides };
}

describe('replaceControlCharacters', () => {
  it.each([
    ['a bell', 'a\u0007b', 'a b', '1:2', 'U+0007'],
    ['NUL and form feed', 'x\n\u0000y\fz', 'x\n y z', '2:1', 'U+0000'],
    ['DEL and a C1 control', 'caf\u007F\u0092s', 'caf  s', '1:4', 'U+007F'],
    ['noncharacters', 'end\uFFFE\uFFFF', 'end\uFFFD\uFFFD', '1:4', 'U+FFFE'],
    ['a lone high surrogate', 'x\uD83D y', 'x\uFFFD y', '1:2', 'U+D83D'],
    ['a lone low surrogate', '\uDE00', '\uFFFD', '1:1', 'U+DE00'],
  ])('%s: replaced one for one with a located warning', (_name, text, cleaned, where, first) => {
    const { document, diagnostics } = replaceControlCharacters(planDocument(text));
    expect(document.text).toBe(cleaned);
    expect(document.text).toHaveLength(text.length);
    expect(hasXmlForbiddenCharacters(document.text)).toBe(false);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'DOCUMENT_CONTROL_CHARACTERS', file: 'plans/plan.txt' });
    expect(`${diagnostics[0]!.line}:${diagnostics[0]!.column}`).toBe(where);
    expect(diagnostics[0]!.message).toContain(first);
  });

  it.each([
    ['tabs and line breaks', 'a\tb\nc\r\nd'],
    ['emoji and other astral characters', '🚀 𠀀 👩‍👩‍👧'],
    ['right-to-left marks and zero-width joiners', 'עברית\u200F \u202Ex\u202C a\u200Db'],
    ['Chinese punctuation', '重庆。长三角！'],
  ])('leaves %s alone', (_name, text) => {
    const original = planDocument(text);
    const { document, diagnostics } = replaceControlCharacters(original);
    expect(document).toBe(original);
    expect(diagnostics).toEqual([]);
  });

  it('counts lines from the start of the body, after front matter', () => {
    const { diagnostics } = replaceControlCharacters(planDocument('one\ntwo \u0001', { bodyLine: 5 }));
    expect(diagnostics[0]).toMatchObject({ line: 6, column: 5 });
    expect(diagnostics[0]!.message).toMatch(/^replaced 1 control or invalid character /);
  });

  it('cleans front-matter fields too, and says so', () => {
    const { document, diagnostics } = replaceControlCharacters(planDocument('Clean body.', { title: 'T\u0007', source: 'wire\u0001' }));
    expect(document).toMatchObject({ title: 'T ', source: 'wire ' });
    expect(diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual(['DOCUMENT_CONTROL_CHARACTERS@1:1']);
    expect(diagnostics[0]!.message).toContain('title, source');
  });
});
