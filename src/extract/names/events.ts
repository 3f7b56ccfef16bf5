import { addName, contentSentences, namesIn, type ExtractContext, type NameMention, type SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import { containsPhrase, findPhrases, isCapitalized, type PhraseMatch, type Token } from '../core/text-match.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const DATE = new RegExp(`\\bon\\s+((?:${MONTHS})\\s+\\d{1,2}(?:,\\s*\\d{4})?|(?:${WEEKDAYS}))\\b`, 'gu');
const ORDINAL_WORD = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/iu;

// "organized by the World Economic Forum": a forum named as the organiser is a body, not an event.
const ORGANISER_BEFORE = /(?:organi[sz]ed|hosted|sponsored|run|founded|launched)\s+by\s+(?:the\s+)?$/iu;
// "Annual Meeting of the New Champions": a capitalised tail after "of the" belongs to the name.
const NAMED_TAIL = /^\s+of\s+the\s+\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*/u;
const NAME_JOINERS = new Set(['and', 'for', 'on', '&']);

interface EventSpan {
  start: number;
  end: number;
  label: string;
  named: boolean;
}

/**
 * Events where a plan is announced: named sessions ("Sixth Plenary Session of
 * the 12th CPC Sichuan Provincial Committee") and dated conferences ("press
 * conference on November 25"). The organisation holding the event announced the plan.
 * Runs before place names, so "China" or "Asia" inside an event's name stays part of it.
 */
export function extractEvents(context: ExtractContext): void {
  const { lexicon, store, plan, document } = context;
  for (const view of contentSentences(context)) {
    const text = view.sentence.text;
    partyCongresses(context, view);
    const triggers = findPhrases(view.folded, lexicon.eventTriggers);
    for (const event of eventSpans(context, view, triggers)) {
      const { start, end, label } = event;
      const evidence = evidenceAt(document, view.sentence, start, end);
      if (event.named && ORGANISER_BEFORE.test(text.slice(0, start))) {
        const key = store.addEntity({ entityType: 'Organization', label, evidence });
        addName(context, view.sentence.index, { key, entityType: 'Organization', start, end });
        continue;
      }
      // "press conference on December 24, 2021": the event without its date is the same event.
      const undated = label.replace(EVENT_DATE, '');
      const eventKey = store.addEntity({ entityType: 'Event', label, ...(undated !== label && undated.length > 0 ? { aliases: [undated] } : {}), evidence });
      if (event.named) addName(context, view.sentence.index, { key: eventKey, entityType: 'Event', start, end });
      const announces = lexicon.announcementCues.some((cue) => containsPhrase(view.folded, cue));
      if (!announces) continue;
      store.addRelation(plan.key, 'announcedAt', eventKey, evidence);
      const host = namesIn(context, view.sentence.index).find((name) => name.entityType === 'Organization' && name.start >= start && name.end <= end) ?? hostAfter(context, view, end);
      if (host) store.addRelation(plan.key, 'announcedBy', host.key, evidenceAt(document, view.sentence, Math.min(start, host.start), Math.max(end, host.end)));
    }
  }
}

/** Each trigger's event; a name that holds a second trigger ("Boao Forum for Asia Annual Conference") is one event. */
function eventSpans(context: ExtractContext, view: SentenceView, triggers: PhraseMatch[]): EventSpan[] {
  const { store } = context;
  const text = view.sentence.text;
  const spans: EventSpan[] = [];
  for (const trigger of triggers) {
    const named = isCapitalized(text.slice(trigger.start, trigger.end));
    const span = named ? namedEventSpan(context, view, trigger.start, trigger.end) : undefined;
    const counted = span ? undefined : countedSessionSpan(context, view, trigger.start, trigger.end);
    const found = span ?? counted;
    if (found) {
      spans.push({ start: found[0], end: found[1], label: text.slice(found[0], found[1]), named: span !== undefined });
      continue;
    }
    if (!trigger.phrase.includes(' ')) continue; // "the session" alone names nothing
    const date = findDate(text, trigger.start, trigger.end, triggers);
    const host = hostAfter(context, view, trigger.end);
    const phrase = text.slice(trigger.start, trigger.end);
    const label = date ? `${phrase} on ${date}` : host ? `${phrase} of the ${store.get(host.key)?.label ?? ''}` : phrase;
    spans.push({ start: trigger.start, end: trigger.end, label, named: false });
  }
  // "the plenary sessions" without a count or a name is no one event.
  const countable = spans.filter((span) => span.named || !/^plenary sessions$/iu.test(span.label));
  const kept = countable.filter((span) => !countable.some((other) => other !== span && other.start <= span.start && other.end >= span.end && other.end - other.start > span.end - span.start));
  return kept.flatMap((span) => splitCountedSessions(span));
}

// "the 3rd and 4th Plenary Sessions of the …": two counted sessions of one body.
const COUNTED_PAIR = /^(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+and\s+(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+((?:\p{Lu}\p{Ll}+\s+)*?Sessions?)(\s+of\s+.*)$/u;

function splitCountedSessions(span: EventSpan): EventSpan[] {
  const pair = COUNTED_PAIR.exec(span.label);
  if (!pair) return [span];
  const singular = pair[3]!.replace(/Sessions$/u, 'Session');
  return [pair[1]!, pair[2]!].map((ordinal) => ({ ...span, label: `${ordinal} ${singular}${pair[4]}` }));
}

// "the 20th National Congress of the Communist Party of China": a numbered Party congress is a meeting, not a body.
const PARTY_CONGRESS = /\b(\d+(?:st|nd|rd|th))\s+(?:CPC\s+)?National\s+Congress(?:\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC)(?:\s*\((?:CPC|CCP)\))?)?/gu;

/** Numbered Party congresses, which the organisation reader took for a body. */
function partyCongresses(context: ExtractContext, view: SentenceView): void {
  for (const match of view.sentence.text.matchAll(PARTY_CONGRESS)) {
    const start = match.index;
    const end = start + match[0].length;
    const evidence = evidenceAt(context.document, view.sentence, start, end);
    const key = context.store.addEntity({ entityType: 'Event', label: match[0], evidence });
    addName(context, view.sentence.index, { key, entityType: 'Event', start, end });
  }
}

/** Extends a capitalised trigger over its name words ("Silk Road (Dunhuang) International … Expo") and an "of the …" tail. */
function namedEventSpan(context: ExtractContext, view: SentenceView, start: number, end: number): [number, number] | undefined {
  const tokens = view.tokens;
  let first = tokens.findIndex((token) => token.start === start);
  if (first === -1) return undefined;
  const nameWord = (token: Token | undefined): boolean => token !== undefined && token.isWord && (isCapitalized(token.text) || ORDINAL_WORD.test(token.text)) && !context.lexicon.functionWords.includes(token.lower);
  while (first > 0) {
    const previous = tokens[first - 1]!;
    if (nameWord(previous)) first -= 1;
    else if (NAME_JOINERS.has(previous.lower) && nameWord(tokens[first - 2])) first -= 2;
    else if (previous.text === ')' && tokens[first - 3]?.text === '(' && nameWord(tokens[first - 2]) && nameWord(tokens[first - 4])) first -= 4;
    else break;
  }
  let spanEnd = end;
  const tail = /^\s+of\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?/u.exec(view.sentence.text.slice(end));
  if (tail) {
    const organization = namesIn(context, view.sentence.index).find((name) => name.entityType === 'Organization' && name.start === end + tail[0].length);
    if (organization) spanEnd = organization.end;
    else spanEnd += NAMED_TAIL.exec(view.sentence.text.slice(end))?.[0].length ?? 0;
  }
  const spanStart = tokens[first]!.start;
  if (!/\s/u.test(view.sentence.text.slice(spanStart, spanEnd))) return undefined;
  return [spanStart, spanEnd];
}

/**
 * "the second session of the 9th Lakeside Provincial People's Congress": a
 * counted session of a named body is a named event, written in lower case.
 */
function countedSessionSpan(context: ExtractContext, view: SentenceView, start: number, end: number): [number, number] | undefined {
  const before = view.tokens.filter((token) => token.end <= start);
  const ordinal = before[before.length - 1];
  // "the annual session of the regional people's congress" counts its sessions by year.
  if (!ordinal || !(ORDINAL_WORD.test(ordinal.text) || ordinal.lower === 'annual')) return undefined;
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
  const tail = /^\s+(?:of|(?:held|hosted|organized|organised)?\s*by)\s+(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)\s+)?/iu.exec(view.sentence.text.slice(end));
  if (!tail) return undefined;
  const at = end + tail[0].length;
  return namesIn(context, view.sentence.index).find((name) => name.entityType === 'Organization' && name.start === at);
}

const EVENT_DATE = /\s+(?:on|held\s+on)\s+(?:\p{Lu}\p{Ll}+\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?|\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+(?:19|20)\d\d)?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/u;
