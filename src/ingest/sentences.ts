import type { Sentence } from '../model/records.js';

// A period after these words rarely ends a sentence in plan news prose.
const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'inc', 'ltd', 'co',
  'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'fig',
  'dept', 'gov', 'a.m', 'p.m', 'cf', 'al', 'jr', 'sr', 'rev', 'gen', 'col', 'sgt', 'lt', 'vol', 'art', 'sec',
]);
const LATIN_END = new Set(['.', '!', '?']);
const CJK_END = new Set(['。', '！', '？']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '」', '』', '）']);

function isOpeningCharacter(char: string): boolean {
  return /[\p{Lu}\p{N}"'“‘(\[\p{Script=Han}]/u.test(char);
}

/**
 * Splits plan text into sentences with document offsets (end exclusive).
 * Every line is a paragraph, so a caption or heading without final
 * punctuation stays a sentence of its own.
 */
export function splitSentences(text: string): Sentence[] {
  const spans: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitParagraph(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  const sentences: Sentence[] = [];
  for (const [rawStart, rawEnd] of spans) {
    let start = rawStart;
    let end = rawEnd;
    while (start < end && /\s/u.test(text[start]!)) start += 1;
    while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  }
  return sentences;
}

function splitParagraph(text: string, start: number, end: number, spans: [number, number][]): void {
  let sentenceStart = start;
  for (let i = start; i < end; i += 1) {
    const char = text[i]!;
    if (CJK_END.has(char)) {
      let cut = i + 1;
      while (cut < end && (CLOSERS.has(text[cut]!) || CJK_END.has(text[cut]!))) cut += 1;
      spans.push([sentenceStart, cut]);
      sentenceStart = cut;
      i = cut - 1;
      continue;
    }
    if (!LATIN_END.has(char)) continue;
    let cut = i + 1;
    while (cut < end && (CLOSERS.has(text[cut]!) || LATIN_END.has(text[cut]!))) cut += 1;
    if (cut >= end) break;
    if (!/\s/u.test(text[cut]!)) continue; // "3.5", "U.S", "e.g" inside a token
    let next = cut;
    while (next < end && /\s/u.test(text[next]!)) next += 1;
    if (next >= end) break;
    if (!isOpeningCharacter(text[next]!)) continue;
    if (char === '.' && cut === i + 1 && isAbbreviation(text, sentenceStart, i)) continue;
    spans.push([sentenceStart, cut]);
    sentenceStart = next;
    i = next - 1;
  }
  spans.push([sentenceStart, end]);
}

/** Is the word ending at `dot` an abbreviation or an initial ("J. Smith")? */
function isAbbreviation(text: string, floor: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > floor && !/[\s(“"']/u.test(text[wordStart - 1]!)) wordStart -= 1;
  const word = text.slice(wordStart, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  return /^\p{Lu}$/u.test(word);
}
