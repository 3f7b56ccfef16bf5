import type { QuantitySpan, TaggedToken } from '../../annotate/tagged-token.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';

/** A run of tokens, `first` inclusive, `last` exclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

/** The word classes the chunk readers look up, derived once per lexicon. */
interface ChunkWords {
  /** Base forms of the verbs plans are written with ("promote", "build"); the tagger misreads some after a modal. */
  planVerbs: Set<string>;
  /** Phrases that are one item although they contain "and" ("reform and opening up"). */
  bondedPhrases: string[][];
  /** Word sequences that end a task or goal phrase: purposes and means ("so as to", "through"). */
  phraseEnds: string[][];
}

const chunkWordsFor = perLexicon((lexicon: Lexicon): ChunkWords => ({
  planVerbs: new Set(
    [...lexicon.verbPrefixes, ...lexicon.changeVerbs, ...lexicon.planVerbs]
      .filter((word) => !/\s/u.test(word))
      .map((word) => word.toLowerCase())
      // Inflected forms are left out; a base form in -eed ("speed", "proceed") is no participle.
      .filter((word) => !/ing$/u.test(word) && !(/ed$/u.test(word) && !/eed$/u.test(word)) && !['further', 'more', 'better', 'broader', 'deeper', 'greater', 'stronger'].includes(word)),
  ),
  bondedPhrases: lexicon.bondedPhrases.map((phrase) => phrase.toLowerCase().split(/[\s-]+/u)),
  phraseEnds: lexicon.phraseEnds.map((phrase) => phrase.toLowerCase().split(/\s+/u)),
}));

/**
 * A verb as the plan uses it: tagged a verb, or a plan verb's base or -ing form the tagger read as a noun or adjective.
 * `opensItem`: the token opens a list item after its marker ("- Upgrading …"), where a capital proves nothing.
 */
export function isVerbLike(lexicon: Lexicon, token: TaggedToken | undefined, next?: TaggedToken, opensItem = false): boolean {
  if (!token || !token.isWord) return false;
  // "cutting-edge", "far-reaching": a verb form joined to the next word by a hyphen is an adjective.
  if (next?.text === '-' && next.start === token.end) return false;
  if (token.pos === 'VERB') return true;
  const { planVerbs } = chunkWordsFor(lexicon);
  // A capitalised gerund opening a heading is tagged a proper noun ("Training more nurses").
  if (token.pos === 'PROPN' && (token.start === 0 || opensItem) && /^\p{Lu}\p{Ll}+ing$/u.test(token.text)) {
    const stem = token.lower.slice(0, -3);
    return planVerbs.has(stem) || planVerbs.has(`${stem}e`) || planVerbs.has(stem.slice(0, -1));
  }
  // A capitalised imperative opening an item is tagged a proper noun too ("Advance 5G …", "Foster new …").
  if (token.pos === 'PROPN' && (token.start === 0 || opensItem) && planVerbs.has(token.lower) && next !== undefined && next.pos !== 'PROPN' && next.pos !== 'PUNCT') return true;
  if (token.pos === 'AUX' || token.pos === 'DET' || token.pos === 'ADP' || token.pos === 'PRON' || token.pos === 'PROPN' || token.pos === 'NUM') return false;
  const stem = token.lower.endsWith('ing') ? token.lower.slice(0, -3) : undefined;
  const gerundOfPlanVerb = stem !== undefined && (planVerbs.has(token.lemma) || planVerbs.has(stem) || planVerbs.has(`${stem}e`) || planVerbs.has(stem.slice(0, -1)));
  if (!planVerbs.has(token.lower) && !gerundOfPlanVerb) return false;
  // A plan verb the tagger read as a noun or adjective is a verb only where an object or particle follows
  // ("double its GDP", "push forward"), not in a compound ("green development", "advanced helicopters").
  // A gerund before "and" is a noun ("its industrial restructuring and …").
  if (gerundOfPlanVerb && next?.pos === 'CCONJ') return false;
  if (next === undefined || ['DET', 'PRON', 'ADP', 'ADV', 'PART', 'CCONJ', 'ADJ'].includes(next.pos)) return true;
  // "foster advanced manufacturing": the participle the tagger reads as a verb is the object's adjective.
  return !gerundOfPlanVerb && next.pos === 'VERB' && /ed$/u.test(next.lower) && next.lemma !== next.lower;
}

/** The token's lemma is one of the lexicon's plan verbs ("develop", "promote", "counter" is not). */
export function isPlanVerb(lexicon: Lexicon, token: TaggedToken): boolean {
  const { planVerbs } = chunkWordsFor(lexicon);
  return planVerbs.has(token.lemma) || planVerbs.has(token.lower);
}

/** "its harbour upgrading": an -ing form after a noun, adjective or possessive names an action, as a noun. */
function gerundNoun(tokens: readonly TaggedToken[], at: number): boolean {
  const before = tokens[at - 1];
  return /ing$/u.test(tokens[at]?.lower ?? '') && before !== undefined && ['NOUN', 'PROPN', 'ADJ', 'PRON', 'DET'].includes(before.pos);
}

export function isGerund(token: TaggedToken | undefined): boolean {
  return token !== undefined && token.isWord && /^\p{L}{3,}ing$/u.test(token.lower) && token.pos !== 'PROPN';
}

function bondedAt(lexicon: Lexicon, tokens: readonly TaggedToken[], conjunction: number): boolean {
  for (const phrase of chunkWordsFor(lexicon).bondedPhrases) {
    const at = phrase.indexOf('and') >= 0 ? phrase.indexOf('and') : phrase.indexOf('or');
    if (at < 0) continue;
    const words = phraseWords(tokens, conjunction - at, phrase.length);
    if (words && words.join(' ') === phrase.join(' ')) return true;
  }
  return false;
}

/** `count` words from token `first` on, hyphenated words split as the bonded phrases are. */
function phraseWords(tokens: readonly TaggedToken[], first: number, count: number): string[] | undefined {
  if (first < 0) return undefined;
  const words: string[] = [];
  for (let i = first; i < tokens.length && words.length < count; i += 1) {
    const token = tokens[i]!;
    if (token.text === '-') continue;
    if (!token.isWord) return undefined;
    words.push(...token.lower.split('-').filter(Boolean));
  }
  return words.length >= count ? words.slice(0, count) : undefined;
}

export type CoordinationMode = 'verb' | 'noun';

/** Particles that end a phrasal verb ("opening up", "catch up") rather than dangle as prepositions. */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'forward', 'over', 'through', 'ahead']);
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'noted', 'added', 'stated', 'announced', 'explained']);

/**
 * Splits a run of tokens into coordinated items: "A, B, and C", "A; B; and C".
 * In verb mode an item starts at each verb after a comma or "and" ("strengthen …,
 * push …, and promote …"), so commas inside an object stay inside it. In noun mode
 * commas split, and a bare "and" splits only where the next item starts like the
 * first one ("a hub of A and a hub of B") or ends a comma list — never inside a
 * bonded phrase such as "reform and opening up". Brackets and quotes are never split.
 */
export function splitCoordination(lexicon: Lexicon, tokens: readonly TaggedToken[], range: TokenRange, mode: CoordinationMode): TokenRange[] {
  const cuts: { at: number; resume: number }[] = [];
  const items: TokenRange[] = [];
  let from = range.first;
  let depth = 0;
  let commas = 0;
  let itemFirst = range.first;
  for (let i = range.first; i < range.last; i += 1) {
    const token = tokens[i]!;
    if (/^[(\[“‘"]$/u.test(token.text) && !(token.text === '"' && depth > 0)) {
      depth += 1;
      continue;
    }
    if (/^[)\]”’"]$/u.test(token.text) && depth > 0) {
      depth -= 1;
      continue;
    }
    if (depth > 0) continue;
    const next = tokens[i + 1];
    if (mode === 'noun' && token.text === ',' && insideWordSeries(tokens, range, i)) continue;
    if (token.text === ',' || token.text === ';') {
      let resume = i + 1;
      while (resume < range.last && /^(?:and|or)$/u.test(tokens[resume]!.lower)) resume += 1;
      if (tokens[resume]?.lower === 'as' && tokens[resume + 1]?.lower === 'well' && tokens[resume + 2]?.lower === 'as') resume += 3;
      if (mode === 'verb') {
        const verbAt = skipAdverbs(tokens, resume, range.last);
        if (!isVerbLike(lexicon, tokens[verbAt], tokens[verbAt + 1] ?? tokens[verbAt])) continue;
        // Coordinated tasks share their verb form ("strengthen …, push …"); a participle after a comma
        // ("…, known as …", "…, underpinned by …") qualifies the item before it. Its clause is
        // skipped up to the next comma that opens a verb of the list's form, or ends the list.
        if (verbForm(tokens[verbAt]!) !== verbForm(tokens[range.first]!)) {
          const next = nextParallelVerb(lexicon, tokens, verbAt, range.last, verbForm(tokens[range.first]!));
          if (next === undefined) return closeItems(cuts, range.first, i);
          cuts.push({ at: i, resume: next });
          itemFirst = next;
          i = next - 1;
          continue;
        }
      }
      cuts.push({ at: i, resume });
      itemFirst = resume;
      commas += 1;
      i = resume - 1;
      continue;
    }
    const conjunction = token.lower === 'and' || token.lower === 'or' ? 1 : token.lower === 'as' && next?.lower === 'well' && tokens[i + 2]?.lower === 'as' ? 3 : 0;
    if (conjunction === 0) continue;
    if (bondedAt(lexicon, tokens, i)) continue;
    const after = tokens[i + conjunction];
    // "help companies expand overseas and strengthen …": after an embedded verb, "and" may join the embedded verbs.
    const itemStart = cuts.length ? cuts[cuts.length - 1]!.resume : range.first;
    const embedded = tokens.slice(itemStart + 2, i).some((t, k) => t.pos === 'VERB' && t.lemma === t.lower && !/ing$/u.test(t.lower) && /^(?:NOUN|PROPN|PRON)$/u.test(tokens[itemStart + 1 + k]!.pos));
    const verbAfter = skipAdverbs(tokens, i + conjunction, range.last);
    const parallel =
      mode === 'verb'
        ? !embedded &&
          isVerbLike(lexicon, tokens[verbAfter], tokens[verbAfter + 1] ?? tokens[verbAfter]) &&
          verbForm(tokens[verbAfter]!) === verbForm(tokens[range.first]!) &&
          !(isVerbLike(lexicon, tokens[i - 1], token) && !gerundNoun(tokens, i - 1))
        : after?.pos === 'DET' || (commas > 0 && !(articleLed(tokens, range, cuts) && articleItemAfter(tokens, i, range)));
    if (!parallel) continue;
    cuts.push({ at: i, resume: i + conjunction });
    itemFirst = i + conjunction;
    i += conjunction - 1;
  }
  return closeItems(cuts, range.first, range.last);
}

/**
 * "a base for A and B, an area for C and D, and a zone": when every item so far
 * opens with an article and another article-led item follows, an "and" before
 * a word that is not an article joins inside the item. The list's last "and"
 * may still join a bare item ("a lively culture and clean rivers").
 */
function articleLed(tokens: readonly TaggedToken[], range: TokenRange, cuts: readonly { resume: number }[]): boolean {
  const article = (token: TaggedToken | undefined) => token !== undefined && /^(?:a|an|the)$/u.test(token.lower);
  return article(tokens[range.first]) && cuts.length > 0 && cuts.every((cut) => article(tokens[cut.resume]));
}

function articleItemAfter(tokens: readonly TaggedToken[], from: number, range: TokenRange): boolean {
  for (let i = from + 1; i < range.last - 1; i += 1) {
    if (tokens[i]!.text === ',' && /^(?:a|an|the)$/u.test(tokens[i + 1]!.lower === 'and' ? (tokens[i + 2]?.lower ?? '') : tokens[i + 1]!.lower)) return true;
  }
  return false;
}

/**
 * "of cultural, commercial and tourism industries", "for living, working and traveling",
 * "a vibrant, charming and competitive place": single words joined by commas and a
 * last "and" inside one phrase — modifiers of a shared head, or the object of a
 * preposition within the item — are no coordination of items. The series must open
 * inside the range, after a preposition or as an adjective, so a list that is the
 * range itself ("tourism, finance and logistics") still splits.
 */
function insideWordSeries(tokens: readonly TaggedToken[], range: TokenRange, comma: number): boolean {
  let first = comma - 1;
  // Back over earlier single words of the same series ("living, working, and …").
  while (first - 2 >= range.first && tokens[first - 1]!.text === ',' && isSeriesWord(tokens[first - 2])) first -= 2;
  if (!isSeriesWord(tokens[first])) return false;
  const before = tokens[first - 1];
  if (first - 1 < range.first || !before) return false;
  // After a preposition, a series of gerunds or adjectives ("for living, working and …", "of cultural, commercial and
  // tourism industries"); nouns there are topics a goal head carries to each ("a strong province in science, culture and
  // health"). "For" before a gerund is often tagged a subordinator.
  const word = tokens[first]!;
  const modifierOrGerund = word.pos === 'ADJ' || (word.pos === 'VERB' && /ing$/u.test(word.lower));
  const afterPreposition = before.pos === 'ADP' || (before.pos === 'SCONJ' && before.lower === 'for');
  const opens = modifierOrGerund && (afterPreposition || (word.pos === 'ADJ' && (before.pos === 'DET' || before.pos === 'ADV' || before.pos === 'ADJ')));
  if (!opens) return false;
  // Ahead: single words separated by commas, then "and"/"or" and the last member.
  let at = comma + 1;
  while (at < range.last && isSeriesWord(tokens[at]) && tokens[at + 1]?.text === ',') at += 2;
  if (!isSeriesWord(tokens[at])) return false;
  if (tokens[at + 1]?.lower !== 'and' && tokens[at + 1]?.lower !== 'or') return false;
  return at + 2 < range.last && tokens[at + 2]!.isWord && tokens[at + 2]!.pos !== 'DET';
}

function isSeriesWord(token: TaggedToken | undefined): boolean {
  return token !== undefined && token.isWord && /^(?:ADJ|NOUN|VERB|PROPN)$/u.test(token.pos) && token.lower !== 'and' && token.lower !== 'or';
}

function closeItems(cuts: readonly { at: number; resume: number }[], first: number, last: number): TokenRange[] {
  const items: TokenRange[] = [];
  let from = first;
  for (const cut of cuts) {
    items.push({ first: from, last: cut.at });
    from = cut.resume;
  }
  items.push({ first: from, last });
  return items.filter((item) => item.last > item.first);
}

/** Past "also", "further", "actively" …: the verb an item starts with. */
export function skipAdverbs(tokens: readonly TaggedToken[], from: number, last: number): number {
  let at = from;
  while (at < last - 1 && (tokens[at]!.pos === 'ADV' || tokens[at]!.lower === 'also' || tokens[at]!.lower === 'further' || (tokens[at]!.lower === 'to' && tokens[at]!.pos === 'PART'))) at += 1;
  return at;
}

/** The first comma-opened verb of the given form after `from`, as the index after the comma and conjunction. */
function nextParallelVerb(lexicon: Lexicon, tokens: readonly TaggedToken[], from: number, last: number, form: ReturnType<typeof verbForm>): number | undefined {
  for (let i = from + 1; i < last; i += 1) {
    if (tokens[i]!.text !== ',' && tokens[i]!.text !== ';') continue;
    let resume = i + 1;
    while (resume < last && /^(?:and|or)$/u.test(tokens[resume]!.lower)) resume += 1;
    const verbAt = skipAdverbs(tokens, resume, last);
    if (isVerbLike(lexicon, tokens[verbAt], tokens[verbAt + 1] ?? tokens[verbAt]) && verbForm(tokens[verbAt]!) === form) return resume;
  }
  return undefined;
}

/** Base form, -ing form or other (a participle): coordinated tasks keep one. */
export function verbForm(token: TaggedToken): 'base' | 'gerund' | 'other' {
  if (/ing$/u.test(token.lower)) return 'gerund';
  return token.lemma === token.lower || token.pos !== 'VERB' ? 'base' : 'other';
}

/** "by (steadily) reducing …": the gerund that opens the means after "by", past its adverbs; undefined when none does. */
export function meansGerundAfter(tokens: readonly TaggedToken[], by: number): number | undefined {
  let at = by + 1;
  while (tokens[at]?.pos === 'ADV') at += 1;
  return /ing$/u.test(tokens[at]?.lower ?? '') && tokens[at]!.pos === 'VERB' ? at : undefined;
}

/** Drops leading conjunctions and "also", and trailing punctuation, time frames ("by 2025", "during the … period") and purposes ("so as to …"). */
export function trimPhrase(lexicon: Lexicon, tokens: readonly TaggedToken[], range: TokenRange): TokenRange {
  let { first, last } = range;
  while (first < last && (!tokens[first]!.isWord || /^(?:and|or|also|then|to)$/u.test(tokens[first]!.lower))) first += 1;
  const { phraseEnds } = chunkWordsFor(lexicon);
  for (let i = first + 1; i < last; i += 1) {
    const token = tokens[i]!;
    const date = token.quantity !== undefined && (tokens[i + 1]?.quantity === token.quantity || token.pos === 'NUM');
    if ((token.lower === 'by' || token.lower === 'in' || token.lower === 'before') && date && /^(?:19|20)\d\d$/u.test(tokens[i + 1]?.text ?? token.text)) {
      last = i;
      break;
    }
    // "… by hosting more events": the means after "by" is not part of the phrase.
    const means = token.lower === 'by' && meansGerundAfter(tokens, i) !== undefined;
    if (i > first + 1 && (means || phraseEnds.some((phrase) => phrase.every((word, k) => tokens[i + k]?.lower === word)))) {
      last = i;
      break;
    }
    if ((token.lower === 'during' || token.lower === 'over' || token.lower === 'in' || token.lower === 'within') && tokens.slice(i + 1, Math.min(last, i + 9)).some((t) => t.lower === 'period' || t.lower === 'years' || t.lower === 'plan')) {
      last = i;
      break;
    }
  }
  // ", officials said on Wednesday": a reporting clause is the article's, not the task's.
  for (let i = first + 1; i < last; i += 1) {
    if (tokens[i]!.text === ',' && tokens.slice(i + 1, Math.min(last, i + 5)).some((t) => REPORTING_VERBS.has(t.lower))) {
      last = i;
      break;
    }
  }
  while (last > first && ((!tokens[last - 1]!.isWord && !/^[)”’"]$/u.test(tokens[last - 1]!.text)) || /^(?:and|or|etc)$/u.test(tokens[last - 1]!.lower) || (tokens[last - 1]!.pos === 'ADP' && !PARTICLES.has(tokens[last - 1]!.lower)) || tokens[last - 1]!.pos === 'DET')) last -= 1;
  return { first, last };
}

/** Drops a leading article or possessive ("a hub of …", "its four … industries"): an item's name starts after it. */
export function withoutArticle(tokens: readonly TaggedToken[], item: TokenRange): TokenRange {
  let { first } = item;
  while (first < item.last && (tokens[first]!.pos === 'DET' || tokens[first]!.lower === 'its' || tokens[first]!.lower === 'their')) first += 1;
  return { first, last: item.last };
}

/** A small count written as digits or a number word ("8", "eight"): the count a list head declares. */
export function countValue(lexicon: Lexicon, token: TaggedToken): number | undefined {
  if (/^\d{1,2}$/u.test(token.text)) return Number(token.text);
  return lexicon.numberWords[token.lower];
}

/**
 * A figure inside the range states a quantity ("keep growth at around 5 percent"): such a phrase is a
 * target's. Dates and ordinals are not figures, nor a number joined to a word by a hyphen
 * written as a word ("three-dimensional", "one-stop").
 */
export function hasFigure(tokens: readonly TaggedToken[], quantities: readonly QuantitySpan[], range: TokenRange): boolean {
  for (let i = range.first; i < range.last; i += 1) {
    const token = tokens[i]!;
    if (token.quantity === undefined) continue;
    const kind = quantities[token.quantity]!.kind;
    if (kind === 'DATE' || kind === 'ORDINAL') continue;
    const hyphen = tokens[i + 1];
    // A number word only: "3,046-km" and "5-year" are measures.
    if (!/\d/u.test(token.text) && hyphen?.text === '-' && hyphen.start === token.end && tokens[i + 2]?.start === hyphen.end && tokens[i + 2]!.quantity === undefined) continue;
    return true;
  }
  return false;
}

export function wordCount(tokens: readonly TaggedToken[], range: TokenRange): number {
  let count = 0;
  for (let i = range.first; i < range.last; i += 1) if (tokens[i]!.isWord && tokens[i]!.text !== '-') count += 1;
  return count;
}

/** Sentence-relative character span of a token range. */
export function spanOf(tokens: readonly TaggedToken[], range: TokenRange): [number, number] {
  return [tokens[range.first]!.start, tokens[range.last - 1]!.end];
}

