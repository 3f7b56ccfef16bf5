import type { Lexicon } from './lexicon.js';
import { perLexicon } from './lexicon-cache.js';
import { foldForMatch } from './normalize.js';

// Longest first; one strip per word is enough to meet "governance"/"govern",
// "upgrading"/"upgrade", "industrial"/"industries", "megacity"/"megacities".
const SUFFIXES = [
  'ational', 'ization', 'isation', 'ations', 'ative', 'ation', 'ities', 'ition', 'ments', 'ment', 'ance', 'ence', 'ness',
  'ical', 'ity', 'ing', 'ive', 'ion', 'ial', 'ies', 'ize', 'ise', 'ate', 'al', 'ed', 'es', 'er', 'ic', 's', 'e', 'y',
];

/** A light suffix stripper: equal stems for the inflections plan prose uses. */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  for (const suffix of SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3) return lower.slice(0, -suffix.length);
  }
  return lower;
}

interface StemWords {
  /** Verb prefixes as word lists, longest first, grouped by their first word. */
  prefixesByFirstWord: Map<string, string[][]>;
  functionWords: Set<string>;
  /** Generic words match as written: "industry" is generic, "industrial" is not. */
  generic: Set<string>;
  selfReferences: Set<string>;
}

const stemWordsFor = perLexicon((lexicon): StemWords => {
  const prefixes = lexicon.verbPrefixes.map((p) => p.toLowerCase().split(/\s+/u)).sort((a, b) => b.length - a.length);
  const prefixesByFirstWord = new Map<string, string[][]>();
  for (const prefix of prefixes) {
    const group = prefixesByFirstWord.get(prefix[0]!);
    if (group) group.push(prefix);
    else prefixesByFirstWord.set(prefix[0]!, [prefix]);
  }
  return {
    prefixesByFirstWord,
    functionWords: new Set(lexicon.functionWords),
    generic: new Set(lexicon.genericWords.map((word) => word.toLowerCase())),
    selfReferences: new Set(lexicon.selfReferences),
  };
});

/**
 * The content of a label as a set of stems: leading verb prefixes ("promoting",
 * "pushing forward"), function words and generic words ("development",
 * "system") removed, so "promoting rural revitalization" and "rural
 * revitalization" have the same content.
 */
export function contentStems(label: string, lexicon: Lexicon): Set<string> {
  const { prefixesByFirstWord, functionWords, generic, selfReferences } = stemWordsFor(lexicon);
  let words = foldForMatch(label).split(/[^\p{L}\p{N}&'-]+/u).filter(Boolean);
  let stripped = true;
  while (stripped && words.length > 1) {
    stripped = false;
    for (const prefix of prefixesByFirstWord.get(words[0]!) ?? []) {
      if (prefix.length < words.length && prefix.every((part, index) => words[index] === part)) {
        words = words.slice(prefix.length);
        stripped = true;
        break;
      }
    }
  }
  const stems = new Set<string>();
  for (const word of words) {
    const bare = word.replace(/'s$/u, '');
    if (functionWords.has(bare) || selfReferences.has(bare)) continue;
    if (generic.has(bare) || generic.has(bare.replace(/s$/u, ''))) continue;
    stems.add(stemWord(bare));
  }
  return stems;
}
