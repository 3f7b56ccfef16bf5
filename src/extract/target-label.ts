import type { TaggedToken } from '../annotate/tagged-token.js';
import type { SentenceView } from './context.js';
import type { Lexicon } from './lexicon.js';
import { perLexicon } from './lexicon-cache.js';

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
export function composeTargetLabel(lexicon: Lexicon, view: SentenceView, indicatorStart: number, indicatorText: string, quantityStart: number, quantityText: string): { label: string; qualified: string } {
  const indicator = cleanIndicator(lexicon, view.tagged, indicatorStart, indicatorText);
  const qualifier = qualifierBefore(lexicon, view, quantityStart);
  const plain = `${indicator}: ${quantityText}`;
  return { label: plain, qualified: qualifier ? `${indicator}: ${qualifier} ${quantityText}` : plain };
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
function qualifierBefore(lexicon: Lexicon, view: SentenceView, quantityStart: number): string | undefined {
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
