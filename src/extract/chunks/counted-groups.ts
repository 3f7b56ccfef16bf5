import type { TaggedToken } from '../../annotate/tagged-token.js';
import type { EntityType } from '../../model/vocabulary.js';
import { countValue, isVerbLike, splitCoordination, trimPhrase, verbForm, withoutArticle, type TokenRange } from './chunks.js';
import { contentSentences, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { addPhraseItem } from '../core/phrase-items.js';

type HeadTyping = EntityType | 'byForm';

interface CountWords {
  heads: Map<string, HeadTyping>;
  numbers: Record<string, number>;
}

const countWordsFor = perLexicon((lexicon: Lexicon): CountWords => {
  const heads = new Map<string, HeadTyping>();
  for (const word of lexicon.taskLeadHeads) heads.set(word.toLowerCase(), 'byForm');
  for (const word of ['sections', 'parts', 'chapters', 'concepts', 'principles', 'pillars']) heads.set(word, 'byForm');
  for (const word of lexicon.targetLeadHeads) heads.set(word.toLowerCase().split(/\s+/u)[0]!, 'Target');
  for (const word of lexicon.areaLeadHeads) heads.set(word.toLowerCase(), 'KeyArea');
  // A counted goal head is plural ("six zones", "three centres"), whether or not the lexicon lists the plural.
  // Counted place words name places ("borders six provinces"), not goals.
  const placeWords = new Set([...lexicon.placeLevels.map((level) => level.toLowerCase()), ...PLACE_LIKE_HEADS]);
  for (const word of lexicon.goalHeads) if (!word.includes(' ') && !placeWords.has(word.toLowerCase())) heads.set(pluralOf(word.toLowerCase()), 'KeyArea');
  for (const word of ['industries', 'clusters', 'sectors', 'chains']) heads.set(word, 'Industry');
  return { heads, numbers: lexicon.numberWords };
});

const PLACE_LIKE_HEADS = ['province', 'city', 'country', 'nation', 'region', 'area', 'land', 'capital'];

function pluralOf(word: string): string {
  if (/s$/u.test(word)) return word;
  if (/(?:x|ch|sh)$/u.test(word)) return `${word}es`;
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

const INTRODUCERS = [['including'], ['involving'], ['such', 'as'], ['namely'], ['of'], [':'], ['—'], ['--'], ['covering'], ['spanning'], ['include'], ['includes'], ['comprise'], ['comprises'], ['consist', 'of'], ['consists', 'of']];

/**
 * Counted groups: "<N> <qualifier> <noun>" introducing its members in the same
 * sentence ("its three strong industries of A, B and C", "four goals:
 * …", "nine sections, involving A, B …"). The group carries declaredCount and
 * the number of members the text names; members an earlier reader typed are
 * linked, otherwise the list is read and typed by the head noun.
 */
export function extractCountedGroups(context: ExtractContext): void {
  const { heads, numbers } = countWordsFor(context.lexicon);
  for (const view of contentSentences(context)) {
    const tokens = view.tagged;
    for (let i = 0; i < tokens.length; i += 1) {
      if (tokens[i]!.pos !== 'NUM' && numbers[tokens[i]!.lower] === undefined) continue;
      const count = countOf(context.lexicon, tokens[i]!, view);
      if (count === undefined || count < 2) continue;
      const head = headAfter(tokens, i + 1);
      if (head === undefined) continue;
      const typing = heads.get(tokens[head]!.lower);
      if (!typing) continue;
      const listStart = introducerEnd(tokens, head + 1);
      if (listStart === undefined) linkNamedLater(context, view, { first: i + 1, last: head + 1 }, count);
      else readCountedGroup(context, view, { first: i + 1, last: head + 1 }, count, typing, listStart);
      i = head;
    }
  }
}

/** A count that is not part of a percent, sum or date. */
function countOf(lexicon: Lexicon, token: TaggedToken, view: SentenceView): number | undefined {
  if (token.quantity !== undefined && view.quantities[token.quantity]!.kind !== 'CARDINAL') return undefined;
  return countValue(lexicon, token);
}

/** The plural noun that ends the qualifiers after a count: "three strong industries", "three regional centers". */
function headAfter(tokens: readonly TaggedToken[], from: number): number | undefined {
  let head: number | undefined;
  for (let i = from; i < Math.min(tokens.length, from + 6); i += 1) {
    const token = tokens[i]!;
    if (token.pos === 'NOUN' || (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text) && /s$/u.test(token.lower))) head = i;
    else if (!(token.pos === 'ADJ' || token.text === '-' || token.lower === 'and' || (token.pos === 'VERB' && /(?:ing|ed)$/u.test(token.lower)) || token.pos === 'PROPN')) break;
  }
  return head !== undefined && /s$/u.test(tokens[head]!.lower) ? head : undefined;
}

function introducerEnd(tokens: readonly TaggedToken[], from: number): number | undefined {
  // "four goals for the harbour: …": a short phrase may place the head before its colon.
  for (let i = from; i < Math.min(tokens.length, from + 8); i += 1) {
    if (tokens[i]!.text === ':' || tokens[i]!.text === '：') return i + 1;
    if (tokens[i]!.pos === 'PUNCT' && tokens[i]!.text !== "'" && tokens[i]!.text !== '’') break;
  }
  let at = from;
  // 'The "Six Zones" include …': a quoted group name closes before its verb.
  if (/^[”"’']$/u.test(tokens[at]?.text ?? '')) at += 1;
  if (tokens[at]?.text === ',') at += 1;
  for (const words of INTRODUCERS) {
    if (words.every((word, k) => tokens[at + k]?.lower === word)) return at + words.length;
  }
  return undefined;
}

function readCountedGroup(context: ExtractContext, view: SentenceView, head: TokenRange, count: number, typing: HeadTyping, listStart: number): void {
  const { store, plan, document, lexicon } = context;
  const tokens = view.tagged;
  const headStart = tokens[head.first]!.start;
  const headEnd = tokens[head.last - 1]!.end;
  const mentions = store.mentionsInSentence(view.sentence.index);
  // An earlier reader already made this group.
  if (mentions.some((m) => m.entityType === 'Group' && m.start - view.sentence.start < headEnd && headStart < m.end - view.sentence.start)) return;
  const listFrom = tokens[listStart]?.start ?? view.sentence.text.length;
  const known = store.entityList().filter((entity) => entity.entityType !== 'Plan' && entity.entityType !== 'Group' && entity.entityType !== 'Place' && entity.entityType !== 'Region' && entity.entityType !== 'Organization' && entity.entityType !== 'Event'
    && entity.mentions.some((m) => m.sentence === view.sentence.index && m.start - view.sentence.start >= listFrom));
  const evidence = evidenceAt(document, view.sentence, headStart, headEnd);
  const members: string[] = known.map((entity) => entity.key);
  let groupKey: string | undefined;
  const group = (): string => {
    // The count as written names the group too ("four aspects").
    const counted = view.sentence.text.slice(tokens[head.first - 1]!.start, headEnd);
    groupKey ??= store.addEntity({ entityType: 'Group', label: view.sentence.text.slice(headStart, headEnd), aliases: [counted], evidence, declaredCount: count });
    return groupKey;
  };
  const end = listEnd(tokens, listStart);
  const items = splitCoordination(lexicon, tokens, { first: listStart, last: end }, 'noun').map((item) => withoutArticle(tokens, trimPhrase(lexicon, tokens, item)));
  // The list is read item by item when none of its items is known, or when the known ones are fewer than the items:
  // an earlier reader may have typed one item ("the demonstration zone for …") and left the rest.
  if (members.length === 0 || (items.length >= 2 && members.length < items.length)) {
    if (items.length < 2) return;
    for (const item of items) {
      if (item.last <= item.first) continue;
      const [itemStart, itemEnd] = [view.sentence.start + tokens[item.first]!.start, view.sentence.start + tokens[item.last - 1]!.end];
      const already = known.find((entity) => entity.mentions.some((m) => m.sentence === view.sentence.index && m.start < itemEnd && itemStart < m.end));
      if (already) {
        store.addRelation(group(), 'includes', already.key, evidence);
        continue;
      }
      // "integrated development" opens with a participle, not an action.
      const action = isVerbLike(lexicon, tokens[item.first], tokens[item.first + 1]) && verbForm(tokens[item.first]!) !== 'other';
      const entityType = typing === 'byForm' ? (action ? 'PriorityTask' : 'KeyArea') : typing;
      if (entityType === 'Target') continue;
      const key = addPhraseItem(context, view, tokens, item, entityType, group());
      if (key) members.push(key);
    }
  } else {
    for (const key of members) store.addRelation(group(), 'includes', key, evidence);
  }
  if (!groupKey) return;
  store.addRelation(plan.key, 'includes', groupKey, evidence);
  const record = store.get(groupKey);
  if (record) record.namedCount = Math.min(new Set(members).size, count);
}

/**
 * "… three regional centers. The city aims to become a regional
 * economic center, …": a count whose items the next sentence names, each ending
 * in the counted noun. Members are the entities of that sentence with that head.
 */
function linkNamedLater(context: ExtractContext, view: SentenceView, head: TokenRange, count: number): void {
  const { store, plan, document } = context;
  const tokens = view.tagged;
  const noun = tokens[head.last - 1]!.lemma;
  const sentences = new Set([view.sentence.index, view.sentence.index + 1]);
  const headEnd = view.sentence.start + tokens[head.last - 1]!.end;
  let members = store.entityList().filter((entity) =>
    (entity.entityType === 'KeyArea' || entity.entityType === 'Industry' || entity.entityType === 'Initiative') &&
    new RegExp(`\\b${noun}s?$`, 'iu').test(entity.label) &&
    entity.mentions.some((m) => m.document === document.id && sentences.has(m.sentence) && m.start > headEnd));
  // "… outlined seven priority tasks." followed by one heading per task: the task headings are the members.
  if (members.length < 2 && /^(?:task|priority|objective|goal)$/u.test(noun)) {
    const headings = new Set(context.sentences.filter((other) => other.sentence.index > view.sentence.index && other.line.kind !== 'paragraph').map((other) => other.sentence.index));
    members = store.entityList().filter((entity) => entity.entityType === 'PriorityTask' && entity.mentions.some((m) => m.document === document.id && headings.has(m.sentence))).slice(0, count);
  }
  if (members.length < 2) return;
  const start = tokens[head.first]!.start;
  const end = tokens[head.last - 1]!.end;
  const evidence = evidenceAt(document, view.sentence, start, end);
  // The same count stated twice (a headline and its lead, or a list frame that found no items) is one group.
  const same = store.entityList().find((entity) => entity.entityType === 'Group' && entity.declaredCount === count && new RegExp(`\\b${noun.slice(0, 5)}`, 'iu').test(entity.label));
  if (same && (same.namedCount ?? 0) >= Math.min(members.length, count)) return;
  const groupKey = same?.key ?? store.addEntity({ entityType: 'Group', label: view.sentence.text.slice(start, end), evidence, declaredCount: count });
  store.addRelation(plan.key, 'includes', groupKey, evidence);
  for (const member of members) store.addRelation(groupKey, 'includes', member.key, member.mentions[0]!);
  const record = store.get(groupKey);
  if (record) record.namedCount = Math.min(members.length, count);
}

function listEnd(tokens: readonly TaggedToken[], from: number): number {
  for (let i = from; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.text === '.' || token.text === ';' || token.lower === 'while' || token.lower === 'which') return i;
    // A counted list runs to its predicate; a verb inside it is more often a mis-tagged noun ("income boosts").
    if (token.pos === 'AUX') return i;
    // "…, including 2 binding indicators, namely …": another list's introducer after a comma ends this one.
    if (token.text === ',' && /^(?:including|namely|such|among|of)$/u.test(tokens[i + 1]?.lower ?? '')) return i;
  }
  return tokens.length;
}
