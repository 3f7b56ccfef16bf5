import { contentSentences, type ExtractContext, type PlanInfo } from './context.js';
import { evidenceAt } from './evidence.js';
import { lookupAlias } from './lexicon.js';
import { entityKey } from './normalize.js';
import { escapeRegExp } from './text-match.js';

const PERIOD = /\b((?:19|20)\d{2})\s*(?:[-–—~]|to)\s*((?:19|20)\d{2})\b/u;

/**
 * The plan node of a document: "<place> <ordinal> Five-Year Plan" read from
 * the body, its period, and the place it covers. Falls back to the title.
 */
export function extractPlan(context: ExtractContext): void {
  const { document, lexicon, store } = context;
  const sentences = contentSentences(context);
  const placeKey = findDocumentPlace(context);
  if (placeKey) context.documentPlaceKey = placeKey;
  const placeLabel = placeKey ? store.get(placeKey)?.label : document.place;

  const names = lexicon.planNames.map(escapeRegExp).join('|');
  const pattern = names ? new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(${names})`, 'giu') : undefined;
  const spans: { sentence: number; start: number; end: number; ordinal: number; name: string }[] = [];
  if (pattern) {
    sentences.forEach((view, position) => {
      for (const match of view.sentence.text.matchAll(pattern)) {
        spans.push({ sentence: position, start: match.index, end: match.index + match[0].length, ordinal: Number(match[1]), name: match[2]! });
      }
    });
  }
  const counts = new Map<number, number>();
  for (const span of spans) counts.set(span.ordinal, (counts.get(span.ordinal) ?? 0) + 1);
  const titleOrdinal = pattern ? [...document.title.matchAll(pattern)].map((m) => Number(m[1]))[0] : undefined;
  // The plan a text is about is the one it names most; the title breaks ties.
  const ordinal = [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(b[0] === titleOrdinal) - Number(a[0] === titleOrdinal) || a[0] - b[0])[0]?.[0];

  const key = `Plan:${document.id}`;
  let label = document.title;
  const chosen = spans.filter((span) => span.ordinal === ordinal);
  if (ordinal !== undefined && chosen[0]) {
    const canonicalName = lexicon.planNames.find((name) => name.toLowerCase() === chosen[0]!.name.toLowerCase()) ?? chosen[0].name;
    label = `${placeLabel ? `${placeLabel} ` : ''}${ordinal}${ordinalSuffix(ordinal)} ${canonicalName}`;
  }
  const period = PERIOD.exec(document.title) ?? PERIOD.exec(document.text);
  const plan: PlanInfo = { key, label };
  if (period) {
    plan.periodStart = Number(period[1]);
    plan.periodEnd = Number(period[2]);
  } else if (ordinal !== undefined && ordinal >= 3 && /five-year/iu.test(label)) {
    // National five-year plans run back to back from 1966 (the 3rd); earlier ones were irregular.
    plan.periodStart = 1966 + 5 * (ordinal - 3);
    plan.periodEnd = plan.periodStart + 4;
  }
  context.plan = plan;

  const firstSentence = sentences[0];
  if (chosen.length === 0 && firstSentence) {
    store.addEntity({ key, entityType: 'Plan', label, evidence: evidenceAt(document, firstSentence.sentence, 0, firstSentence.sentence.text.length) });
  }
  for (const span of chosen) {
    const view = sentences[span.sentence]!;
    store.addEntity({ key, entityType: 'Plan', label, aliases: [view.sentence.text.slice(span.start, span.end)], evidence: evidenceAt(document, view.sentence, span.start, span.end) });
  }

  if (placeKey && store.get(key)) {
    const mention = store.get(placeKey)?.mentions[0];
    if (mention) store.addRelation(key, 'coversPlace', placeKey, mention);
  }
}

function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** The place a document is about: its declared place if the body names it, else the place it names most. */
function findDocumentPlace(context: ExtractContext): string | undefined {
  const { document, lexicon, store } = context;
  const mentioned = new Map<string, number>();
  for (const list of context.names.values()) {
    for (const name of list) {
      if (name.entityType === 'Place') mentioned.set(name.key, (mentioned.get(name.key) ?? 0) + 1);
    }
  }
  if (document.place) {
    const canonical = lookupAlias(lexicon, document.place)?.label ?? document.place;
    const key = entityKey('Place', canonical);
    return store.get(key) ? key : undefined;
  }
  return [...mentioned.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
