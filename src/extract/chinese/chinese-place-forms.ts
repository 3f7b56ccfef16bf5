import type { ExtractContext, SentenceView } from '../core/context.js';
import { addName, namesIn } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { overlapsName } from './chinese-names.js';
import { chineseSentences, NUMERAL_CLASS, splitClauses, splitEnumeration, wordBoundaries } from './chinese-text.js';

/**
 * Places the gazetteer does not know, read by their form rather than listed:
 * the gazetteer holds provinces and large cities, and a plan also names its
 * counties, districts and smaller cities.
 *  - a name of two or three characters with its level, on the segmenter's word
 *    boundaries: 溧阳市, 霞浦县; a district right after its city: 常州市金坛区;
 *  - the items of a 、-list that a count of places closes (A、B、C8市, A、B等三个城市);
 *  - the items of a 、-list, ending in a level, beside a place already read (X市、Y区、Z市).
 * A stem the lexicon marks as generic (地级, 直辖 …) names no place, nor does one
 * ending in 城 (中心城市).
 */
export function extractChinesePlaceForms(context: ExtractContext): void {
  for (const { view, text } of chineseSentences(context)) {
    const boundaries = wordBoundaries(view);
    readLevelledNames(context, view, text, boundaries);
    for (const clause of splitClauses(text)) readPlaceLists(context, view, text, clause.start, clause.end, boundaries);
  }
}

interface PlaceForms {
  levelled: RegExp;
  countClose: RegExp;
  blocked: Set<string>;
}

const placeFormsFor = perLexicon(
  (lexicon: Lexicon): PlaceForms => ({
    levelled: /\p{Script=Han}{2,3}?[市县]/gu,
    // "宣城8市", "滁州等三个城市": the last item with the count of the list's places.
    countClose: new RegExp(`^(?<last>\\p{Script=Han}{2,3}?)(?:等)?(?:\\d{1,2}|${NUMERAL_CLASS}{1,3})(?:个)?(?:城市|市|县|区)(?<rest>.*)$`, 'u'),
    blocked: new Set(lexicon.zhPlaceStemBlockers),
  }),
);

function readLevelledNames(context: ExtractContext, view: SentenceView, text: string, boundaries: ReadonlySet<number>): void {
  const { blocked } = placeFormsFor(context.lexicon);
  for (let at = 0; at < text.length; at += 1) {
    if (!boundaries.has(at)) continue;
    for (const length of [3, 2]) {
      const end = at + length + 1;
      const stem = text.slice(at, at + length);
      const level = text[at + length];
      if ((level !== '市' && level !== '县') || !/^\p{Script=Han}+$/u.test(stem) || !boundaries.has(end)) continue;
      // The level closes the word ("溧阳市、", "霞浦县的"), unlike 县域, 市场 or 都市圈.
      if (!closesName(text[end]) && !(level === '市' && text[end + 2] === '区')) continue;
      if (FUNCTION_CHARS.test(stem) || COUNT_END.test(stem) || !isPlaceStem(stem, blocked) || overlapsName(context, view.sentence.index, at, end)) continue;
      addPlace(context, view, at, end);
      // "常州市金坛区": a district of two characters right after its city.
      if (level === '市' && text[end + 2] === '区' && /^\p{Script=Han}{2}$/u.test(text.slice(end, end + 2)) && !overlapsName(context, view.sentence.index, end, end + 3)) {
        addPlace(context, view, end, end + 3);
      }
      at = end - 1;
      break;
    }
  }
}

function readPlaceLists(context: ExtractContext, view: SentenceView, text: string, start: number, end: number, boundaries: ReadonlySet<number>): void {
  const items = splitEnumeration(text, start, end);
  if (items.length < 2) return;
  const { countClose, blocked } = placeFormsFor(context.lexicon);
  const last = items[items.length - 1]!;
  const closed = countClose.exec(last.text);
  const names = namesIn(context, view.sentence.index);
  const isPlace = (item: { start: number; end: number }) => names.some((name) => name.entityType === 'Place' && name.start <= item.start && name.end >= item.end - 1);
  // The first item may carry the clause's lead ("规划范围：南京"): only its last two or three characters can be the name.
  const nameOf = (item: { start: number; end: number; text: string }, index: number) => {
    const found = index === 0 ? /\p{Script=Han}{2,3}$/u.exec(item.text) : /^\p{Script=Han}{2,3}$/u.exec(item.text);
    if (!found) return undefined;
    // "为岚谷": a word of grammar before the name is the lead's; so is the end of a lead word ("包括" in "包括青川").
    const at = item.start + found.index;
    const insideLead = index === 0 && found[0].length === 3 && !boundaries.has(at) && boundaries.has(at + 1);
    const skip = found[0].length === 3 && (FUNCTION_CHARS.test(found[0][0]!) || insideLead) ? 1 : 0;
    return { start: item.start + found.index + skip, end: item.start + found.index + found[0].length, text: found[0].slice(skip) };
  };
  if (closed?.groups) {
    // Items of other lengths or forms are no list of place names.
    const candidates = [...items.slice(0, -1).map(nameOf), nameOf({ start: last.start, end: last.start + closed.groups['last']!.length, text: closed.groups['last']! }, 1)];
    if (candidates.some((candidate) => candidate === undefined)) return;
    for (const candidate of candidates) {
      // The count of places vouches for each item: only a generic stem is left out (宣城 ends in 城 and is a city).
      if (!blocked.has(candidate!.text) && !FUNCTION_CHARS.test(candidate!.text) && !overlapsName(context, view.sentence.index, candidate!.start, candidate!.end)) addPlace(context, view, candidate!.start, candidate!.end);
    }
    return;
  }
  if (!items.some(isPlace)) return;
  for (const item of items) {
    if (!/^\p{Script=Han}{2,3}[市县区]$/u.test(item.text) || !isPlaceStem(item.text.slice(0, -1), blocked)) continue;
    if (!overlapsName(context, view.sentence.index, item.start, item.end)) addPlace(context, view, item.start, item.end);
  }
}

/** Not a generic stem: one the lexicon lists whole, or one ending in 城 or a listed one-character ending. */
/** Characters of grammar, which no short place name contains: "及常州市" is 及 + 常州市. */
const FUNCTION_CHARS = /[的了在对和及与或等两各把将从向于为是]/u;
/** A count before the level ("青城三市") makes it a number of cities; a numeral may open a name (九江, 三亚). */
const COUNT_END = /[零〇一二两三四五六七八九十百\d]$/u;

function closesName(next: string | undefined): boolean {
  return next === undefined || !/\p{Script=Han}/u.test(next) || /[和及与等的全委政人部]/u.test(next);
}

function isPlaceStem(stem: string, blocked: ReadonlySet<string>): boolean {
  return !stem.endsWith('城') && !blocked.has(stem) && !blocked.has(stem.slice(-1));
}

function addPlace(context: ExtractContext, view: SentenceView, start: number, end: number): void {
  const label = view.sentence.text.slice(start, end);
  const bare = /[市县区]$/u.test(label) ? label.slice(0, -1) : undefined;
  const key = context.store.addEntity({ entityType: 'Place', label, ...(bare ? { aliases: [bare] } : {}), evidence: evidenceAt(context.document, view.sentence, start, end) });
  addName(context, view.sentence.index, { key, entityType: 'Place', start, end });
}
