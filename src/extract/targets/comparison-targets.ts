import { lowerInitialCapital } from '../core/normalize.js';
import type { TaggedToken } from '../../annotate/tagged-token.js';
import { contentSentences, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';

/**
 * Targets set against a benchmark rather than a figure: "economic growth higher than the
 * national average", "incomes increase in step with economic growth", "GDP growth on par
 * with the national pace". The indicator is the noun phrase before the comparison (past the
 * verbs that lead to it); the value is the comparison as written.
 */
export function extractComparisonTargets(context: ExtractContext): void {
  for (const view of contentSentences(context)) {
    for (const match of view.sentence.text.matchAll(COMPARISON)) readComparison(context, view, match);
  }
}

// "not lower than", "in step with" … and a benchmark that ends in an average, a pace, a level or growth.
const COMPARISON = /\b(?:basically\s+)?(?:not\s+lower\s+than|no\s+lower\s+than|higher\s+than|faster\s+than|in\s+step\s+with|on\s+par\s+with|the\s+same\s+as|keep\s+up\s+with|keep\s+pace\s+with)\s+(?:that\s+of\s+)?(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:average|pace|level|growth|development)\b/giu;
/** Words between an indicator and its comparison: "will be", "is expected to", "to basically". */
const LEADING = new Set(['will', 'would', 'shall', 'be', 'is', 'are', 'to', 'remain', 'stay', 'keep', 'expected', 'set', 'basically', 'increase', 'grow', 'rise', 'enjoy']);
const MAX_INDICATOR_TOKENS = 10;
const CHANGE = new Set(['increase', 'increases', 'grow', 'grows', 'rise', 'rises']);

function readComparison(context: ExtractContext, view: SentenceView, match: RegExpMatchArray): void {
  const tokens = view.tagged;
  const text = view.sentence.text;
  const start = match.index!;
  const end = start + match[0].length;
  let at = tokens.findIndex((token) => token.start >= start) - 1;
  // "incomes increase in step with …": a verb of change right before the comparison is part of the value.
  const change = at >= 0 && CHANGE.has(tokens[at]!.lower) ? tokens[at]! : undefined;
  while (at >= 0 && LEADING.has(tokens[at]!.lower)) at -= 1;
  const last = at;
  while (at >= 0 && last - at < MAX_INDICATOR_TOKENS && isIndicatorWord(tokens[at]!, tokens[at + 1])) at -= 1;
  let first = at + 1;
  while (first <= last && (tokens[first]!.pos === 'DET' || tokens[first]!.pos === 'PRON' || tokens[first]!.lower === 'of')) first += 1;
  if (first > last || !tokens.slice(first, last + 1).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return;
  const indicatorStart = tokens[first]!.start;
  const absoluteStart = view.sentence.start + indicatorStart;
  if (context.store.mentionsInSentence(view.sentence.index).some((m) => m.entityType === 'Target' && m.start < view.sentence.start + end && absoluteStart < m.end)) return;
  const written = text.slice(indicatorStart, tokens[last]!.end);
  // A sentence-initial capital is not part of the indicator's name; an acronym's is.
  const indicator = indicatorStart === 0 ? lowerInitialCapital(written) : written;
  const comparison = match[0].replace(/^basically\s+/iu, '');
  const value = change ? `${change.text} ${comparison}` : comparison;
  // "… indicators in Nanyang": the plan's own place after the indicator is left out by many readers.
  const local = indicator.replace(/\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u, '');
  const aliases = [...new Set([`${indicator}: ${comparison}`, `${local}: ${value}`, `${local}: ${comparison}`, `${indicator}: ${match[0]}`])].filter((alias) => alias !== `${indicator}: ${value}`);
  const evidence = evidenceAt(context.document, view.sentence, indicatorStart, end);
  const key = context.store.addEntity({ entityType: 'Target', label: `${indicator}: ${value}`, aliases, evidence });
  context.store.addRelation(context.plan.key, 'hasTarget', key, evidence);
}

/** A word of an indicator's name: nouns and their modifiers, possessives, "of" and "per" between nouns. */
function isIndicatorWord(token: TaggedToken, next: TaggedToken | undefined): boolean {
  if (/^(?:NOUN|PROPN|ADJ|NUM)$/u.test(token.pos) || token.text === '-' || /['’]s$/u.test(token.text) || token.pos === 'PART') return true;
  if ((token.lower === 'of' || token.lower === 'per' || token.lower === 'in') && next !== undefined && (/^(?:NOUN|ADJ|DET|PROPN)$/u.test(next.pos) || next.lower === 'per')) return true;
  return token.pos === 'DET' && next !== undefined && /^(?:NOUN|ADJ|PROPN)$/u.test(next.pos);
}
