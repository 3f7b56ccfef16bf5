import type { DocumentLanguage, EntityType, Relation } from './vocabulary.js';
import type { Evidence } from './records.js';

/**
 * Attributes stored on graph nodes. Domain keys (`entityType`, `relation`)
 * never reuse renderer keys such as `type`; visual keys (`x`, `y`, `size`,
 * `color`) are written in exactly one place (src/graph/visual-attributes.ts).
 */
export interface NodeAttributes {
  label: string;
  entityType: EntityType;
  aliases: string[];
  /** Every mention of the entity, in document order; repeated mentions append. */
  mentions: Evidence[];
  /** Ids of the documents that mention the entity, sorted. */
  documents: string[];
  declaredCount?: number;
  namedCount?: number;
  /** The language of the plan's text (Plan nodes). */
  language?: DocumentLanguage;
  indicator?: string;
  value?: number;
  unit?: string;
  year?: number;
  degree: number;
  /** PageRank, normalised to sum 1 over the graph. */
  centrality: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  relation: Relation;
  /** Every sentence that states this relation. */
  evidence: Evidence[];
  documents: string[];
  size: number;
  color: string;
}

export interface DocumentInfo {
  id: string;
  title: string;
  place?: string;
  date?: string;
  source?: string;
  language?: DocumentLanguage;
  text: string;
}

/** The GEXF node attribute that carries documents (GEXF has no graph-level attributes). */
export const SOURCE_DOCUMENTS = 'sourceDocuments';

export interface GraphAttributes {
  name: string;
  documents: DocumentInfo[];
}
