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

const TOKEN = /[\p{L}\p{N}]+(?:[&'’.\-–—‑][\p{L}\p{N}]+)*(?:['’]s\b)?|[^\s\p{L}\p{N}]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** Words (with inner hyphens, apostrophes, "R&D") and single punctuation marks, with offsets. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = base + match.index;
    tokens.push({ text: value, lower: foldForMatch(value), start, end: start + value.length, isWord: WORD_CHAR.test(value[0]!) });
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
  const needle = foldedPhrase(phrase);
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
  const candidates: PhraseMatch[] = [];
  for (const phrase of phrases) {
    for (const start of findPhrase(folded, phrase)) candidates.push({ phrase, start, end: start + phrase.length });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: PhraseMatch[] = [];
  for (const candidate of candidates) {
    if (taken.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
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
