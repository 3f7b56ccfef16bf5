import type { PlanGraph } from '../graph/build-graph.js';
import { SOURCE_DOCUMENTS, type DocumentInfo, type EdgeAttributes, type NodeAttributes } from '../model/graph-attributes.js';
import type { Evidence } from '../model/records.js';
import { collectChunks, createChunkWriter, type ChunkSink } from './output-chunks.js';
import { toXmlSafeText } from './xml-text.js';

export interface GexfOptions {
  /** Written to <meta><description>. */
  description: string;
  pretty: boolean;
}

export const DEFAULT_GEXF_OPTIONS: GexfOptions = { description: 'plangraph knowledge graph', pretty: true };

type Scalar = string | number | boolean;
/** Evidence stays a list until it is written (see evidenceText). */
type Value = Scalar | readonly Evidence[];
type AttributeType = 'string' | 'double' | 'integer' | 'boolean';

/** One declared GEXF attribute: its name and how to read it from a node's or edge's attributes. */
interface Column<A> {
  name: string;
  read: (attributes: A, key: string) => Value | undefined;
}

const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { name: 'entityType', read: (a) => a.entityType },
  { name: 'aliases', read: (a) => a.aliases.join('; ') },
  { name: 'documents', read: (a) => a.documents.join('; ') },
  { name: 'declaredCount', read: (a) => a.declaredCount },
  { name: 'namedCount', read: (a) => a.namedCount },
  { name: 'indicator', read: (a) => a.indicator },
  { name: 'value', read: (a) => a.value },
  { name: 'unit', read: (a) => a.unit },
  { name: 'year', read: (a) => a.year },
  { name: 'degree', read: (a) => a.degree },
  { name: 'centrality', read: (a) => a.centrality },
  { name: 'community', read: (a) => a.community },
  { name: 'mentions', read: (a) => a.mentions },
];

const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { name: 'relation', read: (a) => a.relation },
  { name: 'documents', read: (a) => a.documents.join('; ') },
  { name: 'evidence', read: (a) => a.evidence },
];

/**
 * GEXF has no graph-level attributes, so each document's text and metadata
 * ride on one node as a JSON string (`sourceDocuments`): the first Plan node
 * that mentions the document, else the first node that does. The explorer reads
 * them back, so a round-tripped GEXF keeps its document pane and placed mentions.
 */
function nodeColumns(graph: PlanGraph): readonly Column<NodeAttributes>[] {
  const documents = graph.getAttribute('documents') ?? [];
  if (documents.length === 0) return NODE_COLUMNS;
  const holders = documentHolders(graph, documents);
  return [...NODE_COLUMNS, { name: SOURCE_DOCUMENTS, read: (_a, key) => holders.get(key) }];
}

function documentHolders(graph: PlanGraph, documents: readonly DocumentInfo[]): Map<string, string> {
  const wanted = new Set(documents.map((doc) => doc.id));
  const holderOf = new Map<string, string>();
  for (const planFirst of [true, false]) {
    graph.forEachNode((key, a) => {
      if (planFirst !== (a.entityType === 'Plan')) return;
      for (const id of a.documents) if (wanted.has(id) && !holderOf.has(id)) holderOf.set(id, key);
    });
  }
  const byNode = new Map<string, DocumentInfo[]>();
  for (const doc of documents) {
    const key = holderOf.get(doc.id);
    if (key === undefined) continue;
    const held = byNode.get(key);
    if (held) held.push(doc);
    else byNode.set(key, [doc]);
  }
  return new Map([...byNode].map(([key, docs]) => [key, JSON.stringify(docs)]));
}

type Model<A> = Map<string, { type: AttributeType; column: Column<A> }>;

export function writeGexf(graph: PlanGraph, options: Partial<GexfOptions>, sink: ChunkSink): void {
  const o = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const out = createChunkWriter(sink);
  const breaks = Array.from({ length: 6 }, (_, depth) => (o.pretty ? `\n${'  '.repeat(depth)}` : ''));
  const nl = (depth: number) => breaks[depth]!;
  // A first pass over the cheap attributes decides which are declared, with
  // which type, in the order the writer declares them; evidence only counts as present.
  const nodeModel = inferModel(nodeColumns(graph), (visit) => graph.forEachNode((key, a) => visit(a, key)));
  const edgeModel = inferModel(EDGE_COLUMNS, (visit) => graph.forEachEdge((key, a) => visit(a, key)));
  const colors = new Map<string, string>();
  // A few distinct colours, each converted once; no colour, no viz:color.
  const vizColor = (value: string | undefined): string | undefined => {
    if (!value) return undefined;
    let attributes = colors.get(value);
    if (attributes === undefined) colors.set(value, (attributes = color(toRgb(value))));
    return attributes;
  };
  const defaultEdgeType = graph.type === 'undirected' ? 'undirected' : 'directed';

  out.write(`<?xml version="1.0" encoding="UTF-8"?>${o.pretty ? '' : '\n'}`);
  out.write(`${nl(0)}<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">`);
  out.write(`${nl(1)}<meta>${nl(2)}<creator>plangraph</creator>${nl(2)}<description>${escapeText(toXmlSafeText(o.description))}</description>${nl(1)}</meta>`);
  out.write(`${nl(1)}<graph defaultedgetype="${defaultEdgeType}">`);
  writeModel(out.write, nodeModel, 'node', nl);
  writeModel(out.write, edgeModel, 'edge', nl);

  // An element without children closes itself, as xml-writer writes it.
  out.write(`${nl(2)}<nodes${graph.order === 0 ? '/>' : '>'}`);
  graph.forEachNode((key, a) => {
    const start = `${nl(3)}<node${attribute('id', key)}${a.label ? attribute('label', toXmlSafeText(a.label)) : ''}`;
    const children = attvalues(a, key, nodeModel, nl) + viz(vizColor(a.color), a.size, a.x, a.y, undefined, nl);
    out.write(children === '' ? `${start}/>` : `${start}>${children}${nl(3)}</node>`);
  });
  out.write(`${graph.order === 0 ? '' : `${nl(2)}</nodes>`}${nl(2)}<edges${graph.size === 0 ? '/>' : '>'}`);
  graph.forEachEdge((key, a, source, target, _s, _t, undirected) => {
    const type = undirected ? 'undirected' : 'directed';
    let start = `${nl(3)}<edge${attribute('id', key)}${type === defaultEdgeType ? '' : attribute('type', type)}${attribute('source', source)}${attribute('target', target)}`;
    // kind keeps the (source, target, kind) triple unique, as GEXF 1.3 asks of parallel edges.
    start += `${attribute('weight', a.evidence.length)}${a.relation ? `${attribute('kind', a.relation)}${attribute('label', a.relation)}` : ''}`;
    const children = attvalues(a, key, edgeModel, nl) + viz(vizColor(a.color), undefined, undefined, undefined, a.size, nl);
    out.write(children === '' ? `${start}/>` : `${start}>${children}${nl(3)}</edge>`);
  });
  out.write(`${graph.size === 0 ? '' : `${nl(2)}</edges>`}${nl(1)}</graph>${nl(0)}</gexf>`);
  out.flush();
}

export function toGexf(graph: PlanGraph, options: Partial<GexfOptions> = {}): string {
  return collectChunks((sink) => writeGexf(graph, options, sink));
}

/** Empty values are left out (the writer would declare them anyway); strings are made XML-safe and trimmed. */
function clean(value: Value | undefined): Value | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') {
    const text = toXmlSafeText(value).trim();
    return text === '' ? undefined : text;
  }
  if (typeof value === 'boolean') return value;
  // Evidence is never blank once flattened: every item carries `document#sentence`.
  return value.length === 0 ? undefined : value;
}

const TYPE_PRIORITY: Record<AttributeType, number> = { string: 5, double: 6, integer: 8, boolean: 9 };

/** graphology-gexf's inference: declared in order of first appearance; string beats double beats integer. */
function inferModel<A>(columns: readonly Column<A>[], forEach: (visit: (attributes: A, key: string) => void) => void): Model<A> {
  const model: Model<A> = new Map();
  forEach((attributes, key) => {
    for (const column of columns) {
      // Nothing outranks string: such a column is settled, and reading it again would only cost.
      if (model.get(column.name)?.type === 'string') continue;
      const value = clean(column.read(attributes, key));
      if (value === undefined) continue;
      const type = valueType(value);
      const current = model.get(column.name);
      if (current === undefined || TYPE_PRIORITY[type] < TYPE_PRIORITY[current.type]) model.set(column.name, { type, column });
    }
  });
  return model;
}

function valueType(value: Value): AttributeType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return value === (value | 0) ? 'integer' : 'double';
  return 'string';
}

function writeModel<A>(write: (piece: string) => void, model: Model<A>, kind: 'node' | 'edge', nl: (depth: number) => string): void {
  if (model.size === 0) return;
  let element = `${nl(2)}<attributes class="${kind}">`;
  for (const [name, { type }] of model) element += `${nl(3)}<attribute${attribute('id', name)}${attribute('title', name)} type="${type}"/>`;
  write(`${element}${nl(2)}</attributes>`);
}

function attvalues<A>(attributes: A, key: string, model: Model<A>, nl: (depth: number) => string): string {
  if (model.size === 0) return '';
  let element = '';
  for (const [name, { column }] of model) {
    const value = clean(column.read(attributes, key));
    if (value === undefined) continue;
    const text = typeof value === 'object' ? evidenceText(value) : escapeAttribute(`${value}`);
    element += `${nl(5)}<attvalue${attribute('for', name)} value="${text}"/>`;
  }
  return element === '' ? `${nl(4)}<attvalues/>` : `${nl(4)}<attvalues>${element}${nl(4)}</attvalues>`;
}

/**
 * flattenEvidence's text, made XML-safe, trimmed and escaped item by item.
 * Item by item is the same as on the whole: the replacements and escapes
 * are per character, an item's separators are ASCII, and trimming stops at
 * the first item's `#` and the last item's `] `.
 */
function evidenceText(items: readonly Evidence[]): string {
  let text = '';
  for (let i = 0; i < items.length; i++) {
    const e = items[i]!;
    let item = `${i === 0 ? '' : ' | '}${e.document}#${e.sentence}[${e.start}-${e.end}] ${e.text}`;
    // Most items need nothing done: testing the two texts (numbers and separators are plain) is cheaper than escaping the joined item.
    if (!NEEDS_CARE.test(e.text) && !NEEDS_CARE.test(e.document) && (i > 0 || !/^\s/.test(e.document)) && (i < items.length - 1 || !/\s$/.test(e.text))) {
      text += item;
      continue;
    }
    item = toXmlSafeText(item);
    if (i === 0) item = item.trimStart();
    if (i === items.length - 1) item = item.trimEnd();
    text += escapeAttribute(item);
  }
  return text;
}

/** xml-writer's rule: a value that is neither a number nor truthy is left out. */
function attribute(name: string, value: string | number | undefined | null): string {
  if (typeof value !== 'number' && !value) return '';
  return ` ${name}="${escapeAttribute(`${value}`)}"`;
}

const ATTRIBUTE_SPECIAL = /[&<"\t\n\r]/;
/** Characters that need escaping in an attribute or might be replaced by toXmlSafeText. */
const NEEDS_CARE = /[&<"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

function escapeAttribute(text: string): string {
  return ATTRIBUTE_SPECIAL.test(text) ? text.replace(/[&<"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!) : text;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** viz elements in graphology-gexf's order and with its rules for missing values. */
function viz(colorAttributes: string | undefined, size: number | undefined, x: number | undefined, y: number | undefined, thickness: number | undefined, nl: (depth: number) => string): string {
  let element = colorAttributes === undefined ? '' : `${nl(4)}<viz:color${colorAttributes}/>`;
  if (size !== undefined) element += `${nl(4)}<viz:size${attribute('value', size)}/>`;
  if (x !== undefined || y !== undefined) element += `${nl(4)}<viz:position${x === undefined ? '' : attribute('x', x)}${y === undefined ? '' : attribute('y', y)}/>`;
  if (thickness !== undefined) element += `${nl(4)}<viz:thickness${attribute('value', thickness)}/>`;
  return element;
}

const RGBA = /^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)\s*(?:,\s*([.0-9]*))?\)\s*$/;

/** viz:color as graphology-gexf writes it for GEXF 1.3: `#…` as hex, `rgb(…)` as r/g/b(/a), anything else empty. */
function color(value: string): string {
  if (value.startsWith('#')) return attribute('hex', value);
  const match = RGBA.exec(value);
  if (!match) return '';
  return `${attribute('r', +match[1]!)}${attribute('g', +match[2]!)}${attribute('b', +match[3]!)}${match[4] ? attribute('a', +match[4]) : ''}`;
}

/** `#rrggbb` → `rgb(r,g,b)`, so the writer emits r/g/b attributes, which every GEXF reader knows. */
export function toRgb(color: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return color;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  return `rgb(${r},${g},${b})`;
}
