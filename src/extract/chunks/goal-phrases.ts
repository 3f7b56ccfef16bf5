import type { TaggedToken } from '../../annotate/tagged-token.js';
import { countValue, isGerund, splitCoordination, trimPhrase, withoutArticle, type TokenRange } from './chunks.js';
import { bodySentences, type ExtractContext, type SentenceView } from '../core/context.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { addPhraseItem } from '../core/phrase-items.js';

interface GoalWords {
  verbs: Set<string>;
  builds: Set<string>;
  copulas: string[][];
  heads: Set<string>;
}

const goalWordsFor = perLexicon((lexicon: Lexicon): GoalWords => ({
  verbs: new Set(lexicon.goalVerbs.map((word) => word.toLowerCase())),
  builds: new Set(lexicon.goalBuildVerbs.map((word) => word.toLowerCase())),
  copulas: lexicon.goalCopulas.map((phrase) => phrase.toLowerCase().split(/\s+/u)),
  heads: new Set(lexicon.goalHeads.map((word) => word.toLowerCase())),
}));

/** How far the object of "develop <object> into" may run: "Hunan", "itself", "the city". */
const MAX_OBJECT_TOKENS = 6;

/**
 * Positioning goals: what a place sets out to become. "develop <Place> into a
 * hub of A, a hub of B and a hub of C", "build itself into a … center", "is set
 * to become a regional trade center, …". Each coordinated goal whose head
 * is a goal noun (center, hub, base, province …) is a KeyArea; a head shared by
 * the items ("international A, B and C centers") or a head with its topic
 * ("a strong province in science, sport and culture") is carried to each.
 */
export function extractGoalPhrases(context: ExtractContext): void {
  for (const view of bodySentences(context)) {
    for (const start of goalStarts(context.lexicon, view.tagged)) readGoals(context, view, start);
  }
}

// The task and block readers ask for a sentence's goal starts too: found once per sentence.
const goalStartsCache = new WeakMap<readonly TaggedToken[], number[]>();

/** Token indices where a list of goals begins. */
export function goalStarts(lexicon: Lexicon, tokens: readonly TaggedToken[]): number[] {
  let starts = goalStartsCache.get(tokens);
  if (!starts) goalStartsCache.set(tokens, (starts = findGoalStarts(lexicon, tokens)));
  return starts;
}

function findGoalStarts(lexicon: Lexicon, tokens: readonly TaggedToken[]): number[] {
  const { verbs, copulas } = goalWordsFor(lexicon);
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (verbs.has(token.lemma) || verbs.has(token.lower)) {
      for (let j = i + 1; j <= i + MAX_OBJECT_TOKENS && j < tokens.length; j += 1) {
        const word = tokens[j]!;
        // "develop Hunan into a hub", "build Xinjiang as a gateway to the west".
        if (word.lower === 'into' || (word.lower === 'as' && j > i + 1 && tokens[j - 1]!.pos !== 'ADV' && tokens[j - 1]!.lower !== 'such' && tokens[j + 1]?.lower !== 'well')) {
          starts.push(j + 1);
          i = j;
          break;
        }
        if (word.text === ',' || word.text === ';' || word.pos === 'VERB' || word.pos === 'AUX') break;
      }
      continue;
    }
    for (const phrase of copulas) {
      // "serves as", "became": the copula's first word in any form.
      if (phrase.every((word, k) => tokens[i + k]?.lower === word || (k === 0 && phrase.length > 1 && tokens[i]!.lemma === word))) {
        const after = tokens[i + phrase.length];
        // "become more open" is no goal; "become a hub" and "become the leading …" are.
        if (after && (after.pos === 'DET' || after.pos === 'ADJ' || after.pos === 'NOUN' || after.pos === 'PROPN')) starts.push(i + phrase.length);
        i += phrase.length - 1;
        break;
      }
    }
  }
  return starts;
}

function readGoals(context: ExtractContext, view: SentenceView, start: number): void {
  const { lexicon } = context;
  const tokens = view.tagged;
  const end = goalListEnd(tokens, start);
  const raws = splitCoordination(lexicon, tokens, { first: start, last: end }, 'noun').map((item, index) => (index > 0 && tokens[start - 1]?.lower === 'as' ? afterOwnAs(tokens, item) : item));
  const items = raws.map((item) => trimGoal(lexicon, tokens, item));
  if (items.length === 0) return;
  const { heads } = goalWordsFor(lexicon);
  const headOf = (item: TokenRange): number | undefined => goalHeadIndex(tokens, item, heads);
  const firstHead = headOf(items[0]!);
  const lastHead = headOf(items[items.length - 1]!);
  // "develop/turn X into A and B": after "into", every item is a position the place is to take.
  const into = tokens[start - 1]?.lower === 'into' || tokens[start - 1]?.lower === 'as';
  const anyHead = items.some((item) => headOf(item) !== undefined);
  const sharing = goalsSharingHead(tokens, raws, items, heads) ?? (items.length === 1 ? goalsOfModifierSeries(tokens, items[0]!, heads) : undefined);
  if (sharing) {
    for (const goal of sharing) addPhraseItem(context, view, tokens, goal.range, 'KeyArea', undefined, goal.label, undefined, goal.aliases);
    return;
  }
  items.forEach((item, index) => {
    if (item.last <= item.first) return;
    const head = headOf(item);
    // "a globally influential hub": an adverb may open the goal when an adjective follows.
    const opener = tokens[item.first]!.pos === 'ADV' && tokens[item.first + 1]?.pos === 'ADJ' ? 'ADJ' : tokens[item.first]!.pos;
    if (item.last <= item.first || !/^(?:NOUN|ADJ|PROPN|VERB)$/u.test(opener) || /^(?:according|including)$/u.test(tokens[item.first]!.lower)) return;
    // "into three regional centers": a count of goals, which the counted-group reader links to the goals it names.
    if (tokens[item.first]!.pos === 'NUM' || countValue(context.lexicon, tokens[item.first]!) !== undefined) return;
    if (head !== undefined) {
      addPhraseItem(context, view, tokens, item, 'KeyArea');
      return;
    }
    const text = view.sentence.text.slice(tokens[item.first]!.start, tokens[item.last - 1]!.end);
    // "a strong province in science, sport and culture": the head and its preposition carry to each bare
    // topic; "a national source of …", with an article of its own, is a goal of its own.
    // After "with" the topics keep their articles: "a strong province with a buoyant economy, a lively culture …".
    const withTopics = tokens[(firstHead ?? -2) + 1]?.lower === 'with';
    const bareTopic = (withTopics || tokens[raws[index]!.first]?.pos !== 'DET') && /^(?:NOUN|ADJ|PROPN)$/u.test(tokens[item.first]!.pos);
    if (bareTopic && firstHead !== undefined && index > 0 && /^(?:in|of|for|with)$/u.test(tokens[firstHead + 1]?.lower ?? '')) {
      const lead = view.sentence.text.slice(tokens[items[0]!.first]!.start, tokens[firstHead + 1]!.end);
      // After "with" the topic keeps its article ("… with a lively culture").
      const topic = withTopics ? trimPhrase(lexicon, tokens, raws[index]!) : item;
      const topicText = view.sentence.text.slice(tokens[topic.first]!.start, tokens[topic.last - 1]!.end);
      addPhraseItem(context, view, tokens, item, 'KeyArea', undefined, `${lead} ${topicText}`);
      return;
    }
    if (into && anyHead && index > 0 && nounHeaded(tokens, item)) {
      addPhraseItem(context, view, tokens, item, 'KeyArea');
      return;
    }
    // "international science, technology and finance centers": the last item's head closes each.
    if (lastHead !== undefined && index < items.length - 1 && lastHead === items[items.length - 1]!.last - 1) {
      const headWord = singular(tokens[lastHead]!.text);
      addPhraseItem(context, view, tokens, item, 'KeyArea', undefined, `${text} ${headWord}`);
    }
  });
}

/** "…, Tibet as the channel to South Asia": after "build A as X", each later item names its place before its own "as". */
function afterOwnAs(tokens: readonly TaggedToken[], item: TokenRange): TokenRange {
  for (let i = item.first + 1; i < Math.min(item.last - 1, item.first + MAX_OBJECT_TOKENS); i += 1) {
    if (tokens[i]!.lower === 'as') return { first: i + 1, last: item.last };
  }
  return item;
}

interface SharedHeadGoal {
  range: TokenRange;
  label: string;
  aliases: string[];
}

/** A word that can modify a goal head: "finance", "trade", "shipping" (tagged as a verb form), "financial". */
function modifierWord(token: TaggedToken | undefined): boolean {
  if (!token) return false;
  return /^(?:NOUN|PROPN|ADJ)$/u.test(token.pos) || (token.pos === 'VERB' && /ing$/u.test(token.lower));
}

/**
 * "international finance, trade, shipping and innovation centers": when only the
 * last item has the goal head, each item is a goal of that head, so the list
 * names four centers. A modifier that opens the first item and no other
 * ("international") is shared by all; the form without it is an alias.
 */
function goalsSharingHead(tokens: readonly TaggedToken[], raws: readonly TokenRange[], items: readonly TokenRange[], heads: ReadonlySet<string>): SharedHeadGoal[] | undefined {
  if (items.length < 2) return undefined;
  const last = items[items.length - 1]!;
  const head = last.last - 1;
  if (!heads.has(tokens[head]!.lower) || head === last.first || head - last.first > 2) return undefined;
  for (let i = last.first; i < head; i += 1) if (!modifierWord(tokens[i])) return undefined;
  for (let k = 0; k < items.length - 1; k += 1) {
    const item = items[k]!;
    // "a hub of A, a hub of B": an item with its own article is a goal of its own.
    if (k > 0 && tokens[raws[k]!.first]?.pos === 'DET') return undefined;
    if (item.last - item.first < 1 || item.last - item.first > 3) return undefined;
    for (let i = item.first; i < item.last; i += 1) if (!modifierWord(tokens[i]) || heads.has(tokens[i]!.lower)) return undefined;
  }
  const goals = items.map((item, k) => ({ range: item, words: { first: item.first, last: k === items.length - 1 ? head : item.last } }));
  return withSharedModifier(tokens, goals, tokens[head]!.text, { first: items[0]!.first, last: last.last });
}

/**
 * "an international economic, financial, trade and shipping center": a series of
 * single topic words before one goal head names one goal per word. Only topic
 * words (nouns and -al/-ic adjectives) split: "a modern, open and innovative
 * city" describes one city.
 */
function goalsOfModifierSeries(tokens: readonly TaggedToken[], item: TokenRange, heads: ReadonlySet<string>): SharedHeadGoal[] | undefined {
  const head = item.last - 1;
  if (head - item.first < 3 || !heads.has(tokens[head]!.lower)) return undefined;
  const topic = (token: TaggedToken | undefined): boolean =>
    token !== undefined && (/^(?:NOUN|PROPN)$/u.test(token.pos) || (token.pos === 'VERB' && /ing$/u.test(token.lower)) || (token.pos === 'ADJ' && /(?:al|ic)$/u.test(token.lower)));
  // Backwards from the head: <w> and|or <w> (, <w>)*.
  let i = head - 1;
  if (!topic(tokens[i]) || !/^(?:and|or)$/u.test(tokens[i - 1]?.lower ?? '')) return undefined;
  const words = [i];
  i -= 2;
  if (tokens[i + 1]?.text === ',') i -= 1;
  while (i >= item.first && topic(tokens[i])) {
    words.unshift(i);
    if (tokens[i - 1]?.text !== ',') break;
    i -= 2;
  }
  if (words.length < 3 || tokens[words[0]! - 1]?.text === ',') return undefined;
  const prefix = words[0]! > item.first ? { first: item.first, last: words[0]! } : undefined;
  const goals = words.map((at) => ({ range: { first: at, last: at + 1 }, words: { first: at, last: at + 1 } }));
  if (prefix) goals[0] = { range: goals[0]!.range, words: { first: prefix.first, last: words[0]! + 1 } };
  return withSharedModifier(tokens, goals, tokens[head]!.text, item);
}

/**
 * Labels "<shared modifier> <word> <head>", with the form without the modifier
 * as an alias; the first goal also answers to the whole phrase, which a reader
 * may keep as one goal.
 */
function withSharedModifier(tokens: readonly TaggedToken[], goals: { range: TokenRange; words: TokenRange }[], headText: string, whole: TokenRange): SharedHeadGoal[] {
  const headWord = singular(headText);
  const first = goals[0]!.words;
  let prefixEnd = first.first;
  while (prefixEnd < first.last - 1 && tokens[prefixEnd]!.pos === 'ADJ') prefixEnd += 1;
  const othersBare = goals.slice(1).every((goal) => tokens[goal.words.first]!.pos !== 'ADJ' || /(?:al|ic)$/u.test(tokens[goal.words.first]!.lower));
  const shared = prefixEnd > first.first && othersBare ? phraseText(tokens, first.first, prefixEnd) : '';
  return goals.map((goal, k) => {
    const from = k === 0 && shared ? prefixEnd : goal.words.first;
    const bare = `${phraseText(tokens, from, goal.words.last)} ${headWord}`;
    const aliases = [...(shared ? [bare] : []), ...(k === 0 ? [phraseText(tokens, whole.first, whole.last)] : [])];
    return { range: goal.range, label: shared ? `${shared} ${bare}` : bare, aliases };
  });
}

/** Tokens joined as the sentence spaces them ("people's" stays one word). */
function phraseText(tokens: readonly TaggedToken[], first: number, last: number): string {
  let text = '';
  for (let i = first; i < last; i += 1) text += (i > first && tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return text;
}

/** A goal list ends at the sentence end, a semicolon, or a clause that starts with a verb or "while". */
function goalListEnd(tokens: readonly TaggedToken[], start: number): number {
  for (let i = start; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.text === ';' || token.text === ':' || token.text === '.') return i;
    if (token.lower === 'while' || token.lower === 'which' || (token.lower === 'by' && tokens[i + 1]?.quantity !== undefined)) return i;
    // "… center by building A and promoting B": the means are not part of the goal.
    if (token.lower === 'by' && isGerund(tokens[i + 1])) return i;
    if (token.text === ',' && tokens[i + 1]?.pos === 'VERB' && !/ing$/u.test(tokens[i + 1]!.lower)) return i;
    // "… center will be basically realized": the clause's own verb ends the goal.
    if (i > start && (token.pos === 'AUX' || (token.pos === 'VERB' && !/(?:ing|ed)$/u.test(token.lower) && tokens[i - 1]!.pos !== 'ADP'))) return i;
  }
  return tokens.length;
}

/**
 * "build a regional trade center", "develop a nationwide transport hub": a verb of building
 * with an indefinite object headed by a goal noun sets a positioning goal, not a task. The
 * object, from after its article, is returned; undefined for any other verb phrase.
 */
export function positioningObject(lexicon: Lexicon, tokens: readonly TaggedToken[], item: TokenRange): TokenRange | undefined {
  const { builds, heads } = goalWordsFor(lexicon);
  const verb = tokens[item.first];
  const article = tokens[item.first + 1];
  if (!verb || !builds.has(verb.lemma) || !article || !/^(?:a|an)$/u.test(article.lower)) return undefined;
  const object = { first: item.first + 2, last: item.last };
  if (goalHeadIndex(tokens, object, heads) === undefined) return undefined;
  const goal = trimGoal(lexicon, tokens, object);
  return goal.last > goal.first ? goal : undefined;
}

/** The phrase is headed by a goal noun ("a national demonstration zone", "an energy hub for the west"). */
export function headedByGoalNoun(lexicon: Lexicon, tokens: readonly TaggedToken[], item: TokenRange): boolean {
  return goalHeadIndex(tokens, item, goalWordsFor(lexicon).heads) !== undefined;
}

function trimGoal(lexicon: Lexicon, tokens: readonly TaggedToken[], item: TokenRange): TokenRange {
  const trimmed = withoutArticle(tokens, trimPhrase(lexicon, tokens, item));
  // "a shipping hub with major breakthroughs at its port", "an aviation hub within the area": a long "with"
  // phrase or a place after "within" describes the goal; a short attribute names it ("a hub … with core competitiveness").
  for (let i = trimmed.first + 2; i < trimmed.last; i += 1) {
    const word = tokens[i]!.lower;
    if (tokens[i - 1]!.pos !== 'NOUN') continue;
    if (word === 'within' || (word === 'with' && trimmed.last - i > 4)) return { first: trimmed.first, last: i };
  }
  return trimmed;
}

/** The item's last word before any preposition is a noun: "an important support pillar for …". */
function nounHeaded(tokens: readonly TaggedToken[], item: TokenRange): boolean {
  let head: TaggedToken | undefined;
  for (let i = item.first; i < item.last; i += 1) {
    if (tokens[i]!.pos === 'ADP' && head) break;
    if (tokens[i]!.isWord) head = tokens[i];
  }
  return head?.pos === 'NOUN';
}

/** The goal noun that heads the item: the last noun before its first preposition, when it is a goal head. */
function goalHeadIndex(tokens: readonly TaggedToken[], item: TokenRange, heads: ReadonlySet<string>): number | undefined {
  let head: number | undefined;
  for (let i = item.first; i < item.last; i += 1) {
    const token = tokens[i]!;
    if ((token.pos === 'ADP' || token.text === ',') && head !== undefined) break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || heads.has(token.lower)) head = i;
  }
  if (head === undefined) return undefined;
  return heads.has(tokens[head]!.lower) ? head : undefined;
}


function singular(word: string): string {
  if (/ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x)es$/u.test(word)) return word.slice(0, -2);
  if (/[^s]s$/u.test(word)) return word.slice(0, -1);
  return word;
}
