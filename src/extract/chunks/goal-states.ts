import type { TaggedToken } from '../../annotate/tagged-token.js';
import { hasFigure, isVerbLike, splitCoordination, trimPhrase, withoutArticle, type TokenRange } from './chunks.js';
import { bodySentences, type ExtractContext, type SentenceView } from '../core/context.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { addPhraseItem } from '../core/phrase-items.js';

interface StateWords {
  /** Each verb phrase as words, longest first, so "strive for" wins over a bare verb. */
  verbs: string[][];
  nouns: Set<string>;
  /** The last word of each task cue ("will", "to", "must"): what stands before a verb the plan commits to. */
  cueEnds: Set<string>;
}

const stateWordsFor = perLexicon(
  (lexicon: Lexicon): StateWords => ({
    verbs: lexicon.goalStateVerbs.map((phrase) => phrase.toLowerCase().split(/\s+/u)).sort((a, b) => b.length - a.length),
    nouns: new Set(lexicon.goalStateNouns.map((word) => word.toLowerCase())),
    cueEnds: new Set(lexicon.taskCues.map((cue) => cue.toLowerCase().split(/\s+/u).pop()!)),
  }),
);

/**
 * Goals stated as a state the plan is to reach: "we will strive for more
 * equitable development", "the city aims to make significant progress in A,
 * achieve a new leap in B and secure fresh breakthroughs in C", "it also targets
 * marked improvements in D". The object of a verb of attaining, headed by a
 * state noun (progress, development, leap …), is a KeyArea; the verb phrase
 * stays as an alias. Runs before the task reader, which then leaves these
 * phrases to it.
 */
export function extractGoalStates(context: ExtractContext): void {
  for (const view of bodySentences(context)) {
    readComparativeStates(context, view);
    const tokens = view.tagged;
    for (let i = 0; i < tokens.length; i += 1) {
      const verb = stateVerbAt(context.lexicon, tokens, i);
      if (verb === undefined) continue;
      readStates(context, view, i, verb);
      i = verb - 1;
    }
  }
}

const MAX_STATE_SUBJECT_WORDS = 10;

/**
 * "The transport system will also be greener", "supply chains will be better
 * protected": a state the plan says its subject will be in is a goal. The label
 * puts the state before its subject ("greener transport system"), as a reader
 * names it; the clause as written is an alias.
 */
function readComparativeStates(context: ExtractContext, view: SentenceView): void {
  const tokens = view.tagged;
  for (let i = 1; i < tokens.length - 2; i += 1) {
    if (!/^(?:will|shall)$/u.test(tokens[i]!.lower)) continue;
    let be = i + 1;
    while (tokens[be]?.pos === 'ADV' && tokens[be]!.lower !== 'be') be += 1;
    if (tokens[be]?.lower !== 'be') continue;
    let at = be + 1;
    while (tokens[at]?.pos === 'ADV' && !/^(?:more|better)$/u.test(tokens[at]!.lower)) at += 1;
    const word = tokens[at];
    if (!word) continue;
    // "greener", "safer", or "better protected", "more open".
    const comparative = word.pos === 'ADJ' && /(?:er)$/u.test(word.lower) && word.lower !== 'other';
    const graded = /^(?:more|better)$/u.test(word.lower) && /^(?:ADJ|VERB)$/u.test(tokens[at + 1]?.pos ?? '');
    if (!comparative && !graded) continue;
    const stateEnd = graded ? at + 2 : at + 1;
    if (tokens[stateEnd] && !/^(?:[.,;]|and|by|in|with)$/u.test(tokens[stateEnd]!.lower)) continue;
    let first = i - 1;
    while (first > 0 && !/^(?:[,;:]|that|and|while)$/u.test(tokens[first - 1]!.lower)) first -= 1;
    const subject = withoutArticle(tokens, { first, last: i });
    const words = subject.last - subject.first;
    if (words < 1 || words > MAX_STATE_SUBJECT_WORDS || !tokens.slice(subject.first, subject.last).some((t) => t.pos === 'NOUN') || tokens.slice(subject.first, subject.last).some((t) => t.pos === 'PRON' || t.pos === 'VERB' && !/(?:ing|ed)$/u.test(t.lower))) continue;
    if (hasFigure(tokens, view.quantities, { first: subject.first, last: stateEnd })) continue;
    const text = view.sentence.text;
    const state = text.slice(word.start, tokens[stateEnd - 1]!.end);
    const subjectText = text.slice(tokens[subject.first]!.start, tokens[subject.last - 1]!.end);
    const said = text.slice(tokens[first]!.start, tokens[stateEnd - 1]!.end);
    addPhraseItem(context, view, tokens, { first: subject.first, last: stateEnd }, 'KeyArea', undefined, `${state} ${subjectText.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`, undefined, [said]);
  }
}

/** The index after a committed verb of attaining that starts at `at`, or undefined. */
function stateVerbAt(lexicon: Lexicon, tokens: readonly TaggedToken[], at: number): number | undefined {
  const { verbs } = stateWordsFor(lexicon);
  const token = tokens[at]!;
  if (!token.isWord) return undefined;
  const phrase = verbs.find((words) => words.every((word, k) => (k === 0 ? tokens[at]!.lemma === word || tokens[at]!.lower === word : tokens[at + k]?.lower === word)));
  if (!phrase) return undefined;
  // "has made progress", "achieved a leap": what was reached is a record, not a goal.
  // "The main targets of …" is the noun; "it also targets …" the verb.
  const thirdPerson = (token.lower === 'targets' || token.lower === 'strives') && tokens[at + 1]?.lower !== 'of' && !/^(?:DET|ADJ)$/u.test(tokens[at - 1]?.pos ?? '');
  if (token.lemma !== token.lower && !thirdPerson) return undefined;
  if (!thirdPerson && !committed(lexicon, tokens, at)) return undefined;
  return at + phrase.length;
}

/** After a task cue ("will", "aims to", "must"), a sentence-opening imperative, or a verb coordinated with such a verb. */
function committed(lexicon: Lexicon, tokens: readonly TaggedToken[], at: number): boolean {
  const { cueEnds } = stateWordsFor(lexicon);
  let before = at - 1;
  while (before >= 0 && (tokens[before]!.pos === 'ADV' || /^(?:also|further|continue|strive|strives|work|to)$/u.test(tokens[before]!.lower)) && !cueEnds.has(tokens[before]!.lower)) before -= 1;
  if (before < 0) return /^\p{Lu}/u.test(tokens[at]!.text);
  if (cueEnds.has(tokens[before]!.lower)) return true;
  // "…, achieve B, and secure C": a later verb of the same series.
  if (tokens[before]!.text === ',' || tokens[before]!.lower === 'and') {
    for (let i = before - 1; i >= 0 && tokens[i]!.text !== '.' && tokens[i]!.text !== ';'; i -= 1) {
      if (cueEnds.has(tokens[i]!.lower)) return true;
    }
  }
  return false;
}

function readStates(context: ExtractContext, view: SentenceView, verb: number, start: number): void {
  const { lexicon } = context;
  const tokens = view.tagged;
  const end = objectEnd(lexicon, tokens, start);
  if (end <= start) return;
  // "a new leap in A and B" is one goal: an item without a state head belongs to the one before it.
  const items: TokenRange[] = [];
  for (const item of splitCoordination(lexicon, tokens, { first: start, last: end }, 'noun')) {
    if (stateHeaded(lexicon, tokens, item)) items.push(item);
    else if (items.length > 0) items[items.length - 1] = { first: items[items.length - 1]!.first, last: item.last };
  }
  for (const raw of items) {
    // A figure makes it a target ("achieve growth of 5 percent").
    if (hasFigure(tokens, view.quantities, raw)) continue;
    const trimmed = withoutArticle(tokens, trimPhrase(lexicon, tokens, raw));
    // "…, with tangible breakthroughs in A": the preposition that attaches the state is not part of it;
    // "integrated development in 2025": nor is the year it is set for.
    const first = tokens[trimmed.first]?.lower === 'with' ? trimmed.first + 1 : trimmed.first;
    const yearTail = trimmed.last - first > 3 && /^(?:in|by)$/u.test(tokens[trimmed.last - 2]?.lower ?? '') && /^(?:19|20)\d\d$/u.test(tokens[trimmed.last - 1]?.text ?? '') ? 2 : 0;
    const item = withoutArticle(tokens, { first, last: trimmed.last - yearTail });
    if (item.last <= item.first) continue;
    const key = addPhraseItem(context, view, tokens, item, 'KeyArea', undefined, view.sentence.text.slice(tokens[item.first]!.start, tokens[item.last - 1]!.end));
    if (!key) continue;
    // The goal as the plan says it, with its verb, is the same goal.
    const said = view.sentence.text.slice(tokens[verb]!.start, tokens[item.last - 1]!.end);
    if (items.length === 1) context.store.get(key)?.aliases.push(said);
  }
}

/** The object runs to the clause end: a stop, the means ("by building …"), or the next coordinated verb. */
function objectEnd(lexicon: Lexicon, tokens: readonly TaggedToken[], start: number): number {
  for (let i = start; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (/^[.;:?]$/u.test(token.text)) return i;
    if (token.lower === 'while' || token.lower === 'which') return i;
    if (token.lower === 'by' && /ing$/u.test(tokens[i + 1]?.lower ?? '')) return i;
    if (token.text === ',' && (tokens[i + 1]?.pos === 'PRON' || tokens[i + 1]?.pos === 'SCONJ')) return i;
    const next = token.text === ',' && tokens[i + 1]?.lower === 'and' ? i + 2 : token.text === ',' || token.lower === 'and' ? i + 1 : -1;
    const after = tokens[next];
    if (next < 0 || !after) continue;
    // The next verb of the series, which the tagger may read as an adjective ("secure").
    const { verbs } = stateWordsFor(lexicon);
    if (verbs.some((words) => words.every((word, k) => tokens[next + k]?.lower === word))) return i;
    if (after.lemma === after.lower && isVerbLike(lexicon, after, tokens[next + 1]) && after.pos === 'VERB') return i;
  }
  return tokens.length;
}

/** The item's head, its last noun before a preposition, is a state noun. */
function stateHeaded(lexicon: Lexicon, tokens: readonly TaggedToken[], item: TokenRange): boolean {
  const { nouns } = stateWordsFor(lexicon);
  let head: TaggedToken | undefined;
  for (let i = item.first; i < item.last; i += 1) {
    const token = tokens[i]!;
    if (token.pos === 'ADP' && head) break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token;
  }
  return head !== undefined && nouns.has(head.lower);
}
