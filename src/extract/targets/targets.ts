import { isLabelledFigureLine } from './labelled-figures.js';
import { lowerInitialCapital } from '../core/normalize.js';
import type { TargetAttributes } from '../../model/records.js';
import { contentSentences, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt, warningAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp, type Token } from '../core/text-match.js';
import { composeTargetLabel, countGoalAliases, namesOnlyARate } from './target-label.js';

/** A number with its unit as written in a sentence (sentence-relative offsets). */
export interface Quantity {
  start: number;
  end: number;
  /** As written, without qualifiers such as "about": "4 trillion yuan", "2.8 percent of GDP". */
  text: string;
  value: number;
  unit: string;
  /** A bare count ("to 40,000"): a target only when the indicator is "the number of …". */
  count?: boolean;
}

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const YEAR = /\b(?:by|in|until|through|before)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b/giu;
// The denominator of a share; "its"/"the city's" before it names the plan's own total and adds nothing.
const SHARE_OF = /^\s+of\s+((?:its|their|the\s+\p{L}+['’]s)\s+)?(GDP|gross domestic product|the economy|total output|power generation|electricity generation|total energy consumption)\b/iu;
// "Since 2017, … projects have been launched": what is counted since a past year is a record.
const SINCE_YEAR = /\bsince\s+((?:19|20)\d{2})\b/iu;
// "a base with an annual capacity of …": a measure of the thing described, not a goal for it.
const MEASURE_OF_THING = /\bwith\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}of$/u;
// Two capitals in one short token: "R&D", "ICT", "PM2.5" — not "(see".
const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{Ll}&\d.-]{2,8}$/u;
// "the added value of the marine economy … of GDP": a share of GDP is a share of value added already.
const VALUE_ADDED_OF = /^(?:the\s+)?(?:added value|value added|output value)\s+of\s+(?:the\s+)?/iu;
const VALUE_ADDED_OF_WRITTEN = /^(?:the\s+)?(?:added value|value added|output value)\s+of\s+(?:the\s+)?(?:(?:its|their)\s+)?/iu;
const NAME_NUMBER_BEFORE = /\b(?:version|phase|generation|stage|No\.?)\s+$/iu;
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '–', '—', '"', '“', '”']);
const SOFT_WORDS = new Set(['of', 'on', 'in', 'for', 'and', 'the', 'a', 'an', 'per']);
const HARD_WORDS = new Set(['with', 'to', 'that', 'which', 'while', 'its', 'their', 'our', 'his', 'her', 'it', 'they', 'we', 'this', 'these', 'those', 'by', 'at', 'as', 'from']);
const TRAILING_PREPOSITIONS = new Set(['to', 'by', 'at', 'above', 'below', 'under', 'over', 'within', 'around', 'beyond', 'past']);
const SHARED_FIGURE_PAIR = /^([\p{L}\d&.-]+(?:\s+[\p{L}\d&.-]+){0,4}?)\s+and\s+((?:the\s+)?[\p{L}\d&.-]+(?:\s+[\p{L}\d&.-]+){0,5})$/u;
const MEASURE_HEAD = /\b(?:rate|ratio|index|coverage|level)$/iu;
const FIGURE_THEN_CHANGE = /^\s+(?:increase|growth|rise|decline|reduction|decrease|drop)\s+(?:in|of)\s+\p{L}/iu;
const measureWordsFor = perLexicon((lexicon: Lexicon) => ({
  measureOnly: new RegExp(`^(?:(?:the|a|an|its)\\s+)?(?:total\\s+)?(?:${alternation(lexicon.measureWords) || '(?!)'})$`, 'iu'),
  rateHeads: new Set(lexicon.rateHeads.map((word) => word.toLowerCase())),
}));
const SHARE_NOUNS = new Set(['share', 'proportion', 'percentage', 'ratio']);
const GERUND_NOUNS = new Set(['manufacturing', 'spending', 'funding', 'financing', 'housing', 'building', 'shipping', 'processing', 'planning', 'training', 'computing', 'recycling', 'farming']);
// -ing words that qualify a noun ("strategic emerging industries") rather than start a clause.
const ING_ADJECTIVES = new Set(['emerging', 'leading', 'existing', 'pioneering', 'remaining', 'operating', 'outstanding', 'working']);

function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

const targetWordsFor = perLexicon((lexicon) => {
  const unitPhrases = lexicon.units.flatMap((spec) => spec.phrases);
  const prefixes = lexicon.units.flatMap((spec) => spec.prefixes);
  const words = Object.keys(lexicon.numberWords);
  const number = words.length ? `${DIGITS}|${alternation(words)}` : DIGITS;
  const multipliers = Object.keys(lexicon.multipliers);
  return {
    quantity: new RegExp(
      `(?<![\\p{L}\\p{N}.,])(?:(${alternation(prefixes) || '(?!)'})\\s?)?(${number})(?:\\s?(${alternation(multipliers) || '(?!)'}))?(?:\\s?(${alternation(unitPhrases) || '(?!)'}))?(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    approximators: [...lexicon.approximators].map((p) => p.toLowerCase().split(/\s+/u)).sort((a, b) => b.length - a.length),
    pastMarkers: lexicon.pastMarkers.map((m) => new RegExp(`(?:^|\\s)${escapeRegExp(m.toLowerCase())}(?:\\s|$)`, 'u')),
    targetVerbs: [...lexicon.targetVerbs].sort((a, b) => b.split(' ').length - a.split(' ').length).map((phrase) => phrase.toLowerCase().split(/\s+/u)),
    verbs: new Set(lexicon.verbs),
    changeVerbs: new Set(lexicon.changeVerbs),
    functionWords: new Set(lexicon.functionWords),
    selfReferences: new Set(lexicon.selfReferences),
    yearIndicators: lexicon.yearIndicators.map((phrase) => phrase.toLowerCase()),
    // "will attract more than 20 million visitors": only after "will"/"to" is the count a goal, not a record.
    countGoal: new RegExp(
      // "will attract …", "is expected to build …, and house …": the count follows a forward verb of the clause.
      `\\b(?:will|to|shall|and)\\s+(?:(?:also|further)\\s+)?(?:${alternation(lexicon.countVerbs) || '(?!)'})\\s+(?:(?:${alternation(lexicon.approximators)})\\s+)?(${number})(?:\\s(${alternation(multipliers) || '(?!)'}))?(?=\\s)`,
      'giu',
    ),
  };
});

/** Finds numbers that carry a unit ("4 trillion yuan", "13.5%", "RMB 2 billion"); bare numbers and years are not quantities. */
export function findQuantities(text: string, lexicon: Lexicon): Quantity[] {
  const pattern = targetWordsFor(lexicon).quantity;
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(pattern)) {
    const [, prefix, digits, multiplier, unitText] = match;
    if (!prefix && !unitText) continue;
    const spec = lexicon.units.find((candidate) =>
      unitText ? candidate.phrases.some((p) => p.toLowerCase() === unitText.toLowerCase()) : candidate.prefixes.some((p) => p.toLowerCase() === prefix!.toLowerCase()),
    );
    if (!spec) continue;
    const base = /\d/u.test(digits!) ? Number(digits!.replace(/,/gu, '')) : (lexicon.numberWords[digits!.toLowerCase()] ?? NaN);
    const scale = multiplier ? (lexicon.multipliers[multiplier.toLowerCase()] ?? 1) : 1;
    if (!Number.isFinite(base)) continue;
    let end = match.index + match[0].length;
    let unit = spec.unit;
    const share = SHARE_OF.exec(text.slice(end));
    let written = text.slice(match.index, end);
    if (share) {
      end += share[0].length;
      unit = `${unit} of ${share[2]}`;
      written = share[1] ? `${written} of ${share[2]}` : text.slice(match.index, end);
    }
    // "65% to 70%", "5-6 percent": a range is one quantity, valued at its lower end.
    const previous = quantities[quantities.length - 1];
    const between = previous ? text.slice(previous.end, match.index) : '';
    if (previous && previous.unit === unit && RANGE_JOIN.test(between)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      continue;
    }
    const lower = RANGE_LOWER.exec(text.slice(0, match.index));
    const start = lower ? match.index - lower[0].length : match.index;
    quantities.push({ start, end, text: text.slice(start, match.index) + written, value: lower ? Number(lower[1]) * scale : base * scale, unit });
  }
  return quantities;
}

const RANGE_JOIN = /^\s*(?:to|-|–|—|~)\s*$/u;
// The bare lower end before a figure with its unit: "5-6 percent", "5 to 6 percent" (not "from 5 to 6 percent", a change).
const RANGE_LOWER = /(?<![\p{L}\p{N}.,])(?<!\bfrom\s)(\d+(?:\.\d+)?)(?:\s*[-–~]\s*|\s+to\s+)$/u;

// The counted noun: up to five words, ending before a period phrase or any function word.
// A word may hold digits ("5G base stations") but not be a number.
const COUNTED_NOUN = /^\s+((?:[\p{L}\p{N}-]*\p{L}[\p{L}\p{N}-]*)(?:\s+[\p{L}\p{N}-]+){0,4})/u;
/** "… enterprises with an output value of …": what the counted things have is part of what is counted, up to the clause's next part. */
const COUNTED_WITH = /^\s+(?:each\s+)?with\s+[^,;]+?(?=\s+(?:and|by|in\s+20\d\d|while)\b|[,;.]|$)/u;
const PER_YEAR = /^\s+(?:a|per|each)\s+year\b|^\s+annually\b/u;

const YEARS_AFTER = /^\s+years\b/u;

const BARE_NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}%.,])/gu;

/** Numbers without a unit that are not years and not part of a quantity. */
export function findCounts(text: string, quantities: readonly Quantity[]): Quantity[] {
  const counts: Quantity[] = [];
  for (const match of text.matchAll(BARE_NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (quantities.some((q) => start < q.end && q.start < end)) continue;
    if (/^(?:19|20)\d{2}$/u.test(match[0])) continue;
    // "Internet Protocol version 6", "Phase 2": a number inside a name is no count.
    if (NAME_NUMBER_BEFORE.test(text.slice(0, start))) continue;
    // "2 million": a count with its multiplier is a quantity the level readers take whole.
    if (/^\s+(?:thousand|million|billion)\b/iu.test(text.slice(end))) continue;
    counts.push({ start, end, text: match[0], value: Number(match[0].replace(/,/gu, '')), unit: '', count: true });
  }
  return counts;
}

/**
 * Targets: a quantity whose indicator the sentence names ("a GDP target of
 * 4 trillion yuan", "raise the urbanization rate to 75 percent", "GDP is
 * expected to exceed …"). Past figures ("grew 5.8 percent last year") are background.
 */
export function extractTargets(context: ExtractContext): void {
  const { document, lexicon, store, plan } = context;
  for (const view of contentSentences(context)) {
    if (isLabelledFigureLine(context, view)) continue;
    const text = view.sentence.text;
    const measured = findQuantities(text, lexicon);
    const quantities = [...measured, ...findCounts(text, measured)].sort((a, b) => a.start - b.start);
    let previous: { quantity: Quantity; key: string } | undefined;
    let previousEnd = 0;
    for (const quantity of quantities) {
      const gap = text.slice(previous?.quantity.end ?? 0, quantity.start);
      if (quantity.count) {
        addCountTarget(context, view, quantity, Math.max(previousEnd, 0));
        continue;
      }
      if (previous && /^\s*[（(]\s*(?:[a-z]+\s+){0,2}$/iu.test(gap)) {
        // "4 trillion yuan (about 560 billion U.S. dollars)": the same target in another currency.
        store.addEntity({ entityType: 'Target', label: store.get(previous.key)!.label, aliases: [text.slice(previous.quantity.end, quantity.end).replace(/^\s*[（(]\s*/u, '')], evidence: evidenceAt(document, view.sentence, quantity.start, quantity.end) });
        previousEnd = quantity.end;
        continue;
      }
      const clause = clauseTokens(view, Math.max(previousEnd, 0), quantity.start);
      previousEnd = quantity.end;
      const stripped = stripApproximators(clause, lexicon);
      if (isBackground(view, stripped, quantity, lexicon, plan.periodStart) || isSizeOfCreation(stripped, lexicon) || MEASURE_OF_THING.test(stripped.map((t) => t.lower).join(' '))) continue;
      const before = findIndicator(stripped, lexicon);
      // "a total length of 165,000 km of railways": a bare measure before the figure, and the measured thing after it.
      const after = indicatorAfter(view, quantity, lexicon);
      const indicator = before && after && measureWordsFor(lexicon).measureOnly.test(text.slice(before.start, before.end)) ? after : (before ?? after);
      if (!indicator) {
        store.diagnostics.push(warningAt(document, view.sentence.start + quantity.start, 'TARGET_WITHOUT_INDICATOR', `"${quantity.text}" has no indicator this reader can name; it is not kept as a target`));
        continue;
      }
      // "6% increase in fixed assets investment": the indicator follows the figure and its change noun; the change reader takes it.
      if (FIGURE_THEN_CHANGE.test(text.slice(quantity.end))) continue;
      // "a growth rate of 10 percent in regional GDP": the indicator follows the figure, which the change reader takes.
      // "Achieve a growth rate of …": a verb and article before the rate are no part of it.
      if (namesOnlyARate(text.slice(indicator.start, indicator.end).replace(/^(?:\p{L}+\s+)?(?:an?|the)\s+/iu, '')) && /^\s+in\s+\p{L}/u.test(text.slice(quantity.end))) continue;
      // "GDP will exceed A and approach B": a second figure whose clause names only its verb shares the first's indicator.
      if (previous && onlyVerbs(view, indicator.start, indicator.end, lexicon)) {
        const earlier = store.get(previous.key);
        const shared = earlier?.target?.indicator;
        if (shared) {
          const verb = text.slice(indicator.start, indicator.end);
          const key = recordTarget(context, view, indicator.start, shared, quantity);
          if (key) store.get(key)?.aliases.push(`${shared}: ${verb} ${quantity.text}`);
          continue;
        }
      }
      // "its total energy consumption": the possessive only points back at the plan's own region.
      let indicatorText = text.slice(indicator.start, indicator.end).replace(/\b(?:its|their)\s+/gu, '');
      const written = indicatorText;
      // The label is read from the text after the prefix, so its start moves with it.
      let indicatorStart = indicator.start;
      if (quantity.unit.endsWith(' of GDP')) {
        // Measured on the text as written, where a possessive may follow ("the added value of its …").
        const prefix = VALUE_ADDED_OF_WRITTEN.exec(text.slice(indicator.start, indicator.end))?.[0] ?? '';
        indicatorText = indicatorText.replace(VALUE_ADDED_OF, '');
        indicatorStart += prefix.length;
      }
      // A sentence-initial capital is not part of the indicator's name ("Spending on research …"), an acronym's is.
      if (indicator.start === 0) indicatorText = lowerInitialCapital(indicatorText);
      // "keep CPI and the registered urban unemployment rate within 3%": two indicators share the figure.
      const pair = SHARED_FIGURE_PAIR.exec(indicatorText);
      if (pair && (ACRONYM.test(pair[1]!) || MEASURE_HEAD.test(pair[1]!)) && MEASURE_HEAD.test(pair[2]!)) {
        recordTarget(context, view, indicatorStart, pair[1]!, quantity);
        const article = /^the\s+/iu.exec(pair[2]!)?.[0] ?? '';
        const second = recordTarget(context, view, indicatorStart + pair[0].length - pair[2]!.length + article.length, pair[2]!.slice(article.length), quantity);
        if (second) previous = { quantity, key: second };
        continue;
      }
      const key = recordTarget(context, view, indicatorStart, indicatorText, quantity);
      // "the added value of … : 10 percent of GDP" is how many readers write it.
      if (key && written !== indicatorText) store.get(key)?.aliases.push(`${written.replace(/^the\s+/iu, '')}: ${quantity.text}`);
      if (key) previous = { quantity, key };
    }
    addCountGoals(context, view, measured);
    addCountItem(context, view, measured);
  }
}

/**
 * "plans to receive 150 million tourist visits a year", "will create 1 million
 * new jobs": the counted noun after a forward verb is the indicator and the unit.
 */
/** Below this a count whose items follow is a list's count, not a quantity to reach. */
const LISTED_COUNT_LIMIT = 20;
const LIST_AFTER_COUNT = /^\s*(?:[:：—]|,?\s*(?:including|namely|such\s+as)\b)/u;

function addCountGoals(context: ExtractContext, view: SentenceView, measured: readonly Quantity[]): void {
  const { document, lexicon, store, plan } = context;
  const words = targetWordsFor(lexicon);
  const text = view.sentence.text;
  for (const match of text.matchAll(words.countGoal)) {
    const [, digits, multiplier] = match;
    const start = match.index + match[0].length - digits!.length - (multiplier ? multiplier.length + 1 : 0);
    const numberEnd = match.index + match[0].length;
    if (measured.some((q) => start < q.end && q.start < numberEnd) || /^(?:19|20)\d{2}$/u.test(digits!)) continue;
    const noun = countedNoun(text.slice(numberEnd), lexicon);
    if (!noun) continue;
    const nounEnd = numberEnd + noun.offset + noun.text.length;
    const perYear = PER_YEAR.exec(text.slice(nounEnd));
    const base = /\d/u.test(digits!) ? Number(digits!.replace(/,/gu, '')) : (lexicon.numberWords[digits!.toLowerCase()] ?? NaN);
    if (!Number.isFinite(base)) continue;
    // "build four hubs: A, B, C and D": a few things the sentence goes on to name are a group, read by the list readers.
    if (base < LISTED_COUNT_LIMIT && LIST_AFTER_COUNT.test(text.slice(nounEnd))) continue;
    const quantity: Quantity = { start, end: nounEnd, text: text.slice(start, numberEnd) + (perYear ? perYear[0] : ''), value: base * (multiplier ? (lexicon.multipliers[multiplier.toLowerCase()] ?? 1) : 1), unit: noun.text };
    const clause = stripApproximators(clauseTokens(view, 0, match.index + match[0].length), lexicon);
    if (isBackground(view, clause, quantity, lexicon, plan.periodStart)) continue;
    const target: TargetAttributes = { indicator: noun.text, value: quantity.value, unit: noun.text };
    const year = findYear(text, quantity) ?? plan.periodEnd;
    if (year !== undefined) target.year = year;
    const evidence = evidenceAt(document, view.sentence, start, nounEnd + (perYear?.[0].length ?? 0));
    const aliases = countGoalAliases(lexicon, view, noun.text, nounEnd, start, quantity.text);
    const having = COUNTED_WITH.exec(text.slice(nounEnd));
    const label = having ? `${noun.text}${having[0]}: ${quantity.text}` : `${noun.text}: ${quantity.text}`;
    // The short name's other forms (with the qualifier: "more than 3,000") hold for the long name too.
    const longNames = having ? aliases.map((alias) => alias.replace(`${noun.text}: `, `${noun.text}${having[0]}: `)) : [];
    const key = store.addEntity({ entityType: 'Target', label, aliases: having ? [...longNames, `${noun.text}: ${quantity.text}`, ...aliases] : aliases, target, evidence });
    store.addRelation(plan.key, 'hasTarget', key, evidence);
  }
}

/**
 * "- More than 4,000 new high-tech enterprises": an item line that opens with a count
 * (after a qualifier) names what is to be counted; it is a count goal of the plan, as
 * the lines of a "main targets" summary are written.
 */
function addCountItem(context: ExtractContext, view: SentenceView, measured: readonly Quantity[]): void {
  const { document, lexicon, store, plan } = context;
  const { line } = view;
  if (line.kind !== 'item' || view.sentence.start > line.contentStart) return;
  const text = view.sentence.text;
  const offset = line.contentStart - view.sentence.start;
  const words = targetWordsFor(lexicon);
  const approximator = words.approximators.find((phrase) => new RegExp(`^${phrase.map(escapeRegExp).join('\\s+')}\\s+`, 'iu').test(text.slice(offset)));
  const qualifier = approximator ? new RegExp(`^${approximator.map(escapeRegExp).join('\\s+')}\\s+`, 'iu').exec(text.slice(offset))![0] : '';
  const start = offset + qualifier.length;
  const number = /^(\d{1,3}(?:,\d{3})+|\d+)(?=\s)/u.exec(text.slice(start));
  if (!number || /^(?:19|20)\d{2}$/u.test(number[1]!)) return;
  const numberEnd = start + number[0].length;
  // A measured figure ("10,000 kilometers of roads") is the level readers' to take.
  if (measured.some((q) => q.start < numberEnd && start < q.end)) return;
  const noun = countedNoun(text.slice(numberEnd), lexicon);
  if (!noun) return;
  const nounEnd = numberEnd + noun.offset + noun.text.length;
  const having = COUNTED_WITH.exec(text.slice(nounEnd));
  const place = /^\s+in\s+[\p{L}\s-]+?(?=[,;.]|$)/u.exec(text.slice(nounEnd));
  const tail = having?.[0] ?? place?.[0] ?? '';
  const value = number[1]!;
  const shown = qualifier ? `${qualifier.trim().toLowerCase()} ${value}` : value;
  const label = `${noun.text}${tail}: ${shown}`;
  const aliases = [`${noun.text}${tail}: ${value}`, `${noun.text}: ${shown}`, `${noun.text}: ${value}`].filter((alias) => alias !== label);
  const target: TargetAttributes = { indicator: noun.text, value: Number(value.replace(/,/gu, '')), unit: noun.text };
  if (plan.periodEnd !== undefined) target.year = plan.periodEnd;
  const evidence = evidenceAt(document, view.sentence, offset, nounEnd + tail.length);
  const key = store.addEntity({ entityType: 'Target', label, aliases: [...new Set(aliases)], target, evidence });
  store.addRelation(plan.key, 'hasTarget', key, evidence);
}

/** The words after a count up to the first function word, year phrase or verb; undefined when none is a noun. */
function countedNoun(after: string, lexicon: Lexicon): { text: string; offset: number } | undefined {
  const match = COUNTED_NOUN.exec(after);
  if (!match) return undefined;
  const { functionWords, verbs, changeVerbs } = targetWordsFor(lexicon);
  const kept: string[] = [];
  for (const word of match[1]!.split(/\s+/u)) {
    const lower = word.toLowerCase();
    if (functionWords.has(lower) || verbs.has(lower) || changeVerbs.has(lower) || lower === 'annually' || lower === 'per') break;
    kept.push(word);
  }
  if (kept.length === 0) return undefined;
  return { text: kept.join(' '), offset: match[0].length - match[1]!.length };
}

/** "increase the number of high-tech enterprises to 40,000": the counted noun is the unit. */
function addCountTarget(context: ExtractContext, view: SentenceView, quantity: Quantity, floor: number): void {
  const { document, lexicon, store, plan } = context;
  const clause = stripApproximators(clauseTokens(view, floor, quantity.start), lexicon);
  if (isBackground(view, clause, quantity, lexicon, plan.periodStart)) return;
  const indicator = findIndicator(clause, lexicon);
  if (!indicator) return;
  const text = view.sentence.text;
  const named = text.slice(indicator.start, indicator.end);
  const years = YEARS_AFTER.exec(text.slice(quantity.end));
  const measuredInYears = targetWordsFor(lexicon).yearIndicators.find((phrase) => named.toLowerCase().includes(phrase));
  if (years && measuredInYears) {
    // "life expectancy of residents": what follows the indicator's name only restates whose it is.
    const nameEnd = indicator.start + named.toLowerCase().indexOf(measuredInYears) + measuredInYears.length;
    addTarget(context, view, { start: indicator.start, end: nameEnd }, { ...quantity, end: quantity.end + years[0].length, text: text.slice(quantity.start, quantity.end + years[0].length), unit: 'years', count: false });
    return;
  }
  const counted = /^(?:the\s+)?number\s+of\s+/iu.exec(named);
  if (!counted) return;
  const noun = text.slice(indicator.start + counted[0].length, indicator.end);
  const target: TargetAttributes = { indicator: text.slice(indicator.start, indicator.end), value: quantity.value, unit: noun };
  const year = findYear(text, quantity) ?? plan.periodEnd;
  if (year !== undefined) target.year = year;
  // "108 pieces per 10,000 people": a count per head of population is measured per that unit.
  const perUnit = PER_UNIT.exec(text.slice(quantity.end));
  const value = perUnit ? `${quantity.text} per ${perUnit[2]}` : quantity.text;
  const evidence = evidenceAt(document, view.sentence, indicator.start, quantity.end + (perUnit?.[0].length ?? 0));
  const aliases = perUnit ? [`${noun}: ${quantity.text}${perUnit[0]}`, `${noun}: ${quantity.text}`] : [];
  const key = store.addEntity({ entityType: 'Target', label: `${noun}: ${value}`, aliases, target, evidence });
  store.addRelation(plan.key, 'hasTarget', key, evidence);
}

const PER_UNIT = /^\s+(?:(\p{L}+)\s+)?per\s+([\d,]+\s+\p{L}+)/u;

/** A target whose indicator is the span as written, minus the leading article. */
function addTarget(context: ExtractContext, view: SentenceView, indicator: { start: number; end: number }, quantity: Quantity): void {
  const indicatorText = view.sentence.text.slice(indicator.start, indicator.end).replace(/^the\s+/iu, '');
  recordTarget(context, view, indicator.start, indicatorText, quantity);
}

/** The span holds verbs only ("approach"): no indicator of its own. */
function onlyVerbs(view: SentenceView, start: number, end: number, lexicon: Lexicon): boolean {
  const words = view.tagged.filter((token) => token.start >= start && token.end <= end && token.isWord);
  const { verbs } = targetWordsFor(lexicon);
  return words.length > 0 && words.length <= 2 && words.every((token) => token.pos === 'VERB' || verbs.has(token.lower) || token.lower === 'approach');
}

/** Stores the target with its year (stated, else the plan period's end) and links it to the plan. */
function recordTarget(context: ExtractContext, view: SentenceView, indicatorStart: number, indicatorText: string, quantity: Quantity): string | undefined {
  const { document, store, plan } = context;
  const target: TargetAttributes = { indicator: indicatorText, value: quantity.value, unit: quantity.unit };
  const year = findYear(view.sentence.text, quantity) ?? plan.periodEnd;
  if (year !== undefined) target.year = year;
  const evidence = evidenceAt(document, view.sentence, indicatorStart, quantity.end);
  const named = composeTargetLabel(context.lexicon, view, indicatorStart, indicatorText, quantity.start, quantity.text);
  if (!named) return undefined;
  const key = store.addEntity({ entityType: 'Target', label: named.label, aliases: [...named.aliases, `${indicatorText}: ${quantity.text}`], target, evidence });
  store.addRelation(plan.key, 'hasTarget', key, evidence);
  return key;
}

function clauseTokens(view: SentenceView, floor: number, before: number): Token[] {
  const tokens = withoutBracketedAcronyms(view.tokens.filter((token) => token.start >= floor && token.end <= before));
  let from = 0;
  tokens.forEach((token, index) => {
    if (!token.isWord && CLAUSE_BREAK.has(token.text)) from = index + 1;
  });
  return tokens.slice(from);
}

/**
 * "research and development (R&D) spending": a bracketed acronym repeats the
 * words before it, so it neither ends the clause nor breaks the indicator; the
 * indicator's span still covers it as written.
 */
function withoutBracketedAcronyms(tokens: Token[]): Token[] {
  return tokens.filter((token, index) => {
    const at = (offset: number) => tokens[index + offset];
    if (token.text === '(') return !(at(2)?.text === ')' && isAcronym(at(1)));
    if (token.text === ')') return !(at(-2)?.text === '(' && isAcronym(at(-1)));
    return !(at(-1)?.text === '(' && at(1)?.text === ')' && isAcronym(token));
  });
}

function isAcronym(token: Token | undefined): boolean {
  return token !== undefined && ACRONYM.test(token.text);
}

function stripApproximators(tokens: Token[], lexicon: Lexicon): Token[] {
  const phrases = targetWordsFor(lexicon).approximators;
  let result = tokens;
  let changed = true;
  while (changed) {
    changed = false;
    for (const words of phrases) {
      if (words.length > result.length) continue;
      const tail = result.slice(result.length - words.length).map((t) => t.lower);
      if (tail.join(' ') === words.join(' ')) {
        result = result.slice(0, result.length - words.length);
        changed = true;
        break;
      }
    }
  }
  return result;
}

function isBackground(view: SentenceView, clause: Token[], quantity: Quantity, lexicon: Lexicon, periodStart: number | undefined): boolean {
  // "push GDP past 7 trillion yuan": "past" right before the value is a preposition, not a time.
  const words = clause.map((t) => t.lower);
  if (words[words.length - 1] === 'past') words.pop();
  // "…, up 5.3 percent year on year": a reported change, not a goal.
  if (['up', 'down'].includes(words[words.length - 1] ?? '')) return true;
  const clauseText = words.join(' ');
  const after = view.folded.slice(quantity.end, quantity.end + 60).split(/[,;]/u)[0] ?? '';
  const hasMarker = (text: string) => targetWordsFor(lexicon).pastMarkers.some((marker) => marker.test(text));
  if (hasMarker(clauseText) || /\blast year\b|\bover the past\b/u.test(after)) return true;
  const isPast = (year: RegExpExecArray | null) => year !== null && periodStart !== undefined && Number(year[1]) < periodStart;
  if (isPast(SINCE_YEAR.exec(view.folded.slice(0, quantity.start)))) return true;
  // "…in 2024, with growth of 5.7 percent": a "with" clause describes what the sentence already reported.
  if (words[0] === 'with' && clause[0]) {
    const earlier = view.folded.slice(0, clause[0].start);
    if (hasMarker(earlier) || isPast(/\bin\s+((?:19|20)\d{2})\b/u.exec(earlier))) return true;
  }
  return isPast(/\b(?:in|at\s+the\s+end\s+of)\s+((?:19|20)\d{2})\b/u.exec(after));
}

/** "setting up a provincial fund of 30 billion yuan": the figure sizes what is created, it is not a target. */
function isSizeOfCreation(clause: Token[], lexicon: Lexicon): boolean {
  const clauseText = ` ${clause.map((t) => t.lower).join(' ')} `;
  return lexicon.creationVerbs.some((verb) => clauseText.includes(` ${verb.toLowerCase()} `));
}

function findYear(text: string, quantity: Quantity): number | undefined {
  const years = [...text.matchAll(YEAR)].map((match) => ({ at: match.index, year: Number(match[1]) }));
  const after = years.find((entry) => entry.at >= quantity.end);
  const before = years.filter((entry) => entry.at < quantity.start).pop();
  return (after ?? before)?.year;
}

/** The indicator's span (sentence-relative) read backwards from the value. */
function findIndicator(tokens: Token[], lexicon: Lexicon): { start: number; end: number } | undefined {
  const words = tokens;
  if (words.length === 0) return undefined;
  const lower = words.map((t) => t.lower);
  const last = lower.length - 1;

  // "a GDP target of", "a growth goal of"
  if (lower[last] === 'of' && (lower[last - 1] === 'target' || lower[last - 1] === 'goal')) return nounPhraseBefore(words, last - 2, lexicon);

  // "GDP is expected to exceed", "share … rising to"
  const { targetVerbs, verbs, changeVerbs, functionWords } = targetWordsFor(lexicon);
  for (const parts of targetVerbs) {
    if (parts.length > lower.length) continue;
    if (lower.slice(lower.length - parts.length).join(' ') !== parts.join(' ')) continue;
    let end = lower.length - parts.length - 1;
    while (end >= 0 && (verbs.has(lower[end]!) || lower[end] === 'to')) end -= 1;
    const phraseSpan = nounPhraseBefore(words, end, lexicon);
    if (phraseSpan) return phraseSpan;
  }

  // "raise the urbanization rate to", "cut energy intensity by", "keep grain output"
  // "the annual increase rate at": a change word before "rate" names the rate, it is no verb.
  const change = lower.map((word, index) => (changeVerbs.has(word) && lower[index + 1] !== 'rate' ? index : -1)).filter((index) => index >= 0).pop();
  if (change !== undefined && change < last) {
    const end = TRAILING_PREPOSITIONS.has(lower[last]!) ? last - 1 : last;
    return trimPhrase(words, change + 1, end, lexicon);
  }

  // "GDP growth of around 5 percent", "R&D spending 2.8% of GDP"
  if (lower[last] === 'of') return nounPhraseBefore(words, last - 1, lexicon);
  // "an average annual GDP growth rate at about 8%": the level a rate or ratio is set at.
  // The rate's modifiers may be words of change ("the annual increase rate"), which end other indicators.
  if (lower[last] === 'at' && last > 0 && measureWordsFor(lexicon).rateHeads.has(lower[last - 1]!)) {
    let start = last - 1;
    while (start > 0 && last - start < MAX_INDICATOR_TOKENS && words[start - 1]!.isWord && !functionWords.has(lower[start - 1]!) && !HARD_WORDS.has(lower[start - 1]!) && !SOFT_WORDS.has(lower[start - 1]!)) start -= 1;
    return trimPhrase(words, start, last - 1, lexicon);
  }
  if (words[last]!.isWord && !functionWords.has(lower[last]!) && !verbs.has(lower[last]!)) return nounPhraseBefore(words, last, lexicon);
  return undefined;
}

/** "build 1,000 kilometers of new expressways": the measured thing follows the value. */
function indicatorAfter(view: SentenceView, quantity: Quantity, lexicon: Lexicon): { start: number; end: number } | undefined {
  const tokens = view.tokens.filter((token) => token.start >= quantity.end);
  if (tokens[0]?.lower !== 'of') return undefined;
  let last = 0;
  while (last + 1 < tokens.length && last < 6 && tokens[last + 1]!.isWord && !isHardStop(tokens[last + 1]!, true, lexicon) && !SOFT_WORDS.has(tokens[last + 1]!.lower)) last += 1;
  return last === 0 ? undefined : trimPhrase(tokens, 1, last, lexicon);
}

function isHardStop(token: Token, isLast: boolean, lexicon: Lexicon): boolean {
  if (!token.isWord) return true;
  const word = token.lower;
  if (/'s$/u.test(word)) return true;
  const { verbs, changeVerbs, selfReferences } = targetWordsFor(lexicon);
  if (HARD_WORDS.has(word) || verbs.has(word) || changeVerbs.has(word)) return true;
  // "water-saving irrigation": a hyphenated -ing compound qualifies the noun after it.
  if (/^[^-]+ing$/u.test(word) && !isLast && !GERUND_NOUNS.has(word) && !ING_ADJECTIVES.has(word)) return true;
  // "by 2030 and for spending on …": a year or figure is never inside an indicator's name.
  if (/^\d/u.test(word)) return true;
  // "The plan projects …": the document naming itself is a subject, not part of an indicator.
  if (!isLast && selfReferences.has(word)) return true;
  return false;
}

/** "… of the digital economy in the city": the plan's own place after an indicator does not count toward its length. */
const OWN_PLACE = new Set(['city', 'province', 'region', 'district', 'county', 'municipality', 'country']);
const MAX_INDICATOR_TOKENS = 11;

function nounPhraseBefore(tokens: Token[], end: number, lexicon: Lexicon): { start: number; end: number } | undefined {
  if (end < 0) return undefined;
  const ownPlace = end >= 3 && OWN_PLACE.has(tokens[end]!.lower) && tokens[end - 1]!.lower === 'the' && tokens[end - 2]!.lower === 'in' ? 3 : 0;
  let start = end;
  // "container throughput at Beibu Gulf Port": "at" before a name locates the indicator, it does not end it.
  const locating = (index: number) => tokens[index]!.lower === 'at' && index < end && /^\p{Lu}/u.test(tokens[index + 1]!.text);
  // "the share of days with good air quality": "with" qualifies what the share counts.
  const qualifying = (index: number) => tokens[index]!.lower === 'with' && index < end && index >= 3 && tokens[index - 2]!.lower === 'of' && SHARE_NOUNS.has(tokens[index - 3]!.lower);
  while (start >= 0 && (locating(start) || qualifying(start) || !isHardStop(tokens[start]!, start === end, lexicon)) && end - start < MAX_INDICATOR_TOKENS + ownPlace) start -= 1;
  return trimPhrase(tokens, start + 1, end, lexicon);
}

function trimPhrase(tokens: Token[], first: number, last: number, lexicon: Lexicon): { start: number; end: number } | undefined {
  let from = first;
  let to = last;
  while (from <= to && ((SOFT_WORDS.has(tokens[from]!.lower) && tokens[from]!.lower !== 'per') || /'s$/u.test(tokens[from]!.lower) || HARD_WORDS.has(tokens[from]!.lower))) from += 1;
  while (to >= from && SOFT_WORDS.has(tokens[to]!.lower)) to -= 1;
  if (from > to) return undefined;
  const slice = tokens.slice(from, to + 1);
  if (slice.some((token) => !token.isWord) || slice.length > MAX_INDICATOR_TOKENS + 3) return undefined;
  if (slice.every((token) => targetWordsFor(lexicon).functionWords.has(token.lower))) return undefined;
  return { start: tokens[from]!.start, end: tokens[to]!.end };
}
