import type { Lexicon } from './lexicon.js';

/**
 * Memoises what an extractor derives from the lexicon (patterns, sets, sorted
 * phrase lists) per lexicon object. Building them per sentence was most of
 * extraction time; a parsed lexicon is never mutated, so its identity is the key.
 */
export function perLexicon<T>(derive: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lexicon) => {
    let derived = cache.get(lexicon);
    if (derived === undefined) {
      derived = derive(lexicon);
      cache.set(lexicon, derived);
    }
    return derived;
  };
}
