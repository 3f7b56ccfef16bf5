// The library entry of the plangraph package: read plans and the lexicon, build the graph,
// export it. The CLI (src/cli) is a thin shell over these same functions.
export { runPipeline, DEFAULT_PIPELINE_OPTIONS, type PipelineOptions, type PipelineResult, type PipelineStage } from './pipeline.js';
export { listDocumentPaths, readDocument, DOCUMENT_EXTENSIONS } from './io/read-documents.js';
export { readLexicon, DEFAULT_LEXICON_PATH } from './io/read-lexicon.js';
export { writeOutputsAtomically, type OutputFile } from './io/write-atomic.js';
export { toJson, writeJson } from './export/to-json.js';
export { toGexf, writeGexf, DEFAULT_GEXF_OPTIONS, type GexfOptions } from './export/to-gexf.js';
export type { ChunkSink } from './export/output-chunks.js';
export { toCsv, quoteCsvField, type CsvFiles } from './export/to-csv.js';
export { comparePlans, formatComparison, type PlanComparison, type TypeComparison } from './graph/compare-plans.js';
export type { PlanGraph } from './graph/build-graph.js';
export { computeLayout, computeLayoutReport, applyLayout, DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type LayoutReport, type Positions } from './layout/compute-layout.js';
export { ENTITY_TYPES, RELATIONS, isEntityType, isRelation, type EntityType, type Relation } from './model/vocabulary.js';
export { PlangraphError, DocumentError, LexiconError, GraphFileError, UsageError, OutputError, type SourceLocation } from './model/errors.js';
export type { NodeAttributes, EdgeAttributes, GraphAttributes, DocumentInfo } from './model/graph-attributes.js';
export type { PlanDocument, Sentence, Evidence, EntityRecord, RelationRecord, Diagnostic, Extraction, Severity } from './model/records.js';
export { main as runCli, type CliIo } from './cli/main.js';
