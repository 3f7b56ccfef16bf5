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

const PLAN_IDS = ['alpha', 'beta', 'gamma'] as const;

/**
 * Three small plans built together: what each node's `documents` holds is
 * chosen so every case of a comparison of alpha with beta occurs (only one,
 * both, neither, all three, and one node no document claims).
 */
export function loadPlans(): ExplorerGraph {
  const mention = (document: string, i: number) => ({ document, sentence: i, start: 0, end: 4, sentenceStart: 0, text: `Text ${i} of ${document}.` });
  const node = (key: string, entityType: string, documents: string[], x: number) => ({
    key,
    attributes: { label: key.split(':')[1], entityType, documents, mentions: documents.map((d, i) => mention(d, i)), x, y: x % 3, size: 5, color: '#123456' },
  });
  const edge = (source: string, target: string, documents: string[]) => ({
    key: `${source}->${target}`,
    source,
    target,
    attributes: { relation: 'relatedTo', documents, evidence: documents.map((d, i) => mention(d, i)) },
  });
  return importGraphData({
    attributes: { name: 'Three plans', documents: PLAN_IDS.map((id) => ({ id, title: `The ${id} plan`, place: id[0]!.toUpperCase() + id.slice(1), text: `Text of ${id}.` })) },
    nodes: [
      node('Plan:alpha', 'Plan', ['alpha'], 0),
      node('Plan:beta', 'Plan', ['beta'], 1),
      node('Plan:gamma', 'Plan', ['gamma'], 2),
      node('Place:shared', 'Place', ['alpha', 'beta'], 3),
      node('Place:alpha only', 'Place', ['alpha'], 4),
      node('Region:everywhere', 'Region', ['alpha', 'beta', 'gamma'], 5),
      node('Industry:beta only', 'Industry', ['beta'], 6),
      node('Industry:gamma only', 'Industry', ['gamma'], 7),
      node('Industry:unclaimed', 'Industry', [], 8),
    ],
    edges: [
      edge('Plan:alpha', 'Place:shared', ['alpha']),
      edge('Plan:beta', 'Place:shared', ['beta']),
      edge('Place:shared', 'Region:everywhere', ['alpha', 'beta']),
      edge('Plan:gamma', 'Region:everywhere', ['gamma']),
      edge('Plan:gamma', 'Industry:gamma only', ['gamma']),
      edge('Plan:beta', 'Industry:beta only', ['beta']),
    ],
  }).graph;
}
