import type { TaggedToken } from '../../annotate/tagged-token.js';
import type { EntityType } from '../../model/vocabulary.js';
import { contentSentences, namesIn, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt, warningAt } from '../core/evidence.js';
import type { Lexicon, ListHead } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { splitListItems } from './list-items.js';
import { isVerbLike } from '../chunks/chunks.js';
import { goalStarts } from '../chunks/goal-phrases.js';
import { addItems, gerundAt, segmentEnd, verbClauseEnd, wordsBetween, type ListTarget } from './list-reading.js';
import { extractIndustryCueLists, extractQuotedGroups } from './industry-lists.js';
import { readOrdinalItem } from './ordinal-items.js';
import { extractCarriedLists } from './carried-lists.js';
import { findPhrases, type Token } from '../core/text-match.js';
import { COUNTED_HEAD_TAIL, QUALIFIED_HEAD_TAIL, listWordsFor } from './list-words.js';
import { extractParagraphLeads, findParagraphLeads } from './paragraph-leads.js';
import { extractCopularIndustry, extractEffortLists, extractGrowthSubjects, extractInlineItems, extractMainLines } from './verb-frame-lists.js';

/** A list head found in a sentence: "nine key areas", "new pillar industries". */
interface HeadMatch {
  spec: ListHead;
  /** The head noun phrase ("key areas"), sentence-relative. */
  start: number;
  end: number;
  /** Start of the qualifying words ("new pillar"), equal to `start` if none. */
  phraseStart: number;
  count?: number;
}

const MAX_ADJACENT_ITEM_WORDS = 6;
// The copula after a fronted head, past a short phrase that places the head in the
// document ("Among the key tasks in the proposals are", "… set out in the plan are").
const INVERTED_COPULA = /^(?:,?\s+(?:(?:set|laid)\s+out\s+|outlined\s+|listed\s+|identified\s+)?(?:in|of|for|under|by)\s+(?:(?:the|its|their|this)\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,?)?\s+(?:are|is|will\s+be)\s+/u;

interface Introducer {
  start: number;
  end: number;
  adjacent: boolean;
}

/**
 * Enumerations typed by their head: "nine key areas …, including A, B and C",
 * "sectors such as …", "Measures include …", colon and dash lists, and
 * "These include …" sentences that continue the previous head. Qualified
 * industry heads become Groups; declared counts land on the list's holder.
 */
export function extractEnumerations(context: ExtractContext): void {
  const holders = new Map<EntityType, string>();
  let carry: ListTarget | undefined;
  const leads = findParagraphLeads(context);
  extractParagraphLeads(context, leads);
  for (const view of contentSentences(context)) {
    const heads = findHeads(context, view);
    // The colon after a paragraph lead ("Energy security: …") labels the paragraph; it opens no list.
    const lead = leads.find((candidate) => candidate.sentenceIndex === view.sentence.index);
    const introducers = findIntroducers(context, view).filter((introducer) => introducer.start !== lead?.colon);
    const consumed: [number, number][] = [];
    const usedHeads = new Set<HeadMatch>();
    let active = false;

    introducers.forEach((introducer, position) => {
      // The dash that closes "clusters -- A, B and C -- while …" ends that list; it opens none.
      const closing = /^\s*(?:--|-|–|—)\s*$/u.test(view.sentence.text.slice(introducer.start, introducer.end));
      if (consumed.some(([from, to]) => introducer.start >= from && (introducer.start < to || (closing && introducer.start === to)))) return;
      const floor = consumed.length ? consumed[consumed.length - 1]![1] : 0;
      // "…, including 2 binding indicators, namely A and B": a list that opens on a count of its own is that count's.
      // "… 2 binding indicators, namely A and B": so is a list right after a count of indicators.
      if (opensOnCount(context, view, introducer.end) || countedPhraseBefore(context, view, introducer.start)) return;
      const head = nearestHead(context, view, heads, introducer, floor);
      let target: ListTarget | undefined;
      if (head) {
        target = targetFor(context, view, heads, head, holders);
        usedHeads.add(head);
      } else if (carry && position === 0 && !headFollows(view, heads, introducer) && !countedNounBefore(context, view, introducer.start) && !indicatorsBefore(context, view, introducer.start) && (startsAnaphorically(context, view) || wordsBefore(view, introducer.start) <= 6)) {
        target = carry;
      } else {
        if (position === 0 && startsAnaphorically(context, view) && wordsBefore(view, introducer.start) <= 3) {
          context.store.diagnostics.push(warningAt(context.document, view.sentence.start + introducer.start, 'LIST_WITHOUT_HEAD', 'this list refers back to a list head that no earlier sentence names; its items are not kept'));
        }
        return;
      }
      const colon = view.sentence.text.slice(introducer.start, introducer.end) === ':' || /^\s*:/u.test(view.sentence.text.slice(introducer.end));
      // A head inside a dash-delimited list ("-- A, high-tech industries and B --") does not cut it: its dash closes the list.
      const closingAt = segmentEnd(view, introducer.end, undefined, colon);
      const next = introducers.slice(position + 1).find((other) => other.start !== closingAt && nearestHead(context, view, heads, other, introducer.end));
      const nextHead = next ? nearestHead(context, view, heads, next, introducer.end) : undefined;
      const end = verbClauseEnd(context, view, introducer.end, segmentEnd(view, introducer.end, nextHead?.phraseStart, colon));
      addItems(context, view, target, introducer.end, end);
      consumed.push([introducer.start, end]);
      carry = target;
      active = true;
    });

    for (const head of extractAdjacentLists(context, view, heads, consumed, holders, usedHeads)) {
      usedHeads.add(head);
      active = true;
    }
    // A fronted topic ("For future industries, the province will focus on …") types the list before any focus cue does.
    const fronted = extractFrontedList(context, view, heads, consumed, holders);
    if (fronted) usedHeads.add(fronted);
    if (extractFocusList(context, view, consumed, holders)) active = true;
    if (extractIndustryCueLists(context, view, consumed)) active = true;
    if (extractQuotedGroups(context, view)) active = true;
    if (consumed.length === 0 && carry && readOrdinalItem(context, view, carry)) active = true;
    else if (consumed.length === 0 && carry && extractCarriedLists(context, view, carry)) {
      consumed.push([0, view.sentence.text.length]);
      active = true;
    }
    if (extractEffortLists(context, view, consumed)) active = true;
    if (extractMainLines(context, view, consumed, holders.get('KeyArea'))) active = true;
    if (extractGrowthSubjects(context, view, consumed)) active = true;
    extractCopularIndustry(context, view, consumed);
    const counted = heads.find((head) => !usedHeads.has(head) && !head.spec.groupable && !consumed.some(([from, to]) => head.start >= from && head.start < to));
    if (counted) {
      const target = targetFor(context, view, heads, counted, holders);
      if (extractInlineItems(context, view, target, consumed)) {
        usedHeads.add(counted);
        carry = target;
        active = true;
      }
    }

    for (const head of heads) {
      if (usedHeads.has(head) || consumed.some(([from, to]) => head.start >= from && head.start < to)) continue;
      carry = targetFor(context, view, heads, head, holders);
      active = true;
    }
    const means = extractMeansList(context, view, consumed);
    if (!active && !means) carry = undefined;
  }
  countNamedItems(context);
}

function findHeads(context: ExtractContext, view: SentenceView): HeadMatch[] {
  const { lexicon } = context;
  const { headPhrases, headByPhrase } = listWordsFor(lexicon);
  const heads: HeadMatch[] = [];
  for (const match of findPhrases(view.folded, headPhrases)) {
    const spec = headByPhrase.get(match.phrase.toLowerCase());
    if (!spec) continue;
    const before = view.tokens.filter((token) => token.end <= match.start);
    let index = before.length - 1;
    let modifiers = 0;
    while (index >= 0 && modifiers < 3 && isModifier(context, before[index]!)) {
      index -= 1;
      modifiers += 1;
    }
    const head: HeadMatch = { spec, start: match.start, end: match.end, phraseStart: modifiers ? before[index + 1]!.start : match.start };
    const countToken = before[index];
    // "one or two industrial chains", "three to five clusters": a range is not a declared list.
    // "point to four opportunities" is not a range: a range has a number on both sides.
    const low = before[index - 2];
    const ranged = ['or', 'to'].includes(before[index - 1]?.lower ?? '') && low !== undefined && (/^\d+$/u.test(low.text) || lexicon.numberWords[low.lower] !== undefined);
    if (countToken && !ranged) {
      const count = /^\d+$/u.test(countToken.text) ? Number(countToken.text) : lexicon.numberWords[countToken.lower];
      if (count !== undefined && count > 1 && count < 100) {
        head.count = count;
        head.phraseStart = modifiers ? before[index + 1]!.start : match.start;
      }
    }
    if (!frameHolds(view, head, modifiers)) continue;
    heads.push(head);
  }
  return heads;
}

/** A generic head ("facilities", "areas") counts only in the frame its lexicon entry requires. */
function frameHolds(view: SentenceView, head: HeadMatch, modifiers: number): boolean {
  const after = view.folded.slice(head.end);
  switch (head.spec.requires) {
    case 'none':
      return true;
    case 'qualifier':
      return modifiers > 0 && QUALIFIED_HEAD_TAIL.test(after);
    case 'count':
      return head.count !== undefined && COUNTED_HEAD_TAIL.test(after);
  }
}

function isModifier(context: ExtractContext, token: Token): boolean {
  const { lexicon } = context;
  if (!token.isWord || /^\d/u.test(token.text) || /'s$/u.test(token.lower)) return false;
  const word = token.lower;
  if (lexicon.numberWords[word] !== undefined) return false;
  if (listWordsFor(lexicon).nonModifiers.has(word)) return false;
  // Verb particles ("lay out future industries") are not qualifiers.
  return !['these', 'those', 'its', 'their', 'our', 'other', 'out', 'up', 'down', 'off', 'forward'].includes(word);
}

function findIntroducers(context: ExtractContext, view: SentenceView): Introducer[] {
  const { introducers, adjacentIntroducers } = listWordsFor(context.lexicon);
  return findPhrases(view.folded, introducers).map((match) => ({
    start: match.start,
    end: match.end,
    adjacent: adjacentIntroducers.has(match.phrase.toLowerCase()),
  }));
}

/** "point to four strategic opportunities: …": the introducer leads to a head of its own, not back to the last one. */
function headFollows(view: SentenceView, heads: HeadMatch[], introducer: Introducer): boolean {
  return heads.some((head) => head.phraseStart >= introducer.end && wordsBetween(view, introducer.end, head.phraseStart) <= 2);
}

/** "building three highlands — …": a list announced by a counted noun of its own does not continue the last head. */
function countedNounBefore(context: ExtractContext, view: SentenceView, at: number): boolean {
  const before = view.tokens.filter((token) => token.end <= at);
  const count = before[before.length - 2];
  const noun = before[before.length - 1]!;
  // "The first five are:" counts the carried list; only a noun after the number names a list of its own.
  if (!count || !noun.isWord || listWordsFor(context.lexicon).nonModifiers.has(noun.lower)) return false;
  return /^\d+$/u.test(count.text) || context.lexicon.numberWords[count.lower] !== undefined;
}

function wordsBefore(view: SentenceView, at: number): number {
  return wordsBetween(view, 0, at);
}

function nearestHead(context: ExtractContext, view: SentenceView, heads: HeadMatch[], introducer: Introducer, floor: number): HeadMatch | undefined {
  const candidates = heads.filter((head) => head.end <= introducer.start && head.phraseStart >= floor);
  const head = candidates[candidates.length - 1];
  if (!head) return undefined;
  const gap = wordsBetween(view, head.end, introducer.start);
  if (introducer.adjacent ? gap > 0 : gap > context.options.maxHeadGap) return undefined;
  return head;
}

/** The words after an introducer open on a count and its noun ("2 binding indicators"). */
function opensOnCount(context: ExtractContext, view: SentenceView, at: number): boolean {
  const index = view.tagged.findIndex((token) => token.start >= at && token.isWord);
  const count = view.tagged[index];
  if (!count || (count.pos !== 'NUM' && context.lexicon.numberWords[count.lower] === undefined)) return false;
  // The count's own noun follows after modifiers only: "2 binding indicators", not "(1) building ports".
  for (const token of view.tagged.slice(index + 1, index + 4)) {
    if (token.pos === 'NOUN' && /s$/u.test(token.lower)) return true;
    if (!(token.pos === 'ADJ' || token.pos === 'NOUN' || /(?:ing|ed)$/u.test(token.lower))) return false;
  }
  return false;
}

/** The first word of each target lead head ("targets", "indicators", "goals for"), the nouns a list of indicators goes by. */
const indicatorWordsFor = perLexicon((lexicon: Lexicon) => new Set(lexicon.targetLeadHeads.map((word) => word.toLowerCase().split(/\s+/u)[0]!)));

/** The words before an introducer end on a count of indicators ("2 binding indicators"): the list names indicators, not the earlier head's items. */
function countedPhraseBefore(context: ExtractContext, view: SentenceView, at: number): boolean {
  const before = view.tagged.filter((token) => token.end <= at && token.text !== ',');
  const noun = before[before.length - 1];
  if (!noun || !indicatorWordsFor(context.lexicon).has(noun.lower)) return false;
  const isCount = (token: TaggedToken) => token.pos === 'NUM' || context.lexicon.numberWords[token.lower] !== undefined;
  const countAt = before.slice(-4, -1).findLastIndex(isCount);
  if (countAt < 0) return false;
  // Only modifiers between the count and the noun: "2 binding indicators", not "six areas for breakthroughs".
  return before.slice(Math.max(0, before.length - 4) + countAt + 1, -1).every((token) => token.pos === 'ADJ' || token.pos === 'NOUN' || /(?:ing|ed)$/u.test(token.lower));
}

/** "The rest are expected indicators, mainly including …": a list of indicators carries no earlier list's type. */
function indicatorsBefore(context: ExtractContext, view: SentenceView, end: number): boolean {
  const words = indicatorWordsFor(context.lexicon);
  return view.tagged.some((token) => token.end <= end && words.has(token.lower));
}

function startsAnaphorically(context: ExtractContext, view: SentenceView): boolean {
  const opening = view.folded.replace(/^[^\p{L}]+/u, '');
  return listWordsFor(context.lexicon).openers.some((opener) => opening.startsWith(opener));
}

function targetFor(context: ExtractContext, view: SentenceView, heads: HeadMatch[], head: HeadMatch, holders: Map<EntityType, string>): ListTarget {
  const { store, plan, document, options } = context;
  const spec = areasOfIndustries(context, view, head) ?? head.spec;
  const text = view.sentence.text;
  const headEvidence = evidenceAt(document, view.sentence, head.phraseStart, head.end);
  const qualified = head.phraseStart < head.start;
  if (spec.groupable) {
    // "strategic clusters in sectors such as": the qualified head nearby names the group.
    const named = qualified
      ? head
      : heads.filter((other) => other !== head && other.spec === spec && other.phraseStart < other.start && other.end <= head.start && wordsBetween(view, other.end, head.start) <= 3).pop();
    if (named || head.count !== undefined) {
      const source = named ?? head;
      const create = (): string => {
        const label = source.phraseStart < source.start ? text.slice(source.phraseStart, source.end) : `${text.slice(source.start, source.end)} (${plan.label})`;
        const groupEvidence = evidenceAt(document, view.sentence, source.phraseStart, source.end);
        const counted = countedPhraseStart(context, text, source.phraseStart);
        const aliases = counted !== undefined ? [text.slice(counted, source.end)] : [];
        const key = store.addEntity({ entityType: 'Group', label, aliases, evidence: groupEvidence, ...(head.count !== undefined ? { declaredCount: head.count } : {}) });
        store.addRelation(plan.key, 'develops', key, groupEvidence);
        return key;
      };
      // A declared count is news even with no member named; a bare group waits for its first member.
      if (head.count !== undefined) return { spec, entityType: spec.entityType, planRelation: undefined, holderKey: create(), count: head.count };
      return { spec, entityType: spec.entityType, planRelation: undefined, materialise: create };
    }
    return { spec, entityType: spec.entityType, planRelation: spec.planRelation };
  }
  if (head.count !== undefined && options.declaredListNodes) {
    const phrase = spec.phrases.find((p) => p.toLowerCase() === view.folded.slice(head.start, head.end)) ?? text.slice(head.start, head.end);
    // "ten major tasks" in the lead and "The ten tasks are:" later announce one list, not two.
    const earlier = holders.get(spec.entityType);
    const same = earlier !== undefined && store.get(earlier)?.declaredCount === head.count ? store.get(earlier) : undefined;
    const label = same?.label ?? `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} (${plan.label})`;
    // "the five major areas": the count as written, with the head, is how readers name the group.
    const counted = countedPhraseStart(context, text, head.phraseStart);
    const aliases = [text.slice(head.phraseStart, head.end), ...(counted !== undefined ? [text.slice(counted, head.end)] : [])];
    const key = store.addEntity({ entityType: 'Group', label, aliases, evidence: headEvidence, declaredCount: head.count });
    store.addRelation(plan.key, 'includes', key, headEvidence);
    holders.set(spec.entityType, key);
    return { spec, entityType: spec.entityType, planRelation: spec.planRelation, holderKey: key, count: head.count };
  }
  const holderKey = holders.get(spec.entityType);
  return { spec, entityType: spec.entityType, planRelation: spec.planRelation, ...(holderKey ? { holderKey } : {}) };
}

/** Where the count before a list head starts ("five" in "the five major areas"), when a count stands there. */
function countedPhraseStart(context: ExtractContext, text: string, phraseStart: number): number | undefined {
  const before = /(\S+)\s+$/u.exec(text.slice(0, phraseStart));
  if (!before) return undefined;
  const word = before[1]!.toLowerCase();
  return /^\d{1,2}$/u.test(word) || context.lexicon.numberWords[word] !== undefined ? before.index : undefined;
}

/**
 * "upgrading industries with …, focusing on five areas: A, B, C": areas named in a
 * clause about industries are industries; the Industry list head types them.
 */
function areasOfIndustries(context: ExtractContext, view: SentenceView, head: HeadMatch): ListHead | undefined {
  if (head.spec.entityType !== 'KeyArea') return undefined;
  const industry = context.lexicon.listHeads.find((candidate) => candidate.entityType === 'Industry' && candidate.groupable !== true) ?? context.lexicon.listHeads.find((candidate) => candidate.entityType === 'Industry');
  if (!industry) return undefined;
  const collectives = new Set(industry.phrases.map((phrase) => phrase.toLowerCase()));
  const before = view.tagged.filter((token) => token.end <= head.phraseStart);
  return before.some((token) => collectives.has(token.lower)) ? industry : undefined;
}

/**
 * Lists that follow their head without an introducer: "clusters in A, B and
 * C", "the industrial chains of A and B", "future industries focusing on A and
 * B". Only industry heads take "in" (a place after "in" is a location, not an
 * item); only chain heads take "of"; any head takes a focus cue.
 */
function extractAdjacentLists(context: ExtractContext, view: SentenceView, heads: HeadMatch[], consumed: [number, number][], holders: Map<EntityType, string>, usedHeads: Set<HeadMatch>): HeadMatch[] {
  const { ofListHeads, focusConnector } = listWordsFor(context.lexicon);
  const text = view.sentence.text;
  const read: HeadMatch[] = [];
  heads.forEach((head, position) => {
    if (usedHeads.has(head) || consumed.some(([from, to]) => head.start < to && from < head.end + 1)) return;
    const after = view.folded.slice(head.end);
    const headPhrase = view.folded.slice(head.start, head.end);
    const connector =
      (head.spec.groupable ? /^\s+in\s+(?!the\s+(?:province|city|region|country)\b)/u.exec(after) : null) ??
      // "the industrial chains of A and B", "its three leading industries of A, B and C".
      (ofListHeads.has(headPhrase) || (head.spec.groupable && head.count !== undefined) ? /^\s+of\s+/u.exec(after) : null) ??
      (focusConnector ? focusConnector.exec(after) : null);
    if (!connector) return;
    const from = head.end + connector[0].length;
    const nextHead = heads.slice(position + 1).find((other) => other.start >= from);
    const end = verbClauseEnd(context, view, from, segmentEnd(view, from, nextHead?.phraseStart));
    const items = splitListItems(text.slice(from, end));
    if (items.length < 2) return;
    // "turn its strengths in science and education into real productive forces": industries are short names, not clauses.
    if (head.spec.groupable && items.some((item) => item.text.split(/\s+/u).length > MAX_ADJACENT_ITEM_WORDS)) return;
    // "clusters in Hefei and Wuhu": places are where the list is, not what it holds.
    const names = namesIn(context, view.sentence.index);
    if (items.some((item) => names.some((name) => name.start <= from + item.start && name.end >= from + item.end - 1))) return;
    addItems(context, view, targetFor(context, view, heads, head, holders), from, end);
    consumed.push([head.start, end]);
    read.push(head);
  });
  return read;
}

/** "will focus on A, B and C": a headless list of the plan's focus areas (two items at least). */
function extractFocusList(context: ExtractContext, view: SentenceView, consumed: [number, number][], holders: Map<EntityType, string>): boolean {
  const { lexicon } = context;
  const spec = lexicon.listHeads.find((candidate) => candidate.entityType === lexicon.focusType);
  if (!spec || !lexicon.focusType) return false;
  let found = false;
  for (const cue of findPhrases(view.folded, lexicon.focusCues)) {
    // "prioritize the construction of A to promote B": the purpose after "to" is not an item.
    const purpose = view.tagged.find((token, k) => token.start > cue.end && token.lower === 'to' && token.pos === 'PART' && isVerbLike(lexicon, view.tagged[k + 1]));
    const end = Math.min(segmentEnd(view, cue.end, undefined), purpose?.start ?? Number.POSITIVE_INFINITY);
    // A headed list after the cue ("focus on eight key areas, namely …") is read by its head.
    if (consumed.some(([from, to]) => cue.start < to && from < end)) continue;
    if (findPhrases(view.folded.slice(cue.end, end), listWordsFor(lexicon).headPhrases).length > 0) continue;
    const items = splitListItems(view.sentence.text.slice(cue.end, end));
    if (items.length < 2) continue;
    // "will focus on A, strengthen B and improve C": the cue is the first of coordinated verbs, so the
    // items are tasks, which the task reader takes with their verbs.
    if (items.slice(1).some((item) => startsWithVerb(context, view, cue.end + item.start))) continue;
    // "will focus on building A, training B …": gerund actions, which the task reader takes.
    // Every item opening on the -ing form of a plan verb is a series of actions, whatever follows each verb.
    if (items.every((item) => gerundAt(context, view, cue.end + item.start) !== undefined)) continue;
    const holderKey = holders.get(spec.entityType);
    addItems(context, view, { spec, entityType: spec.entityType, planRelation: spec.planRelation, ...(holderKey ? { holderKey } : {}) }, cue.end, end);
    consumed.push([cue.start, end]);
    found = true;
  }
  return found;
}

function startsWithVerb(context: ExtractContext, view: SentenceView, at: number): boolean {
  const index = view.tagged.findIndex((token) => token.start >= at && token.isWord);
  if (index < 0) return false;
  let verbAt = index;
  while (view.tagged[verbAt] && (view.tagged[verbAt]!.pos === 'ADV' || /^(?:also|further)$/u.test(view.tagged[verbAt]!.lower))) verbAt += 1;
  const token = view.tagged[verbAt];
  // A base form: "advanced manufacturing" and "emerging industries" are the items' own modifiers.
  return token !== undefined && isVerbLike(context.lexicon, token, view.tagged[verbAt + 1]) && !/(?:ing|ed)$/u.test(token.lower);
}

/**
 * "In future industries, the city will place early bets on A, B and C": a head
 * fronted as the topic owns the list that ends the sentence.
 */
function extractFrontedList(context: ExtractContext, view: SentenceView, heads: HeadMatch[], consumed: [number, number][], holders: Map<EntityType, string>): HeadMatch | undefined {
  if (consumed.length > 0) return undefined;
  const text = view.sentence.text;
  const topic = listWordsFor(context.lexicon).topic.exec(view.folded);
  if (!topic) return undefined;
  // "Among the major projects are A, B and C": the copula after a fronted head opens the list.
  const inverted = heads.find((candidate) => candidate.phraseStart === topic[0].length && INVERTED_COPULA.test(view.folded.slice(candidate.end)));
  if (inverted) {
    const from = inverted.end + INVERTED_COPULA.exec(view.folded.slice(inverted.end))![0].length;
    const end = verbClauseEnd(context, view, from, segmentEnd(view, from, undefined));
    if (splitListItems(text.slice(from, end)).length < 2) return undefined;
    addItems(context, view, targetFor(context, view, heads, inverted, holders), from, end);
    consumed.push([from, end]);
    return inverted;
  }
  const comma = text.indexOf(',');
  if (comma === -1) return undefined;
  const head = heads.find((candidate) => candidate.phraseStart === topic[0].length && text.slice(candidate.end, comma).trim() === '');
  if (!head) return undefined;
  const tail = text.slice(comma + 1);
  const firstBreak = [tail.indexOf(','), tail.search(/\s(?:and|or)\s/u)].filter((at) => at !== -1).sort((a, b) => a - b)[0];
  if (firstBreak === undefined) return undefined;
  const prepositions = [...tail.slice(0, firstBreak).matchAll(/\s(?:on|in|into|to|for|with)\s/gu)];
  const last = prepositions[prepositions.length - 1];
  if (!last) return undefined;
  const from = comma + 1 + last.index + last[0].length;
  const end = segmentEnd(view, from, undefined);
  if (splitListItems(text.slice(from, end)).length < 2) return undefined;
  addItems(context, view, targetFor(context, view, heads, head, holders), from, end);
  consumed.push([from, end]);
  return head;
}

/** "by hosting …, upgrading …, and attracting …": the means of a goal, typed as the lexicon's meansType. */
function extractMeansList(context: ExtractContext, view: SentenceView, consumed: [number, number][]): boolean {
  const text = view.sentence.text;
  // "followed by building …" ranks items; it names no means.
  const match = /(?<!\bfollowed\s)\bby\s+(?=\p{L}+ing\b)/iu.exec(text);
  if (!match) return false;
  const from = match.index + match[0].length;
  if (consumed.some(([start, end]) => from >= start && from < end)) return false;
  const end = segmentEnd(view, from, undefined);
  const items = splitListItems(text.slice(from, end));
  if (items.length < 2 || !items.every((item) => /^\p{L}+ing\b/u.test(item.text))) return false;
  const byToken = view.tagged.findIndex((token) => token.start >= match.index);
  // "strengthen its role as a financial center by …" works on a role the place holds: its means are
  // tasks like any others; "build itself into a hub by …" takes a new position, and its means are measures.
  const heldRole = (start: number) => view.tagged[start - 1]?.lower === 'as' && /^(?:role|position|status)$/u.test(view.tagged[start - 2]?.lower ?? '');
  const ofGoal = goalStarts(context.lexicon, view.tagged).some((start) => start < byToken && !heldRole(start));
  const meansType = ofGoal ? context.lexicon.goalMeansType : context.lexicon.meansType;
  const spec = context.lexicon.listHeads.find((candidate) => candidate.entityType === meansType);
  if (!spec || !meansType) return false;
  addItems(context, view, { spec, entityType: meansType, planRelation: spec.planRelation }, from, end);
  return true;
}

/** A holder's namedCount is the number of distinct items the text names for it. */
function countNamedItems(context: ExtractContext): void {
  const members = new Map<string, Set<string>>();
  for (const relation of context.store.relationList()) {
    if (relation.relation !== 'includes') continue;
    const set = members.get(relation.source) ?? new Set<string>();
    set.add(relation.target);
    members.set(relation.source, set);
  }
  for (const entity of context.store.entityList()) {
    if (entity.entityType === 'Group' && entity.declaredCount !== undefined) entity.namedCount = members.get(entity.key)?.size ?? 0;
  }
}
