import type { ExtractContext, SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import { splitListItems } from './list-items.js';
import { addItems, segmentEnd, verbClauseEnd, type ListTarget } from './list-reading.js';
import { findPhrases } from '../core/text-match.js';
import { listWordsFor } from './list-words.js';

const MAX_INDUSTRY_WORDS = 4;
// "the "three trump cards" of A, B and C": a quoted, counted name for the list that follows.
const QUOTED_GROUP = /["“](\p{L}+)\s+([^"”]{2,40})["”]\s+of\s+/gu;

/** The list head that types industries, if the lexicon has one. */
function industryTarget(context: ExtractContext): ListTarget | undefined {
  const spec = context.lexicon.listHeads.find((head) => head.groupable);
  return spec ? { spec, entityType: spec.entityType, planRelation: spec.planRelation } : undefined;
}

/** A sentence about industry names an industry list head or the word itself. */
function isIndustrial(context: ExtractContext, view: SentenceView): boolean {
  return /\bindustr|\bmanufactur/u.test(view.folded) || findPhrases(view.folded, listWordsFor(context.lexicon).industryHeadPhrases).length > 0;
}

/**
 * "accelerate the development of A, B and C" in a sentence about industry:
 * short noun items after a development cue are industries. Items that read as
 * actions or run long are not, and then nothing in the list is kept.
 */
export function extractIndustryCueLists(context: ExtractContext, view: SentenceView, consumed: [number, number][]): boolean {
  const target = industryTarget(context);
  if (!target || !isIndustrial(context, view)) return false;
  const { lexicon } = context;
  let found = false;
  for (const cue of findPhrases(view.folded, lexicon.industryCues)) {
    if (consumed.some(([from, to]) => cue.end > from && cue.start < to)) continue;
    const end = verbClauseEnd(context, view, cue.end, segmentEnd(view, cue.end, undefined));
    if (consumed.some(([from, to]) => from >= cue.end && from < end)) continue;
    const items = splitListItems(view.sentence.text.slice(cue.end, end));
    if (items.length < 2) continue;
    const nounLike = items.every((item) => {
      const words = item.text.toLowerCase().split(/\s+/u);
      return words.length <= MAX_INDUSTRY_WORDS && !listWordsFor(lexicon).verbPrefixes.has(words[0]!) && !/ing$/u.test(words[0]!);
    });
    if (!nounLike) continue;
    addItems(context, view, target, cue.end, end);
    consumed.push([cue.start, end]);
    found = true;
  }
  return found;
}

/**
 * 'develop the "three trump cards" of green energy, green food and …': the
 * quoted name is a Group with its declared count, the items are its industries.
 */
export function extractQuotedGroups(context: ExtractContext, view: SentenceView): boolean {
  const base = industryTarget(context);
  if (!base) return false;
  const { store, plan, document, lexicon } = context;
  const text = view.sentence.text;
  let found = false;
  for (const match of text.matchAll(QUOTED_GROUP)) {
    const count = /^\d+$/u.test(match[1]!) ? Number(match[1]) : lexicon.numberWords[match[1]!.toLowerCase()];
    if (count === undefined || count < 2) continue;
    const from = match.index + match[0].length;
    const end = verbClauseEnd(context, view, from, segmentEnd(view, from, undefined));
    if (splitListItems(text.slice(from, end)).length < 2) continue;
    const nameStart = match.index + 1 + match[1]!.length + match[0].slice(1 + match[1]!.length).search(/\S/u);
    const nameEnd = nameStart + match[2]!.trimEnd().length;
    const evidence = evidenceAt(document, view.sentence, nameStart, nameEnd);
    const holderKey = store.addEntity({ entityType: 'Group', label: text.slice(nameStart, nameEnd), aliases: [text.slice(match.index + 1, nameEnd)], evidence, declaredCount: count });
    store.addRelation(plan.key, 'develops', holderKey, evidence);
    addItems(context, view, { ...base, planRelation: undefined, holderKey }, from, end);
    found = true;
  }
  return found;
}
