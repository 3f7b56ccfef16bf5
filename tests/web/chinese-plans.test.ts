import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/export/to-json.js';
import { parseLexicon } from '../../src/extract/core/lexicon.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import { runPipeline } from '../../src/pipeline.js';
import { computePlanSummaries } from '../../src/web/core/documents.js';
import { parseGraphJson } from '../../src/web/core/graph-loading.js';
import { buildSearchIndex } from '../../src/web/core/search-index.js';

// The Chinese fixture plans and an English summary written for this test, built and loaded as the browser loads graph.json.
const lexicon = parseLexicon(readFileSync('data/lexicon.yaml', 'utf8'), 'data/lexicon.yaml').lexicon;
const read = (path: string) => parseDocument(readFileSync(path, 'utf8'), path);
const english = parseDocument('Anhui outlines its 15th Five-Year Plan\nAnhui will deepen integration with the Yangtze River Delta.\n', 'plans/anhui-summary.txt');
const built = runPipeline([read('tests/fixtures/chinese/jiangxi-15th-proposals.txt'), read('tests/fixtures/chinese/riverside-outline-traditional.txt'), english], lexicon, { skipLayout: true }).graph;
const { graph } = parseGraphJson(toJson(built));
const index = buildSearchIndex(graph);

describe('Chinese plans in the explorer', () => {
  it.each([
    ['a Chinese substring of a label', '制造中心', '全国重要的绿色制造中心'],
    ['a traditional label', '樞紐', '內陸開放樞紐'],
    ['the Chinese name of a merged node', '长三角', 'Yangtze River Delta'],
    ['the English name of the same node', 'Yangtze', 'Yangtze River Delta'],
    ['a plan title inside', '十五个五年规划', '中共江西省委关于制定江西省国民经济和社会发展第十五个五年规划的建议'],
  ])('search finds %s', (_name, query, label) => {
    expect(index.search(query).map((hit) => hit.label)).toContain(label);
  });

  it('the merged region keeps the mentions of both languages', () => {
    const region = graph.getNodeAttributes('Region:yangtze river delta');
    expect(new Set(region.mentions.map((m) => m.language))).toEqual(new Set(['en', 'zh']));
  });

  it('each plan shows its language', () => {
    expect(computePlanSummaries(graph).map((plan) => [plan.id, plan.language])).toEqual([
      ['anhui-summary', 'en'],
      ['jiangxi-15th-proposals', 'zh'],
      ['riverside-outline-traditional', 'zh'],
    ]);
    expect(graph.getNodeAttribute('Plan:jiangxi-15th-proposals', 'language')).toBe('zh');
  });
});
