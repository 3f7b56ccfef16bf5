import { describe, expect, it, vi } from 'vitest';
import { parseLexicon } from '../../src/extract/core/lexicon.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import { DocumentError, LexiconError, type PlangraphError } from '../../src/model/errors.js';

// The yaml library resolves aliases only when values are read, and then throws a
// plain ReferenceError without a position; these once escaped as internal errors.
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');

function thrown(run: () => unknown): PlangraphError {
  try {
    run();
  } catch (error) {
    return error as PlangraphError;
  }
  throw new Error('expected an error');
}

describe('YAML that cannot be turned into values', () => {
  it.each([
    ['an alias without anchor in front matter', () => parseDocument('---\ntitle: x\nplace: *nowhere\n---\nBody.', 'plans/p.txt'), DocumentError, 'DOCUMENT_FRONT_MATTER', 'plans/p.txt', 3, 8],
    ['an alias bomb in front matter', () => parseDocument(`---\n${ALIAS_BOMB}---\nBody.`, 'plans/p.txt'), DocumentError, 'DOCUMENT_FRONT_MATTER', 'plans/p.txt', 3, 8],
    ['an alias without anchor in a lexicon', () => parseLexicon('listHeads: *heads\n', 'lexicon.yaml'), LexiconError, 'LEXICON_SYNTAX', 'lexicon.yaml', 1, 12],
    ['an alias bomb in a lexicon', () => parseLexicon(ALIAS_BOMB, 'lexicon.yaml'), LexiconError, 'LEXICON_SYNTAX', 'lexicon.yaml', 2, 8],
  ])('%s → a located error', (_name, run, type, code, file, line, column) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ code, location: { file, line, column } });
  });

  it('writes nothing to stderr for a collection used as a key', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      parseDocument('---\n? [a, b]\n: c\ntitle: t\n---\nBody.', 'plans/p.txt');
      expect(() => parseLexicon('? [a]\n: b\n', 'lexicon.yaml')).toThrow(LexiconError);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
