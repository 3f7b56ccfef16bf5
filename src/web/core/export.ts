import type { PlanGraph } from '../../graph/build-graph.js';
import { toGexf } from '../../export/to-gexf.js';
import { isEdgeVisible, isNodeVisible, type FilterState } from './filters.js';
import type { ExportScope } from './state.js';
import type { ExplorerGraph } from './types.js';

/**
 * The graph an export contains: the whole graph, or only what the filters
 * show. Positions and colours are read from the graph as drawn (after a live
 * layout they are the new ones); view state never enters the copy.
 */
export function computeExportGraph(graph: ExplorerGraph, state: FilterState, scope: ExportScope): ExplorerGraph {
  if (scope === 'all') return graph;
  const copy = graph.nullCopy();
  graph.forEachNode((node, attributes) => {
    if (isNodeVisible(graph, node, state)) copy.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (!isEdgeVisible(graph, edge, state)) return;
    if (undirected) copy.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else copy.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return copy;
}

export function buildGexfExport(graph: ExplorerGraph, state: FilterState, scope: ExportScope): string {
  const exported = computeExportGraph(graph, state, scope);
  // Explorer graphs widen entityType/relation to strings (they may come from other tools); toGexf only reads them as text.
  return toGexf(exported as unknown as PlanGraph, { description: `${graph.getAttribute('name')}${scope === 'visible' ? ' (filtered view)' : ''}` });
}

/** A file name from the graph name: lower-case ASCII words joined by dashes. */
export function toExportFileName(name: string, scope: ExportScope, extension: string): string {
  const base = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'plangraph';
  return `${base}${scope === 'visible' ? '-filtered' : ''}.${extension}`;
}
