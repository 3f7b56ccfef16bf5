import { lowerInitialCapital } from '../core/normalize.js';
import { contentSentences, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';

/** "an average annual growth rate of 8%", "average annual growth of 5 percent": the line's rate beside its level. */
const RATE = /\b(?:an?\s+)?(?:average\s+)?(?:annual\s+)?(?:average\s+)?growth(?:\s+rate)?\s+of\s+((?:about|around|over|above|more than|at least)?\s*\d[\d.,]*\s*(?:%|percent))/iu;
const YEARED_FIGURE = /(\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?\s*(?:%|percent|[\p{L}]+(?:\s+[\p{L}]+)?)?)\s+in\s+((?:19|20)\d\d)\b/giu;

interface Candidate {
  view: SentenceView;
  indicator: string;
  value: string;
  year?: number;
  rate?: string;
}

/**
 * A goals table set out as text, one indicator per line: "Regional GDP: 41.9
 * billion yuan in 2020; 67.5 billion yuan in 2025; an average annual growth rate
 * of 10%." The label is the indicator; the figure of the latest year is the
 * target, the rate another name for it. A line with no year ("The average
 * annual growth of investment: 10%.") counts only among lines that give a base
 * and a target year, so a fact sheet of present figures is not read as goals.
 */
export function extractLabelledFigures(context: ExtractContext): void {
  const candidates: Candidate[] = [];
  for (const view of contentSentences(context)) {
    const candidate = readLine(context, view);
    if (candidate) candidates.push(candidate);
  }
  const table = candidates.some((candidate) => candidate.year !== undefined);
  for (const candidate of candidates) {
    if (candidate.year === undefined && !table) continue;
    const { view, indicator, value, rate } = candidate;
    const label = `${indicator}: ${value}`;
    const aliases = rate && rate !== value ? [`${indicator}: ${rate}`] : [];
    const evidence = evidenceAt(context.document, view.sentence, 0, view.sentence.text.length);
    const year = candidate.year ?? context.plan.periodEnd;
    const key = context.store.addEntity({ entityType: 'Target', label, aliases, target: { indicator, value: Number.parseFloat(value.replace(/,/gu, '')), unit: value.replace(/^[\d.,\s]+/u, '').trim(), ...(year !== undefined ? { year } : {}) }, evidence });
    context.store.addRelation(context.plan.key, 'hasTarget', key, evidence);
  }
}

/** The indicator and figures of one labelled line whose content opens with a figure; undefined for any other line. */
function readLine(context: ExtractContext, view: SentenceView): Candidate | undefined {
  const { line } = view;
  if (line.labelEnd === undefined || line.kind === 'heading' || line.labelEnd < view.sentence.start || line.labelEnd >= view.sentence.end) return undefined;
  const text = view.sentence.text;
  const colon = line.labelEnd - view.sentence.start;
  const content = text.slice(colon + 1).trim();
  if (!/^\d/u.test(content)) return undefined;
  const labelStart = Math.max(0, line.contentStart - view.sentence.start);
  const indicator = lowerInitialCapital(text.slice(labelStart, colon).replace(/^(?:the|an?)\s+/iu, '').trim());
  if (indicator.split(/\s+/u).length > 10) return undefined;
  const rate = RATE.exec(content)?.[1]?.replace(/\s+/gu, ' ').trim();
  const yeared = [...content.matchAll(YEARED_FIGURE)].map((match) => ({ value: match[1]!.trim(), year: Number(match[2]) }));
  if (yeared.length >= 2) {
    const latest = yeared.reduce((best, figure) => (figure.year > best.year ? figure : best));
    return { view, indicator, value: latest.value, year: latest.year, ...(rate ? { rate } : {}) };
  }
  // One year only is a figure of that year, not a base and a goal.
  if (yeared.length === 1) return undefined;
  const figure = /^(\d[\d.,]*\s*(?:%|percent)?)/u.exec(content)?.[1]?.trim();
  if (!figure || context.store.mentionsInSentence(view.sentence.index).some((mention) => mention.entityType === 'Target')) return undefined;
  return { view, indicator, value: figure };
}

/** Whether the sentence is a goals-table line this reader has read whole: the other target readers leave it alone. */
export function isLabelledFigureLine(context: ExtractContext, view: SentenceView): boolean {
  const end = view.sentence.start + view.sentence.text.length;
  return context.store.mentionsInSentence(view.sentence.index).some((mention) => mention.entityType === 'Target' && mention.start === view.sentence.start && mention.end === end);
}
