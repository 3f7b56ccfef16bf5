import type { ComparePair } from './state.js';
import type { ExplorerGraph } from './types.js';

/** Where a node stands between plan A and plan B. */
export type Membership = 'onlyA' | 'both' | 'onlyB' | 'neither';
export const MEMBERSHIPS = ['onlyA', 'both', 'onlyB'] as const;
export type DrawnMembership = (typeof MEMBERSHIPS)[number];

/**
 * Okabe–Ito blue, bluish green and vermillion: three hues that stay apart
 * for the common colour-vision deficiencies and on a light background.
 */
export const COMPARE_COLORS: Readonly<Record<DrawnMembership, string>> = {
  onlyA: '#0072b2',
  both: '#009e73',
  onlyB: '#d55e00',
};

export function computeMembership(documents: readonly string[], pair: ComparePair): Membership {
  const inA = documents.includes(pair.a);
  const inB = documents.includes(pair.b);
  if (inA && inB) return 'both';
  if (inA) return 'onlyA';
  if (inB) return 'onlyB';
  return 'neither';
}

export interface CompareRow {
  entityType: string;
  onlyA: number;
  both: number;
  onlyB: number;
}

export interface Comparison {
  pair: ComparePair;
  /** Entity types either plan mentions, most entities first. */
  rows: CompareRow[];
  totals: Omit<CompareRow, 'entityType'>;
}

/**
 * Per-type counts of what only A, both, or only B mention, read from each
 * node's `documents`: a node shared by both plans is one merged concept.
 * Every node counts, the plans' own Plan nodes too, so the table adds up to
 * what the canvas draws.
 */
export function computeComparison(graph: ExplorerGraph, pair: ComparePair): Comparison {
  const rows = new Map<string, CompareRow>();
  const totals = { onlyA: 0, both: 0, onlyB: 0 };
  graph.forEachNode((_node, a) => {
    const membership = computeMembership(a.documents, pair);
    if (membership === 'neither') return;
    let row = rows.get(a.entityType);
    if (!row) rows.set(a.entityType, (row = { entityType: a.entityType, onlyA: 0, both: 0, onlyB: 0 }));
    row[membership]++;
    totals[membership]++;
  });
  const size = (row: CompareRow) => row.onlyA + row.both + row.onlyB;
  return { pair, rows: [...rows.values()].sort((x, y) => size(y) - size(x) || x.entityType.localeCompare(y.entityType)), totals };
}
