import type { Diagnostic, EntityRecord, Extraction, PlanDocument, RelationRecord } from './model/records.js';
import { DocumentError } from './model/errors.js';
import { replaceControlCharacters } from './ingest/control-characters.js';
import type { Lexicon } from './extract/core/lexicon.js';
import { extractDocument } from './extract/extract-document.js';
import { mergeEntities, mergeRelations, compareStrings } from './graph/merge-records.js';
import { buildGraph, type PlanGraph } from './graph/build-graph.js';
import { computeMetrics, applyMetrics, type MetricsOptions } from './graph/compute-metrics.js';
import { applyVisualAttributes } from './graph/visual-attributes.js';
import { computeLayout, applyLayout, type LayoutOptions } from './layout/compute-layout.js';

export interface PipelineOptions {
  name: string;
  metrics: Partial<MetricsOptions>;
  layout: Partial<LayoutOptions>;
  /** Skip ForceAtlas2 (positions stay 0): for callers that only need the structure. */
  skipLayout: boolean;
  onDocument: (extraction: Extraction, index: number, total: number) => void;
  /** Called as each stage after extraction begins, with the graph's size so far (for progress). */
  onStage: (stage: PipelineStage, size: { entities: number; relations: number }) => void;
}

export const PIPELINE_STAGES = ['graph', 'metrics', 'layout'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {
  name: 'plangraph',
  metrics: {},
  layout: {},
  skipLayout: false,
  onDocument: () => {},
  onStage: () => {},
};

export interface PipelineResult {
  graph: PlanGraph;
  extractions: Extraction[];
  diagnostics: Diagnostic[];
}

/**
 * documents → extraction per document → merged entities and relations
 * (concept links made within each plan) → graph → metrics → visual
 * attributes → layout. Pure: no file system, no clock, no randomness beyond seeds.
 */
export function runPipeline(documents: readonly PlanDocument[], lexicon: Lexicon, options: Partial<PipelineOptions> = {}): PipelineResult {
  const o = { ...DEFAULT_PIPELINE_OPTIONS, ...options };
  // Cleaned before extraction so evidence, graph.json and the GEXF all quote the same text.
  const cleaned = documents.map(replaceControlCharacters);
  const ordered = orderDocuments(cleaned.map((c) => c.document));
  const ingestDiagnostics = orderDiagnostics(cleaned.flatMap((c) => c.diagnostics));

  const extractions: Extraction[] = [];
  ordered.forEach((document, index) => {
    const extraction = extractDocument(document, lexicon);
    extractions.push(extraction);
    o.onDocument(extraction, index, ordered.length);
  });

  o.onStage('graph', { entities: extractions.reduce((n, e) => n + e.entities.length, 0), relations: extractions.reduce((n, e) => n + e.relations.length, 0) });
  const entities: EntityRecord[] = mergeEntities(extractions.flatMap((e) => e.entities));
  // Concept links stay within a plan (the extractor makes them): across plans the
  // same concept is already one merged node, and linking every related label of
  // every plan to every other grew quadratically with the corpus.
  const relations: RelationRecord[] = extractions.flatMap((e) => e.relations);
  const { graph, diagnostics: graphDiagnostics } = buildGraph(ordered, entities, mergeRelations(relations), o.name);

  const size = () => ({ entities: graph.order, relations: graph.size });
  o.onStage('metrics', size());
  applyMetrics(graph, computeMetrics(graph, o.metrics));
  applyVisualAttributes(graph);
  if (!o.skipLayout) {
    o.onStage('layout', size());
    applyLayout(graph, computeLayout(graph, o.layout));
  }

  return { graph, extractions, diagnostics: [...ingestDiagnostics, ...extractions.flatMap((e) => e.diagnostics), ...graphDiagnostics] };
}

/** Output must not depend on the order paths were given in; two files may not claim one id. */
function orderDocuments(documents: readonly PlanDocument[]): PlanDocument[] {
  const ordered = [...documents].sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.path, b.path));
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1]!;
    const current = ordered[i]!;
    if (previous.id === current.id) {
      throw new DocumentError('DOCUMENT_DUPLICATE_ID', `has the same document id "${current.id}" as ${previous.path}`, {
        location: { file: current.path },
        hint: 'rename one of the files: the id is the file name without its extension',
      });
    }
  }
  return ordered;
}

function orderDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column);
}
