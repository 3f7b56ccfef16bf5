import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { parse } from 'graphology-gexf';
import { toJson } from '../../src/export/to-json.js';
import { toGexf, toRgb } from '../../src/export/to-gexf.js';
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

describe('toJson', () => {
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
