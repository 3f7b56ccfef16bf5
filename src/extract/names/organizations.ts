import { addName, contentSentences, namesIn, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import { lookupAlias } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { findFoldedPhrase, isCapitalized, type Token } from '../core/text-match.js';
import { foldForMatch } from '../core/normalize.js';

// Heads that put the field after them: "Ministry of Commerce", "Institute for Reform and Development".
const LEADING_HEADS = new Set(['Ministry', 'Department', 'Bureau', 'Office', 'Administration', 'University', 'Academy', 'Institute', 'Commission']);
const NAME_CONNECTORS = new Set(['and', 'of', 'for', '&']);
// "… Regional Committee of the Communist Party of China (CPC)": the party named after the committee is part of its name.
// "the development and reform commission of Gansu province": a body written in lower case is
// only a name when a known place follows "of"; the capitalised form is read by its run of capitals.
const LOWER_CASE_BODY = /\b[Tt]he\s+((?:[a-z-]+\s+){1,3}(?:and\s+[a-z-]+\s+)?(?:commission|bureau|department|administration))(?=\s+of\s)/gu;
const LEVEL_AFTER_PLACE = /^\s+(?:autonomous\s+region|province|municipality)\b/iu;
const PLACE_CONGRESS = /(?<=\s)people's congress\b/gu;
const PARTY_TAIL = /^\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China(?:\s*\((?:CPC|CCP)\))?|CPC\b|CCP\b)/u;
/** "… Committee of the CPC" is the same body as "… Committee of the Communist Party of China": one label, the short form an alias. */
const SHORT_PARTY_TAIL = /\s+of\s+the\s+(?:CPC|CCP)$/u;

const organizationPatternsFor = perLexicon((lexicon) => {
  const levels = lexicon.organizationLevels.map((level) => level.toLowerCase()).join('|');
  return {
    heads: new Set(lexicon.organizationHeads),
    functionWords: new Set(lexicon.functionWords),
    office: new RegExp(`\\binformation office of the (?:\\p{L}+\\s+){0,3}(?:${levels}) (?:people's )?government\\b`, 'gu'),
    congress: new RegExp(`\\b(?:${levels}) people's congress\\b`, 'gu'),
    // "provincial people's government" names the same body as "provincial government".
    levelForms: lexicon.organizationLevels.map((level) => ({
      levelNeedle: foldForMatch(level),
      forms: lexicon.organizationHeads.flatMap((head) => [`${level} ${head}`, `${level} people's ${head}`]).map((form) => ({ form, needle: foldForMatch(form) })),
    })),
  };
});

/**
 * Organisations by form: a capitalised run ending in an organisation head
 * ("CPC Chongqing Municipal Committee", "Shenzhen Municipal Development and
 * Reform Commission"), "Ministry of …", and "<place> provincial government".
 * Runs before place names so a city inside an organisation's name stays part of it.
 */
export function extractOrganizations(context: ExtractContext): void {
  const { heads } = organizationPatternsFor(context.lexicon);
  for (const view of contentSentences(context)) {
    // Bodies named by level first, so the government inside "information office of the … government" stays part of it.
    recordUnnamedBodies(context, view);
    const tokens = view.tokens;
    tokens.forEach((token, index) => {
      // "the CPC Tianjin Municipal Committee's proposals": the head may carry the possessive.
      const possessive = /['’]s$/u.exec(token.text)?.[0] ?? '';
      if (!heads.has(possessive ? token.text.slice(0, -possessive.length) : token.text)) return;
      // "Provincial Government Information Office", "Standing Committee of the CPC … Committee": the last head names the body.
      if (laterHead(context, tokens, index) !== undefined) return;
      let first = index;
      while (first > 0) {
        const previous = tokens[first - 1]!;
        if (isNameWord(previous, context)) first -= 1;
        else if (NAME_CONNECTORS.has(previous.lower) && first > 1 && isNameWord(tokens[first - 2]!, context)) first -= 1;
        else if (previous.lower === 'the' && tokens[first - 2]?.lower === 'of' && first > 2 && heads.has(tokens[first - 3]!.text)) first -= 3;
        else break;
      }
      let last = index;
      if (LEADING_HEADS.has(token.text) && ['of', 'for'].includes(tokens[index + 1]?.lower ?? '')) {
        let next = index + 2;
        while (next < tokens.length && (isNameWord(tokens[next]!, context) || (NAME_CONNECTORS.has(tokens[next]!.lower) && tokens[next + 1] && isNameWord(tokens[next + 1]!, context)))) next += 1;
        if (next > index + 2) last = next - 1;
      }
      if (last - first < 1) return;
      // "the 20th National Congress of the Communist Party of China" is a meeting; the event reader names it.
      if (token.text === 'Congress' && /\d+(?:st|nd|rd|th)$/u.test(tokens[first - 1]?.text ?? '') && /^(?:National|CPC)$/u.test(tokens[first]!.text)) return;
      const headEnd = tokens[last]!.end - (last === index ? possessive.length : 0);
      const end = (possessive && last === index ? undefined : placeAfter(context, view, headEnd)) ?? headEnd;
      record(context, view, tokens[first]!.start, end + (PARTY_TAIL.exec(view.sentence.text.slice(end))?.[0].length ?? 0));
    });
    recordLevelGovernments(context, view);
    recordLowerCaseBodies(context, view);
  }
}

/** A head later in the same capitalised run ("… of the CPC Lakeside Municipal Committee"), if any. */
function laterHead(context: ExtractContext, tokens: readonly Token[], index: number): number | undefined {
  const { heads } = organizationPatternsFor(context.lexicon);
  let next = index + 1;
  if (tokens[next]?.lower === 'of' && tokens[next + 1]?.lower === 'the') next += 2;
  for (; next < tokens.length; next += 1) {
    const token = tokens[next]!;
    if (heads.has(token.text) && isNameWord(token, context)) return next;
    if (isNameWord(token, context)) continue;
    if (NAME_CONNECTORS.has(token.lower) && tokens[next + 1] && isNameWord(tokens[next + 1]!, context) && token.lower !== 'of') continue;
    return undefined;
  }
  return undefined;
}

function recordLowerCaseBodies(context: ExtractContext, view: SentenceView): void {
  const text = view.sentence.text;
  for (const match of text.matchAll(LOWER_CASE_BODY)) {
    const start = match.index + match[0].length - match[1]!.length;
    const head = match.index + match[0].length;
    const placeEnd = placeAfter(context, view, head);
    if (placeEnd === undefined) continue;
    record(context, view, start, placeEnd + (LEVEL_AFTER_PLACE.exec(text.slice(placeEnd))?.[0].length ?? 0));
  }
}

function isNameWord(token: Token, context: ExtractContext): boolean {
  // "PetroChina's Tarim Oilfield": the owner before a possessive is a name of its own.
  // "Provincial People's Government": "People's" is a word of the body's name, not an owner.
  return token.isWord && (!/['’]s$/u.test(token.text) || /^People['’]s$/u.test(token.text)) && isCapitalized(token.text) && !/^\d/u.test(token.text) && !organizationPatternsFor(context.lexicon).functionWords.has(token.lower);
}

/** "… Commission of Guangxi Zhuang Autonomous Region": a known place after "of" completes the name; returns its end. */
function placeAfter(context: ExtractContext, view: SentenceView, end: number): number | undefined {
  const tail = /^\s+of\s+(?:the\s+)?/u.exec(view.sentence.text.slice(end));
  if (!tail) return undefined;
  const from = end + tail[0].length;
  const tokens = view.tokens.filter((token) => token.start >= from).slice(0, 5);
  const wordEnd = tokens.findIndex((token) => !token.isWord);
  if (wordEnd !== -1) tokens.length = wordEnd;
  for (let take = tokens.length; take >= 1; take -= 1) {
    const last = tokens[take - 1]!;
    if (lookupAlias(context.lexicon, view.sentence.text.slice(from, last.end))?.entityType === 'Place') return last.end;
  }
  return undefined;
}

/**
 * Bodies named by level rather than by place: "the provincial people's
 * congress", "the information office of the Shaanxi provincial people's
 * government". A people's congress is one body per level, so the level names it.
 */
function recordUnnamedBodies(context: ExtractContext, view: SentenceView): void {
  const { office, congress } = organizationPatternsFor(context.lexicon);
  for (const match of view.folded.matchAll(office)) record(context, view, match.index, match.index + match[0].length);
  for (const match of view.folded.matchAll(congress)) record(context, view, placeBefore(context, view, match.index) ?? match.index, match.index + match[0].length);
  // "the 9th Lakeside People's Congress": a known place names its congress without a level word.
  for (const match of view.folded.matchAll(PLACE_CONGRESS)) {
    const start = placeBefore(context, view, match.index);
    if (start !== undefined) record(context, view, start, match.index + match[0].length);
  }
}

/** "the Fujian Provincial People's Congress": a known place right before a level word names the body; returns its start. */
function placeBefore(context: ExtractContext, view: SentenceView, at: number): number | undefined {
  const tokens = view.tokens.filter((token) => token.end <= at);
  for (let take = 3; take >= 1; take -= 1) {
    const first = tokens[tokens.length - take];
    if (!first || !isCapitalized(first.text)) continue;
    if (lookupAlias(context.lexicon, view.sentence.text.slice(first.start, at).trim())?.entityType === 'Place') return first.start;
  }
  return undefined;
}

/** "the Hubei provincial government": a known place, a level word and a head, in any case. */
function recordLevelGovernments(context: ExtractContext, view: SentenceView): void {
  const { lexicon } = context;
  for (const { levelNeedle, forms } of organizationPatternsFor(lexicon).levelForms) {
    // Every form starts with its level word; most sentences name no level at all.
    if (!view.folded.includes(levelNeedle)) continue;
    for (const { form, needle } of forms) {
      for (const at of findFoldedPhrase(view.folded, needle)) {
        const tokens = view.tokens.filter((token) => token.end <= at);
        for (let take = 1; take <= 3 && take <= tokens.length; take += 1) {
          const first = tokens[tokens.length - take]!;
          const place = lookupAlias(lexicon, view.sentence.text.slice(first.start, at).trim());
          if (place?.entityType === 'Place') {
            record(context, view, first.start, at + form.length);
            break;
          }
        }
      }
    }
  }
}

function record(context: ExtractContext, view: SentenceView, start: number, end: number): void {
  const index = view.sentence.index;
  if (namesIn(context, index).some((name) => start < name.end && name.start < end)) return;
  const written = view.sentence.text.slice(start, end);
  const label = written.replace(SHORT_PARTY_TAIL, ' of the Communist Party of China');
  const key = context.store.addEntity({
    entityType: 'Organization',
    label,
    ...(label !== written ? { aliases: [written] } : {}),
    evidence: evidenceAt(context.document, view.sentence, start, end),
  });
  addName(context, index, { key, entityType: 'Organization', start, end });
}
