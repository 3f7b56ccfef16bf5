import type { PlanGraph } from '../graph/build-graph.js';
import { compareStrings } from '../graph/merge-records.js';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-attributes.js';
import { flattenEvidence } from './flatten-evidence.js';

/**
 * The two files of a `neo4j-admin database import full --nodes=nodes.csv
 * --relationships=relations.csv` run (add `--multiline-fields=true` when a
 * sentence spans lines).
 */
export interface CsvFiles {
  nodes: string;
  relations: string;
}

type Cell = string | number | readonly string[] | undefined;

interface Column<A> {
  /** The header cell in neo4j-admin's `name:type` form (`:ID`, `aliases:string[]`, …). */
  header: string;
  value: (key: string, attributes: A) => Cell;
}

interface EdgeRow {
  source: string;
  target: string;
  key: string;
  attributes: EdgeAttributes;
}

/** neo4j-admin's default array delimiter. */
export const CSV_ARRAY_DELIMITER = ';';

const NODE_COLUMNS: readonly Column<NodeAttributes>[] = [
  { header: ':ID', value: (key) => key },
  { header: ':LABEL', value: (_key, a) => a.entityType },
  { header: 'label', value: (_key, a) => a.label },
  { header: 'aliases:string[]', value: (_key, a) => a.aliases },
  { header: 'documents:string[]', value: (_key, a) => a.documents },
  { header: 'declaredCount:int', value: (_key, a) => a.declaredCount },
  { header: 'namedCount:int', value: (_key, a) => a.namedCount },
  { header: 'language', value: (_key, a) => a.language },
  { header: 'indicator', value: (_key, a) => a.indicator },
  { header: 'value:double', value: (_key, a) => a.value },
  { header: 'unit', value: (_key, a) => a.unit },
  { header: 'year:int', value: (_key, a) => a.year },
  { header: 'degree:int', value: (_key, a) => a.degree },
  { header: 'centrality:double', value: (_key, a) => a.centrality },
  { header: 'community:int', value: (_key, a) => a.community },
  { header: 'mentionCount:int', value: (_key, a) => a.mentions.length },
  { header: 'mentions', value: (_key, a) => flattenEvidence(a.mentions) },
];

const RELATION_COLUMNS: readonly Column<EdgeRow>[] = [
  { header: ':START_ID', value: (_key, e) => e.source },
  { header: ':END_ID', value: (_key, e) => e.target },
  { header: ':TYPE', value: (_key, e) => e.attributes.relation },
  { header: 'documents:string[]', value: (_key, e) => e.attributes.documents },
  { header: 'evidenceCount:int', value: (_key, e) => e.attributes.evidence.length },
  { header: 'evidence', value: (_key, e) => flattenEvidence(e.attributes.evidence) },
];

/**
 * nodes.csv and relations.csv in the header conventions of `neo4j-admin
 * database import`: one row per entity (label = entity type) and one per
 * relation (type = relation), domain attributes only, evidence flattened to
 * readable strings as in the GEXF. Rows are sorted by key, so the same graph
 * gives the same bytes whatever order it was built in.
 */
export function toCsv(graph: PlanGraph): CsvFiles {
  const nodes = graph.nodes().sort(compareStrings);
  const edges: EdgeRow[] = [];
  graph.forEachEdge((key, attributes, source, target) => edges.push({ key, source, target, attributes }));
  edges.sort((a, b) => compareStrings(a.source, b.source) || compareStrings(a.target, b.target) || compareStrings(a.key, b.key));
  return {
    nodes: toTable(NODE_COLUMNS, nodes.map((node) => [node, graph.getNodeAttributes(node)] as const)),
    relations: toTable(RELATION_COLUMNS, edges.map((edge) => [edge.key, edge] as const)),
  };
}

function toTable<A>(columns: readonly Column<A>[], rows: readonly (readonly [string, A])[]): string {
  const lines = [columns.map((column) => quoteCsvField(column.header)).join(',')];
  for (const [key, attributes] of rows) lines.push(columns.map((column) => formatCell(column.value(key, attributes))).join(','));
  return `${lines.join('\n')}\n`;
}

/** An absent value is an empty field, which neo4j-admin reads as "no property" (never as 0 or ""). */
function formatCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return quoteCsvField(value);
  // neo4j-admin has no escape for the array delimiter inside an element, so one there becomes a comma.
  return quoteCsvField(value.map((item) => item.replaceAll(CSV_ARRAY_DELIMITER, ',')).join(CSV_ARRAY_DELIMITER));
}

/**
 * RFC 4180: a field holding a comma, a double quote or a line break is
 * enclosed in double quotes, and a quote inside it is doubled. Fields with
 * surrounding spaces are quoted too, so no reader trims them.
 */
export function quoteCsvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
