import type { TaggedToken } from './tagged-token.js';
import type { TaggedSentence } from './annotate-sentence.js';

let segmenter: Intl.Segmenter | undefined;

/**
 * One Chinese sentence → word tokens from `Intl.Segmenter` (built into Node
 * and browsers, dictionary-based, no model to ship). Chinese has no part-of-speech
 * tagger here: a token is NUM when it is a figure, PUNCT when it is not a word,
 * X otherwise; the Chinese readers decide word classes from the lexicon.
 */
export function segmentChineseSentence(text: string): TaggedSentence {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const tokens: TaggedToken[] = [];
  for (const piece of segmenter.segment(text)) {
    const surface = piece.segment;
    if (/^\s+$/u.test(surface)) continue;
    const isWord = piece.isWordLike === true || /[\p{L}\p{N}]/u.test(surface);
    tokens.push({
      text: surface,
      lower: surface.toLowerCase(),
      lemma: surface.toLowerCase(),
      pos: !isWord ? 'PUNCT' : /^[\d.,０-９]+$/u.test(surface) ? 'NUM' : 'X',
      start: piece.index,
      end: piece.index + surface.length,
      isWord,
    });
  }
  return { tokens, quantities: [] };
}
