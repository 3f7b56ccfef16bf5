import type { Sentence } from '../model/records.js';
import type { DocumentLanguage } from '../model/vocabulary.js';

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
export function splitSentences(text: string, language: DocumentLanguage = 'en'): Sentence[] {
  const spans: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (language === 'zh') splitChineseParagraph(text, lineStart, lineEnd, spans);
    else splitParagraph(text, lineStart, lineEnd, spans);
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

const CHINESE_END = new Set(['。', '！', '？', '!', '?', '；', ';']);
const OPENERS = new Set(['“', '‘', '「', '『', '（', '(', '《', '【', '"']);
const CLOSER_OF: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '（': '）', '(': ')', '《': '》', '【': '】' };
/** A clause after ；shorter than this many characters is part of the sentence before it ("A；B" in a table cell). */
const MIN_CLAUSE = 4;

/**
 * Chinese prose ends sentences at 。！？ and separates the clauses of a long
 * sentence with ；, one aim per clause: each becomes a sentence, so evidence
 * quotes the clause it comes from. Marks inside quotes or brackets
 * (“……。”) end nothing; a full stop after a digit ("2.0") is not Chinese.
 */
function splitChineseParagraph(text: string, start: number, end: number, spans: [number, number][]): void {
  let sentenceStart = start;
  const open: string[] = [];
  for (let i = start; i < end; i += 1) {
    const char = text[i]!;
    if (char === '"') {
      if (open[open.length - 1] === '"') open.pop();
      else open.push('"');
      continue;
    }
    if (OPENERS.has(char)) {
      open.push(CLOSER_OF[char] ?? char);
      continue;
    }
    if (open.length > 0 && char === open[open.length - 1]) {
      open.pop();
      continue;
    }
    if (!CHINESE_END.has(char) || open.length > 0) continue;
    let cut = i + 1;
    while (cut < end && (CLOSERS.has(text[cut]!) || CHINESE_END.has(text[cut]!))) cut += 1;
    if ((char === '；' || char === ';') && text.slice(cut, end).replace(/\s/gu, '').length < MIN_CLAUSE) continue;
    spans.push([sentenceStart, cut]);
    sentenceStart = cut;
    i = cut - 1;
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
