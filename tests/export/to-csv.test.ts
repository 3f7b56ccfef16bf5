import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { quoteCsvField, toCsv } from '../../src/export/to-csv.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { mergeEntities, mergeRelations } from '../../src/graph/merge-records.js';
import { flattenEvidence } from '../../src/export/flatten-evidence.js';
import type { EntityRecord } from '../../src/model/records.js';
import { makeSmallGraph } from '../support/small-graph.js';
import { entity, evidence, planDocument, relation } from '../support/records.js';

const NODE_HEADER = [
  ':ID',
  ':LABEL',
  'label',
  'aliases:string[]',
  'documents:string[]',
  'declaredCount:int',
  'namedCount:int',
  'language',
  'indicator',
  'value:double',
  'unit',
  'year:int',
  'degree:int',
  'centrality:double',
  'community:int',
  'mentionCount:int',
  'mentions',
];
const RELATION_HEADER = [':START_ID', ':END_ID', ':TYPE', 'documents:string[]', 'evidenceCount:int', 'evidence'];

/** Reads a file back the way a graph database's importer would: header row, then records. */
function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parse(text, { relaxQuotes: false, relaxColumnCount: false, skipEmptyLines: false }) as string[][];
  const [header, ...body] = records;
  return { header: header!, rows: body.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!]))) };
}

const HOSTILE = [
  ['a comma', 'growth, jobs and trade'],
  ['a double quote', 'the "dual circulation" pattern'],
  ['a line break', 'first line\nsecond line'],
  ['a carriage return', 'windows\r\nline'],
  ['all of them', '"quoted", then\nmore'],
  ['surrounding spaces', '  padded  '],
  ['the array delimiter', 'a; b'],
  ['Chinese punctuation', '城镇新增就业，以上；“双循环”'],
] as const;

/** One plan whose entities carry the hostile text in labels, aliases and evidence sentences. */
function hostileGraph() {
  const plan: EntityRecord = { ...entity('Plan', 'Test Plan'), declaredCount: 3, namedCount: 2, language: 'en' };
  const target: EntityRecord = {
    ...entity('Target', 'GDP target'),
    target: { indicator: 'GDP', value: 4.5, unit: 'trillion yuan', year: 2030 },
  };
  const items: EntityRecord[] = HOSTILE.map(([, text], i) => ({
    ...entity('KeyArea', text),
    key: `KeyArea:item-${i}`,
    aliases: [`alias ${i}`, `${text} (alias)`],
    mentions: [evidence('doc', i * 10, i * 10 + 5, `Sentence with ${text}.`)],
  }));
  const relations = [relation(plan, 'hasTarget', target), ...items.map((item) => ({ ...relation(plan, 'hasKeyArea', item), evidence: item.mentions[0]! }))];
  return buildGraph([planDocument('doc')], mergeEntities([plan, target, ...items]), mergeRelations(relations), 'hostile').graph;
}

describe('toCsv', () => {
  it('writes the neo4j-admin import headers', () => {
    const { nodes, relations } = toCsv(makeSmallGraph(2, 3));
    expect(readCsv(nodes).header).toEqual(NODE_HEADER);
    expect(readCsv(relations).header).toEqual(RELATION_HEADER);
  });

  it('has one row per node and edge, with ids, labels, ends and types from the graph', () => {
    const graph = makeSmallGraph(3, 4);
    const { nodes, relations } = toCsv(graph);
    const nodeRows = readCsv(nodes).rows;
    expect(nodeRows.map((row) => row[':ID'])).toEqual(graph.nodes().sort());
    for (const row of nodeRows) {
      const attributes = graph.getNodeAttributes(row[':ID']!);
      expect([row[':LABEL'], row.label, row['degree:int']]).toEqual([attributes.entityType, attributes.label, String(attributes.degree)]);
    }
    const edgeRows = readCsv(relations).rows;
    const expected = graph.mapEdges((_edge, a, source, target) => [source, target, a.relation].join(' ')).sort();
    expect(edgeRows.map((row) => [row[':START_ID'], row[':END_ID'], row[':TYPE']].join(' ')).sort()).toEqual(expected);
    const ids = new Set(nodeRows.map((row) => row[':ID']));
    for (const row of edgeRows) expect([ids.has(row[':START_ID']), ids.has(row[':END_ID'])]).toEqual([true, true]);
  });

  it.each(HOSTILE.map(([name, text], i) => [name, text, i] as const))('reads back a label with %s unchanged', (_name, text, i) => {
    const { nodes, relations } = toCsv(hostileGraph());
    const row = readCsv(nodes).rows.find((r) => r[':ID'] === `KeyArea:item-${i}`)!;
    expect(row.label).toBe(text);
    expect(row['aliases:string[]']!.split(';')).toEqual([`${text} (alias)`.replaceAll(';', ','), `alias ${i}`].sort());
    expect(row.mentions).toBe(`doc#0[${i * 10}-${i * 10 + 5}] Sentence with ${text}.`);
    const edge = readCsv(relations).rows.find((r) => r[':END_ID'] === `KeyArea:item-${i}`)!;
    expect([edge[':START_ID'], edge[':TYPE'], edge.evidence]).toEqual(['Plan:test plan', 'hasKeyArea', row.mentions]);
  });

  it('writes typed values where present and leaves absent ones empty', () => {
    const rows = readCsv(toCsv(hostileGraph()).nodes).rows;
    const byId = (id: string) => rows.find((r) => r[':ID'] === id)!;
    const plan = byId('Plan:test plan');
    const target = byId('Target:gdp target');
    expect([plan['declaredCount:int'], plan['namedCount:int'], plan.language, plan['value:double']]).toEqual(['3', '2', 'en', '']);
    expect([target.indicator, target['value:double'], target.unit, target['year:int'], target['declaredCount:int']]).toEqual(['GDP', '4.5', 'trillion yuan', '2030', '']);
    expect(plan['aliases:string[]']).toBe('');
  });

  it('flattens evidence as the GEXF does', () => {
    const graph = makeSmallGraph(1, 2);
    const rows = readCsv(toCsv(graph).nodes).rows;
    for (const row of rows) expect(row.mentions).toBe(flattenEvidence(graph.getNodeAttribute(row[':ID']!, 'mentions')));
  });

  it('is byte-identical for the same graph, whatever order it was built in', () => {
    const a = toCsv(hostileGraph());
    expect(toCsv(hostileGraph())).toEqual(a);
    const graph = hostileGraph();
    const reversed = graph.nullCopy();
    [...graph.nodes()].reverse().forEach((node) => reversed.addNode(node, graph.getNodeAttributes(node)));
    [...graph.edges()].reverse().forEach((edge) => reversed.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge)));
    expect(toCsv(reversed)).toEqual(a);
  });
});

describe('quoteCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' lead', '" lead"'],
    ['trail ', '"trail "'],
    ['城镇新增就业，以上', '城镇新增就业，以上'],
  ])('%j → %j', (input, output) => expect(quoteCsvField(input)).toBe(output));
});
