import type { AnnotatedDocument } from '../../annotate/annotate-document.js';
import type { TextLine } from '../../annotate/structure.js';
import type { QuantitySpan, TaggedToken } from '../../annotate/tagged-token.js';
import type { PlanDocument, Sentence } from '../../model/records.js';
import type { EntityType } from '../../model/vocabulary.js';
import type { ExtractionStore } from './extraction-store.js';
import type { Lexicon } from './lexicon.js';
import { foldForMatch } from './normalize.js';
import type { ExtractOptions } from './options.js';
import { tokenize, type Token } from './text-match.js';

/** A sentence with the views every extractor needs; offsets in `tokens` are sentence-relative. */
export interface SentenceView {
  sentence: Sentence;
  folded: string;
  tokens: Token[];
  /** Part of a photo caption or credit line. */
  caption: boolean;
  /** The annotation layer's tokens (part of speech, lemma, quantities), sentence-relative. */
  tagged: TaggedToken[];
  quantities: QuantitySpan[];
  line: TextLine;
}

/** A named entity found in a sentence (sentence-relative span). */
export interface NameMention {
  key: string;
  entityType: EntityType;
  start: number;
  end: number;
}

export interface PlanInfo {
  key: string;
  label: string;
  periodStart?: number;
  periodEnd?: number;
}

export interface ExtractContext {
  document: PlanDocument;
  lexicon: Lexicon;
  options: ExtractOptions;
  store: ExtractionStore;
  sentences: SentenceView[];
  annotated: AnnotatedDocument;
  plan: PlanInfo;
  /** Named mentions per sentence index, in text order. */
  names: Map<number, NameMention[]>;
  documentPlaceKey?: string;
}

// A news dateline ("XI'AN, Dec. 3 (Xinhua) --") credits the agency but opens the story, not a caption.
const DATELINE = /^[\p{Lu}\p{Ll}'’. -]{2,40},\s*(?:[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?\s*)?\((?:xinhua|reuters|ap|afp|cgtn|china daily)\)\s*(?:--|-|–|—)\s*/u;

export function viewSentences(annotated: AnnotatedDocument, lexicon: Lexicon): SentenceView[] {
  const { document } = annotated;
  const markers = lexicon.captionMarkers.map(foldForMatch);
  // Sentences of one paragraph share its line; reading the line once per sentence was quadratic in paragraph length.
  const captionLines = new Map<number, boolean>();
  return annotated.sentences.map(({ sentence, tokens: tagged, quantities, line }) => {
    const lineStart = document.text.lastIndexOf('\n', sentence.start - 1) + 1;
    let caption = captionLines.get(lineStart);
    if (caption === undefined) {
      let lineEnd = document.text.indexOf('\n', sentence.end);
      if (lineEnd === -1) lineEnd = document.text.length;
      const line = foldForMatch(document.text.slice(lineStart, lineEnd)).replace(DATELINE, '');
      caption = markers.some((marker) => line.includes(marker));
      captionLines.set(lineStart, caption);
    }
    return { sentence, folded: foldForMatch(sentence.text), tokens: tokenize(sentence.text), caption, tagged, quantities, line };
  });
}

export function contentSentences(context: ExtractContext): SentenceView[] {
  return context.options.includeCaptions ? context.sentences : context.sentences.filter((view) => !view.caption);
}

/**
 * The sentences that state the plan's content, without the headline: a headline
 * names the plan and its places ("… unveils blueprint for becoming a global hub"),
 * but it compresses and teases, so the list and goal readers leave it to the body.
 */
export function bodySentences(context: ExtractContext): SentenceView[] {
  return contentSentences(context).filter((view) => !(view.line.index === 0 && view.line.kind === 'heading' && context.annotated.structure.lines.length > 1));
}

export function namesIn(context: ExtractContext, sentenceIndex: number): NameMention[] {
  return context.names.get(sentenceIndex) ?? [];
}

export function addName(context: ExtractContext, sentenceIndex: number, mention: NameMention): void {
  const list = context.names.get(sentenceIndex) ?? [];
  list.push(mention);
  list.sort((a, b) => a.start - b.start);
  context.names.set(sentenceIndex, list);
}
