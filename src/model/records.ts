import type { DocumentLanguage, EntityType, Relation } from './vocabulary.js';

/** A plan document after ingest: body text plus front-matter metadata. */
export interface PlanDocument {
  /** Content-independent, stable id: the file name without extension (slug). */
  id: string;
  /** Where it came from, for error messages (a path, or '<memory>'). */
  path: string;
  title: string;
  place?: string;
  date?: string;
  source?: string;
  /** The language of the text (front matter `language:`/`lang:`, else detected); English when absent. */
  language?: DocumentLanguage;
  /** Body text (front matter removed, BOM stripped, line endings normalised to \n). */
  text: string;
  /** 1-based line in the original file where `text` begins (after front matter). */
  bodyLine: number;
}

export interface Sentence {
  index: number;
  /** Offsets into PlanDocument.text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/**
 * Where a fact was read: the document, the sentence and the character span of
 * the mention inside the document text. `text` is the whole sentence so a
 * reader sees the claim in context without reopening the document.
 */
export interface Evidence {
  document: string;
  sentence: number;
  /** Span of the mention (entities) or of the whole supporting phrase (relations), document offsets. */
  start: number;
  end: number;
  /** Offset of the sentence in the document, so start - sentenceStart locates the span inside `text`. */
  sentenceStart: number;
  text: string;
  /** The language of the sentence's document. */
  language?: DocumentLanguage;
}

export interface TargetAttributes {
  indicator: string;
  value: number;
  unit: string;
  year?: number;
}

export interface EntityRecord {
  /** Content-derived key: `${entityType}:${normalised label}`; equal concepts share it across documents. */
  key: string;
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: Evidence[];
  declaredCount?: number;
  namedCount?: number;
  target?: TargetAttributes;
  /** The language of the plan's text (Plan entities only). */
  language?: DocumentLanguage;
}

export interface RelationRecord {
  source: string;
  target: string;
  relation: Relation;
  evidence: Evidence;
}

export type Severity = 'warning' | 'error';

export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  /** file:line:column of the origin, 1-based. */
  file: string;
  line: number;
  column: number;
}

export interface Extraction {
  document: PlanDocument;
  entities: EntityRecord[];
  relations: RelationRecord[];
  diagnostics: Diagnostic[];
}
