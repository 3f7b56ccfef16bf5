import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline.js';
import { parseDocument } from '../src/ingest/parse-document.js';
import { parseLexicon } from '../src/extract/core/lexicon.js';
import { toJson } from '../src/export/to-json.js';
import { computeLabelBoxes, countOverlaps, DEFAULT_LABEL_OPTIONS } from '../src/layout/separate-labels.js';
import { ENTITY_TYPES, RELATIONS } from '../src/model/vocabulary.js';
import { DocumentError } from '../src/model/errors.js';

const CHONGQING = 'data/plans/chongqing-15th-five-year-plan.txt';
const lexicon = parseLexicon(readFileSync('data/lexicon.yaml', 'utf8'), 'data/lexicon.yaml').lexicon;
const chongqing = parseDocument(readFileSync(CHONGQING, 'utf8'), CHONGQING);
const { graph, diagnostics } = runPipeline([chongqing], lexicon);

function nodeByLabel(label: string, entityType: string) {
  return graph.findNode((_n, a) => a.label.toLowerCase() === label.toLowerCase() && a.entityType === entityType);
}

describe('pipeline on the Chongqing plan', () => {
  it('builds a multi directed graph whose nodes and edges use only the vocabularies', () => {
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBeGreaterThan(50);
    graph.forEachNode((_n, a) => {
      expect(ENTITY_TYPES).toContain(a.entityType);
      expect(a).not.toHaveProperty('type');
      expect(a.mentions.length).toBeGreaterThan(0);
    });
    graph.forEachEdge((_e, a) => expect(RELATIONS).toContain(a.relation));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives every edge evidence whose span lies inside its sentence, which is in the document', () => {
    graph.forEachEdge((edge, a) => {
      expect(a.evidence.length, edge).toBeGreaterThan(0);
      for (const e of a.evidence) {
        expect(e.document).toBe('chongqing-15th-five-year-plan');
        expect(chongqing.text.slice(e.sentenceStart, e.sentenceStart + e.text.length)).toBe(e.text);
        expect(e.start).toBeGreaterThanOrEqual(e.sentenceStart);
        expect(e.end).toBeLessThanOrEqual(e.sentenceStart + e.text.length);
      }
    });
  });

  it.each([
    ['hasKeyArea', 9, 8],
    ['hasStrategicOpportunity', 6, 6],
    ['hasPriorityTask', 13, 8],
  ])('records the declared count of the %s list against the named count', (_relation, declared, named) => {
    const holder = graph.findNode((_n, a) => a.declaredCount === declared);
    expect(holder).toBeDefined();
    expect(graph.getNodeAttribute(holder!, 'namedCount')).toBe(named);
  });

  it.each([
    ['rural revitalization', 'KeyArea', 'promoting rural revitalization', 'PriorityTask'],
    ['cultural development', 'KeyArea', 'strengthening cultural development', 'PriorityTask'],
    ['industrial system upgrading', 'KeyArea', 'industrial upgrading', 'PriorityTask'],
    ['industrial upgrading', 'PriorityTask', 'technological innovation as a catalyst for industrial upgrading', 'StrategicOpportunity'],
    ['megacity governance', 'KeyArea', 'improved governance capacity in the megacity', 'StrategicOpportunity'],
  ])('links the concept "%s" (%s) to "%s" (%s)', (a, typeA, b, typeB) => {
    const source = nodeByLabel(a, typeA);
    const target = nodeByLabel(b, typeB);
    expect(source, a).toBeDefined();
    expect(target, b).toBeDefined();
    const linked = [...graph.edges(source!, target!), ...graph.edges(target!, source!)].some((e) => graph.getEdgeAttribute(e, 'relation') === 'relatedTo');
    expect(linked).toBe(true);
  });

  it('stores targets with indicator, value, unit and year', () => {
    const gdp = graph.findNode((_n, a) => a.entityType === 'Target' && a.indicator === 'GDP');
    expect(graph.getNodeAttributes(gdp!)).toMatchObject({ value: 4e12, unit: 'yuan' });
    const perCapita = graph.findNode((_n, a) => a.entityType === 'Target' && /per capita/i.test(a.indicator ?? ''));
    expect(graph.getNodeAttributes(perCapita!)).toMatchObject({ value: 140000, unit: 'yuan', year: 2030 });
  });

  it('draws no two node labels on top of each other at the default zoom', () => {
    const positions = new Map(graph.mapNodes((node, a) => [node, { x: a.x, y: a.y }] as const));
    expect(countOverlaps(computeLabelBoxes(graph, positions, { ...DEFAULT_LABEL_OPTIONS, margin: 0 }))).toBe(0);
  });

  it('is byte-identical when built twice, whatever the document order', () => {
    const other = parseDocument(readFileSync('tests/fixtures/documents/sichuan-15th-five-year-plan.txt', 'utf8'), 'sichuan-15th-five-year-plan.txt');
    const first = toJson(runPipeline([chongqing, other], lexicon).graph);
    const second = toJson(runPipeline([other, chongqing], lexicon).graph);
    expect(second).toBe(first);
    expect(toJson(runPipeline([chongqing], lexicon).graph)).toBe(toJson(graph));
  });

  it('refuses two documents with the same id', () => {
    expect(() => runPipeline([chongqing, { ...chongqing, path: 'elsewhere/chongqing-15th-five-year-plan.txt' }], lexicon)).toThrowError(DocumentError);
  });
});
