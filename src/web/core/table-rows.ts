import { quoteCsvField } from '../../export/to-csv.js';
import { planName } from './documents.js';
import { computeVisibility, type FilterState } from './filters.js';
import { normalizeSearchText } from './search-index.js';
import type { ExplorerGraph } from './types.js';

/**
 * The entity and relation tables: what the canvas draws, as rows to sort,
 * filter and export. Rows follow the same filters as the canvas, so a table
 * of "Industry only in plan A" is one legend click away.
 */
export type TableKind = 'entities' | 'relations';

export interface TableColumn {
  id: string;
  title: string;
  numeric: boolean;
}

export interface TableRow {
  /** The node or edge key the row stands for. */
  key: string;
  cells: Record<string, string | number>;
}

export const TABLE_COLUMNS: Readonly<Record<TableKind, readonly TableColumn[]>> = {
  entities: [
    { id: 'label', title: 'Entity', numeric: false },
    { id: 'entityType', title: 'Type', numeric: false },
    { id: 'relations', title: 'Relations', numeric: true },
    { id: 'centrality', title: 'Centrality', numeric: true },
    { id: 'mentions', title: 'Mentions', numeric: true },
    { id: 'plans', title: 'Plans', numeric: false },
  ],
  relations: [
    { id: 'source', title: 'Source', numeric: false },
    { id: 'relation', title: 'Relation', numeric: false },
    { id: 'target', title: 'Target', numeric: false },
    { id: 'evidence', title: 'Evidence', numeric: true },
    { id: 'sentence', title: 'First sentence', numeric: false },
    { id: 'plans', title: 'Plans', numeric: false },
  ],
};

export function computeTableRows(graph: ExplorerGraph, state: FilterState, kind: TableKind): TableRow[] {
  const visibility = computeVisibility(graph, state);
  const names = new Map(graph.getAttribute('documents').map((doc) => [doc.id, planName(doc)]));
  const plans = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join('; ');
  const rows: TableRow[] = [];
  if (kind === 'entities') {
    graph.forEachNode((key, a) => {
      if (!visibility.isNodeVisible(key)) return;
      rows.push({ key, cells: { label: a.label, entityType: a.entityType, relations: graph.degree(key), centrality: a.centrality ?? 0, mentions: a.mentions.length, plans: plans(a.documents) } });
    });
  } else {
    graph.forEachEdge((key, a, source, target) => {
      if (!visibility.isEdgeVisible(key)) return;
      rows.push({
        key,
        cells: {
          source: graph.getNodeAttribute(source, 'label'),
          relation: a.relation,
          target: graph.getNodeAttribute(target, 'label'),
          evidence: a.evidence.length,
          sentence: a.evidence[0]?.text ?? '',
          plans: plans(a.documents),
        },
      });
    });
  }
  return rows;
}

export interface TableSort {
  column: string;
  descending: boolean;
}

/** Rows sorted by one column (numbers by value, text by locale), ties by key so the order is stable. */
export function sortRows(rows: readonly TableRow[], sort: TableSort): TableRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((x, y) => {
    const a = x.cells[sort.column];
    const b = y.cells[sort.column];
    const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a ?? '').localeCompare(String(b ?? ''));
    return sign * order || x.key.localeCompare(y.key);
  });
}

/** Case and accents folded as search folds them, and dashes read as spaces. */
const fold = (text: string) => normalizeSearchText(text).replace(/[-‐‑‒–—]+/gu, ' ');

/** Rows with the query in any text cell, compared the way search compares (case, accents and dashes folded). */
export function filterRows(rows: readonly TableRow[], query: string): TableRow[] {
  const needle = fold(query.trim());
  if (!needle) return [...rows];
  return rows.filter((row) => Object.values(row.cells).some((cell) => typeof cell === 'string' && fold(cell).includes(needle)));
}

/** The rows as CSV (RFC 4180, a header of column titles), in the order given. */
export function toTableCsv(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  const line = (cells: readonly (string | number)[]) => cells.map((cell) => quoteCsvField(String(cell))).join(',');
  return `${[line(columns.map((column) => column.title)), ...rows.map((row) => line(columns.map((column) => row.cells[column.id] ?? '')))].join('\r\n')}\r\n`;
}
