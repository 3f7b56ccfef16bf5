import { foldForMatch } from './normalize.js';

export interface Token {
  text: string;
  /** Lower-case, dash-folded form for comparisons. */
  lower: string;
  /** Offsets in the text handed to tokenize (plus its base). */
  start: number;
  end: number;
  isWord: boolean;
}

export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

// A plural possessive keeps its apostrophe ("residents' income"), as "'s" does.
const TOKEN = /[\p{L}\p{N}]+(?:[&'’.\-–—‑][\p{L}\p{N}]+)*(?:['’]s\b|(?<=s)['’](?=\s+\p{Ll}))?|[^\s\p{L}\p{N}]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** Words (with inner hyphens, apostrophes, "R&D") and single punctuation marks, with offsets. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  // Folding maps one character to one, so a token's folded form is a slice of the folded text.
  const folded = foldForMatch(text);
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = base + match.index;
    tokens.push({ text: value, lower: folded.slice(match.index, match.index + value.length), start, end: start + value.length, isWord: WORD_CHAR.test(value[0]!) });
  }
  return tokens;
}

function needsBoundary(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char) && !HAN.test(char);
}

// Lexicon phrases are searched in every sentence; folding each one anew per
// sentence was over a third of extraction time on large documents.
const FOLDED_PHRASES = new Map<string, string>();
const FOLDED_PHRASES_LIMIT = 10_000;

function foldedPhrase(phrase: string): string {
  let needle = FOLDED_PHRASES.get(phrase);
  if (needle === undefined) {
    needle = foldForMatch(phrase);
    // Callers also pass slices of document text; a bound keeps the cache from growing with the input.
    if (FOLDED_PHRASES.size >= FOLDED_PHRASES_LIMIT) FOLDED_PHRASES.clear();
    FOLDED_PHRASES.set(phrase, needle);
  }
  return needle;
}

/**
 * Every occurrence of `phrase` in `folded` (already folded with foldForMatch)
 * that starts and ends on word boundaries, unless the phrase edge is Chinese.
 */
export function findPhrase(folded: string, phrase: string): number[] {
  return findFoldedPhrase(folded, foldedPhrase(phrase));
}

/** findPhrase for a needle already folded with foldForMatch (derived once per lexicon by the caller). */
export function findFoldedPhrase(folded: string, needle: string): number[] {
  if (needle.length === 0) return [];
  const positions: number[] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at === -1) break;
    from = at + 1;
    const before = folded[at - 1];
    const after = folded[at + needle.length];
    if (needsBoundary(needle[0]) && before !== undefined && WORD_CHAR.test(before)) continue;
    if (needsBoundary(needle[needle.length - 1]) && after !== undefined && WORD_CHAR.test(after)) continue;
    positions.push(at);
  }
  return positions;
}

/** Longest-first, non-overlapping occurrences of any phrase, in text order. */
export function findPhrases(folded: string, phrases: readonly string[]): PhraseMatch[] {
  const candidates = phraseIndexFor(phrases).find(folded);
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || compareCodeUnits(a.phrase, b.phrase));
  const taken: PhraseMatch[] = [];
  for (const candidate of candidates) {
    if (taken.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Phrases grouped by their first word (or first Chinese character), so a
 * sentence is scanned once and only phrases that can start at each word are
 * tried. Searching every gazetteer phrase in every sentence with indexOf made
 * place-name lookup the largest cost of extraction once the gazetteer held
 * thousands of names.
 */
class PhraseIndex {
  private readonly byFirstWord = new Map<string, { phrase: string; needle: string }[]>();
  /** Phrases that start with punctuation or a space cannot be keyed by a word; they are searched directly. */
  private readonly unkeyed: string[] = [];

  constructor(phrases: readonly string[]) {
    for (const phrase of new Set(phrases)) {
      const needle = foldedPhrase(phrase);
      if (needle.length === 0) continue;
      const key = firstKey(needle, 0);
      if (key === undefined) {
        this.unkeyed.push(phrase);
        continue;
      }
      const list = this.byFirstWord.get(key);
      if (list) list.push({ phrase, needle });
      else this.byFirstWord.set(key, [{ phrase, needle }]);
    }
  }

  find(folded: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (const { at, key } of wordStartsOf(folded)) {
      const entries = this.byFirstWord.get(key);
      if (!entries) continue;
      for (const { phrase, needle } of entries) {
        if (!folded.startsWith(needle, at)) continue;
        const after = folded[at + needle.length];
        if (needsBoundary(needle[needle.length - 1]) && after !== undefined && WORD_CHAR.test(after)) continue;
        if (needsBoundary(needle[0]) && at > 0 && WORD_CHAR.test(folded[at - 1]!)) continue;
        found.push({ phrase, start: at, end: at + phrase.length });
      }
    }
    for (const phrase of this.unkeyed) {
      for (const start of findPhrase(folded, phrase)) found.push({ phrase, start, end: start + phrase.length });
    }
    return found;
  }
}

/** The run of non-Chinese word characters starting at `at`, or the Chinese character there. */
function firstKey(text: string, at: number): string | undefined {
  const char = text[at];
  if (char === undefined || !WORD_CHAR.test(char)) return undefined;
  if (HAN.test(char)) return char;
  let end = at + 1;
  while (end < text.length && WORD_CHAR.test(text[end]!) && !HAN.test(text[end]!)) end++;
  return text.slice(at, end);
}

interface WordStart {
  at: number;
  key: string;
}

const WORD_RUN = /\p{Script=Han}|[\p{L}\p{N}]+?(?=\p{Script=Han}|[^\p{L}\p{N}]|$)/gu;

// Every extractor scans the same sentence with its own phrase list; the word
// starts of a sentence are computed once and reused (a small recent-first cache).
const WORD_STARTS = new Map<string, WordStart[]>();
const WORD_STARTS_LIMIT = 512;

/** Where a phrase can begin: each Latin word (keyed by the whole word) and each Chinese character. */
function wordStartsOf(folded: string): WordStart[] {
  let starts = WORD_STARTS.get(folded);
  if (starts) return starts;
  starts = [];
  for (const match of folded.matchAll(WORD_RUN)) starts.push({ at: match.index, key: match[0] });
  if (WORD_STARTS.size >= WORD_STARTS_LIMIT) WORD_STARTS.clear();
  WORD_STARTS.set(folded, starts);
  return starts;
}

// Callers often rebuild the same phrase list (a flatMap over the lexicon) per
// document; keying by content as well as identity keeps one index per list.
const INDEX_BY_ARRAY = new WeakMap<readonly string[], PhraseIndex>();
const INDEX_BY_CONTENT = new Map<string, PhraseIndex>();
const INDEX_BY_CONTENT_LIMIT = 256;

function phraseIndexFor(phrases: readonly string[]): PhraseIndex {
  let index = INDEX_BY_ARRAY.get(phrases);
  if (index) return index;
  const content = phrases.join('\u0000');
  index = INDEX_BY_CONTENT.get(content);
  if (!index) {
    index = new PhraseIndex(phrases);
    if (INDEX_BY_CONTENT.size >= INDEX_BY_CONTENT_LIMIT) INDEX_BY_CONTENT.clear();
    INDEX_BY_CONTENT.set(content, index);
  }
  INDEX_BY_ARRAY.set(phrases, index);
  return index;
}

/** Does `folded` contain the phrase at any word boundary? */
export function containsPhrase(folded: string, phrase: string): boolean {
  return findPhrase(folded, phrase).length > 0;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Capitalised, as a name word is written ("Chongqing", "CPC", "Hong"). */
export function isCapitalized(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}
