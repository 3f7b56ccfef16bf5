import type { EntityType } from '../model/vocabulary.js';

/** Every dash a plan text uses for compounds (hyphen, non-breaking hyphen, en/em dash, minus, full-width). */
export const DASH_CHARACTERS = '\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
const DASH_RUN = new RegExp(`\\s*[${DASH_CHARACTERS}]\\s*`, 'gu');
const LEADING_ARTICLE = /^(?:the|a|an)\s+/u;
// A closing bracket is kept: "press conference (november 25)" must stay balanced.
const TRAILING_PUNCTUATION = /[\s.,;:!?。，；：！？、'"“”‘’]+$/u;
const LEADING_PUNCTUATION = /^[\s'"“”‘’]+/u;

/**
 * The comparable form of a label: NFKC, lower case, one kind of dash, single
 * spaces, no leading article, no trailing punctuation. Two spellings of one
 * concept ("Chengdu–Chongqing", "chengdu-chongqing") normalise alike.
 */
export function normalizeLabel(label: string): string {
  let text = label.normalize('NFKC').toLowerCase().replace(/[‘’]/gu, "'");
  // Quotation marks are typography, not content; an apostrophe inside a word ("city's") stays.
  text = text.replace(/["“”«»「」『』]/gu, '').replace(/(^|[^\p{L}\p{N}])'|'(?=[^\p{L}\p{N}]|$)/gu, '$1');
  text = text.replace(DASH_RUN, '-').replace(/\s+/gu, ' ').trim();
  text = text.replace(LEADING_PUNCTUATION, '');
  let previous;
  do {
    previous = text;
    text = text.replace(LEADING_ARTICLE, '').replace(TRAILING_PUNCTUATION, '');
  } while (text !== previous);
  return text;
}

/** Content-derived key, so the same concept in two documents merges in the graph. */
export function entityKey(entityType: EntityType, label: string): string {
  return `${entityType}:${normalizeLabel(label)}`;
}

/**
 * Lower-cases and folds dashes and curly apostrophes one character for one,
 * so offsets found in the folded text are offsets in the original.
 */
export function foldForMatch(text: string): string {
  let folded = '';
  for (const char of text) {
    let mapped = char;
    if (DASH_CHARACTERS.includes(char)) mapped = '-';
    else if (char === '’' || char === '‘') mapped = "'";
    else {
      const lower = char.toLowerCase();
      if (lower.length === char.length) mapped = lower;
    }
    folded += mapped;
  }
  return folded;
}
