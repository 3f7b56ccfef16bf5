import type { ListHead } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp } from '../core/text-match.js';

/** What the list readers look up per sentence, derived once per lexicon. */
export interface ListWords {
  /** Every list-head phrase, as one array so findPhrases reuses its index. */
  headPhrases: string[];
  /** Lower-cased phrase → the first list head that declares it. */
  headByPhrase: Map<string, ListHead>;
  /** The phrases of groupable (industry) heads. */
  industryHeadPhrases: string[];
  introducers: string[];
  adjacentIntroducers: Set<string>;
  ofListHeads: Set<string>;
  /** ", focusing on " after a head; undefined when the lexicon has no focus cues. */
  focusConnector: RegExp | undefined;
  topic: RegExp;
  /** Anaphoric openers, lower-cased, each followed by a space. */
  openers: string[];
  /** Words that end a run of qualifiers before a head. */
  nonModifiers: Set<string>;
  verbPrefixes: Set<string>;
  /** ", and build …" after a noun list; built from the lexicon's base verbs and gerunds. */
  verbClause: RegExp;
  /** Leading articles and self-references of an item: "the city's", "its". */
  itemLead: RegExp;
  baseVerbs: Set<string>;
}

// The tails that let a frame-bound head open a list: "Major platforms include …",
// "six areas for breakthroughs: …" (a short prepositional qualifier at most).
export const QUALIFIED_HEAD_TAIL = /^\s+(?:include|includes|including)\s/u;
export const COUNTED_HEAD_TAIL = /^(?:\s+(?:for|of|in|to|with|where)\s+[^:,;.()]{1,40}?)?\s*:/u;

export const listWordsFor = perLexicon((lexicon): ListWords => {
  const headByPhrase = new Map<string, ListHead>();
  for (const spec of lexicon.listHeads) {
    for (const phrase of spec.phrases) if (!headByPhrase.has(phrase.toLowerCase())) headByPhrase.set(phrase.toLowerCase(), spec);
  }
  const focus = lexicon.focusCues.map((cue) => cue.toLowerCase().replace(/\s+/gu, '\\s+')).join('|');
  const baseVerbs = new Set(
    [...lexicon.verbPrefixes, ...lexicon.changeVerbs, 'lay', 'grow', 'explore', 'open', 'seek', 'step', 'turn', 'use', 'serve', 'act', 'take', 'put', 'help', 'become']
      .filter((word) => !/\s/u.test(word) && !/(?:ing|ed|er|s)$/u.test(word) && !['further', 'more', 'better', 'broader', 'deeper', 'greater', 'stronger'].includes(word))
      .map((word) => word.toLowerCase()),
  );
  const verbs = [...baseVerbs].map(escapeRegExp).join('|');
  const gerunds = lexicon.verbPrefixes.filter((word) => /^\p{L}+ing$/u.test(word)).map(escapeRegExp).join('|');
  const selves = lexicon.selfReferences.join('|');
  return {
    headPhrases: lexicon.listHeads.flatMap((spec) => spec.phrases),
    headByPhrase,
    industryHeadPhrases: lexicon.listHeads.filter((head) => head.groupable).flatMap((head) => head.phrases),
    introducers: [...lexicon.introducers, ...lexicon.adjacentIntroducers],
    adjacentIntroducers: new Set(lexicon.adjacentIntroducers.map((p) => p.toLowerCase())),
    ofListHeads: new Set(lexicon.ofListHeads.map((phrase) => phrase.toLowerCase())),
    focusConnector: focus ? new RegExp(`^,?\\s+(?:${focus})\\s+`, 'u') : undefined,
    topic: new RegExp(`^(?:${lexicon.topicPrepositions.map((p) => p.toLowerCase()).join('|')})\\s+(?:(?:the|its|their)\\s+)?`, 'u'),
    openers: lexicon.anaphoricOpeners.map((opener) => `${opener.toLowerCase()} `),
    nonModifiers: new Set([...lexicon.functionWords, ...lexicon.verbs, ...lexicon.verbPrefixes, ...lexicon.changeVerbs]),
    verbPrefixes: new Set(lexicon.verbPrefixes),
    // ", and build …", ", and building a …", ", make the …" and ", relying on …" open a new clause after a noun list.
    verbClause: new RegExp(
      `,\\s+and\\s+(?:also\\s+)?(?:to\\s+)?(?:${verbs})\\b|,\\s+and\\s+(?:${gerunds})\\b|,\\s+(?:${verbs})\\s+(?:the|a|an|its|their|it|them)\\b|,\\s+\\p{L}+ing\\s+(?:on|upon|to|with|from)\\b`,
      'u',
    ),
    itemLead: new RegExp(`^(?:(?:the|a|an)\\s+(?:(?:${selves})['’]s\\s+)?|(?:its|their|our)\\s+)`, 'iu'),
    baseVerbs,
  };
});
