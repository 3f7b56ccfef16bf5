import { describe, expect, it } from 'vitest';
import { GraphFileError } from '../../src/model/errors.js';
import { importGraphData, parseGraphJson } from '../../src/web/core/graph-loading.js';
import { makeSyntheticGraph } from '../fixtures/synthetic-graph.js';

const node = (key: string, attributes: Record<string, unknown> = { x: 0, y: 0 }) => ({ key, attributes });

describe('parseGraphJson rejects what is not a graph', () => {
  it.each([
    ['empty text', '', 'GRAPH_EMPTY'],
    ['whitespace', ' \n ', 'GRAPH_EMPTY'],
    ['bad JSON', '{"nodes": [', 'GRAPH_BAD_JSON'],
    ['an array', '[1, 2]', 'GRAPH_NOT_A_GRAPH'],
    ['null', 'null', 'GRAPH_NOT_A_GRAPH'],
    ['no nodes array', '{"edges": []}', 'GRAPH_NOT_A_GRAPH'],
    ['nodes not an array', '{"nodes": {}}', 'GRAPH_NOT_A_GRAPH'],
    ['zero nodes', '{"nodes": [], "edges": []}', 'GRAPH_NO_NODES'],
    ['only keyless nodes', '{"nodes": [{"attributes": {}}]}', 'GRAPH_NO_NODES'],
  ])('%s → %s', (_name, text, code) => {
    let caught: unknown;
    try {
      parseGraphJson(text, 'bad.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphFileError);
    expect((caught as GraphFileError).code).toBe(code);
    expect((caught as GraphFileError).location?.file).toBe('bad.json');
  });
});

describe('importGraphData repairs and reports', () => {
  it('loads the synthetic fixture unchanged and without notices', () => {
    const data = makeSyntheticGraph(30, 2, 3);
    const { graph, notices } = importGraphData(JSON.parse(JSON.stringify(data)));
    expect(notices).toEqual([]);
    expect(graph.order).toBe(data.nodes.length);
    expect(graph.size).toBe(data.edges.length);
    const first = data.nodes[0]!;
    expect(graph.getNodeAttributes(first.key)).toMatchObject({ label: first.attributes!.label, x: first.attributes!.x, mentions: first.attributes!.mentions });
    expect(graph.getAttribute('documents')[0]?.text).toBe(data.attributes.documents[0]?.text);
  });

  it.each([
    [
      'nodes without positions get a circular layout',
      { nodes: [node('a', {}), node('b', { x: 'n/a' }), node('c')], edges: [] },
      /2 of 3 node\(s\) had no position/,
      3,
      0,
    ],
    [
      'edges to missing nodes are skipped',
      { nodes: [node('a'), node('b')], edges: [{ source: 'a', target: 'b' }, { source: 'a', target: 'zzz' }, { source: 'ghost', target: 'b' }] },
      /2 edge\(s\) pointing to missing nodes were skipped/,
      2,
      1,
    ],
    ['duplicate nodes are skipped', { nodes: [node('a'), node('a')], edges: [] }, /1 duplicate node/, 1, 0],
    ['malformed edges are skipped', { nodes: [node('a')], edges: [42, { key: 'e', source: 'a', target: 'a' }, { key: 'e', source: 'a', target: 'a' }] }, /2 malformed or duplicate edge/, 1, 1],
  ])('%s', (_name, data, notice, order, size) => {
    const { graph, notices } = importGraphData(data);
    expect(notices.join('\n')).toMatch(notice);
    expect(graph.order).toBe(order);
    expect(graph.size).toBe(size);
    graph.forEachNode((_key, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
  });

  it('places unpositioned nodes deterministically and apart', () => {
    const data = { nodes: [node('b', {}), node('a', {}), node('c', {})] };
    const one = importGraphData(data).graph;
    const two = importGraphData(data).graph;
    const positions = (g: typeof one) => g.mapNodes((key, a) => `${key}:${a.x.toFixed(3)},${a.y.toFixed(3)}`);
    expect(positions(one)).toEqual(positions(two));
    expect(new Set(one.mapNodes((_k, a) => `${a.x.toFixed(3)},${a.y.toFixed(3)}`)).size).toBe(3);
  });

  it.each([
    ['label', {}, 'label', 'k'],
    ['entityType', {}, 'entityType', 'Unknown'],
    ['size', { size: -1 }, 'size', 5],
    ['aliases from a GEXF string', { aliases: '长三角; YRD' }, 'aliases', ['长三角', 'YRD']],
    ['colour from the builder palette', { entityType: 'Place' }, 'color', '#0072b2'],
    ['mentions from flattened GEXF evidence', { mentions: 'doc#2[10-19] Chongqing grows. | doc#3[40-49] Again.' }, 'mentions', [
      { document: 'doc', sentence: 2, start: 10, end: 10, sentenceStart: 10, text: 'Chongqing grows.' },
      { document: 'doc', sentence: 3, start: 40, end: 40, sentenceStart: 40, text: 'Again.' },
    ]],
    ['invalid mentions dropped', { mentions: [{ nope: 1 }, 'x'] }, 'mentions', []],
  ])('fills a missing or odd %s', (_name, attributes, field, expected) => {
    const { graph } = importGraphData({ nodes: [node('k', { x: 0, y: 0, ...attributes })] });
    expect(graph.getNodeAttribute('k', field as 'label')).toEqual(expected);
  });

  it('keeps unknown entity types and relations instead of rejecting the file', () => {
    const { graph } = importGraphData({ nodes: [node('a', { x: 0, y: 0, entityType: 'Mountain' }), node('b')], edges: [{ source: 'a', target: 'b', attributes: { relation: 'overlooks' } }] });
    expect(graph.getNodeAttribute('a', 'entityType')).toBe('Mountain');
    expect(graph.getEdgeAttribute(graph.edges()[0]!, 'relation')).toBe('overlooks');
  });
});

describe('importGraphData keeps the direction the file declares', () => {
  it.each([
    ['an undirected graph, whose edges carry no flag', { type: 'undirected' }, [{ key: 'e', source: 'a', target: 'b' }], 'undirected'],
    ['a mixed graph with a flagged undirected edge', { type: 'mixed' }, [{ key: 'e', source: 'a', target: 'b', undirected: true }], 'undirected'],
    ['a directed graph', { type: 'directed' }, [{ key: 'e', source: 'a', target: 'b' }], 'directed'],
  ])('%s', (_name, options, edges, expected) => {
    const { graph } = importGraphData({ options, nodes: [node('a'), node('b')], edges });
    expect(graph.size).toBe(1);
    expect(graph.isUndirected('e') ? 'undirected' : 'directed').toBe(expected);
  });
});
