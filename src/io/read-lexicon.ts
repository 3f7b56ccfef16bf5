import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { LexiconError } from '../model/errors.js';
import { parseLexicon, type Lexicon } from '../extract/core/lexicon.js';
import type { Diagnostic } from '../model/records.js';

/** The lexicon shipped with plangraph; `--lexicon` replaces it. */
export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('../../data/lexicon.yaml', import.meta.url));

export async function readLexicon(path: string = DEFAULT_LEXICON_PATH): Promise<{ lexicon: Lexicon; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new LexiconError('LEXICON_NOT_FOUND', 'cannot read lexicon', { location: { file: path }, hint: 'check the --lexicon path', cause: error });
  }
  return parseLexicon(text, path);
}
