import type { EntityType } from '../../model/vocabulary.js';
import { addName, contentSentences, namesIn, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import { lookupAlias, type GazetteerEntry } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp, findPhrases } from '../core/text-match.js';

// A name word: capitalised, possibly dash-joined ("Land-Sea", "Chengdu–Chongqing").
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’]*(?:[-–—‑]\p{Lu}?[\p{L}'’]+)*`;
const NAME_RUN = String.raw`${NAME_WORD}(?:\s+${NAME_WORD})*`;
// "G60 Science and Technology Innovation Valley": a name by form may join its words with "and".
// "China (Xinjiang) Pilot Free Trade Zone": a bracketed name word inside the run belongs to the name.
const JOINED_NAME_RUN = String.raw`${NAME_WORD}(?:\s+(?:and\s+)?${NAME_WORD}|\s+\(${NAME_WORD}\))*`;
// "Northwest China's …", "central and western China": a compass word makes the country a direction.
const COMPASS = '(?:north|south|east|west|central|northeast|northwest|southeast|southwest|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)';
const COMPASS_BEFORE = new RegExp(`(?:^|[^\\p{L}])${COMPASS}(?:\\s+(?:and|or)\\s+${COMPASS})?\\s+$`, 'iu');
const COMPASS_WORD = /^(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western)$/u;
const HAN_GLOSS = /^\s*[（(]\s*(\p{Script=Han}+)\s*[)）]/u;

const placePatternsFor = perLexicon((lexicon) => {
  // Names by form, most specific first (the index is the rank). `present` is a cheap test
  // for a part every match contains: most sentences have none, and the name-run patterns
  // are slow to fail on long capitalised text.
  const forms: NameForm[] = [
    {
      pattern: new RegExp(`(${JOINED_NAME_RUN})\\s+(${alternation(lexicon.placeSuffixes)})\\b`, 'gu'),
      present: new RegExp(`\\s(?:${alternation(lexicon.placeSuffixes)})\\b`, 'u'),
      entityType: 'Place',
      keepSuffix: true,
      properNounBefore: false,
    },
    {
      pattern: new RegExp(`(${JOINED_NAME_RUN})\\s+(${alternation(lexicon.regionSuffixes)})\\b`, 'gu'),
      present: new RegExp(`\\s(?:${alternation(lexicon.regionSuffixes)})\\b`, 'u'),
      entityType: 'Region',
      keepSuffix: true,
      properNounBefore: false,
    },
    {
      // "Haizhu district", "Hillshire province": the level in lower case, so only a proper noun before it names a place.
      pattern: new RegExp(`(${NAME_RUN})\\s+(${alternation(lexicon.placeLevels)})\\b`, 'gu'),
      present: new RegExp(`\\p{Lu}[\\p{L}'’]*\\s+(?:${alternation(lexicon.placeLevels)})\\b`, 'u'),
      entityType: 'Place',
      keepSuffix: true,
      properNounBefore: true,
    },
    {
      pattern: new RegExp(`\\b(?:${alternation(lexicon.placeIntroducers)})\\s+(${NAME_WORD})`, 'gu'),
      present: undefined,
      entityType: 'Place',
      keepSuffix: false,
      properNounBefore: false,
    },
    {
      pattern: new RegExp(`(${NAME_RUN})\\s*[（(]\\s*\\p{Script=Han}+\\s*[)）]`, 'gu'),
      present: /[（(]\s*\p{Script=Han}/u,
      entityType: 'Initiative',
      keepSuffix: false,
      properNounBefore: false,
    },
  ];
  return {
    // One array per lexicon, so the phrase index behind findPhrases is found by identity.
    phrases: lexicon.gazetteer.flatMap((entry) => [entry.label, ...entry.aliases]),
    leadingWords: new Set(lexicon.functionWords),
    forms,
    // "the Leizhou Peninsula and Jiayu Pass": a name complete with its suffix ends before "and".
    joined: new RegExp(`^.*?\\s(?:${alternation([...lexicon.placeSuffixes, ...lexicon.regionSuffixes])})(?=\\s+and\\s+\\p{Lu})`, 'u'),
    // "the Changsha-Ganzhou high-speed railway": the cities a route joins are its ends, not places the text names.
    routeAfter: new RegExp(`^\\s+(?:${alternation(lexicon.routeNouns)})\\b`, 'iu'),
  };
});

/**
 * Places, regions and other known names: the gazetteer first (longest match
 * wins, so "Chengdu–Chongqing economic circle" is not read as two cities),
 * then names recognised by form ("Tianfu New Area", "the city of Mianyang").
 */
export function extractPlaceNames(context: ExtractContext): void {
  const { lexicon } = context;
  const { phrases, leadingWords, forms, joined: joinedName, routeAfter } = placePatternsFor(lexicon);

  for (const view of contentSentences(context)) {
    const text = view.sentence.text;
    const candidates: Candidate[] = [];
    for (const match of findPhrases(view.folded, phrases)) {
      // "Northwest China's Gansu", "Central China": a compass word makes the country a description of where.
      if (COMPASS_BEFORE.test(text.slice(0, match.start))) continue;
      if (insideRouteName(view, match.start, match.end, routeAfter)) continue;
      const entry = lookupAlias(lexicon, text.slice(match.start, match.end));
      // Company names double as common words ("apple orchards"), so an organisation matches only as spelled.
      if (entry?.entityType === 'Organization' && !writtenAsNamed(entry, text.slice(match.start, match.end))) continue;
      if (entry) candidates.push({ entityType: entry.entityType, start: match.start, end: match.end, rank: 0 });
    }
    // In a title-case headline every word is capitalised, so a capitalised run before a suffix names nothing by its form.
    const titleCase = isTitleCase(view);
    forms.forEach(({ pattern, present, entityType, keepSuffix, properNounBefore }, rank) => {
      if (titleCase || (present && !present.test(text))) return;
      for (const match of text.matchAll(pattern)) {
        let start = match.index + match[0].indexOf(match[1]!);
        let end = start + match[1]!.length;
        // "the city of East China": a compass word is a direction, not the place's name.
        if (!keepSuffix && COMPASS_WORD.test(match[1]!)) continue;
        if (properNounBefore && !properNounEndsAt(view, end)) continue;
        let formType = entityType;
        if (keepSuffix) {
          end = match.index + match[0].length;
          // Two names joined by "and" ("… Greater Bay Area and Hainan Free Trade Port") are two names, not one.
          if (findPhrases(view.folded.slice(start, end), phrases).some((known) => /^\s+and\s/u.test(text.slice(start + known.end, end)))) continue;
          // "Optics Valley of China": a known place after "of" belongs to the name; a region there makes the whole a region.
          const tail = /^\s+of\s+(?:the\s+)?/u.exec(text.slice(end));
          if (tail) {
            const known = findPhrases(view.folded.slice(end + tail[0].length), phrases)[0];
            const knownEnd = known ? end + tail[0].length + known.end : 0;
            // "… Special Area of the China (Shanghai) Pilot Free Trade Zone": a known name that runs on into a longer name is not the owner.
            if (known && known.start === 0 && !/^\s*(?:\(|\p{Lu})/u.test(text.slice(knownEnd))) {
              if (lookupAlias(lexicon, text.slice(end + tail[0].length, end + tail[0].length + known.end))?.entityType === 'Region') formType = 'Region';
              end += tail[0].length + known.end;
            }
          }
        }
        // Sentence-initial "The" and similar are not part of the name.
        while (start < end) {
          const word = /^\S+\s+/u.exec(text.slice(start, end));
          if (!word || !leadingWords.has(word[0].trim().toLowerCase())) break;
          start += word[0].length;
        }
        // "Northwest China's Shaanxi Province": the owner before a possessive is another name.
        const possessive = /^.*['’]s\s+/u.exec(text.slice(start, end));
        if (possessive) start += possessive[0].length;
        if (start >= end || !/\s/u.test(text.slice(start, end)) && keepSuffix) continue;
        const joined = keepSuffix ? joinedName.exec(text.slice(start, end)) : null;
        if (joined) {
          candidates.push({ entityType: formType, start, end: start + joined[0].length, rank: rank + 1 });
          start += joined[0].length + (/^\s+and\s+/u.exec(text.slice(start + joined[0].length))?.[0].length ?? 0);
        }
        const known = lookupAlias(lexicon, text.slice(start, end));
        candidates.push({ entityType: known?.entityType ?? formType, start, end, rank: rank + 1 });
      }
    });
    // Longest name wins; on a tie the gazetteer, then the more specific form.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
    const chosen: Candidate[] = [];
    for (const candidate of candidates) {
      if (chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
      chosen.push(candidate);
    }
    chosen.sort((a, b) => a.start - b.start);
    for (const candidate of chosen) record(context, view, candidate.entityType, candidate.start, candidate.end);
  }
}

function isTitleCase(view: SentenceView): boolean {
  if (view.line.kind !== 'heading') return false;
  const words = view.tagged.filter((token) => token.isWord && /^\p{L}/u.test(token.text) && token.text.length > 3);
  return words.length >= 4 && words.filter((token) => /^\p{Lu}/u.test(token.text)).length / words.length >= 0.7;
}

interface NameForm {
  pattern: RegExp;
  present: RegExp | undefined;
  entityType: EntityType;
  keepSuffix: boolean;
  /** The tagger must read the word before the suffix as a proper noun ("Haizhu district", not "Digital city"). */
  properNounBefore: boolean;
}

function properNounEndsAt(view: SentenceView, end: number): boolean {
  const token = view.tagged.find((candidate) => candidate.end === end);
  return token?.pos === 'PROPN' && !COMPASS_WORD.test(token.text);
}

function alternation(phrases: readonly string[]): string {
  return phrases.map(escapeRegExp).join('|');
}

function writtenAsNamed(entry: GazetteerEntry, surface: string): boolean {
  const folded = surface.replace(/[-–—‑]/gu, '-');
  return [entry.label, ...entry.aliases].some((name) => name.replace(/[-–—‑]/gu, '-') === folded);
}

interface Candidate {
  entityType: EntityType;
  start: number;
  end: number;
  rank: number;
}

const DATELINE = /^,?\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}\b/u;

function record(context: ExtractContext, view: SentenceView, entityType: EntityType, start: number, end: number): void {
  const index = view.sentence.index;
  if (namesIn(context, index).some((name) => start < name.end && name.start < end)) return;
  const text = view.sentence.text;
  // "Hefei, January 7 (…)": a news dateline says where the story was filed, not what the plan covers.
  if (text.slice(0, start).trim() === '' && DATELINE.test(text.slice(end))) return;
  const surface = text.slice(start, end);
  const gloss = HAN_GLOSS.exec(text.slice(end));
  const key = context.store.addEntity({
    entityType,
    label: surface,
    aliases: gloss ? [gloss[1]!] : [],
    evidence: evidenceAt(context.document, view.sentence, start, end),
  });
  addName(context, index, { key, entityType, start, end });
}

/** A name inside a dash-joined route ("Nantong-Suzhou-Jiaxing high-speed railway") that the route noun follows. */
function insideRouteName(view: SentenceView, start: number, end: number, routeAfter: RegExp): boolean {
  const token = view.tokens.find((candidate) => candidate.start <= start && candidate.end >= end);
  if (!token || (token.start === start && token.end === end) || !/[-–—‑]/u.test(token.text)) return false;
  return routeAfter.test(view.sentence.text.slice(token.end));
}
