import { MultiGraph, NotFoundGraphError, UsageGraphError } from 'graphology';
import type { GraphType } from 'graphology-types';
import { ENTITY_COLORS, RELATION_COLORS } from '../../graph/visual-attributes.js';
import { GraphFileError } from '../../model/errors.js';
import { SOURCE_DOCUMENTS, type DocumentInfo, type GraphAttributes } from '../../model/graph-attributes.js';
import type { Evidence } from '../../model/records.js';
import type { ExplorerEdgeAttributes, ExplorerGraph, ExplorerNodeAttributes } from './types.js';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../model/vocabulary.js';

export interface LoadedGraph {
  graph: ExplorerGraph;
  /** Problems that were repaired (shown to the user, not thrown). */
  notices: string[];
}

const UNKNOWN_TYPE = 'Unknown';
const UNKNOWN_RELATION = 'relatedTo';
const FALLBACK_NODE_COLOR = '#8a94a6';
const FALLBACK_EDGE_COLOR = '#c3c8d1';
const DEFAULT_NODE_SIZE = 5;
const GRAPH_TYPES: readonly GraphType[] = ['directed', 'undirected', 'mixed'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : isFiniteNumber(value) ? String(value) : undefined);

function fail(code: string, message: string, file: string, hint?: string): never {
  throw new GraphFileError(code, message, { location: { file }, ...(hint ? { hint } : {}) });
}

/** graph.json text → graph. Throws GraphFileError for files that are not a graph at all. */
export function parseGraphJson(text: string, file = 'graph.json'): LoadedGraph {
  if (text.trim() === '') fail('GRAPH_EMPTY', 'the file is empty', file, 'make a graph with `plangraph build <folder>`, or open another file');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail('GRAPH_BAD_JSON', `is not valid JSON (${(error as Error).message})`, file);
  }
  return importGraphData(data, file);
}

/**
 * A graphology `export()` object (from graph.json, or from a parsed GEXF) →
 * a graph the explorer can draw. Whatever can be repaired is repaired and
 * reported: missing positions get a deterministic circular layout, edges to
 * unknown nodes are skipped, missing colours come from the builder's palette.
 */
export function importGraphData(data: unknown, file = 'graph.json'): LoadedGraph {
  if (!isObject(data) || !Array.isArray(data['nodes'])) {
    fail('GRAPH_NOT_A_GRAPH', 'is not a graph: expected an object with a "nodes" array (graphology export format)', file);
  }
  const rawNodes = data['nodes'] as unknown[];
  const rawEdges = Array.isArray(data['edges']) ? (data['edges'] as unknown[]) : [];
  const options = isObject(data['options']) ? data['options'] : {};
  const type = GRAPH_TYPES.includes(options['type'] as GraphType) ? (options['type'] as GraphType) : 'directed';
  const graph: ExplorerGraph = new MultiGraph<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes>({ type, allowSelfLoops: true });
  const notices: string[] = [];

  const attributes = isObject(data['attributes']) ? data['attributes'] : {};
  const documents = Array.isArray(attributes['documents']) ? attributes['documents'].flatMap(toDocument) : documentsOnNodes(rawNodes);
  graph.replaceAttributes({ name: asString(attributes['name']) ?? file, documents });
  const texts = new Map(documents.map((doc) => [doc.id, doc.text]));

  let unnamed = 0;
  let duplicates = 0;
  let undegreed = false;
  const unplaced: string[] = [];
  for (const raw of rawNodes) {
    const key = isObject(raw) ? asString(raw['key']) : undefined;
    if (key === undefined) {
      unnamed++;
      continue;
    }
    const a = isObject((raw as Json)['attributes']) ? ((raw as Json)['attributes'] as Json) : {};
    const node = toNodeAttributes(key, a, texts);
    try {
      graph.addNode(key, node);
    } catch (error) {
      // graphology refuses a key it already has; asking first would look every key up twice.
      if (!(error instanceof UsageGraphError)) throw error;
      duplicates++;
      continue;
    }
    if (node.degree === 0) undegreed = true;
    if (!isFiniteNumber(a['x']) || !isFiniteNumber(a['y'])) unplaced.push(key);
  }
  if (graph.order === 0) fail('GRAPH_NO_NODES', 'has no nodes to draw', file);
  if (unnamed > 0) notices.push(`${unnamed} node(s) without a key were skipped.`);
  if (duplicates > 0) notices.push(`${duplicates} duplicate node(s) were skipped.`);
  if (unplaced.length > 0) {
    applyCircularLayout(graph, unplaced);
    notices.push(`${unplaced.length} of ${graph.order} node(s) had no position and were placed on a circle; use “▶ Layout” to arrange them.`);
  }

  let dangling = 0;
  let badEdges = 0;
  for (const raw of rawEdges) {
    if (!isObject(raw)) {
      badEdges++;
      continue;
    }
    const source = asString(raw['source']);
    const target = asString(raw['target']);
    if (source === undefined || target === undefined) {
      dangling++;
      continue;
    }
    const key = asString(raw['key']);
    const edge = toEdgeAttributes(isObject(raw['attributes']) ? raw['attributes'] : {}, texts);
    // An undirected graph's export leaves the flag off its edges: every edge of it is undirected.
    const undirected = type === 'undirected' || (raw['undirected'] === true && type !== 'directed');
    // graphology checks both ends and the key itself; a refused edge is counted
    // by why it was refused, instead of looking everything up a second time.
    try {
      if (key === undefined) {
        if (undirected) graph.addUndirectedEdge(source, target, edge);
        else graph.addDirectedEdge(source, target, edge);
      } else if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, edge);
      else graph.addDirectedEdgeWithKey(key, source, target, edge);
    } catch (error) {
      if (error instanceof NotFoundGraphError) dangling++;
      else if (error instanceof UsageGraphError && key !== undefined && graph.hasEdge(key)) badEdges++;
      else throw error;
    }
  }
  if (dangling > 0) notices.push(`${dangling} edge(s) pointing to missing nodes were skipped.`);
  if (badEdges > 0) notices.push(`${badEdges} malformed or duplicate edge(s) were skipped.`);

  if (undegreed) graph.updateEachNodeAttributes((node, a) => (a.degree > 0 ? a : { ...a, degree: graph.degree(node) }), { attributes: ['degree'] });
  return { graph, notices };
}

function toDocument(raw: unknown): DocumentInfo[] {
  if (!isObject(raw)) return [];
  const id = asString(raw['id']);
  const text = asString(raw['text']);
  if (id === undefined || text === undefined) return [];
  const doc: DocumentInfo = { id, title: asString(raw['title']) ?? id, text };
  for (const field of ['place', 'date', 'source'] as const) {
    const value = asString(raw[field]);
    if (value !== undefined) doc[field] = value;
  }
  const language = toLanguage(raw['language']);
  if (language !== undefined) doc.language = language;
  return [doc];
}

/**
 * A GEXF written by plangraph carries each document on one node as a JSON
 * string (`sourceDocuments`), since GEXF has no graph-level attributes.
 */
function documentsOnNodes(rawNodes: readonly unknown[]): DocumentInfo[] {
  const documents: DocumentInfo[] = [];
  for (const raw of rawNodes) {
    const held = isObject(raw) && isObject(raw['attributes']) ? raw['attributes'][SOURCE_DOCUMENTS] : undefined;
    if (typeof held !== 'string') continue;
    try {
      const parsed: unknown = JSON.parse(held);
      if (Array.isArray(parsed)) documents.push(...parsed.flatMap(toDocument));
    } catch {
      // Not plangraph's JSON: the graph opens without that document's text.
    }
  }
  return documents;
}

function toNodeAttributes(key: string, a: Json, texts: ReadonlyMap<string, string>): ExplorerNodeAttributes {
  const entityType = asString(a['entityType']) ?? UNKNOWN_TYPE;
  const mentions = toEvidenceList(a['mentions'], texts);
  const node: ExplorerNodeAttributes = {
    label: asString(a['label']) ?? key,
    entityType,
    aliases: toStringList(a['aliases']),
    mentions,
    documents: toDocumentIds(a['documents'], mentions),
    degree: isFiniteNumber(a['degree']) ? a['degree'] : 0,
    centrality: isFiniteNumber(a['centrality']) ? a['centrality'] : 0,
    community: isFiniteNumber(a['community']) ? a['community'] : 0,
    x: isFiniteNumber(a['x']) ? a['x'] : 0,
    y: isFiniteNumber(a['y']) ? a['y'] : 0,
    size: isFiniteNumber(a['size']) && a['size'] > 0 ? a['size'] : DEFAULT_NODE_SIZE,
    color: asString(a['color']) ?? ENTITY_COLORS[entityType as keyof typeof ENTITY_COLORS] ?? FALLBACK_NODE_COLOR,
  };
  for (const field of ['declaredCount', 'namedCount', 'value', 'year'] as const) {
    if (isFiniteNumber(a[field])) node[field] = a[field];
  }
  for (const field of ['indicator', 'unit'] as const) {
    const value = asString(a[field]);
    if (value !== undefined) node[field] = value;
  }
  const language = toLanguage(a['language']);
  if (language !== undefined) node.language = language;
  return node;
}

/** A language plangraph reads, or undefined for anything else a file may hold. */
function toLanguage(raw: unknown): DocumentLanguage | undefined {
  return DOCUMENT_LANGUAGES.find((language) => language === raw);
}

function toEdgeAttributes(a: Json, texts: ReadonlyMap<string, string>): ExplorerEdgeAttributes {
  const relation = asString(a['relation']) ?? asString(a['label']) ?? UNKNOWN_RELATION;
  const evidence = toEvidenceList(a['evidence'], texts);
  return {
    relation,
    evidence,
    documents: toDocumentIds(a['documents'], evidence),
    size: isFiniteNumber(a['size']) && a['size'] > 0 ? a['size'] : 1,
    color: asString(a['color']) ?? RELATION_COLORS[relation as keyof typeof RELATION_COLORS] ?? FALLBACK_EDGE_COLOR,
  };
}

/** Lists arrive as arrays (graph.json) or as "; "-joined strings (GEXF attributes). */
function toStringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? (value as string[]) : value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return value.split(';').map((item) => item.trim()).filter(Boolean);
  return [];
}

/**
 * The plan filters and the comparison read `documents`; a graph written by
 * another tool may carry only the evidence, which names its documents too.
 */
function toDocumentIds(value: unknown, evidence: readonly Evidence[]): string[] {
  const listed = toStringList(value);
  if (listed.length > 0) return listed;
  return [...new Set(evidence.map((item) => item.document).filter(Boolean))].sort();
}

/** The flattened form written to GEXF: `document#sentence[start-end] sentence`, joined by " | ". */
const FLAT_EVIDENCE = /^(.+?)#(\d+)\[(\d+)-(\d+)\] ([\s\S]*)$/;

function toEvidenceList(value: unknown, texts: ReadonlyMap<string, string>): Evidence[] {
  // A graph.json list is usually exactly right; keeping it avoids copying every sentence of the graph.
  if (Array.isArray(value)) return value.every(isExactEvidence) ? (value as Evidence[]) : value.flatMap(toEvidence);
  if (typeof value !== 'string' || value.trim() === '') return [];
  return value.split(' | ').flatMap((item) => {
    const match = FLAT_EVIDENCE.exec(item);
    if (!match) return [];
    const [document, text] = [match[1]!, match[5]!];
    const [start, end] = [Number(match[3]), Number(match[4])];
    // The flat form has no sentence offset: with the document's text it is where
    // the sentence stands around the span; without it the span cannot be placed.
    const sentenceStart = locateSentence(texts.get(document), text, start, end);
    if (sentenceStart === undefined) return [{ document, sentence: Number(match[2]), start, end: start, sentenceStart: start, text }];
    return [{ document, sentence: Number(match[2]), start, end, sentenceStart, text }];
  });
}

function locateSentence(documentText: string | undefined, sentence: string, start: number, end: number): number | undefined {
  if (documentText === undefined || sentence === '') return undefined;
  const at = documentText.lastIndexOf(sentence, start);
  return at >= 0 && at + sentence.length >= end ? at : undefined;
}

const EVIDENCE_NUMBERS = ['sentence', 'start', 'end', 'sentenceStart'] as const;
const EVIDENCE_FIELDS = EVIDENCE_NUMBERS.length + 2;

/** Already what toEvidence would build: the same fields, of the right types, and nothing else. */
function isExactEvidence(raw: unknown): boolean {
  if (!isObject(raw) || typeof raw['text'] !== 'string' || typeof raw['document'] !== 'string') return false;
  for (const field of EVIDENCE_NUMBERS) if (!isFiniteNumber(raw[field])) return false;
  let fields = 0;
  for (const _field in raw) fields++;
  return fields === EVIDENCE_FIELDS;
}

function toEvidence(raw: unknown): Evidence[] {
  if (!isObject(raw) || typeof raw['text'] !== 'string') return [];
  const number = (field: string) => (isFiniteNumber(raw[field]) ? (raw[field] as number) : 0);
  const evidence: Evidence = { document: asString(raw['document']) ?? '', sentence: number('sentence'), start: number('start'), end: number('end'), sentenceStart: number('sentenceStart'), text: raw['text'] };
  const language = toLanguage(raw['language']);
  if (language !== undefined) evidence.language = language;
  return [evidence];
}

/** Deterministic fallback: nodes in key order around a circle sized to the graph. */
export function applyCircularLayout(graph: ExplorerGraph, nodes: readonly string[]): void {
  const ordered = [...nodes].sort();
  const radius = 10 * Math.sqrt(graph.order);
  ordered.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / ordered.length;
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}
