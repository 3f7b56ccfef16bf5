import type { EntityType } from '../../model/vocabulary.js';

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
  let normal = NORMALIZED.get(label);
  if (normal === undefined) {
    normal = computeNormalLabel(label);
    // Bounded: labels come from document text, so the cache must not grow with the corpus.
    if (NORMALIZED.size >= NORMALIZED_LIMIT) NORMALIZED.clear();
    NORMALIZED.set(label, normal);
  }
  return normal;
}

// Every alias lookup and every entity addition normalises the same few labels
// again; the regular-expression chain below was a tenth of extraction time.
const NORMALIZED = new Map<string, string>();
const NORMALIZED_LIMIT = 20_000;

function computeNormalLabel(label: string): string {
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
  // Plan prose is mostly ASCII, where folding is plain lower-casing; only the
  // other characters need the one-for-one mapping.
  return ASCII.test(text) ? text.toLowerCase() : text.replace(FOLDABLE, foldRun);
}

const ASCII = /^[\x00-\x7F]*$/u;
const FOLDABLE = /[A-Z]+|[^\x00-\x7F]/gu;

function foldRun(run: string): string {
  if (run.charCodeAt(0) < 0x80) return run.toLowerCase();
  if (DASH_CHARACTERS.includes(run)) return '-';
  if (run === '’' || run === '‘') return "'";
  // A character whose lower case is longer ("İ") stays, so offsets keep their meaning.
  const lower = run.toLowerCase();
  return lower.length === run.length ? lower : run;
}

/**
 * "Spending on research" → "spending on research": a sentence-initial capital is typography, not
 * part of a name; an acronym's capitals ("GDP", "R&D") stay.
 */
export function lowerInitialCapital(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
