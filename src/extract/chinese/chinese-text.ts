import type { ExtractContext, SentenceView } from '../core/context.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';

/**
 * Shared helpers of the Chinese readers: the folded text they match in, clauses,
 * numerals and the verb test. Folding is one character for one, so an offset
 * found in the folded text is an offset in the original and labels keep the
 * text's own characters (traditional or simplified).
 */

// Half-width marks that Chinese pages mix with full-width ones; the readers match the full-width form.
const PUNCTUATION: Record<string, string> = {
  ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？', '「': '“', '」': '”', '『': '‘', '』': '’',
};

const variantTable = perLexicon((lexicon: Lexicon) => {
  const table = new Map<string, string>(Object.entries(PUNCTUATION));
  for (const pair of lexicon.zhVariants) {
    const [from, to] = [...pair];
    if (from !== undefined && to !== undefined) table.set(from, to);
  }
  return table;
});

/** Traditional characters → simplified, half-width marks → full-width, for matching. */
export function foldChinese(text: string, lexicon: Lexicon): string {
  const table = variantTable(lexicon);
  const chars = [...text];
  let out = '';
  let quoteOpen = false;
  chars.forEach((char, index) => {
    // Straight quotes open and close in turn: "…" reads as “…”.
    if (char === '"') {
      out += quoteOpen ? '”' : '“';
      quoteOpen = !quoteOpen;
      return;
    }
    // Pages that set Chinese in half-width punctuation ("工程,持续培育…"): beside a Han character
    // the mark is the full-width one, so clauses split as they do in typeset text ("1,000" stays).
    const fullWidth = HALF_TO_FULL.get(char);
    if (fullWidth && (HAN_OR_MARK.test(chars[index - 1] ?? '') || HAN_OR_MARK.test(chars[index + 1] ?? ''))) {
      out += fullWidth;
      return;
    }
    const mapped = table.get(char);
    out += mapped !== undefined && mapped.length === char.length ? mapped : char;
  });
  return out;
}

const HALF_TO_FULL: ReadonlyMap<string, string> = new Map([[',', '，'], [';', '；'], [':', '：'], ['!', '！'], ['?', '？'], ['(', '（'], [')', '）']]);
const HAN_OR_MARK = /[\p{Script=Han}”’）》]/u;

export interface ChineseSentence {
  view: SentenceView;
  /** The sentence folded for matching; same length and offsets as `view.sentence.text`. */
  text: string;
}

const chineseViews = new WeakMap<ExtractContext, ChineseSentence[]>();

/** The document's sentences folded once per extraction. */
export function chineseSentences(context: ExtractContext): ChineseSentence[] {
  let views = chineseViews.get(context);
  if (!views) {
    views = context.sentences.map((view) => ({ view, text: foldChinese(view.sentence.text, context.lexicon) }));
    chineseViews.set(context, views);
  }
  return views;
}

export interface Clause {
  start: number;
  end: number;
  text: string;
}

const CLAUSE_END = new Set(['，', '；', '。', '：', '！', '？']);
const OPEN_CLOSE: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '《': '》', '【': '】' };

/** A folded sentence → its clauses between ，；。：, never cutting inside quotes or brackets; marks excluded. */
export function splitClauses(text: string, from = 0, to = text.length): Clause[] {
  const clauses: Clause[] = [];
  const open: string[] = [];
  let start = from;
  for (let i = from; i < to; i += 1) {
    const char = text[i]!;
    if (open.length > 0 && char === open[open.length - 1]) open.pop();
    else if (OPEN_CLOSE[char] !== undefined) open.push(OPEN_CLOSE[char]!);
    else if (open.length === 0 && CLAUSE_END.has(char)) {
      pushClause(text, start, i, clauses);
      start = i + 1;
    }
  }
  pushClause(text, start, to, clauses);
  return clauses;
}

/**
 * The sentence's clauses, and the clauses inside each of its quotes as well: a quote
 * keeps its commas from cutting the sentence, yet what it quotes (上海要“加快建设A，打造B”)
 * is clauses of its own.
 */
export function clausesWithQuotes(text: string): Clause[] {
  const clauses = splitClauses(text);
  for (const quote of text.matchAll(/“([^“”]+)”/gu)) clauses.push(...splitClauses(text, quote.index + 1, quote.index + quote[0].length - 1));
  return clauses;
}

function pushClause(text: string, start: number, end: number, clauses: Clause[]): void {
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  if (end > start) clauses.push({ start, end, text: text.slice(start, end) });
}

/** Splits a folded span at 、 outside quotes and brackets. */
export function splitEnumeration(text: string, start: number, end: number): Clause[] {
  const items: Clause[] = [];
  const open: string[] = [];
  let itemStart = start;
  for (let i = start; i < end; i += 1) {
    const char = text[i]!;
    if (open.length > 0 && char === open[open.length - 1]) open.pop();
    else if (OPEN_CLOSE[char] !== undefined) open.push(OPEN_CLOSE[char]!);
    else if (open.length === 0 && char === '、') {
      pushClause(text, itemStart, i, items);
      itemStart = i + 1;
    }
  }
  pushClause(text, itemStart, end, items);
  return items;
}

/** "十三" → 13, "二十" → 20, "两" → 2, "42" → 42, "二〇三五" → 2035; undefined for anything else. */
export function parseChineseNumber(text: string, lexicon: Lexicon): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  const digits = lexicon.zhNumerals;
  const chars = [...text];
  if (chars.length === 0 || chars.some((c) => digits[c] === undefined)) return undefined;
  // Digit by digit ("二〇三五") when there is no 十 or 百 to scale by.
  if (!chars.some((c) => c === '十' || c === '百')) {
    return chars.length === 1 ? digits[chars[0]!] : Number(chars.map((c) => String(digits[c])).join(''));
  }
  let total = 0;
  let current = 0;
  for (const c of chars) {
    const value = digits[c]!;
    if (value === 10 || value === 100) {
      total += (current === 0 ? 1 : current) * value;
      current = 0;
    } else current = value;
  }
  return total + current;
}

export const NUMERAL_CLASS = '[零〇一二两双三四五六七八九十百]';

/** Longest first, so "加快建设" is tried before "加快". */
export function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

const verbTables = perLexicon((lexicon: Lexicon) => ({
  adverbs: longestFirst(lexicon.zhTaskAdverbs),
  verbs: longestFirst(lexicon.zhTaskVerbs),
}));

/**
 * Where the task verb of a clause ends when the clause opens with one
 * ("深入推进…" → after 推进), after any adverbs; undefined when it does not.
 * The verb must end on a word boundary of the segmenter when boundaries are
 * given, so "发展" does not open "发展中国家".
 */
export function taskVerbEnd(text: string, lexicon: Lexicon, boundaries?: ReadonlySet<number>, offset = 0): number | undefined {
  const { adverbs, verbs } = verbTables(lexicon);
  let at = 0;
  for (let guard = 0; guard < 3; guard += 1) {
    const adverb = adverbs.find((a) => text.startsWith(a, at) && verbs.some((v) => text.startsWith(v, at + a.length)));
    if (!adverb) break;
    at += adverb.length;
  }
  const verb = verbs.find((v) => text.startsWith(v, at) && (boundaries === undefined || boundaries.has(offset + at + v.length) || verbs.some((w) => w !== v && text.startsWith(w, at + v.length))));
  return verb === undefined ? undefined : at + verb.length;
}

/** Token end offsets of a sentence, the word boundaries the segmenter found. */
export function wordBoundaries(view: SentenceView): Set<number> {
  const set = new Set<number>([0]);
  for (const token of view.tagged) {
    set.add(token.start);
    set.add(token.end);
  }
  return set;
}

/** Strips quotation marks from a label: “五中心五地” and 五中心五地 are one name. */
export function unquote(label: string): string {
  return label.replace(/[“”"「」『』‘’]/gu, '').trim();
}

/** How the plan writes its own place ("四川省"), for names it shortens to the level ("省政府", "政府工作报告"). */
export function documentPlaceSurfaceOf(context: ExtractContext): string | undefined {
  const key = context.documentPlaceKey;
  if (!key) return undefined;
  const record = context.store.get(key);
  const mention = record?.mentions.find((m) => m.document === context.document.id);
  return mention ? context.document.text.slice(mention.start, mention.end) : undefined;
}

/** "四川省" → "四川", "深圳市" → "深圳"; a name that is only its level word, or has none, stays. */
export function placeWithoutLevel(place: string, lexicon: Lexicon): string {
  const level = longestFirst(lexicon.zhLevels).find((word) => place.endsWith(word) && place.length > word.length + 1);
  return level ? place.slice(0, -level.length) : place;
}

/**
 * Items of one list are parallel, so a first item that carries words of its sentence
 * ("总结了湖北综合实力、…") is cut to the others' length: the first word boundary at most
 * `length` characters before `end`, or undefined when there is none.
 */
export function parallelStart(end: number, length: number, boundaries: ReadonlySet<number>): number | undefined {
  for (let start = end - length; start < end - 1; start += 1) if (boundaries.has(start)) return start;
  return undefined;
}

/**
 * Where the first item starts after its opener. An opener ends on a word boundary; of several
 * ("从创新驱动发展": 从, 创新), the one that leaves the item closest in length to the others
 * wins, since the items of one list are parallel; without others, the last one.
 */
export function lastOpener(text: string, openers: readonly string[], boundaries: ReadonlySet<number>, offset: number, rest: readonly Clause[] = []): number {
  const ends = new Set<number>();
  for (const opener of openers) {
    const at = text.lastIndexOf(opener);
    const end = at + opener.length;
    if (at !== -1 && end < text.length && boundaries.has(offset + end)) ends.add(end);
  }
  if (ends.size === 0) return 0;
  const candidates = [...ends].sort((a, b) => b - a);
  if (rest.length === 0) return candidates[0]!;
  const typical = rest.reduce((sum, item) => sum + item.text.length, 0) / rest.length;
  return candidates.reduce((best, end) => (Math.abs(text.length - end - typical) < Math.abs(text.length - best - typical) ? end : best), candidates[0]!);
}
