import { contentSentences, type ExtractContext, type PlanInfo, type SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import { lookupAlias, type Lexicon } from '../core/lexicon.js';
import { entityKey } from '../core/normalize.js';
import { escapeRegExp } from '../core/text-match.js';

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

  // "Five-Year Plan" is also written "Five-Year-Plan" or "Five Year Plan": a space and a hyphen stand for each other.
  const names = lexicon.planNames.map((name) => escapeRegExp(name).replace(/(?:\\-|-|\s)+/gu, '[\\s-]+')).join('|');
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
  // A long title is shortened for display; the headline line it was taken from is read whole.
  const firstLine = document.text.trimStart().split('\n', 1)[0] ?? '';
  const headline = firstLine.startsWith(document.title.slice(0, 40)) ? firstLine : document.title;
  const titleOrdinals = pattern ? [...new Set([...headline.matchAll(pattern)].map((m) => Number(m[1])))] : [];
  const titleOrdinal = titleOrdinals[0];
  // A title naming one plan names the plan the text is about, however often the body recalls
  // the previous one ("achievements during the 13th … period"). Otherwise the plan named most
  // wins; the title breaks ties, then the later plan, since a text about a plan recalls the
  // previous one as background.
  const ordinal = titleOrdinals.length === 1
    ? titleOrdinal
    : ([...counts.entries()].sort((a, b) => b[1] - a[1] || Number(b[0] === titleOrdinal) - Number(a[0] === titleOrdinal) || b[0] - a[0])[0]?.[0] ?? titleOrdinal);

  const key = `Plan:${document.id}`;
  let label = document.title;
  const chosen = spans.filter((span) => span.ordinal === ordinal);
  // With no mention in the body, the title still names the plan ("Shaanxi adopts 15th Five-Year Plan proposals").
  const planName = chosen[0]?.name ?? (pattern && ordinal !== undefined ? [...document.title.matchAll(pattern)][0]?.[2] : undefined);
  let named: { view: SentenceView; start: number; end: number } | undefined;
  let inferred: InferredPlan | undefined;
  let shortName: string | undefined;
  if (ordinal !== undefined && planName) {
    // "14th 5-year plan" is the Five-Year Plan written with a figure.
    const spelling = (name: string) => name.toLowerCase().replace(/[\s-]+/gu, ' ').replace(/^5 /u, 'five ');
    const canonicalName = lexicon.planNames.find((name) => spelling(name) === spelling(planName)) ?? planName;
    label = `${placeLabel ? `${placeLabel} ` : ''}${ordinal}${ordinalSuffix(ordinal)} ${canonicalName}`;
    // "Nanshan District 14th Five-Year Plan" is as often written without the level word.
    const bare = placeLabel ? withoutLevel(placeLabel, lexicon) : undefined;
    if (bare) shortName = `${bare} ${ordinal}${ordinalSuffix(ordinal)} ${canonicalName}`;
  } else {
    // A plan that is not a numbered five-year plan goes by its own title, when the text gives one.
    named = titledPlan(sentences) ?? describedPlan(sentences);
    if (named) label = named.view.sentence.text.slice(named.start, named.end);
    else {
      inferred = inferredPlan(sentences, placeLabel);
      if (inferred) label = inferred.label;
    }
  }
  const period = PERIOD.exec(document.title) ?? periodNear(sentences, spans, ordinal) ?? (ordinal === undefined ? PERIOD.exec(document.text) : null);
  const plan: PlanInfo = { key, label };
  if (period) {
    plan.periodStart = Number(period[1]);
    plan.periodEnd = Number(period[2]);
  } else if (ordinal !== undefined && ordinal >= 3 && /five-year/iu.test(label)) {
    plan.periodStart = firstYearOf(ordinal);
    plan.periodEnd = plan.periodStart + 4;
  }
  context.plan = plan;

  const firstSentence = sentences[0];
  if (named) {
    store.addEntity({ key, entityType: 'Plan', label, aliases: [document.title], evidence: evidenceAt(document, named.view.sentence, named.start, named.end) });
  } else if (inferred) {
    store.addEntity({ key, entityType: 'Plan', label, aliases: [...inferred.aliases, document.title], evidence: evidenceAt(document, inferred.view.sentence, inferred.start, inferred.end) });
  } else if (chosen.length === 0 && firstSentence) {
    store.addEntity({ key, entityType: 'Plan', label, evidence: evidenceAt(document, firstSentence.sentence, 0, firstSentence.sentence.text.length) });
  }
  for (const span of chosen) {
    const view = sentences[span.sentence]!;
    const title = officialTitle(view.sentence.text, span.start, span.end);
    const aliases = [view.sentence.text.slice(span.start, span.end), ...(title ? [title.text] : []), ...(shortName ? [shortName] : [])];
    store.addEntity({ key, entityType: 'Plan', label, aliases, evidence: evidenceAt(document, view.sentence, title?.start ?? span.start, title?.end ?? span.end) });
  }

  if (placeKey && store.get(key)) {
    const mention = store.get(placeKey)?.mentions[0];
    if (mention) store.addRelation(key, 'coversPlace', placeKey, mention);
  }
  recordQuotedPlans(context, sentences, key);
}

const QUOTED = /[“"]([^“”"]{12,200})[”"]/gu;
const QUOTED_STATEMENT = /[.!?。]$|\b(?:will|shall|should|would|must|can|is|are|was|were|has|have)\b/u;

/**
 * "issued the "Fourteenth Five-Year Plan for the Development of … in Gansu Province"":
 * a plan the text names by a quoted title of its own, when it is not the plan
 * the text is about, is another plan, related to it.
 */
function recordQuotedPlans(context: ExtractContext, sentences: readonly SentenceView[], planKey: string): void {
  const { store, document } = context;
  const own = store.get(planKey);
  const ownNames = new Set([own?.label ?? '', ...(own?.aliases ?? [])].map((name) => name.toLowerCase()));
  for (const view of sentences) {
    for (const match of view.sentence.text.matchAll(QUOTED)) {
      const title = match[1]!.trim();
      if (title.split(/\s+/u).length < 5 || !/^\p{Lu}/u.test(title) || !TITLE_HEADS.test(title) || ownNames.has(title.toLowerCase())) continue;
      // A quoted statement ("Guizhou will speed up … during the 13th Five-Year Plan.") mentions a plan; it is no title.
      if (QUOTED_STATEMENT.test(title)) continue;
      const start = match.index + match[0].indexOf(title);
      const evidence = evidenceAt(document, view.sentence, start, start + title.length);
      const other = store.addEntity({ entityType: 'Plan', label: title, evidence });
      if (other !== planKey) store.addRelation(planKey, 'relatedTo', other, evidence);
    }
  }
}

// National five-year plans run back to back from 1966 (the 3rd); earlier ones were irregular.
const THIRD_PLAN_START = 1966;

function firstYearOf(ordinal: number): number {
  return THIRD_PLAN_START + 5 * (ordinal - 3);
}

function ordinalStartingIn(year: number): number | undefined {
  return year >= THIRD_PLAN_START && (year - THIRD_PLAN_START) % 5 === 0 ? 3 + (year - THIRD_PLAN_START) / 5 : undefined;
}

interface InferredPlan {
  view: SentenceView;
  start: number;
  end: number;
  label: string;
  aliases: string[];
}

// "the 2025 government work report", "his report on (the work of the) government".
const WORK_REPORT = /\b(?:(?:(?:19|20)\d{2}\s+)?government\s+work\s+report|report\s+on\s+(?:the\s+work\s+of\s+the\s+)?government(?:\s+work)?)\b/iu;

/**
 * A plan the text names by no title: the government work report it is about
 * ("<Place> government work report"), else the five-year plan whose years it
 * gives ("from 2011 to 2015" is the 12th): national five-year plans run back to
 * back from 1966, the 3rd.
 */
function inferredPlan(sentences: readonly SentenceView[], placeLabel: string | undefined): InferredPlan | undefined {
  const owner = placeLabel ? `${placeLabel} ` : '';
  for (const view of sentences) {
    const report = WORK_REPORT.exec(view.sentence.text);
    if (report) return { view, start: report.index, end: report.index + report[0].length, label: `${owner}government work report`, aliases: [report[0]] };
  }
  for (const view of sentences) {
    const period = PERIOD.exec(view.sentence.text);
    if (!period) continue;
    const [from, to] = [Number(period[1]), Number(period[2])];
    const ordinal = ordinalStartingIn(from);
    if (to - from !== 4 || ordinal === undefined) continue;
    return { view, start: period.index, end: period.index + period[0].length, label: `${owner}${ordinal}${ordinalSuffix(ordinal)} Five-Year Plan`, aliases: [] };
  }
  return undefined;
}

/** "Nanshan District" → "Nanshan": a place label ending in a level word, without it; undefined otherwise. */
function withoutLevel(placeLabel: string, lexicon: Lexicon): string | undefined {
  const words = placeLabel.split(/\s+/u);
  const last = words[words.length - 1]?.toLowerCase();
  if (words.length < 2 || !last || !lexicon.placeLevels.some((level) => level.toLowerCase() === last)) return undefined;
  return words.slice(0, -1).join(' ');
}

// The head of a plan document's title before the plan's name: "Outline of Hunan Province's", "Recommendations of … on Formulating the".
const TITLE_HEAD = /\b(?:Outline|Recommendations?|Proposals?|Program(?:me)?|Suggestions?)\s+(?:of|for|on)\b[^.;:!?“”"]*$/u;
// What follows the name in such a title: the period, "for National Economic and Social Development", "and the Long-Range Objectives Through the Year 2035".
const TITLE_TAIL = /^(?:\s*\([^()]{0,30}\))?(?:\s+(?:for|on)\s+(?:the\s+)?(?:National\s+)?Economic\s+and\s+Social\s+Development)?(?:\s+and\s+(?:the\s+)?Long-Range\s+Objectives\s+(?:Through|through|to|for)\s+(?:the\s+)?Year\s+20\d\d)?/u;

/**
 * The full official title around a plan's name, when the text gives it:
 * "the Outline of <Place>'s 14th Five-Year Plan (2021-2025) for National Economic
 * and Social Development and the Long-Range Objectives Through the Year 2035".
 */
function officialTitle(text: string, start: number, end: number): { text: string; start: number; end: number } | undefined {
  const head = TITLE_HEAD.exec(text.slice(Math.max(0, start - 160), start));
  if (!head) return undefined;
  const titleStart = Math.max(0, start - 160) + head.index;
  const tail = TITLE_TAIL.exec(text.slice(end));
  const titleEnd = end + (tail?.[0].length ?? 0);
  return { text: text.slice(titleStart, titleEnd).trim(), start: titleStart, end: titleEnd };
}

// A plan's own title: capitalised words joined by of/for/on/the/and/'s, ending in Plan, Outline or Program(me)
// or holding one of them ("Outline of the … Development Plan", "Joint Plan for Carrying Out the … Outline").
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}-]*(?:['’]s)?|\d{4}(?:[-–]\d{2,4})?)`;
const PLAN_TITLE = new RegExp(String.raw`${TITLE_WORD}(?:\s+(?:(?:of|for|on|the|and|in|to)\s+)*${TITLE_WORD})*`, 'gu');
// "Implementation Opinions on …", "Guiding Opinions on …": the State Council's and provinces' opinions are plans too.
const TITLE_HEADS = /\b(?:Plan|Outline|Program|Programme|Blueprint|Opinions)\b/u;

/** The first title in the body (or the headline's quoted title) that names a plan by its own words. */
function titledPlan(sentences: readonly SentenceView[]): { view: SentenceView; start: number; end: number } | undefined {
  for (const view of sentences) {
    for (const match of view.sentence.text.matchAll(PLAN_TITLE)) {
      const words = match[0].split(/\s+/u);
      if (words.length < 4 || !TITLE_HEADS.test(match[0]) || /^(?:Five-Year|The)$/u.test(words[0]!)) continue;
      // A title-case headline is all capitals: only a quoted title counts there.
      if (view.line.kind === 'heading' && !/[“"]\s*$/u.test(view.sentence.text.slice(0, match.index))) continue;
      // "… Plan on Monday": a date after the title is not part of it.
      const title = match[0].replace(/\s+(?:on|in|of)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/u, '');
      return { view, start: match.index, end: match.index + title.length };
    }
  }
  return undefined;
}

// "the development plan outline for the Guangdong-Hong Kong-Macao Greater Bay Area": a plan named in lower case by what
// it is for, when that is a proper name.
// "an outline for the integrated regional development of the Yangtze River Delta": lower-case words may
// stand between "for" and the name the plan is for, joined to it by "of".
const DESCRIBED_PLAN = /\b(?:[Tt]he|[Aa]n?)\s+((?:[\p{Ll}-]+\s+){0,3}(?:plan|outline|blueprint)(?:\s+outline)?\s+(?:for|on)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){1,4}of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)/u;

/** The first plan the body describes in lower case, by what it is for ("the development plan outline for the … Area"). */
function describedPlan(sentences: readonly SentenceView[]): { view: SentenceView; start: number; end: number } | undefined {
  for (const view of sentences) {
    if (view.line.kind === 'heading') continue;
    const match = DESCRIBED_PLAN.exec(view.sentence.text);
    if (!match) continue;
    let start = match.index + match[0].indexOf(match[1]!);
    const end = start + match[1]!.length;
    // "the much-anticipated development plan …": what the article says of the plan is not its name.
    for (const token of view.tagged) {
      if (token.start < start) continue;
      if (token.start >= end || !(token.pos === 'ADJ' || token.pos === 'VERB' || token.pos === 'ADV' || token.text === '-')) break;
      start = token.end;
    }
    while (start < end && /[\s-]/u.test(view.sentence.text[start]!)) start += 1;
    return { view, start, end };
  }
  return undefined;
}

/** The period written right after a mention of the chosen plan ("15th Five-Year Plan (2026-2030)"), not another plan's. */
function periodNear(sentences: SentenceView[], spans: { sentence: number; end: number; ordinal: number }[], ordinal: number | undefined): RegExpExecArray | null {
  for (const span of spans) {
    if (span.ordinal !== ordinal) continue;
    const after = sentences[span.sentence]!.sentence.text.slice(span.end, span.end + 24);
    const period = PERIOD.exec(after);
    if (period && /^\s*(?:period\s*)?[(（]?\s*$/u.test(after.slice(0, period.index))) return period;
  }
  return null;
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
