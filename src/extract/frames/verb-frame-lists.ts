import type { EntityType } from '../../model/vocabulary.js';
import { namesIn, type ExtractContext, type SentenceView } from '../core/context.js';
import { splitListItems } from './list-items.js';
import { addItems, segmentEnd, wordsBetween, type ListTarget } from './list-reading.js';
import { isGerund, isVerbLike, skipAdverbs } from '../chunks/chunks.js';

// "Efforts will be made to build A, expand B and upgrade C", "measures will be taken to …": each action is a task.
const EFFORTS = /\b(?:efforts|measures|steps)\s+(?:will|shall|should|must|are\s+to)\s+be\s+(?:made|taken)\s+to\s+/gu;
// "identifies A, B and C as the main directions", "will make A, B and C the main lines of its work".
const MAIN_LINES = /\b(?:identif(?:y|ies|ied)|names?|named|lists?|listed|designates?|designated|makes?|made|takes?|regards?|sets?)\s+(?<items>.+?),?\s+(?:as\s+)?(?:the|its)\s+(?:main|key|major|primary|principal|core|top)\s+(?:directions?|lines?|priorities|focus(?:es)?|areas|fields|pillars)\b/u;
// "The ice-and-snow economy, border tourism and summer resort tourism are expected to become new growth drivers".
// "Hydrogen, energy storage and wind turbine manufacturing will be developed as new growth areas".
// The predicate must end at its head noun ("a pillar industry", not "an industry hub").
const COPULAR_INDUSTRY = /^(?<subject>(?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s+(?:is|remains|will\s+(?:become|remain|be)|has\s+become)\s+(?:another|a|an|one\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,2}?(?:pillar(?:\s+industry)?|sector|industry|growth\s+driver)(?=\s+(?:of|for|in|that|and|by)\b|\s*[,.;]|$)/u;
const GROWTH_SUBJECT = /^(?<items>.+?)\s+(?:are|will)\s+(?:(?:expected|set|poised|likely|projected)\s+to\s+)?(?:become|be\s+(?:developed|fostered|cultivated|nurtured|built)\s+(?:as|into))\s+(?:(?:new|major|important|key)\s+)*(?:growth\s+(?:drivers|engines|poles|areas|points)|drivers\s+of\s+growth|engines\s+of\s+growth|pillar\s+industries)\b/u;
// "places A at the top, followed by B and C": a ranked excerpt of a counted list.
const RANKED = /\b(?:places?|puts?|ranks?)\s+(?<first>.+?)\s+at\s+the\s+top(?:\s+of\s+the\s+list)?,\s+followed\s+by\s+(?<rest>.+?)\s*\.?$/u;
// "the province will, first, accelerate …; second, develop …; and fifth, improve …".
const INLINE_ORDINAL = /(?<=^|[,;:]\s*|\s)(?:and\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|firstly|secondly|thirdly|finally|lastly)\s*,\s+/gu;
const MAX_INDUSTRY_WORDS = 4;

function specTarget(context: ExtractContext, entityType: EntityType): ListTarget | undefined {
  const spec = context.lexicon.listHeads.find((head) => head.entityType === entityType);
  return spec ? { spec, entityType, planRelation: spec.planRelation } : undefined;
}

function overlaps(consumed: [number, number][], from: number, to: number): boolean {
  return consumed.some(([start, end]) => from < end && start < to);
}

/** "Efforts will be made to build A, expand B and upgrade C": two actions at least, each kept with its verb. */
export function extractEffortLists(context: ExtractContext, view: SentenceView, consumed: [number, number][]): boolean {
  const target = specTarget(context, 'PriorityTask');
  if (!target) return false;
  let found = false;
  for (const match of view.folded.matchAll(EFFORTS)) {
    const from = match.index + match[0].length;
    const end = segmentEnd(view, from, undefined);
    const items = actionItems(context, view, from, splitListItems(view.sentence.text.slice(from, end)));
    if (overlaps(consumed, from, end) || items.length < 2) continue;
    for (const item of items) if (addItems(context, view, target, item.start, item.end, true) > 0) found = true;
    consumed.push([match.index, end]);
  }
  return found;
}

/**
 * The actions of an effort list, each with its verb: an item that opens with no verb
 * belongs to the action before it ("improve the quality of schools, clinics and care
 * homes"), and a bare verb shares the next action's object ("plan and build the port").
 * When no item after the first has a verb of its own, the first verb is shared by
 * objects ("build A, B and C") and every item stands.
 */
function actionItems(context: ExtractContext, view: SentenceView, from: number, split: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const tokens = view.tagged;
  const opensWithVerb = (item: { start: number }) => {
    const at = tokens.findIndex((token) => token.start >= from + item.start && token.isWord);
    const verb = at < 0 ? -1 : skipAdverbs(tokens, at, tokens.length);
    // After "to" each action is a base form; "bonded processing zones" opens with a participle.
    if (verb < 0 || isGerund(tokens[verb]) || tokens[verb]!.lemma !== tokens[verb]!.lower) return false;
    // In a series of actions a plan verb the tagger reads as an adjective opens one too ("open night markets").
    return isVerbLike(context.lexicon, tokens[verb], tokens[verb + 1]) || (tokens[verb]!.pos === 'ADJ' && context.lexicon.planVerbs.includes(tokens[verb]!.lower));
  };
  const verbs = split.map(opensWithVerb);
  const absolute = split.map((item) => ({ start: from + item.start, end: from + item.end }));
  if (!verbs.slice(1).some(Boolean)) return absolute;
  const merged: { start: number; end: number }[] = [];
  let pendingStart: number | undefined;
  absolute.forEach((item, index) => {
    const bare = verbs[index] && wordsBetween(view, item.start, item.end) === 1;
    if (bare) {
      pendingStart ??= item.start;
      return;
    }
    if (!verbs[index] && merged.length > 0) merged[merged.length - 1]!.end = item.end;
    else merged.push({ start: pendingStart ?? item.start, end: item.end });
    pendingStart = undefined;
  });
  return merged;
}

/** "identifies A, B and C as the main directions": the plan's key areas without a list head. */
export function extractMainLines(context: ExtractContext, view: SentenceView, consumed: [number, number][], holderKey: string | undefined): boolean {
  const target = specTarget(context, 'KeyArea');
  const match = MAIN_LINES.exec(view.folded);
  if (!target || !match?.groups) return false;
  const from = match.index + match[0].indexOf(match.groups['items']!, match[0].search(/\s/u));
  const end = from + match.groups['items']!.length;
  if (overlaps(consumed, from, end) || splitListItems(view.sentence.text.slice(from, end)).length < 2) return false;
  addItems(context, view, { ...target, ...(holderKey ? { holderKey } : {}) }, from, end);
  consumed.push([from, end]);
  return true;
}

/** "A, B and C are expected to become new growth drivers": a subject list of short nouns names industries. */
export function extractGrowthSubjects(context: ExtractContext, view: SentenceView, consumed: [number, number][]): boolean {
  const target = specTarget(context, 'Industry');
  const match = GROWTH_SUBJECT.exec(view.folded);
  if (!target || !match?.groups) return false;
  const end = match.groups['items']!.length;
  const items = splitListItems(view.sentence.text.slice(0, end));
  if (overlaps(consumed, 0, end) || items.length < 2) return false;
  if (items.some((item) => item.text.split(/\s+/u).length > MAX_INDUSTRY_WORDS + 1 || /[,;:]/u.test(item.text))) return false;
  addItems(context, view, target, 0, end);
  consumed.push([0, end]);
  return true;
}

/**
 * "Cultural tourism is another pillar", "Dairy remains a signature sector": a
 * short noun subject of a copula whose predicate is an industry head names an industry.
 */
export function extractCopularIndustry(context: ExtractContext, view: SentenceView, consumed: [number, number][]): boolean {
  const target = specTarget(context, 'Industry');
  const match = COPULAR_INDUSTRY.exec(view.folded);
  if (!target || !match?.groups) return false;
  const lead = /^the\s+/u.exec(match.groups['subject']!)?.[0].length ?? 0;
  const end = match.groups['subject']!.length;
  const words = view.folded.slice(lead, end).split(/\s+/u);
  const { lexicon } = context;
  if (overlaps(consumed, 0, end) || words.length > MAX_INDUSTRY_WORDS) return false;
  // "It is …", "The city is …", "Shenzhen is …": pronouns, generic nouns and names are not industries.
  if (words.some((word) => lexicon.functionWords.includes(word) || lexicon.verbs.includes(word)) || words.every((word) => lexicon.genericWords.includes(word))) return false;
  if (namesIn(context, view.sentence.index).some((name) => name.start < end) || /\p{Lu}/u.test(view.sentence.text.slice(lead + 1, end))) return false;
  addItems(context, view, target, lead, end, true);
  consumed.push([0, end]);
  return true;
}

/**
 * Items of a counted list named inside one sentence: inline ordinals ("will,
 * first, accelerate …; second, develop …") or a ranking ("places A at the top,
 * followed by B and C"). Each ordinal item is kept whole, its commas included.
 */
export function extractInlineItems(context: ExtractContext, view: SentenceView, target: ListTarget, consumed: [number, number][]): boolean {
  const text = view.sentence.text;
  const markers = [...view.folded.matchAll(INLINE_ORDINAL)];
  if (markers.length >= 2 && /first/u.test(markers[0]![0])) {
    const from = markers[0]!.index;
    if (overlaps(consumed, from, text.length)) return false;
    markers.forEach((marker, position) => {
      const start = marker.index + marker[0].length;
      const next = markers[position + 1];
      let end = next ? next.index : text.length;
      while (end > start && /[\s.;,]/u.test(text[end - 1]!)) end -= 1;
      addItems(context, view, target, start, end, true);
    });
    consumed.push([from, text.length]);
    return true;
  }
  const ranked = RANKED.exec(view.folded);
  if (!ranked?.groups) return false;
  const firstStart = ranked.index + ranked[0].indexOf(ranked.groups['first']!, ranked[0].search(/\s/u));
  const firstEnd = firstStart + ranked.groups['first']!.length;
  const restStart = ranked.index + ranked[0].lastIndexOf(ranked.groups['rest']!);
  const restEnd = restStart + ranked.groups['rest']!.length;
  if (overlaps(consumed, firstStart, restEnd)) return false;
  addItems(context, view, target, firstStart, firstEnd, true);
  addItems(context, view, target, restStart, restEnd);
  consumed.push([firstStart, restEnd]);
  return true;
}
