import { importGraphData } from '../../src/web/core/graph-loading.js';
import type { ExplorerGraph } from '../../src/web/core/types.js';
import { makeSyntheticGraph } from '../fixtures/synthetic-graph.js';

/** The synthetic fixture loaded exactly as the browser loads graph.json. */
export function loadSynthetic(nodeCount = 40, edgesPerNode = 2, seed = 1): ExplorerGraph {
  return importGraphData(JSON.parse(JSON.stringify(makeSyntheticGraph(nodeCount, edgesPerNode, seed)))).graph;
}

export function keyByLabel(graph: ExplorerGraph, label: string): string {
  const key = graph.findNode((_node, attributes) => attributes.label === label);
  if (key === undefined) throw new Error(`no node labelled ${label}`);
  return key;
}
