import Graph from 'graphology';
import { expect } from 'vitest';
import { toJson } from '../../src/export/to-json.js';
import { toGexf } from '../../src/export/to-gexf.js';
import { hasXmlForbiddenCharacters } from '../../src/export/xml-text.js';
import type { PlanGraph } from '../../src/graph/build-graph.js';
import type { Evidence } from '../../src/model/records.js';
import { ENTITY_TYPES, RELATIONS } from '../../src/model/vocabulary.js';

/**
 * What every built graph must satisfy whatever the input: endpoints exist,
 * types come from the vocabularies, evidence points into its own document's
 * text, graph.json round-trips and the GEXF carries no character XML forbids.
 * Returns the GEXF so callers can hand a sample to the conformance check (tests/support/check-gexf.ts).
 */
export function expectGraphInvariants(graph: PlanGraph): { json: string; gexf: string } {
  const documents = new Map(graph.getAttribute('documents').map((d) => [d.id, d.text]));
  const inside = (where: string, e: Evidence) => {
    const text = documents.get(e.document);
    expect(text, `${where}: unknown document ${e.document}`).toBeDefined();
    const problem = spanProblem(e, text!);
    expect(problem, `${where}: ${problem} in ${JSON.stringify(e)}`).toBeUndefined();
  };

  graph.forEachNode((node, a) => {
    expect(ENTITY_TYPES, node).toContain(a.entityType);
    expect(a.mentions.length, node).toBeGreaterThan(0);
    for (const mention of a.mentions) inside(`node ${node}`, mention);
  });
  graph.forEachEdge((edge, a, source, target) => {
    expect(RELATIONS, edge).toContain(a.relation);
    expect(graph.hasNode(source) && graph.hasNode(target), edge).toBe(true);
    expect(a.evidence.length, edge).toBeGreaterThan(0);
    for (const e of a.evidence) inside(`edge ${edge}`, e);
  });

  const json = toJson(graph);
  const data = JSON.parse(json) as { nodes: { key: string }[]; edges: { source: string; target: string }[] };
  const keys = new Set(data.nodes.map((n) => n.key));
  for (const edge of data.edges) expect(keys.has(edge.source) && keys.has(edge.target), JSON.stringify(edge)).toBe(true);
  expect(toJson(Graph.from(data as never) as unknown as PlanGraph)).toBe(json);

  const gexf = toGexf(graph);
  expect(hasXmlForbiddenCharacters(gexf)).toBe(false);
  return { json, gexf };
}

function spanProblem(e: Evidence, text: string): string | undefined {
  if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && Number.isInteger(e.sentenceStart))) return 'offsets are not integers';
  if (e.sentenceStart < 0 || e.sentenceStart + e.text.length > text.length) return 'sentence outside the document';
  if (text.slice(e.sentenceStart, e.sentenceStart + e.text.length) !== e.text) return 'sentence text differs from the document';
  if (e.start < 0 || e.end > text.length || e.start > e.end) return 'span outside the document';
  // start - sentenceStart must locate the span inside `text`, which is what readers of the evidence rely on.
  if (e.start < e.sentenceStart || e.end > e.sentenceStart + e.text.length) return 'span outside its sentence';
  return undefined;
}
