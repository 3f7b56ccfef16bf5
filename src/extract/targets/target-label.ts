import type { TaggedToken } from '../../annotate/tagged-token.js';
import type { SentenceView } from '../core/context.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';

const labelWordsFor = perLexicon((lexicon: Lexicon) => ({
  approximators: [...lexicon.approximators, 'within', 'not above', 'not below', 'not less than', 'not more than', 'less than', 'lower than', 'higher than']
    .map((phrase) => phrase.toLowerCase().split(/\s+/u))
    .sort((a, b) => b.length - a.length),
  verbs: new Set([...lexicon.changeVerbs, ...lexicon.targetVerbs, ...lexicon.verbs, ...lexicon.planVerbs].filter((word) => !/\s/u.test(word)).map((word) => word.toLowerCase())),
}));

/**
 * How a target reads: "<indicator>: <value>", and with the qualifier the text
 * gives ("annual average GDP growth: about 5 percent") as its other name, the
 * form a reader often writes. The indicator loses the verb
 * and article the sentence put before it ("achieve an …") and a dangling
 * preposition after it ("rates of within").
 */
export function composeTargetLabel(lexicon: Lexicon, view: SentenceView, indicatorStart: number, indicatorText: string, quantityStart: number, quantityText: string): { label: string; aliases: string[] } | undefined {
  const tokens = view.tagged;
  let indicator = cleanIndicator(lexicon, tokens, indicatorStart, indicatorText);
  // "… will rise at a yearly rate of 6 percent": a rate names no indicator; the clause's subject does.
  if (RATE_ONLY.test(indicator) || !namesSomething(tokens, indicatorStart, indicatorText)) {
    const subject = subjectBefore(tokens, view.sentence.text, indicatorStart);
    if (!subject) return namesSomething(tokens, indicatorStart, indicatorText) ? { label: `${indicator}: ${quantityText}`, aliases: [] } : undefined;
    indicator = subject;
  }
  // "… rate in Zhejiang": the place is the plan's, not part of the indicator's name.
  // "… rate of Tibet" names the place the same way.
  const local = indicator.replace(/\s+(?:in|of)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u, '');
  // "… concentration in cities at or above the prefecture level": a scope after "in" that readers leave out.
  const unscoped = /\s+in\s+(?:the\s+)?\p{Ll}[\p{L}\s-]*$/u.test(local) ? local.replace(/\s+in\s+(?:the\s+)?\p{Ll}[\p{L}\s-]*$/u, '') : undefined;
  const qualifier = qualifierBefore(lexicon, view, quantityStart);
  const value = qualifier ? `${qualifier} ${quantityText}` : quantityText;
  const change = changeBefore(tokens, indicatorStart);
  const aliases = [`${indicator}: ${value}`, `${local}: ${quantityText}`, `${local}: ${value}`];
  // "95 percent of the population", "4.5 percent of GDP": the base of a share completes the value.
  const base = SHARE_BASE.exec(view.sentence.text.slice(view.sentence.text.indexOf(quantityText, quantityStart) + quantityText.length));
  if (base && /%|percent/u.test(quantityText)) aliases.push(`${local}: ${value}${base[0]}`);
  if (change) aliases.push(`${local} ${change}: ${value}`, `${local} ${change}: ${quantityText}`);
  for (const variant of indicatorVariants(local)) aliases.push(`${variant}: ${quantityText}`, `${variant}: ${value}`);
  if (unscoped) aliases.push(`${unscoped}: ${quantityText}`, `${unscoped}: ${value}`);
  // "will exceed 1.2 trillion": a threshold verb is the value's qualifier, as readers write it ("over …").
  const threshold = qualifier ? undefined : thresholdBefore(tokens, quantityStart);
  if (threshold) aliases.push(`${local}: over ${quantityText}`, `${local}: more than ${quantityText}`, `${local}: ${threshold} ${quantityText}`);
  return { label: `${indicator}: ${quantityText}`, aliases: [...new Set(aliases)] };
}

/** "the number of", "the size of", "the total": words that measure the thing the indicator is about. */
const MEASURE_LEAD = /^(?:the\s+)?(?:total\s+)?(?:number|size|scale|volume|amount)\s+of\s+(?:the\s+)?/iu;
/** "China's", "the county's": whose indicator it is, which a reader often leaves out. */
const OWNER_LEAD = /^(?:the\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+/u;
/** "… in the district", "… in the city": the plan's own scope after the indicator. */
const SCOPE_TAIL = /\s+(?:in|of)\s+the\s+(?:district|city|province|county|region|municipality|country|area)$/iu;

/**
 * Other names of one indicator a reader writes: without the measure word
 * ("number of broadband users" → "broadband users"), the owner or the scope.
 */
export function indicatorVariants(indicator: string): string[] {
  const variants = new Set<string>();
  let current = indicator;
  for (const pattern of [MEASURE_LEAD, OWNER_LEAD, SCOPE_TAIL]) {
    const next = current.replace(pattern, '');
    if (next !== current && /\p{L}{3}/u.test(next)) {
      variants.add(next);
      current = next;
    }
  }
  variants.delete(indicator);
  return [...variants];
}

const SHARE_BASE = /^\s+of\s+(?:the\s+)?(?:total\s+)?(?:population|GDP|residents|households|the\s+population|\p{L}+\s+population)\b/u;

/** Indicators that only say "how fast": the subject of the clause is what grows. */
/** "a growth rate", "the annual pace": words that name how something changes, not what. */
export function namesOnlyARate(indicator: string): boolean {
  return RATE_ONLY.test(indicator.trim());
}

// "… will stretch to a total length of 50,000 km": a measure alone names no indicator either.
const RATE_ONLY = /^(?:(?:an?\s+)?(?:average|annual|yearly|overall)\s+)*(?:growth\s+)?(?:rate|pace|growth|total|level|(?:total\s+)?(?:length|mileage|size|scale))$/iu;
const GROWTH_VERBS = new Set(['grow', 'increase', 'rise', 'climb', 'expand', 'reach', 'exceed', 'surpass', 'top', 'stay', 'remain', 'hit', 'amount', 'total', 'jump', 'soar', 'stretch', 'extend']);
const CHANGE_WORDS: ReadonlyMap<string, string> = new Map([
  ['increase', 'growth'], ['raise', 'growth'], ['boost', 'growth'], ['grow', 'growth'], ['rise', 'growth'], ['lift', 'growth'],
  ['cut', 'reduction'], ['reduce', 'reduction'], ['lower', 'reduction'], ['reduction', 'reduction'], ['decrease', 'reduction'], ['decline', 'reduction'],
]);

/** The indicator span holds a noun of its own. */
function namesSomething(tokens: readonly TaggedToken[], start: number, text: string): boolean {
  return tokens.some((token) => token.start >= start && token.end <= start + text.length && (token.pos === 'NOUN' || token.pos === 'PROPN'));
}

/** "is expected to", "is projected to": how sure the figure is, not part of the subject. */
const EXPECTATION_WORDS = new Set(['expected', 'projected', 'anticipated', 'planned', 'forecast', 'estimated', 'scheduled', 'set', 'likely', 'poised']);

/** The noun phrase before the growth verb of the clause the indicator stands in ("the volume of harbour cargo will rise …"). */
export function subjectBefore(tokens: readonly TaggedToken[], text: string, indicatorStart: number): string | undefined {
  let verb = tokens.findIndex((token) => token.start >= indicatorStart) - 1;
  while (verb >= 0 && !(GROWTH_VERBS.has(token(tokens, verb).lemma) || GROWTH_VERBS.has(token(tokens, verb).lower))) {
    if (/^[,;:]$/u.test(token(tokens, verb).text)) return undefined;
    verb -= 1;
  }
  if (verb < 1) return undefined;
  let end = verb;
  while (end > 0 && (token(tokens, end - 1).pos === 'AUX' || token(tokens, end - 1).pos === 'PART' || token(tokens, end - 1).pos === 'ADV' || EXPECTATION_WORDS.has(token(tokens, end - 1).lower))) end -= 1;
  let start = end;
  // "the sales and rentals shall rise …": "and" between nouns stays inside the subject.
  // "the trade between the county and its partners": "and" after "between" joins the two ends of one relation.
  const joinsNouns = (at: number): boolean =>
    token(tokens, at).lower === 'and' && at > 0 &&
    ((token(tokens, at - 1).pos === 'NOUN' && token(tokens, at + 1).pos === 'NOUN') || tokens.slice(Math.max(0, at - 5), at).some((t) => t.lower === 'between'));
  // "the surveyed jobless rate": a participle before a noun qualifies it.
  const modifier = (at: number): boolean => /(?:ed|ing)$/u.test(token(tokens, at).lower) && /^(?:NOUN|ADJ)$/u.test(token(tokens, at + 1).pos);
  while (start > 0 && !/^[,;:]$/u.test(token(tokens, start - 1).text) && (token(tokens, start - 1).pos !== 'VERB' || modifier(start - 1)) && (token(tokens, start - 1).lower !== 'and' || joinsNouns(start - 1)) && token(tokens, start - 1).pos !== 'SCONJ') start -= 1;
  while (start < end && (token(tokens, start).pos === 'DET' || token(tokens, start).pos === 'PRON' || token(tokens, start).pos === 'ADP')) start += 1;
  if (start >= end || !tokens.slice(start, end).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
  return text.slice(token(tokens, start).start, token(tokens, end - 1).end);
}

function token(tokens: readonly TaggedToken[], index: number): TaggedToken {
  return tokens[index]!;
}

/** "an annual increase of R&D spending", "increase the GDP by …": the change named before the indicator. */
function changeBefore(tokens: readonly TaggedToken[], indicatorStart: number): string | undefined {
  let at = tokens.findIndex((t) => t.start >= indicatorStart) - 1;
  while (at >= 0 && (tokens[at]!.pos === 'DET' || tokens[at]!.lower === 'of')) at -= 1;
  const word = tokens[at];
  return word ? CHANGE_WORDS.get(word.lemma) ?? CHANGE_WORDS.get(word.lower) : undefined;
}

function cleanIndicator(lexicon: Lexicon, tokens: readonly TaggedToken[], start: number, text: string): string {
  const { verbs } = labelWordsFor(lexicon);
  const inside = tokens.filter((token) => token.start >= start && token.end <= start + text.length + 1);
  let from = 0;
  while (from < inside.length - 1) {
    const token = inside[from]!;
    // "achieve an annual …", "post a total …": a verb before an article is the sentence's, not the indicator's ("surveyed … rate" keeps its participle).
    const leadingVerb = (token.pos === 'VERB' || token.pos === 'AUX' || verbs.has(token.lower)) && from === 0 && (inside[1]?.pos === 'DET' || inside[1]?.pos === 'PRON');
    if (!(leadingVerb || token.pos === 'DET' || token.pos === 'PART')) break;
    from += 1;
  }
  let to = inside.length;
  while (to > from + 1 && (inside[to - 1]!.pos === 'ADP' || inside[to - 1]!.pos === 'DET' || inside[to - 1]!.pos === 'PART')) to -= 1;
  if (inside.length === 0 || (from === 0 && to === inside.length)) return text;
  const offset = inside[from]!.start - start;
  const end = inside[to - 1]!.end - start;
  return text.slice(Math.max(0, offset), Math.max(offset, end)).trim() || text;
}

/** The qualifier directly before the value, as written ("about", "no more than"). */
/** Verbs that put a value as a floor to pass ("exceed", "surpass", "top"). */
const THRESHOLD_VERBS = new Set(['exceed', 'surpass', 'top', 'pass', 'break']);

function thresholdBefore(tokens: readonly TaggedToken[], quantityStart: number): string | undefined {
  const at = tokens.findIndex((token) => token.start >= quantityStart);
  const verb = at > 0 ? tokens[at - 1]! : undefined;
  return verb && THRESHOLD_VERBS.has(verb.lemma) ? verb.text : undefined;
}

export function qualifierBefore(lexicon: Lexicon, view: SentenceView, quantityStart: number): string | undefined {
  const tokens = view.tagged;
  const at = tokens.findIndex((token) => token.start >= quantityStart);
  if (at <= 0) return undefined;
  for (const phrase of labelWordsFor(lexicon).approximators) {
    const first = at - phrase.length;
    if (first < 0) continue;
    if (phrase.every((word, k) => tokens[first + k]!.lower === word)) return view.sentence.text.slice(tokens[first]!.start, tokens[at - 1]!.end);
  }
  return undefined;
}

/**
 * Other names of a counted goal ("create over two million jobs in rural areas"):
 * with its qualifier, and with the place phrase after the counted noun.
 */
export function countGoalAliases(lexicon: Lexicon, view: SentenceView, noun: string, nounEnd: number, quantityStart: number, quantityText: string): string[] {
  const qualifier = qualifierBefore(lexicon, view, quantityStart);
  const value = qualifier ? `${qualifier} ${quantityText}` : quantityText;
  const place = /^\s+(in|across)\s+((?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)(?=[,;.]|\s+(?:by|and|over|during)\b|$)/u.exec(view.sentence.text.slice(nounEnd));
  const names = [`${noun}: ${value}`];
  if (place) names.push(`${noun} ${place[1]} ${place[2]}: ${value}`, `${noun} ${place[1]} ${place[2]}: ${quantityText}`);
  return names;
}
