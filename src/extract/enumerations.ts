import type { EntityType, Relation } from '../model/vocabulary.js';
import { addName, contentSentences, namesIn, type ExtractContext, type SentenceView } from './context.js';
import { evidenceAt, warningAt } from './evidence.js';
import type { ListHead } from './lexicon.js';
import { splitListItems } from './list-items.js';
import { findPhrases, type Token } from './text-match.js';

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

interface Introducer {
  start: number;
  end: number;
  adjacent: boolean;
}

/** Where the items of a list go: their type, the plan relation, and the Group or list holder. */
interface ListTarget {
  spec: ListHead;
  entityType: EntityType;
  planRelation: Relation | undefined;
  holderKey?: string;
  /** Creates the holder on first use, so a group the text never fills leaves no node. */
  materialise?: () => string;
}

// Where a list's clause ends: a new clause, a purpose, or a time frame ("over the 2026-2030 period").
const CLAUSE_STOPS = /,\s*while\s|\swhile\s|,\s*which\s|\sso as to\s|\sin order to\s|,\s*so that\s|;\s|\s(?:over|during) the\s|\s(?:by|in|through) (?:19|20)\d{2}\b/gu;

/**
 * Enumerations typed by their head: "nine key areas …, including A, B and C",
 * "sectors such as …", "Measures include …", colon and dash lists, and
 * "These include …" sentences that continue the previous head. Qualified
 * industry heads become Groups; declared counts land on the list's holder.
 */
export function extractEnumerations(context: ExtractContext): void {
  const holders = new Map<EntityType, string>();
  let carry: ListTarget | undefined;
  for (const view of contentSentences(context)) {
    const heads = findHeads(context, view);
    const introducers = findIntroducers(context, view);
    const consumed: [number, number][] = [];
    const usedHeads = new Set<HeadMatch>();
    let active = false;

    introducers.forEach((introducer, position) => {
      if (consumed.some(([from, to]) => introducer.start >= from && introducer.start < to)) return;
      const floor = consumed.length ? consumed[consumed.length - 1]![1] : 0;
      const head = nearestHead(context, view, heads, introducer, floor);
      let target: ListTarget | undefined;
      if (head) {
        target = targetFor(context, view, heads, head, holders);
        usedHeads.add(head);
      } else if (carry && position === 0 && (startsAnaphorically(context, view) || wordsBefore(view, introducer.start) <= 6)) {
        target = carry;
      } else {
        if (position === 0 && startsAnaphorically(context, view) && wordsBefore(view, introducer.start) <= 3) {
          context.store.diagnostics.push(warningAt(context.document, view.sentence.start + introducer.start, 'LIST_WITHOUT_HEAD', 'this list refers back to a list head that no earlier sentence names; its items are not kept'));
        }
        return;
      }
      const next = introducers.slice(position + 1).find((other) => nearestHead(context, view, heads, other, introducer.end));
      const nextHead = next ? nearestHead(context, view, heads, next, introducer.end) : undefined;
      const end = segmentEnd(view, introducer.end, nextHead?.phraseStart, view.sentence.text.slice(introducer.start, introducer.end) === ':');
      addItems(context, view, target, introducer.end, end);
      consumed.push([introducer.start, end]);
      carry = target;
      active = true;
    });

    if (extractFocusList(context, view, consumed, holders)) active = true;
    const fronted = extractFrontedList(context, view, heads, consumed, holders);
    if (fronted) usedHeads.add(fronted);

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
  const phrases = lexicon.listHeads.flatMap((spec) => spec.phrases);
  const heads: HeadMatch[] = [];
  for (const match of findPhrases(view.folded, phrases)) {
    const spec = lexicon.listHeads.find((candidate) => candidate.phrases.some((p) => p.toLowerCase() === match.phrase.toLowerCase()));
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
    if (countToken) {
      const count = /^\d+$/u.test(countToken.text) ? Number(countToken.text) : lexicon.numberWords[countToken.lower];
      if (count !== undefined && count > 1 && count < 100) {
        head.count = count;
        head.phraseStart = modifiers ? before[index + 1]!.start : match.start;
      }
    }
    heads.push(head);
  }
  return heads;
}

function isModifier(context: ExtractContext, token: Token): boolean {
  const { lexicon } = context;
  if (!token.isWord || /^\d/u.test(token.text) || /'s$/u.test(token.lower)) return false;
  const word = token.lower;
  if (lexicon.numberWords[word] !== undefined) return false;
  if (lexicon.functionWords.includes(word) || lexicon.verbs.includes(word) || lexicon.verbPrefixes.includes(word) || lexicon.changeVerbs.includes(word)) return false;
  return !['these', 'those', 'its', 'their', 'our', 'other'].includes(word);
}

function findIntroducers(context: ExtractContext, view: SentenceView): Introducer[] {
  const { lexicon } = context;
  const all = [...lexicon.introducers, ...lexicon.adjacentIntroducers];
  return findPhrases(view.folded, all).map((match) => ({
    start: match.start,
    end: match.end,
    adjacent: lexicon.adjacentIntroducers.some((p) => p.toLowerCase() === match.phrase.toLowerCase()),
  }));
}

function wordsBetween(view: SentenceView, from: number, to: number): number {
  return view.tokens.filter((token) => token.isWord && token.start >= from && token.end <= to).length;
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

function startsAnaphorically(context: ExtractContext, view: SentenceView): boolean {
  const opening = view.folded.replace(/^[^\p{L}]+/u, '');
  return context.lexicon.anaphoricOpeners.some((opener) => opening.startsWith(`${opener.toLowerCase()} `));
}

/** Where a list after `from` stops: sentence end, a clause stop, or the clause of the next list head. */
function segmentEnd(view: SentenceView, from: number, nextHeadStart: number | undefined, semicolonList = false): number {
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

function targetFor(context: ExtractContext, view: SentenceView, heads: HeadMatch[], head: HeadMatch, holders: Map<EntityType, string>): ListTarget {
  const { store, plan, document, options } = context;
  const spec = head.spec;
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
        const key = store.addEntity({ entityType: 'Group', label, evidence: groupEvidence, ...(head.count !== undefined ? { declaredCount: head.count } : {}) });
        store.addRelation(plan.key, 'develops', key, groupEvidence);
        return key;
      };
      // A declared count is news even with no member named; a bare group waits for its first member.
      if (head.count !== undefined) return { spec, entityType: spec.entityType, planRelation: undefined, holderKey: create() };
      return { spec, entityType: spec.entityType, planRelation: undefined, materialise: create };
    }
    return { spec, entityType: spec.entityType, planRelation: spec.planRelation };
  }
  if (head.count !== undefined && options.declaredListNodes) {
    const phrase = spec.phrases.find((p) => p.toLowerCase() === view.folded.slice(head.start, head.end)) ?? text.slice(head.start, head.end);
    const label = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} (${plan.label})`;
    const key = store.addEntity({ entityType: 'Group', label, aliases: [text.slice(head.phraseStart, head.end)], evidence: headEvidence, declaredCount: head.count });
    store.addRelation(plan.key, 'includes', key, headEvidence);
    holders.set(spec.entityType, key);
    return { spec, entityType: spec.entityType, planRelation: spec.planRelation, holderKey: key };
  }
  const holderKey = holders.get(spec.entityType);
  return { spec, entityType: spec.entityType, planRelation: spec.planRelation, ...(holderKey ? { holderKey } : {}) };
}

function addItems(context: ExtractContext, view: SentenceView, target: ListTarget, start: number, to: number): number {
  let from = start;
  const { store, plan, document, options, lexicon } = context;
  let added = 0;
  // "Among them are A, B and C": the copula after an introducer is not part of the first item.
  const copula = /^\s*(?:are|is|include|includes)\s+/iu.exec(view.sentence.text.slice(from, to));
  if (copula) from += copula[0].length;
  for (const item of splitListItems(view.sentence.text.slice(from, to))) {
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

/** Drops leading articles and self-references ("the city's", "its") and a trailing Chinese gloss. */
function cleanItem(context: ExtractContext, view: SentenceView, start: number, end: number): [number, number] | undefined {
  const text = view.sentence.text;
  let from = start;
  let to = end;
  const gloss = /\s*[（(][^()（）]*[)）]\s*$/u.exec(text.slice(from, to));
  if (gloss && /\p{Script=Han}/u.test(gloss[0])) to = from + gloss.index;
  const selves = context.lexicon.selfReferences.join('|');
  const leading = new RegExp(`^(?:(?:the|a|an)\\s+(?:(?:${selves})['’]s\\s+)?|(?:its|their|our)\\s+)`, 'iu');
  for (;;) {
    const match = leading.exec(text.slice(from, to));
    if (!match) break;
    from += match[0].length;
  }
  while (to > from && /[\s.,;:!?'"’”]/u.test(text[to - 1]!) && !(/['"’”]/u.test(text[to - 1]!) && /['"‘“]/u.test(text.slice(from, to - 1)))) to -= 1;
  return to > from ? [from, to] : undefined;
}

/** "will focus on A, B and C": a headless list of the plan's focus areas (two items at least). */
function extractFocusList(context: ExtractContext, view: SentenceView, consumed: [number, number][], holders: Map<EntityType, string>): boolean {
  const { lexicon } = context;
  const spec = lexicon.listHeads.find((candidate) => candidate.entityType === lexicon.focusType);
  if (!spec || !lexicon.focusType) return false;
  let found = false;
  for (const cue of findPhrases(view.folded, lexicon.focusCues)) {
    const end = segmentEnd(view, cue.end, undefined);
    // A headed list after the cue ("focus on eight key areas, namely …") is read by its head.
    if (consumed.some(([from, to]) => cue.start < to && from < end)) continue;
    if (findPhrases(view.folded.slice(cue.end, end), lexicon.listHeads.flatMap((head) => head.phrases)).length > 0) continue;
    if (splitListItems(view.sentence.text.slice(cue.end, end)).length < 2) continue;
    const holderKey = holders.get(spec.entityType);
    addItems(context, view, { spec, entityType: spec.entityType, planRelation: spec.planRelation, ...(holderKey ? { holderKey } : {}) }, cue.end, end);
    consumed.push([cue.start, end]);
    found = true;
  }
  return found;
}

/**
 * "In future industries, the city will place early bets on A, B and C": a head
 * fronted as the topic owns the list that ends the sentence.
 */
function extractFrontedList(context: ExtractContext, view: SentenceView, heads: HeadMatch[], consumed: [number, number][], holders: Map<EntityType, string>): HeadMatch | undefined {
  if (consumed.length > 0) return undefined;
  const text = view.sentence.text;
  const topic = new RegExp(`^(?:${context.lexicon.topicPrepositions.map((p) => p.toLowerCase()).join('|')})\\s+`, 'u').exec(view.folded);
  const comma = text.indexOf(',');
  if (!topic || comma === -1) return undefined;
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

/** "by hosting …, upgrading …, and attracting …": the means of a goal are Initiatives. */
function extractMeansList(context: ExtractContext, view: SentenceView, consumed: [number, number][]): boolean {
  const text = view.sentence.text;
  const match = /\bby\s+(?=\p{L}+ing\b)/iu.exec(text);
  if (!match) return false;
  const from = match.index + match[0].length;
  if (consumed.some(([start, end]) => from >= start && from < end)) return false;
  const end = segmentEnd(view, from, undefined);
  const items = splitListItems(text.slice(from, end));
  if (items.length < 2 || !items.every((item) => /^\p{L}+ing\b/u.test(item.text))) return false;
  const initiative = context.lexicon.listHeads.find((spec) => spec.entityType === 'Initiative');
  if (!initiative) return false;
  addItems(context, view, { spec: initiative, entityType: 'Initiative', planRelation: initiative.planRelation }, from, end);
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
