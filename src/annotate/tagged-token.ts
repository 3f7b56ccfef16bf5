/** Universal part-of-speech tags, as the English model assigns them. */
export type PartOfSpeech =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** A number-like span the model recognises: "13.5 percent", "by 2025", "eight". */
export type QuantityKind = 'CARDINAL' | 'ORDINAL' | 'PERCENT' | 'MONEY' | 'DATE' | 'DURATION' | 'TIME' | 'OTHER';

/** One token of a sentence, annotated once and read by every extractor. Offsets are sentence-relative, end exclusive. */
export interface TaggedToken {
  text: string;
  lower: string;
  lemma: string;
  pos: PartOfSpeech;
  start: number;
  end: number;
  /** A word (letters or digits), not punctuation or a symbol. */
  isWord: boolean;
  /** The quantity span this token belongs to, as an index into the sentence's `quantities`. */
  quantity?: number;
}

export interface QuantitySpan {
  kind: QuantityKind;
  /** Token range, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}
