import type { TaggedToken } from '../../annotate/tagged-token.js';
import type { EntityType } from '../../model/vocabulary.js';
import { isVerbLike, type TokenRange } from './chunks.js';
import { contentSentences, type ExtractContext } from '../core/context.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { addPhraseItem, CONCEPT_BLOCKERS } from '../core/phrase-items.js';

interface HeadClasses {
  byHead: Map<string, EntityType>;
  generic: Set<string>;
}

/** The head-noun classes of the typing table: industry nouns → Industry, measure nouns → Initiative. */
const headClassesFor = perLexicon((lexicon: Lexicon): HeadClasses => {
  const byHead = new Map<string, EntityType>();
  for (const word of lexicon.industryHeads) byHead.set(word.toLowerCase(), 'Industry');
  for (const word of lexicon.initiativeHeads) if (!/\s/u.test(word)) byHead.set(word.toLowerCase(), 'Initiative');
  const generic = new Set([...lexicon.genericWords, ...lexicon.functionWords, ...lexicon.selfReferences, 'whole', 'entire', 'county', 'coastal', 'raw', 'overall', 'local', 'national', 'regional', 'provincial', 'municipal', 'such', 'various', 'relevant', 'related', 'traditional', 'existing'].map((word) => word.toLowerCase()));
  return { byHead, generic };
});

/**
 * Noun phrases typed by their head noun alone, wherever they stand: "strategic
 * emerging industries", "the digital economy", "the rural revitalization
 * strategy". A phrase needs a qualifier of its own: "the economy", "industries"
 * or "a development strategy" name nothing.
 */
export function extractHeadNounPhrases(context: ExtractContext): void {
  const { byHead, generic } = headClassesFor(context.lexicon);
  for (const view of contentSentences(context)) {
    const tokens = view.tagged;
    for (let i = 0; i < tokens.length; i += 1) {
      const entityType = byHead.get(tokens[i]!.lower);
      if (!entityType || tokens[i]!.pos !== 'NOUN') continue;
      // "industry" inside "industry clusters" or "industrial chain": the phrase's head comes later.
      if (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.text === '-') continue;
      const range = modifiersBefore(context.lexicon, tokens, i);
      const qualifiers = tokens.slice(range.first, i).filter((token) => token.isWord && token.text !== '-' && !generic.has(token.lower));
      if (qualifiers.length === 0) continue;
      // "is a signature sector", "another pillar industry": an indefinite phrase describes; it names no industry.
      if (/^(?:a|an|another|one)$/u.test(tokens[range.first - 1]?.lower ?? '')) continue;
      addPhraseItem(context, view, tokens, range, entityType, undefined, undefined, CONCEPT_BLOCKERS);
    }
  }
}

/** The adjectives, nouns and participles directly before a head, hyphenated words kept whole. */
function modifiersBefore(lexicon: Lexicon, tokens: readonly TaggedToken[], head: number): TokenRange {
  let first = head;
  while (first > 0) {
    const token = tokens[first - 1]!;
    // A sentence-initial capital is tagged a proper noun ("Strategic emerging industries …").
    const participle = token.pos === 'VERB' && /(?:ing|ed)$/u.test(token.lower) && ((first - 1 > 0 && /^(?:DET|ADJ|NOUN|PUNCT)$/u.test(tokens[first - 2]!.pos)) || (first - 2 === 0 && tokens[0]!.pos === 'PROPN'));
    // An imperative verb opening the sentence is tagged a proper noun too ("Study the … project"): it qualifies nothing.
    const initialCapital = token.pos === 'PROPN' && first - 1 === 0 && !isVerbLike(lexicon, token, tokens[first], true);
    const modifier = token.pos === 'ADJ' || initialCapital || token.pos === 'NOUN' || token.text === '-' || participle;
    // "ice and snow economy": modifiers joined by "and" share the head.
    const joined = token.lower === 'and' && first - 1 > 0 && /^(?:NOUN|ADJ)$/u.test(tokens[first - 2]!.pos) && /^(?:NOUN|ADJ)$/u.test(tokens[first]!.pos) && first < head;
    // "Hubei's economy": a possessor is not a qualifier of the industry's name.
    if (/['’]s$/u.test(token.text) || token.pos === 'PART') break;
    // "… and many other key sectors": "other" refers to the rest of a list; it names no sector.
    if (token.lower === 'other') break;
    if (!modifier && !joined) break;
    first -= 1;
  }
  while (first < head && tokens[first]!.text === '-') first += 1;
  return { first, last: head + 1 };
}
