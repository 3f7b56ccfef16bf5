import { lowerInitialCapital } from '../core/normalize.js';
import type { TaggedToken } from '../../annotate/tagged-token.js';
import type { TargetAttributes } from '../../model/records.js';
import { contentSentences, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { indicatorVariants, qualifierBefore, subjectBefore } from './target-label.js';
import { isVerbLike } from '../chunks/chunks.js';
import { isLabelledFigureLine } from './labelled-figures.js';
import type { QuantitySpan as SentenceQuantity } from '../../annotate/tagged-token.js';

/** Nouns of change that put the indicator after the figure: "an increase of 6 percent in GDP". */
const CHANGE_NOUNS = new Set(['increase', 'growth', 'rise', 'reduction', 'decrease', 'decline', 'cut', 'drop']);
/** Multiplying verbs: the target is a multiple of today's level, with no figure written. */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([['double', 2], ['triple', 3], ['quadruple', 4], ['halve', 0.5]]);
const FORWARD = new Set(['will', 'shall', 'aim', 'aims', 'target', 'targets', 'goal', 'goals', 'objectives', 'strive', 'strives', 'plan', 'plans', 'expected', 'projected', 'anticipated', 'planned', 'forecast', 'seek', 'seeks', 'should', 'must', 'to']);

const numberWordsFor = perLexicon((lexicon: Lexicon) => new Set(Object.keys(lexicon.numberWords).map((word) => word.toLowerCase())));

/**
 * Targets phrased around the figure, which the clause readers in targets.ts do
 * not take: "an annual average increase of at least 6 percent in GDP" (the
 * indicator after the figure) and "double per capita income by 2035" (a
 * multiple, no figure). Past statements are background.
 */
export function extractNumberTargets(context: ExtractContext): void {
  for (const view of contentSentences(context)) {
    if (!forwardLooking(view) || isLabelledFigureLine(context, view)) continue;
    readChangeOfFigure(context, view);
    readFigureChangeIn(context, view);
    readMultiples(context, view);
    readPredicativeMultiples(context, view);
    readSubjectFigure(context, view);
    readVerbByFigure(context, view);
    readRespectively(context, view);
    readFromTo(context, view);
    readFigureInIndicator(context, view);
  }
}

/**
 * "… is expected to jump from 6.4 million in 2020 to 60 million in 2025": the
 * figure after "to" is the target, the figure after "from" its base; the subject
 * of the growth verb is the indicator.
 */
function readFromTo(context: ExtractContext, view: SentenceView): void {
  const tokens = view.tagged;
  const text = view.sentence.text;
  tokens.forEach((token, index) => {
    if (token.lower !== 'from') return;
    const base = view.quantities.find((q) => q.first === index + 1 && q.kind !== 'DATE');
    if (!base) return;
    let to = afterUnit(context.lexicon, view, base);
    if (tokens[to]?.lower === 'in' && /^(?:19|20)\d\d$/u.test(tokens[to + 1]?.text ?? '')) to += 2;
    if (tokens[to]?.lower !== 'to') return;
    const figure = view.quantities.find((q) => q.first === to + 1 && q.kind !== 'DATE');
    if (!figure || alreadyTarget(context, view, figure.start, figure.end)) return;
    const subject = subjectBefore(tokens, text, token.start)?.replace(/^[^\p{L}\p{N}]+/u, '');
    if (!subject) return;
    const start = text.lastIndexOf(subject, token.start);
    const { value, end } = figureWithUnit(context.lexicon, view, figure);
    const indicator = subject.replace(/^(?:the|its|their)\s+/iu, '');
    const next = afterUnit(context.lexicon, view, figure);
    const year = tokens[next]?.lower === 'in' && /^(?:19|20)\d\d$/u.test(tokens[next + 1]?.text ?? '') ? Number(tokens[next + 1]!.text) : undefined;
    addTarget(context, view, start < 0 ? token.start : start, end, `${indicator}: ${value}`, indicatorVariants(indicator).map((variant) => `${variant}: ${value}`), {
      indicator, value: numeric(value), unit: unitOf(value), ...(year !== undefined ? { year } : {}),
    });
  });
}

/** Verbs whose object is a sum the indicator after "in" measures: "generate 160 billion yuan in GDP". */
const SUM_VERBS = new Set(['generate', 'achieve', 'realize', 'realise', 'attain', 'record', 'post', 'create', 'reach']);

/** "… generate more than 160 billion yuan ($24.77 billion) in GDP": the indicator follows the figure. */
function readFigureInIndicator(context: ExtractContext, view: SentenceView): void {
  const tokens = view.tagged;
  const text = view.sentence.text;
  for (const quantity of view.quantities) {
    if (quantity.kind !== 'MONEY' && quantity.kind !== 'CARDINAL' && quantity.kind !== 'PERCENT') continue;
    const verb = tokens.slice(Math.max(0, quantity.first - 3), quantity.first).findLast((t) => SUM_VERBS.has(t.lemma));
    if (!verb) continue;
    let after = afterUnit(context.lexicon, view, quantity);
    // The same sum in another currency, in brackets.
    if (tokens[after]?.text === '(' || tokens[after]?.text === '（') {
      while (after < tokens.length && tokens[after]!.text !== ')' && tokens[after]!.text !== '）') after += 1;
      after += 1;
    }
    const { value, qualifier: inside } = figureWithUnit(context.lexicon, view, quantity);
    const qualifier = inside || qualifierBefore(context.lexicon, view, quantity.start);
    if (tokens[after]?.lower !== 'in') continue;
    const indicator = nounPhrase(tokens, after + 1);
    if (!indicator || indicator.last - indicator.first > 4 || !/^(?:[,;.]|and|by|during)$/u.test(tokens[indicator.last]?.lower ?? '.')) continue;
    if (/^(?:19|20)\d\d$/u.test(tokens[indicator.first]!.text)) continue;
    if (alreadyTarget(context, view, quantity.start, quantity.end)) continue;
    const indicatorText = text.slice(tokens[indicator.first]!.start, tokens[indicator.last - 1]!.end);
    addTarget(context, view, quantity.start, tokens[indicator.last - 1]!.end, `${indicatorText}: ${value}`, qualifier ? [`${indicatorText}: ${qualifier} ${value}`] : [], {
      indicator: indicatorText, value: numeric(value), unit: unitOf(value),
    });
  }
}

function forwardLooking(view: SentenceView): boolean {
  if (view.line.kind === 'item') return true;
  return view.tagged.some((token) => FORWARD.has(token.lower) && (token.pos === 'AUX' || token.pos === 'VERB' || token.pos === 'PART' || token.pos === 'NOUN'));
}

function alreadyTarget(context: ExtractContext, view: SentenceView, start: number, end: number): boolean {
  const from = view.sentence.start + start;
  const to = view.sentence.start + end;
  return context.store.mentionsInSentence(view.sentence.index).some((m) => m.entityType === 'Target' && m.start < to && from < m.end);
}

function readChangeOfFigure(context: ExtractContext, view: SentenceView): void {
  const tokens = view.tagged;
  // The change noun of the last figure read: "a growth rate of 10 percent in GDP and more than 20 percent in investment".
  let carried: { noun: number; of: number } | undefined;
  for (const quantity of view.quantities) {
    if (quantity.kind !== 'PERCENT' && quantity.kind !== 'MONEY' && quantity.kind !== 'CARDINAL') continue;
    // "<change noun> [rate] of [at least] <figure> in <indicator>"
    let of = quantity.first - 1;
    while (of > 0 && tokens[of]!.lower !== 'of' && quantity.first - of <= 3) of -= 1;
    const rate = tokens[of - 1]?.lower === 'rate' && CHANGE_NOUNS.has(tokens[of - 2]?.lower ?? '') ? 1 : 0;
    const own = tokens[of]?.lower === 'of' && (CHANGE_NOUNS.has(tokens[of - 1]?.lower ?? '') || rate === 1);
    const sharing = !own && carried !== undefined && /^(?:and|,)$/u.test(tokens[skipQualifierBack(tokens, quantity.first) - 1]?.lower ?? '');
    if (!own && !sharing) continue;
    if (own) carried = { noun: of - 1 - rate, of };
    if (tokens[quantity.last]?.lower !== 'in') continue;
    const indicator = nounPhrase(tokens, quantity.last + 1);
    if (!indicator) continue;
    const { noun } = carried!;
    const changeStart = changePhraseStart(tokens, noun);
    const start = own ? tokens[changeStart]!.start : quantity.start;
    const end = tokens[indicator.last - 1]!.end;
    if (alreadyTarget(context, view, start, end)) continue;
    const text = view.sentence.text;
    const indicatorText = text.slice(tokens[indicator.first]!.start, end);
    const figure = text.slice(quantity.start, quantity.end);
    const qualifierFrom = own ? of + 1 : skipQualifierBack(tokens, quantity.first);
    const qualifier = text.slice(tokens[qualifierFrom]!.start, quantity.start).trim();
    const change = text.slice(tokens[changeStart]!.start, tokens[carried!.of - 1]!.end);
    const growth = /reduction|decrease|decline|cut|drop/u.test(tokens[noun]!.lower) ? 'reduction' : 'growth';
    // The tagger may take the qualifier into the figure ("around 10 percent"): the bare figure is a name too.
    const bare = figure.replace(/^(?:around|about|over|nearly|almost|more than|at least|some)\s+/iu, '');
    addTarget(context, view, start, end, `${indicatorText} ${growth}: ${figure}`, [
      ...(bare !== figure ? [`${indicatorText} ${growth}: ${bare}`] : []),
      `${indicatorText} ${growth}: ${qualifier ? `${qualifier} ` : ''}${figure}`,
      `${indicatorText}: ${change} of ${qualifier ? `${qualifier} ` : ''}${figure}`,
    ], { indicator: `${indicatorText} ${growth}`, value: numeric(figure), unit: unitOf(figure) });
  }
}

/**
 * "6.5%-7% increase in the local GDP, 6% increase in fixed assets investment": a
 * figure before its change noun, the indicator after "in". A range written
 * "6.5%-7%" is one figure.
 */
function readFigureChangeIn(context: ExtractContext, view: SentenceView): void {
  const tokens = view.tagged;
  const text = view.sentence.text;
  view.quantities.forEach((quantity, index) => {
    if (quantity.kind !== 'PERCENT' && quantity.kind !== 'MONEY') return;
    const change = tokens[quantity.last];
    if (!change || !CHANGE_NOUNS.has(change.lower) || !/^(?:in|of)$/u.test(tokens[quantity.last + 1]?.lower ?? '')) return;
    const indicator = nounPhrase(tokens, quantity.last + 2);
    if (!indicator || indicator.last - indicator.first > 8) return;
    // The lower end of a range the tagger split at its dash ("6.5%" "-7%").
    const before = view.quantities[index - 1];
    const start = before && before.last === quantity.first && /^-/u.test(text.slice(quantity.start, quantity.end)) ? before.start : quantity.start;
    const end = tokens[indicator.last - 1]!.end;
    if (alreadyTarget(context, view, start, end)) return;
    const figure = text.slice(start, quantity.end);
    const indicatorText = text.slice(tokens[indicator.first]!.start, end);
    const growth = /reduction|decrease|decline|cut|drop/u.test(change.lower) ? 'reduction' : 'growth';
    addTarget(context, view, start, end, `${indicatorText} ${growth}: ${figure}`, [`${indicatorText}: ${figure} ${change.text}`], {
      indicator: `${indicatorText} ${growth}`, value: numeric(text.slice(start, quantity.end)), unit: unitOf(figure),
    });
  });
}

/** Verbs that set a level for their subject: "the jobless rate does not climb above 5.5%". */
const LEVEL_VERBS = new Set(['rise', 'climb', 'fall', 'exceed', 'remain', 'stay', 'reach', 'surpass', 'top', 'drop', 'grow', 'increase', 'account', 'hit']);

/** A share or sum whose clause names its indicator only as the subject of a level verb. */
function readSubjectFigure(context: ExtractContext, view: SentenceView): void {
  const tokens = view.tagged;
  for (const quantity of view.quantities) {
    // A large count ("800 million") sets a level too, when the subject counts something ("the number of users").
    const largeCount = quantity.kind === 'CARDINAL' && /\b(?:thousand|million|billion)\b/iu.test(view.sentence.text.slice(quantity.start, quantity.end));
    if (quantity.kind !== 'PERCENT' && quantity.kind !== 'MONEY' && !largeCount) continue;
    // "from 2.1 million in 2020 to …": the base of a change is today's level, not the target.
    if (tokens[quantity.first - 1]?.lower === 'from' || alreadyTarget(context, view, quantity.start, quantity.end)) continue;
    let verb = quantity.first - 1;
    while (verb > 0 && quantity.first - verb <= 4 && !LEVEL_VERBS.has(tokens[verb]!.lemma)) verb -= 1;
    if (!LEVEL_VERBS.has(tokens[verb]?.lemma ?? '')) continue;
    // "grew 5.8 percent last year" reports; only a present or future level sets a target.
    const form = tokens[verb]!;
    if (form.lower !== form.lemma && !/s$/u.test(form.lower)) continue;
    const subject = subjectBefore(tokens, view.sentence.text, tokens[verb + 1]!.start);
    if (!subject) continue;
    const start = view.sentence.text.lastIndexOf(subject, tokens[verb]!.start);
    if (start < 0 || alreadyTarget(context, view, start, quantity.end)) continue;
    const indicator = subject.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^(?:the|its|their)\s+/iu, '');
    if (largeCount && !/^(?:total\s+)?number\s+of\b/iu.test(indicator)) continue;
    const { value: figure, end } = figureWithUnit(context.lexicon, view, quantity);
    const qualifier = view.sentence.text.slice(tokens[verb + 1]!.start, quantity.start).trim();
    const names = [indicator, ...indicatorVariants(indicator)];
    addTarget(context, view, start, end, `${indicator}: ${figure}`, [...names.slice(1).map((name) => `${name}: ${figure}`), ...(qualifier ? names.map((name) => `${name}: ${qualifier} ${figure}`) : [])], { indicator, value: numeric(figure), unit: unitOf(figure) });
  }
}

const CHANGE_VERBS: ReadonlyMap<string, string> = new Map([['raise', 'growth'], ['increase', 'growth'], ['extend', 'growth'], ['lift', 'growth'], ['boost', 'growth'], ['cut', 'reduction'], ['reduce', 'reduction'], ['lower', 'reduction']]);

/** "raise average schooling by one year": a change verb, its object and the size of the change. */
function readVerbByFigure(context: ExtractContext, view: SentenceView): void {
  const tokens = view.tagged;
  tokens.forEach((token, index) => {
    const change = CHANGE_VERBS.get(token.lemma);
    if (!change) return;
    const indicator = nounPhrase(tokens, index + 1);
    if (!indicator || tokens[indicator.last]?.lower !== 'by') return;
    const figure = view.quantities.find((q) => q.first === indicator.last + 1 || q.first === indicator.last + 2);
    if (!figure || figure.kind === 'DATE') return;
    const end = figure.end;
    if (alreadyTarget(context, view, token.start, end)) return;
    const text = view.sentence.text;
    const indicatorText = text.slice(tokens[indicator.first]!.start, tokens[indicator.last - 1]!.end);
    const value = text.slice(figure.start, figure.end);
    addTarget(context, view, token.start, end, `${indicatorText}: ${value}`, [`${indicatorText}: ${token.lower} by ${value}`, `${indicatorText} ${change}: ${value}`], { indicator: `${indicatorText} ${change}`, value: numeric(value), unit: unitOf(value) });
  });
}

/**
 * "… of A and B by 12 percent and 9 percent, respectively": two indicators
 * paired with two figures in order.
 */
function readRespectively(context: ExtractContext, view: SentenceView): void {
  const tokens = view.tagged;
  const at = tokens.findIndex((token) => token.lower === 'respectively');
  if (at < 0) return;
  const figures = view.quantities.filter((q) => q.end <= tokens[at]!.start && (q.kind === 'PERCENT' || q.kind === 'MONEY' || q.kind === 'CARDINAL'));
  if (figures.length < 2) return;
  const [firstFigure, secondFigure] = figures.slice(-2) as [typeof figures[0], typeof figures[0]];
  // The indicators: "<NP> and <NP>" before "by" (or "of", "at", "to") and the first figure.
  let by = firstFigure.first - 1;
  while (by > 0 && !/^(?:by|to|at|of)$/u.test(tokens[by]!.lower)) by -= 1;
  let and = by - 1;
  while (and > 0 && tokens[and]!.lower !== 'and') and -= 1;
  if (and <= 0) return readOneIndicatorRespectively(context, view, by, figures.slice(-2), at);
  const second = nounPhrase(tokens, and + 1, tokens[by]!.lower);
  const verbBefore = (phrase: { last: number }): boolean => phrase.last === by - 1 && /^(?:amount|total)$/u.test(tokens[by - 1]!.lower);
  if (!second || (second.last !== by && !verbBefore(second))) return readOneIndicatorRespectively(context, view, by, figures.slice(-2), at);
  let start = and - 1;
  // Back over the first indicator, "per unit of" included, to the change noun or verb that governs both.
  const governs = (at: number): boolean => tokens[at]!.lower === 'of' && (CHANGE_NOUNS.has(tokens[at - 1]?.lower ?? '') || tokens[at - 1]?.pos === 'DET' || tokens[at - 1]?.pos === 'VERB');
  // A participle before a noun modifies it ("registered population").
  const modifier = (at: number): boolean => /^(?:NOUN|PROPN|ADJ|ADP)$/u.test(tokens[at]!.pos) || (tokens[at]!.pos === 'VERB' && /ed$/u.test(tokens[at]!.lower) && tokens[at + 1]?.pos === 'NOUN');
  while (start > 0 && modifier(start - 1) && !/^(?:in|by)$/u.test(tokens[start - 1]!.lower) && !governs(start - 1)) start -= 1;
  const first = nounPhrase(tokens, start);
  if (!first || first.last !== and) return;
  const text = view.sentence.text;
  // "by 12 and 9 percent" states changes; "to 10 million and 280,000 yuan" states levels.
  const level = tokens[by]!.lower === 'to' || tokens[by]!.lower === 'at';
  const change = /reduc|cut|decreas|lower/u.test(text.slice(0, tokens[first.first]!.start).toLowerCase()) ? 'reduction' : 'growth';
  for (const [phrase, figure] of [[first, firstFigure], [second, secondFigure]] as const) {
    const indicatorText = text.slice(tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end);
    const { value, end } = figureWithUnit(context.lexicon, view, figure);
    if (alreadyTarget(context, view, figure.start, figure.end)) continue;
    if (level) {
      addTarget(context, view, tokens[phrase.first]!.start, end, `${indicatorText}: ${value}`, [], { indicator: indicatorText, value: numeric(value), unit: unitOf(value) });
      continue;
    }
    addTarget(context, view, tokens[phrase.first]!.start, end, `${indicatorText} ${change}: ${value}`, [`${change} of ${indicatorText}: ${value}`, `${indicatorText}: ${value}`], { indicator: `${indicatorText} ${change}`, value: numeric(value), unit: unitOf(value) });
  }
}

/**
 * "lift its GDP to around A and B by 2025 and 2030, respectively": one
 * indicator, one figure per year, paired in order.
 */
function readOneIndicatorRespectively(context: ExtractContext, view: SentenceView, by: number, figures: readonly SentenceQuantity[], respectively: number): void {
  const tokens = view.tagged;
  const text = view.sentence.text;
  if (!/^(?:to|at|by)$/u.test(tokens[by]?.lower ?? '')) return;
  // The indicator is the object of the verb before the preposition ("lift its GDP to").
  let verb = by - 1;
  while (verb > 0 && by - verb <= 6 && tokens[verb]!.pos !== 'VERB' && !isVerbLike(context.lexicon, tokens[verb], tokens[verb + 1])) verb -= 1;
  if (verb <= 0 || by - verb > 6) return;
  const indicator = nounPhrase(tokens, verb + 1, tokens[by]!.lower);
  if (!indicator || indicator.last !== by) return;
  const years = tokens.slice(figures[figures.length - 1]!.last, respectively).filter((token) => /^(?:19|20)\d\d$/u.test(token.text)).map((token) => Number(token.text));
  const indicatorText = text.slice(tokens[indicator.first]!.start, tokens[indicator.last - 1]!.end);
  const level = tokens[by]!.lower !== 'by';
  const leading = text.slice(tokens[by + 1]!.start, figures[0]!.start).trim();
  figures.forEach((figure, index) => {
    if (alreadyTarget(context, view, figure.start, figure.end)) return;
    const { value, end, qualifier: inside } = figureWithUnit(context.lexicon, view, figure);
    const qualifier = index === 0 ? inside || leading : inside;
    const name = level ? indicatorText : `${indicatorText} growth`;
    const aliases = qualifier && /^(?:around|about|over|more than|at least|nearly|roughly|approximately)$/u.test(qualifier) ? [`${name}: ${qualifier} ${value}`] : [];
    const year = years.length === figures.length ? years[index] : undefined;
    addTarget(context, view, tokens[indicator.first]!.start, end, `${name}: ${value}`, aliases, { indicator: name, value: numeric(value), unit: unitOf(value), ...(year !== undefined ? { year } : {}) });
  });
}

/** The token after a figure and the unit word the tagger left outside it. */
function afterUnit(lexicon: Lexicon, view: SentenceView, figure: SentenceQuantity): number {
  const { end } = figureWithUnit(lexicon, view, figure);
  const index = view.tagged.findIndex((token) => token.start >= end);
  return index < 0 ? view.tagged.length : index;
}

const FIGURE_QUALIFIER = /^(?:around|about|over|more than|less than|at least|nearly|roughly|approximately|above|below)\s+/iu;

/**
 * A figure with the unit word the tagger left after it ("280,000" + "yuan"), without
 * the qualifier the tagger put inside it ("around 1.5 trillion"), which is returned apart.
 */
function figureWithUnit(lexicon: Lexicon, view: SentenceView, figure: SentenceQuantity): { value: string; end: number; qualifier: string } {
  const text = view.sentence.text;
  let value = text.slice(figure.start, figure.end);
  const qualifier = FIGURE_QUALIFIER.exec(value)?.[0].trim() ?? '';
  if (qualifier) value = value.replace(FIGURE_QUALIFIER, '');
  const after = view.tagged[figure.last];
  const unitWords = lexicon.units.flatMap((unit) => unit.phrases.map((phrase) => phrase.toLowerCase()));
  if (after && unitWords.includes(after.lower) && !/[a-z]/iu.test(value.replace(/\b(?:thousand|million|billion|trillion)\b/gu, '').replace(/[\d.,\s]/gu, ''))) {
    return { value: `${value} ${after.text}`, end: after.end, qualifier };
  }
  return { value, end: figure.end, qualifier };
}

function readMultiples(context: ExtractContext, view: SentenceView): void {
  const tokens = view.tagged;
  tokens.forEach((token, index) => {
    const factor = MULTIPLIERS.get(token.lower);
    if (factor === undefined || tokens[index + 1]?.pos === 'ADP') return;
    let first = nounPhrase(tokens, index + 1);
    // "double China's GDP": the possessor is whose indicator it is; the indicator follows it.
    if (first && /^['’]s$/u.test(tokens[first.last]?.text ?? '')) first = nounPhrase(tokens, first.last + 1);
    if (!first) return;
    // "double GDP and per capita income": each indicator joined by "and" takes the same multiple.
    const indicators = [first];
    const second = tokens[first.last]?.lower === 'and' ? nounPhrase(tokens, first.last + 1) : undefined;
    if (second) indicators.push(second);
    const text = view.sentence.text;
    let end = tokens[indicators[indicators.length - 1]!.last - 1]!.end;
    // "double … from the 2020 level", "… compared with 2020", also after "by <year>": the base is part of the target.
    const base = /^(?:\s+by\s+(?:19|20)\d\d)?\s*(?:from|over|compared (?:with|to))\s+(?:the\s+)?((?:19|20)\d\d)(?:\s+level)?/u.exec(text.slice(end));
    if (base) end += base[0].length;
    if (alreadyTarget(context, view, token.start, end)) return;
    const verb = token.lower;
    for (const indicator of indicators) {
      const indicatorText = text.slice(tokens[indicator.first]!.start, tokens[indicator.last - 1]!.end);
      addTarget(context, view, token.start, end, `${indicatorText}: ${verb}`, [
        `${indicatorText}: ${verb === 'double' ? 'doubled' : `${verb}d`}`,
        ...(base ? [`${indicatorText}: ${verb} the ${base[1]} level`] : []),
      ], { indicator: indicatorText, value: factor, unit: base ? `times the ${base[1]} level` : 'times' });
    }
  });
}

/** "… are expected to be double of 2020", "… will be double the 2020 level": a multiple stated of the subjects. */
const PREDICATIVE_MULTIPLE = /\b(?:is|are|be)\s+(double|triple|twice|three\s+times)\s+((?:that\s+)?of\s+(?:the\s+)?((?:19|20)\d\d)(?:\s+level)?|the\s+((?:19|20)\d\d)\s+level)/giu;
const PREDICATIVE_FACTORS: ReadonlyMap<string, number> = new Map([['double', 2], ['twice', 2], ['triple', 3], ['three times', 3]]);
/** The words between the subjects and the copula ("are expected to be"). */
const COPULA_LEAD = /(?:\s+(?:will|shall|would|should|are|is|expected|projected|set|targeted|likely|to|also))+\s*$/iu;

/**
 * "By 2025, GDP, per capita GDP and per capita income are expected to be double of 2020":
 * each subject of the clause is a target of that multiple, labelled "<subject>: double of 2020".
 */
function readPredicativeMultiples(context: ExtractContext, view: SentenceView): void {
  const text = view.sentence.text;
  for (const match of text.matchAll(PREDICATIVE_MULTIPLE)) {
    let head = text.slice(0, match.index);
    const lead = COPULA_LEAD.exec(head);
    if (lead) head = head.slice(0, lead.index);
    const written = text.slice(match.index + match[0].indexOf(match[1]!), match.index + match[0].length);
    const factor = PREDICATIVE_FACTORS.get(match[1]!.toLowerCase().replace(/\s+/gu, ' ')) ?? 2;
    const year = match[3] ?? match[4];
    // The subjects' spans all run to the same figure; only another reading of the figure itself stops them.
    if (alreadyTarget(context, view, match.index, match.index + match[0].length)) continue;
    for (const subject of subjectsBefore(head, view)) {
      addTarget(context, view, subject.start, match.index + match[0].length, `${subject.text}: ${written}`, [`${subject.text}: double the ${year} level`], {
        indicator: subject.text, value: factor, unit: `times the ${year} level`,
      });
    }
  }
}

/**
 * The coordinated subjects that end `head` ("By 2025, the city's GDP, per capita GDP and income"):
 * noun phrases separated by commas and "and", read back from the end while each holds a noun
 * and no verb or number; articles and possessives are dropped.
 */
function subjectsBefore(head: string, view: SentenceView): { start: number; end: number; text: string }[] {
  const subjects: { start: number; end: number; text: string }[] = [];
  const separator = /,\s*(?:and\s+)?|\s+and\s+/gu;
  const cuts = [0, ...[...head.matchAll(separator)].flatMap((m) => [m.index, m.index + m[0].length]), head.length];
  for (let i = cuts.length - 2; i >= 0; i -= 2) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const part = head.slice(from, to);
    const cleaned = part.replace(/^(?:the\s+)?(?:[\p{L}-]+['’]s|its|their)\s+|^the\s+/iu, '').trim();
    const tokens = view.tagged.filter((t) => t.start >= from && t.end <= to);
    const nounPhrase = cleaned.length > 0 && cleaned.split(/\s+/u).length <= 6 && tokens.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') && !tokens.some((t) => t.pos === 'VERB' || t.pos === 'NUM' || (t.pos === 'ADP' && t.lower !== 'of' && t.lower !== 'per'));
    if (!nounPhrase) break;
    const start = from + part.indexOf(cleaned);
    // A sentence-initial capital is not part of the indicator's name; an acronym's is.
    const named = start === 0 ? lowerInitialCapital(cleaned) : cleaned;
    subjects.unshift({ start, end: start + cleaned.length, text: named });
  }
  return subjects;
}

function addTarget(context: ExtractContext, view: SentenceView, start: number, end: number, label: string, aliases: string[], target: TargetAttributes): void {
  const year = /\bby\s+((?:19|20)\d\d)\b/u.exec(view.sentence.text.slice(end));
  const withYear: TargetAttributes = { ...target };
  if (target.year !== undefined) withYear.year = target.year;
  else if (year) withYear.year = Number(year[1]);
  else if (context.plan.periodEnd !== undefined) withYear.year = context.plan.periodEnd;
  const evidence = evidenceAt(context.document, view.sentence, start, end);
  const key = context.store.addEntity({ entityType: 'Target', label, aliases, target: withYear, evidence });
  context.store.addRelation(context.plan.key, 'hasTarget', key, evidence);
}

/** The noun phrase from `from` on: articles and possessives dropped, up to a clause break or a preposition other than of/per. */
function nounPhrase(tokens: readonly TaggedToken[], from: number, nextWord?: string): { first: number; last: number } | undefined {
  let first = from;
  while (first < tokens.length && (tokens[first]!.pos === 'DET' || tokens[first]!.pos === 'PRON')) first += 1;
  let last = first;
  while (last < tokens.length) {
    const token = tokens[last]!;
    const joins = (token.lower === 'of' || token.lower === 'per') && tokens[last + 1] !== undefined && /^(?:NOUN|PROPN|ADJ|DET)$/u.test(tokens[last + 1]!.pos);
    // "fixed-asset investment": a participle joined to the next word by a hyphen qualifies it too.
    const participle = token.pos === 'VERB' && /ed$/u.test(token.lower) && (tokens[last + 1]?.pos === 'NOUN' || tokens[last + 1]?.text === '-');
    if (!(token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ' || participle || token.text === '-' || token.text === '&' || joins || (token.pos === 'DET' && tokens[last - 1]?.lower === 'of'))) break;
    last += 1;
  }
  while (last > first && !/^(?:NOUN|PROPN)$/u.test(tokens[last - 1]!.pos)) last -= 1;
  // "the per capita GDP amount to …": before "to", "amount" and "total" are the verb the tagger read as a noun.
  if (nextWord === 'to' && last - first > 1 && /^(?:amount|total)$/u.test(tokens[last - 1]!.lower)) last -= 1;
  return last > first ? { first, last } : undefined;
}

/** "an annual average increase": the qualifiers before the change noun belong to it. */
/** The first token of a qualifier before a figure ("more than", "at least", "around"), or the figure's own. */
function skipQualifierBack(tokens: readonly TaggedToken[], first: number): number {
  let at = first;
  while (at > 0 && first - at < 3 && /^(?:more|than|at|least|around|about|over|nearly|almost|some|up|to)$/u.test(tokens[at - 1]!.lower)) at -= 1;
  return at;
}

function changePhraseStart(tokens: readonly TaggedToken[], noun: number): number {
  let first = noun;
  while (first > 0 && /^(?:ADJ|NOUN)$/u.test(tokens[first - 1]!.pos)) first -= 1;
  return first;
}

function numeric(figure: string): number {
  const match = /[\d.,]+/u.exec(figure);
  return match ? Number(match[0].replace(/,/gu, '')) : Number.NaN;
}

function unitOf(figure: string): string {
  return figure.replace(/^[^\d]*[\d.,]+\s*/u, '').trim() || 'count';
}
