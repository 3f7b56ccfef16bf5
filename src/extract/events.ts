import { contentSentences, namesIn, type ExtractContext, type NameMention, type SentenceView } from './context.js';
import { evidenceAt } from './evidence.js';
import { containsPhrase, findPhrases, isCapitalized } from './text-match.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const DATE = new RegExp(`\\bon\\s+((?:${MONTHS})\\s+\\d{1,2}(?:,\\s*\\d{4})?|(?:${WEEKDAYS}))\\b`, 'gu');
const ORDINAL_WORD = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/iu;

/**
 * Events where a plan is announced: named sessions ("Sixth Plenary Session of
 * the 12th CPC Sichuan Provincial Committee") and dated conferences ("press
 * conference on November 25"). The organisation holding the event announced the plan.
 */
export function extractEvents(context: ExtractContext): void {
  const { lexicon, store, plan, document } = context;
  for (const view of contentSentences(context)) {
    const text = view.sentence.text;
    for (const trigger of findPhrases(view.folded, lexicon.eventTriggers)) {
      const named = isCapitalized(text.slice(trigger.start, trigger.end));
      const span = named ? namedEventSpan(context, view, trigger.start, trigger.end) : undefined;
      let label: string;
      let start = trigger.start;
      let end = trigger.end;
      const counted = span ? undefined : countedSessionSpan(context, view, trigger.start, trigger.end);
      if (span ?? counted) {
        [start, end] = (span ?? counted)!;
        label = text.slice(start, end);
      } else {
        if (!trigger.phrase.includes(' ')) continue; // "the session" alone names nothing
        const date = findDate(text, trigger.start, trigger.end, findPhrases(view.folded, lexicon.eventTriggers));
        const host = hostAfter(context, view, trigger.end);
        if (date) label = `${text.slice(trigger.start, trigger.end)} on ${date}`;
        else if (host) label = `${text.slice(trigger.start, trigger.end)} of the ${store.get(host.key)?.label ?? ''}`;
        else label = text.slice(trigger.start, trigger.end);
      }
      const eventKey = store.addEntity({ entityType: 'Event', label, evidence: evidenceAt(document, view.sentence, start, end) });
      const announces = lexicon.announcementCues.some((cue) => containsPhrase(view.folded, cue));
      if (!announces) continue;
      store.addRelation(plan.key, 'announcedAt', eventKey, evidenceAt(document, view.sentence, start, end));
      const host = namesIn(context, view.sentence.index).find((name) => name.entityType === 'Organization' && name.start >= start && name.end <= end) ?? hostAfter(context, view, trigger.end);
      if (host) store.addRelation(plan.key, 'announcedBy', host.key, evidenceAt(document, view.sentence, Math.min(start, host.start), Math.max(end, host.end)));
    }
  }
}

/** Extends a capitalised trigger over its name words and an "of the <organisation>" tail. */
function namedEventSpan(context: ExtractContext, view: SentenceView, start: number, end: number): [number, number] | undefined {
  const tokens = view.tokens;
  let first = tokens.findIndex((token) => token.start === start);
  if (first === -1) return undefined;
  while (first > 0) {
    const previous = tokens[first - 1]!;
    if (previous.isWord && (isCapitalized(previous.text) || ORDINAL_WORD.test(previous.text)) && !context.lexicon.functionWords.includes(previous.lower)) first -= 1;
    else break;
  }
  let spanEnd = end;
  const tail = /^\s+of\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?/u.exec(view.sentence.text.slice(end));
  if (tail) {
    const organization = namesIn(context, view.sentence.index).find((name) => name.entityType === 'Organization' && name.start === end + tail[0].length);
    if (organization) spanEnd = organization.end;
  }
  const spanStart = tokens[first]!.start;
  if (!/\s/u.test(view.sentence.text.slice(spanStart, spanEnd))) return undefined;
  return [spanStart, spanEnd];
}

/**
 * "the fourth session of the 14th Fujian Provincial People's Congress": a
 * counted session of a named body is a named event, written in lower case.
 */
function countedSessionSpan(context: ExtractContext, view: SentenceView, start: number, end: number): [number, number] | undefined {
  const before = view.tokens.filter((token) => token.end <= start);
  const ordinal = before[before.length - 1];
  if (!ordinal || !ORDINAL_WORD.test(ordinal.text)) return undefined;
  const host = hostAfter(context, view, end);
  if (!host || !/^\s+of\s/u.test(view.sentence.text.slice(end))) return undefined;
  return [ordinal.start, host.end];
}

/** The date of this event: none is borrowed across another event named in between ("a session …, a press conference on Monday"). */
function findDate(text: string, start: number, after: number, triggers: readonly { start: number }[]): string | undefined {
  const dates = [...text.matchAll(DATE)];
  const between = (from: number, to: number) => triggers.some((other) => other.start > from && other.start < to);
  const later = dates.find((match) => match.index >= after && !between(after, match.index));
  const earlier = dates.filter((match) => match.index < start && !between(match.index, start)).pop();
  return (later ?? earlier)?.[1];
}

/** The organisation right after "of the" / "held by the" / "hosted by the" following a trigger. */
function hostAfter(context: ExtractContext, view: SentenceView, end: number): NameMention | undefined {
  const tail = /^\s+(?:of|(?:held|hosted|organized|organised)?\s*by)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?/u.exec(view.sentence.text.slice(end));
  if (!tail) return undefined;
  const at = end + tail[0].length;
  return namesIn(context, view.sentence.index).find((name) => name.entityType === 'Organization' && name.start === at);
}
