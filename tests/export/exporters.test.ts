import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { parse } from 'graphology-gexf';
import writeReference from 'graphology-gexf/common/writer.js';
import { toJson, writeJson } from '../../src/export/to-json.js';
import { toGexf, toRgb, writeGexf } from '../../src/export/to-gexf.js';
import { flattenEvidence } from '../../src/export/flatten-evidence.js';
import type { PlanGraph } from '../../src/graph/build-graph.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/graph-attributes.js';
import { toXmlSafeText, hasXmlForbiddenCharacters } from '../../src/export/xml-text.js';
import { applyLayout, computeLayout } from '../../src/layout/compute-layout.js';
import { makeSmallGraph } from '../support/small-graph.js';
import { checkGexf } from '../support/check-gexf.js';

const HOSTILE_LABELS = [
  '<img src=x onerror=alert(1)>',
  'A & B < C > D " E \' F',
  'control\u0001char\u0007s',
  '功率半导体 🚀 emoji',
  'עברית right-to-left',
  '  padded  ',
  'x'.repeat(2000),
];

function laidOut(label?: (i: number, j: number) => string) {
  const graph = makeSmallGraph(3, HOSTILE_LABELS.length, label);
  applyLayout(graph, computeLayout(graph, { iterations: 50 }));
  return graph;
}

function chunksOf(write: (sink: (chunk: string) => void) => void): string[] {
  const chunks: string[] = [];
  write((chunk) => chunks.push(chunk));
  return chunks;
}

describe('toJson', () => {
  it('is exactly JSON.stringify(graph.export()), written in chunks', () => {
    const graph = makeSmallGraph(30, 40);
    applyLayout(graph, computeLayout(graph, { iterations: 5 }));
    const chunks = chunksOf((sink) => writeJson(graph, sink));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(`${JSON.stringify(graph.export())}\n`);
    expect(toJson(graph)).toBe(chunks.join(''));
  });

  it('round-trips through graphology import', () => {
    const graph = laidOut();
    const copy = Graph.from(JSON.parse(toJson(graph)));
    expect(toJson(copy as never)).toBe(toJson(graph));
    expect(copy.order).toBe(graph.order);
  });
});

describe('toGexf', () => {
  it('writes GEXF 1.3 with viz and declared domain attributes that pass the conformance check', async () => {
    const graph = laidOut();
    const gexf = toGexf(graph);
    expect(gexf).toContain('xmlns="http://gexf.net/1.3"');
    expect(gexf).toMatch(/<attribute id="entityType"/);
    expect(gexf).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"/);
    const result = await checkGexf(gexf);
    expect(result.ok, result.output).toBe(true);
    expect([result.nodes, result.edges]).toEqual([graph.order, graph.size]);
  });

  it('keeps hostile labels as text and replaces characters XML forbids', async () => {
    const graph = laidOut((_i, j) => HOSTILE_LABELS[j]!);
    const gexf = toGexf(graph);
    expect(hasXmlForbiddenCharacters(gexf)).toBe(false);
    expect(gexf).not.toContain('<img');
    const result = await checkGexf(gexf);
    expect(result.ok, result.output).toBe(true);
    const back = parse(Graph, gexf);
    const labels = back.mapNodes((_n, a) => a.label as string);
    expect(labels).toContain('<img src=x onerror=alert(1)>');
    expect(labels).toContain('control\uFFFDchar\uFFFDs');
  });

  it('is byte-identical for the same graph', () => {
    expect(toGexf(laidOut())).toBe(toGexf(laidOut()));
  });

  it.each<[string, () => PlanGraph, boolean]>([
    ['a laid-out plan graph', () => laidOut(), true],
    ['hostile labels', () => laidOut((_i, j) => HOSTILE_LABELS[j]!), true],
    ['hostile labels, not pretty', () => laidOut((_i, j) => HOSTILE_LABELS[j]!), false],
    ['a graph without positions, colours or evidence', () => {
      const graph = makeSmallGraph(2, 3);
      graph.updateEachNodeAttributes((_n, a) => ({ ...a, mentions: [], aliases: [' '], x: undefined, y: undefined, color: undefined, value: 1.5, year: 2030 }) as never);
      graph.updateEachEdgeAttributes((_e, a) => ({ ...a, evidence: [], color: undefined }) as never);
      return graph;
    }, true],
    ['hostile evidence', () => {
      const graph = laidOut();
      const texts = ['  lead and trail  ', 'A & B < C > "D"\tE\nF\rG', 'ctrl\u0001 lone \uD800 pair 😀', '\uDC00starts low', 'ends high\uD800', ' '];
      let i = 0;
      const hostile = <E extends { document: string; text: string }>(e: E): E => ({ ...e, document: i % 4 === 0 ? ` ${e.document}&"` : e.document, text: texts[i++ % texts.length]! });
      graph.updateEachNodeAttributes((_n, a) => ({ ...a, mentions: [...a.mentions, ...a.mentions].map(hostile) }));
      graph.updateEachEdgeAttributes((_e, a) => ({ ...a, evidence: a.evidence.map(hostile) }));
      return graph;
    }, true],
    ['an empty graph', () => makeSmallGraph(0, 0).nullCopy(), true],
  ])('writes what graphology-gexf writes: %s', (_name, make, pretty) => {
    const graph = make();
    const description = 'plan <&> "graph"\u0001';
    const chunks = chunksOf((sink) => writeGexf(graph, { description, pretty }, sink));
    expect(chunks.join('')).toBe(referenceGexf(graph, description, pretty));
  });
});

describe('helpers', () => {
  it.each([
    ['#ff8000', 'rgb(255,128,0)'],
    ['rgb(1,2,3)', 'rgb(1,2,3)'],
  ])('toRgb(%s)', (input, output) => expect(toRgb(input)).toBe(output));

  it.each([
    ['a\u0000b', 'a\uFFFDb'],
    ['ok\ttab\nline', 'ok\ttab\nline'],
    ['\uD800x', '\uFFFDx'],
    ['😀', '😀'],
  ])('toXmlSafeText(%j)', (input, output) => expect(toXmlSafeText(input)).toBe(output));
});

/** The writer the project used before writeGexf: graphology-gexf with the same formatting, kept as the reference. */
function referenceGexf(graph: PlanGraph, description = 'plangraph knowledge graph', pretty = true): string {
  const exportable = graph.nullCopy();
  exportable.replaceAttributes({ creator: 'plangraph', description: toXmlSafeText(description) } as never);
  graph.forEachNode((node, attributes) => exportable.addNode(node, attributes));
  graph.forEachEdge((edge, attributes, source, target) => exportable.addDirectedEdgeWithKey(edge, source, target, attributes));
  const compact = (values: Record<string, string | number | boolean | undefined>) => {
    const out: Record<string, string | number | boolean> = {};
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) continue;
      const clean = typeof value === 'string' ? toXmlSafeText(value).trim() : value;
      if (clean !== '') out[name] = clean;
    }
    return out;
  };
  // Each document rides on the first Plan node that mentions it, else on the first node that does.
  const documents = graph.getAttribute('documents') ?? [];
  const nodes = [...graph.filterNodes((_n, a) => a.entityType === 'Plan'), ...graph.filterNodes((_n, a) => a.entityType !== 'Plan')];
  const held = new Map<string, typeof documents>();
  for (const doc of documents) {
    const holder = nodes.find((node) => graph.getNodeAttribute(node, 'documents').includes(doc.id));
    if (holder !== undefined) held.set(holder, [...(held.get(holder) ?? []), doc]);
  }
  return writeReference<NodeAttributes, EdgeAttributes>(exportable, {
    version: '1.3',
    pedantic: true,
    pretty,
    formatNode: (key, a) => ({
      label: toXmlSafeText(a.label),
      attributes: compact({
        entityType: a.entityType, aliases: a.aliases.join('; '), documents: a.documents.join('; '), declaredCount: a.declaredCount, namedCount: a.namedCount,
        indicator: a.indicator, value: a.value, unit: a.unit, year: a.year, degree: a.degree, centrality: a.centrality, community: a.community, mentions: flattenEvidence(a.mentions),
        sourceDocuments: held.has(key) ? JSON.stringify(held.get(key)) : undefined,
      }),
      viz: { color: toRgb(a.color), size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_key, a) => ({
      label: a.relation,
      kind: a.relation,
      weight: a.evidence.length,
      attributes: compact({ relation: a.relation, documents: a.documents.join('; '), evidence: flattenEvidence(a.evidence) }),
      viz: { color: toRgb(a.color), thickness: a.size },
    }),
  });
}
