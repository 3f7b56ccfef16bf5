import { splitSentences } from '../ingest/sentences.js';
import type { PlanDocument, Sentence } from '../model/records.js';
import { tagSentence } from './annotate-sentence.js';
import { segmentChineseSentence } from './segment-chinese.js';
import { readStructure, type DocumentStructure, type TextLine } from './structure.js';
import type { QuantitySpan, TaggedToken } from './tagged-token.js';

export interface AnnotatedSentence {
  sentence: Sentence;
  tokens: TaggedToken[];
  quantities: QuantitySpan[];
  /** The line (paragraph, heading or item) the sentence stands in. */
  line: TextLine;
}

/** A document annotated once: every extractor reads these sentences, tokens and lines instead of re-scanning text. */
export interface AnnotatedDocument {
  document: PlanDocument;
  sentences: AnnotatedSentence[];
  structure: DocumentStructure;
}

export function annotateDocument(document: PlanDocument): AnnotatedDocument {
  const language = document.language ?? 'en';
  const structure = readStructure(document.text);
  const sentences = splitSentences(document.text, language);
  const tag = language === 'zh' ? segmentChineseSentence : tagSentence;
  let lineIndex = 0;
  const annotated = sentences.map((sentence) => {
    while (lineIndex < structure.lines.length - 1 && structure.lines[lineIndex]!.end < sentence.start) lineIndex += 1;
    const { tokens, quantities } = tag(sentence.text);
    return { sentence, tokens, quantities, line: structure.lines[lineIndex]! };
  });
  return { document, sentences: annotated, structure };
}
