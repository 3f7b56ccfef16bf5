import type { EntityType, Relation } from '../../model/vocabulary.js';
import { addName, namesIn, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt, warningAt } from '../core/evidence.js';
import type { ListHead } from '../core/lexicon.js';
import { mergeChainedItems, splitListItems } from './list-items.js';
import { listWordsFor } from './list-words.js';
import { isGerund, isVerbLike, skipAdverbs } from '../chunks/chunks.js';

/** Where the items of a list go: their type, the plan relation, and the Group or list holder. */
export interface ListTarget {
  spec: ListHead;
  entityType: EntityType;
  planRelation: Relation | undefined;
  holderKey?: string;
  /** The number of items the text declares ("eight clusters"), when it declares one. */
  count?: number;
  /** Creates the holder on first use, so a group the text never fills leaves no node. */
  materialise?: () => string;
}

// Where a list's clause ends: a new clause, a purpose, a time frame ("over the 2026-2030 period"),
// the closing dash of a list set off by dashes ("clusters -- A, B and C -- will be …"), or the
// predicate of a subject list ("A, B and C will be upgraded", "… are to be expanded", "… have been put on the agenda").
const CLAUSE_STOPS = /,\s*(?:[\p{L}.-]+\s+){1,4}(?:said|says|told|noted|added)\b|,\s*while\s|\swhile\s|,\s*which\s|\sso as to\s|\sin order to\s|,\s*so that\s|;\s|\s(?:over|during) the\s|\s(?:by|in|through) (?:19|20)\d{2}\b|\s(?:--|-|–|—)\s|(?<!\b(?:that|which|who)),?\s(?:will|shall|would|should|must|can|could|may|might)\s|,?\s(?:are|is|were|was)\s+(?:also\s+)?(?:to\s+be|being|expected|set|slated|poised|named|singled)\b|,?\s(?:have|has|had)\s+(?:also\s+|already\s+)?been\b/gu;
const ORDINAL_LEAD = /^(?:\(\d{1,2}\)|\d{1,2}[.)]|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|firstly|secondly|thirdly|finally|lastly)\s*,)\s*/iu;

export function wordsBetween(view: SentenceView, from: number, to: number): number {
  return view.tokens.filter((token) => token.isWord && token.start >= from && token.end <= to).length;
}

/** Where a list after `from` stops: sentence end, a clause stop, or the clause of the next list head. */
export function segmentEnd(view: SentenceView, from: number, nextHeadStart: number | undefined, semicolonList = false): number {
  let end = view.sentence.text.length;
  CLAUSE_STOPS.lastIndex = from;
  for (let stop = CLAUSE_STOPS.exec(view.folded); stop; stop = CLAUSE_STOPS.exec(view.folded)) {
    // After a colon, semicolons separate the items rather than end the list.
    if (semicolonList && stop[0].startsWith(';')) continue;
    end = stop.index;
    break;
  }
  if (nextHeadStart !== undefined && nextHeadStart < end) {
    const clause = view.sentence.text.lastIndexOf(',', nextHeadStart);
    end = clause > from ? clause : nextHeadStart;
  }
  return end;
}

/**
 * "A, B and C, and build …": a list of nouns ends where ", and" opens a verb
 * clause. A list whose first item is itself a verb ("expanding …, and
 * attracting …") is a list of actions and keeps going.
 */
export function verbClauseEnd(context: ExtractContext, view: SentenceView, from: number, end: number): number {
  const { baseVerbs, verbPrefixes, verbClause } = listWordsFor(context.lexicon);
  const first = view.tokens.find((token) => token.start >= from && token.isWord && !['the', 'a', 'an', 'are', 'is', 'include', 'includes'].includes(token.lower));
  // "liquor-making" is a compound noun, not an action that starts a list of actions.
  if (!first || first.start >= end || baseVerbs.has(first.lower) || verbPrefixes.has(first.lower) || /^[^-]+ing$/u.test(first.lower)) return end;
  const match = verbClause.exec(view.folded.slice(from, end));
  return match ? from + match.index : end;
}

/** The index of the -ing form of a plan verb that opens the text at `at`, past adverbs ("fully implementing …"), if one does. */
export function gerundAt(context: ExtractContext, view: SentenceView, at: number): number | undefined {
  const index = view.tagged.findIndex((token) => token.start >= at && token.isWord);
  if (index < 0) return undefined;
  const verbAt = skipAdverbs(view.tagged, index, view.tagged.length);
  return isGerund(view.tagged[verbAt]) && isVerbLike(context.lexicon, view.tagged[verbAt]) ? verbAt : undefined;
}

/** The item opens on the -ing form of a verb with its object after it ("fully implementing the …"). */
function opensWithAction(context: ExtractContext, view: SentenceView, at: number): boolean {
  const verbAt = gerundAt(context, view, at);
  if (verbAt === undefined) return false;
  const next = view.tagged[verbAt + 1];
  // A word the tagger calls a verb may be a sector ("biomanufacturing"): the -ing form must have an object after it.
  return next !== undefined && isVerbLike(context.lexicon, view.tagged[verbAt], next) && /^(?:DET|PRON|ADJ)$/u.test(next.pos);
}

/** Adds each item between `start` and `to` as an entity of the target's type; returns how many were kept. */
export function addItems(context: ExtractContext, view: SentenceView, target: ListTarget, start: number, to: number, whole = false): number {
  let from = start;
  const { store, plan, document, options, lexicon } = context;
  let added = 0;
  // "Among them are A, B and C": the copula after an introducer is not part of the first item.
  const copula = /^\s*(?:are|is|include|includes)\s+/iu.exec(view.sentence.text.slice(from, to));
  if (copula) from += copula[0].length;
  const listText = view.sentence.text.slice(from, to);
  const split = splitListItems(listText);
  const all = whole ? [{ start: 0, end: to - from, text: listText }] : target.count !== undefined ? mergeChainedItems(listText, split, target.count) : split;
  // "… with a focus on A, fully implementing the B initiative, and …": an action after the first item ends a list of things.
  // Measures and tasks are actions themselves; so is every item of a list whose first item is one.
  const thingList = target.entityType !== 'PriorityTask' && target.entityType !== 'Initiative' && all.length > 0 && !opensWithAction(context, view, from + all[0]!.start);
  const actionAt = thingList ? all.findIndex((item, index) => index > 0 && opensWithAction(context, view, from + item.start)) : -1;
  const items = actionAt > 0 ? all.slice(0, actionAt) : all;
  for (const item of items) {
    const span = cleanItem(context, view, from + item.start, from + item.end);
    if (!span) continue;
    const [start, end] = span;
    const label = view.sentence.text.slice(start, end);
    const words = label.split(/\s+/u).filter(Boolean);
    if (words.length > options.maxItemWords) {
      store.diagnostics.push(warningAt(document, view.sentence.start + start, 'LIST_ITEM_TOO_LONG', `a list item of ${words.length} words is more likely a clause than an item; it is not kept`));
      continue;
    }
    const lower = label.toLowerCase();
    if (lexicon.pronounItems.includes(lower) || !/\p{L}/u.test(label) || words.every((w) => lexicon.functionWords.includes(w.toLowerCase()))) continue;
    if (/^(?:will|would|should|is|are|was|were|has|have)\b/iu.test(label)) {
      store.diagnostics.push(warningAt(document, view.sentence.start + start, 'LIST_ITEM_CLAUSE', `"${label}" reads as a clause, not a list item; it is not kept`));
      continue;
    }
    const evidence = evidenceAt(document, view.sentence, start, end);
    if (!target.holderKey && target.materialise) target.holderKey = target.materialise();
    // "a new-era Tianfu Granary": an item that ends in a name of its own type is that named thing.
    const named = namesIn(context, view.sentence.index).find((name) => name.entityType === target.entityType && name.end === end && name.start >= start);
    const namedLabel = named ? store.get(named.key)?.label : undefined;
    const key = namedLabel
      ? store.addEntity({ entityType: target.entityType, label: namedLabel, aliases: [label], evidence })
      : store.addEntity({ entityType: target.entityType, label, evidence });
    addName(context, view.sentence.index, { key, entityType: target.entityType, start, end });
    if (target.planRelation) store.addRelation(plan.key, target.planRelation, key, evidence);
    if (target.holderKey) store.addRelation(target.holderKey, 'includes', key, evidence);
    added += 1;
  }
  return added;
}

/** Drops numbering ("(1)", "second,"), leading articles and self-references ("the city's", "its") and a trailing Chinese gloss. */
function cleanItem(context: ExtractContext, view: SentenceView, start: number, end: number): [number, number] | undefined {
  const text = view.sentence.text;
  let from = start;
  let to = end;
  const ordinal = ORDINAL_LEAD.exec(text.slice(from, to));
  if (ordinal) from += ordinal[0].length;
  const gloss = /\s*[（(][^()（）]*[)）]\s*$/u.exec(text.slice(from, to));
  if (gloss && /\p{Script=Han}/u.test(gloss[0])) to = from + gloss.index;
  const leading = listWordsFor(context.lexicon).itemLead;
  for (;;) {
    const match = leading.exec(text.slice(from, to));
    if (!match) break;
    from += match[0].length;
  }
  while (to > from && /[\s.,;:!?'"’”]/u.test(text[to - 1]!) && !(/['"’”]/u.test(text[to - 1]!) && /['"‘“]/u.test(text.slice(from, to - 1)))) to -= 1;
  // "… environmental protection and many other key sectors": the list's own head closes it; it is no part of the last item.
  const others = OTHERS_TAIL.exec(text.slice(from, to));
  if (others) to = from + others.index;
  return to > from ? [from, to] : undefined;
}

const OTHERS_TAIL = /,?\s+(?:and|or)\s+(?:(?:many|various|several|some|all)\s+)?other\s+[\p{L}\s-]+$/u;

/** A sentence that opens with an ordinal or a number: "First, …", "(2) Develop …", "3. Build …". */
export function ordinalLead(text: string): number | undefined {
  const match = ORDINAL_LEAD.exec(text);
  return match ? match[0].length : undefined;
}
