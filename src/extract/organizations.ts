import { addName, contentSentences, namesIn, type ExtractContext, type SentenceView } from './context.js';
import { evidenceAt } from './evidence.js';
import { lookupAlias } from './lexicon.js';
import { findPhrase, isCapitalized, type Token } from './text-match.js';

// Heads that put the field after them: "Ministry of Commerce".
const LEADING_HEADS = new Set(['Ministry', 'Department', 'Bureau', 'Office', 'Administration']);
const NAME_CONNECTORS = new Set(['and', 'of', 'for']);

/**
 * Organisations by form: a capitalised run ending in an organisation head
 * ("CPC Chongqing Municipal Committee", "Shenzhen Municipal Development and
 * Reform Commission"), "Ministry of …", and "<place> provincial government".
 * Runs before place names so a city inside an organisation's name stays part of it.
 */
export function extractOrganizations(context: ExtractContext): void {
  const heads = new Set(context.lexicon.organizationHeads);
  for (const view of contentSentences(context)) {
    const tokens = view.tokens;
    tokens.forEach((token, index) => {
      if (!heads.has(token.text)) return;
      let first = index;
      while (first > 0) {
        const previous = tokens[first - 1]!;
        if (isNameWord(previous, context)) first -= 1;
        else if (NAME_CONNECTORS.has(previous.lower) && first > 1 && isNameWord(tokens[first - 2]!, context)) first -= 1;
        else break;
      }
      let last = index;
      if (LEADING_HEADS.has(token.text) && tokens[index + 1]?.lower === 'of') {
        let next = index + 2;
        while (next < tokens.length && (isNameWord(tokens[next]!, context) || (NAME_CONNECTORS.has(tokens[next]!.lower) && tokens[next + 1] && isNameWord(tokens[next + 1]!, context)))) next += 1;
        if (next > index + 2) last = next - 1;
      }
      if (last - first < 1) return;
      record(context, view, tokens[first]!.start, tokens[last]!.end);
    });
    recordLevelGovernments(context, view);
  }
}

function isNameWord(token: Token, context: ExtractContext): boolean {
  return token.isWord && isCapitalized(token.text) && !/^\d/u.test(token.text) && !context.lexicon.functionWords.includes(token.lower);
}

/** "the Hubei provincial government": a known place, a level word and a head, in any case. */
function recordLevelGovernments(context: ExtractContext, view: SentenceView): void {
  const { lexicon } = context;
  for (const level of lexicon.organizationLevels) {
    for (const head of lexicon.organizationHeads) {
      for (const at of findPhrase(view.folded, `${level} ${head}`)) {
        const tokens = view.tokens.filter((token) => token.end <= at);
        for (let take = 1; take <= 3 && take <= tokens.length; take += 1) {
          const first = tokens[tokens.length - take]!;
          const place = lookupAlias(lexicon, view.sentence.text.slice(first.start, at).trim());
          if (place?.entityType === 'Place') {
            record(context, view, first.start, at + level.length + 1 + head.length);
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
  const key = context.store.addEntity({
    entityType: 'Organization',
    label: view.sentence.text.slice(start, end),
    evidence: evidenceAt(context.document, view.sentence, start, end),
  });
  addName(context, index, { key, entityType: 'Organization', start, end });
}
