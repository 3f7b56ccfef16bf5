import { describe, expect, it } from 'vitest';
import { parseDocument, documentIdFromPath } from '../../src/ingest/parse-document.js';
import { decodeUtf8, findInvalidUtf8 } from '../../src/ingest/decode-text.js';
import { DocumentError } from '../../src/model/errors.js';

describe('parseDocument', () => {
  it('reads front matter fields and reports where the body starts', () => {
    const doc = parseDocument('---\ntitle: A plan\nplace: Wuhan\ndate: 2026-01-05\n---\nFirst line.\nSecond.', 'plans/wuhan.txt');
    expect(doc).toMatchObject({ id: 'wuhan', title: 'A plan', place: 'Wuhan', date: '2026-01-05', text: 'First line.\nSecond.', bodyLine: 6 });
  });

  it.each([
    ['BOM and CRLF', '\uFEFFLine one.\r\nLine two.\r\n', 'Line one.\nLine two.\n'],
    ['lone CR', 'a.\rb.', 'a.\nb.'],
    ['no front matter', 'Just text.', 'Just text.'],
  ])('normalises %s', (_name, raw, body) => {
    expect(parseDocument(raw, 'x.txt').text).toBe(body);
  });

  it('falls back to the first line as title', () => {
    expect(parseDocument('\n  Heading here\nBody.', 'x.txt').title).toBe('Heading here');
  });

  it.each([
    ['empty body', '---\ntitle: x\n---\n   \n', 'DOCUMENT_EMPTY'],
    ['empty file', '', 'DOCUMENT_EMPTY'],
    ['unclosed front matter', '---\ntitle: x\nbody', 'DOCUMENT_FRONT_MATTER'],
    ['bad yaml', '---\ntitle: [unclosed\n---\nbody', 'DOCUMENT_FRONT_MATTER'],
    ['scalar front matter', '---\njust a string\n---\nbody', 'DOCUMENT_FRONT_MATTER'],
  ])('rejects %s with a located DocumentError', (_name, raw, code) => {
    try {
      parseDocument(raw, 'plans/bad.txt');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).code).toBe(code);
      expect((error as DocumentError).location?.file).toBe('plans/bad.txt');
    }
  });

  it('locates YAML errors by line', () => {
    try {
      parseDocument('---\ntitle: ok\nplace: [x\n---\nbody', 'p.txt');
      expect.unreachable();
    } catch (error) {
      expect((error as DocumentError).location?.line).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('documentIdFromPath', () => {
  it.each([
    ['data/plans/chongqing-15th-five-year-plan.txt', 'chongqing-15th-five-year-plan'],
    ['C:\\plans\\Sichuan 15th FYP.txt', 'sichuan-15th-fyp'],
    ['重庆规划.md', '重庆规划'],
    ['---.txt', 'document'],
  ])('%s → %s', (path, id) => expect(documentIdFromPath(path)).toBe(id));
});

describe('decodeUtf8', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('decodes valid UTF-8 including CJK and emoji', () => {
    expect(decodeUtf8(encode('长三角 🚀'), 'f.txt')).toBe('长三角 🚀');
  });

  it.each([
    ['lone continuation byte', [0x61, 0x80, 0x62], 1],
    ['GBK bytes', [0x41, 0x42, 0xb3, 0xa4], 2],
    ['truncated sequence', [0x61, 0xe4, 0xb8], 1],
    ['overlong encoding', [0xc0, 0xaf], 0],
    ['surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
  ])('reports the byte offset of %s', (_name, bytes, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
    try {
      decodeUtf8(Uint8Array.from(bytes), 'f.txt');
      expect.unreachable();
    } catch (error) {
      expect((error as DocumentError).code).toBe('DOCUMENT_ENCODING');
      expect((error as DocumentError).message).toContain(`byte offset ${offset}`);
    }
  });

  it('rejects binary content', () => {
    expect(() => decodeUtf8(Uint8Array.from([0x89, 0x50, 0x00, 0x01]), 'img.png')).toThrowError(/binary/);
  });
});
