import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../src/extract/core/lexicon.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import { runPipeline } from '../../src/pipeline.js';
import { toJson } from '../../src/export/to-json.js';

// Two plan summaries written for this test: one in Chinese, one in English, about the same region.
const chinese = parseDocument(
  '---\nlanguage: zh\n---\n江西省发布《江西省国民经济和社会发展第十五个五年规划纲要》。\n《纲要》提出，主动融入长三角，深化同粤港澳大湾区的合作。\n到2030年，全省地区生产总值达到5万亿元左右。\n',
  'plans/jiangxi-outline.txt',
);
const english = parseDocument(
  'Anhui outlines its 15th Five-Year Plan\nAnhui will deepen integration with the Yangtze River Delta and expand trade with the Greater Bay Area. By 2030, GDP will reach 7 trillion yuan.\n',
  'plans/anhui-summary.txt',
);
const lexicon = parseLexicon(readFileSync('data/lexicon.yaml', 'utf8'), 'data/lexicon.yaml').lexicon;
const build = () => runPipeline([chinese, english], lexicon, { skipLayout: true }).graph;

describe('a Chinese and an English plan in one graph', () => {
  const graph = build();

  it.each([
    ['Region:yangtze river delta', '长三角'],
    ['Region:guangdong-hong kong-macao greater bay area', '粤港澳大湾区'],
  ])('%s is one node with both languages\' names', (key, chineseName) => {
    expect(graph.hasNode(key)).toBe(true);
    const attributes = graph.getNodeAttributes(key);
    expect(attributes.documents).toEqual(['anhui-summary', 'jiangxi-outline']);
    expect(attributes.aliases).toContain(chineseName);
    expect(new Set(attributes.mentions.map((m) => m.language))).toEqual(new Set(['en', 'zh']));
  });

  it('each plan carries its language, on the node and in the document list', () => {
    expect(graph.getNodeAttribute('Plan:jiangxi-outline', 'language')).toBe('zh');
    expect(graph.getNodeAttribute('Plan:anhui-summary', 'language')).toBe('en');
    expect(graph.getAttribute('documents').map((d) => [d.id, d.language])).toEqual([['anhui-summary', 'en'], ['jiangxi-outline', 'zh']]);
  });

  it('targets stay with the plan that states them', () => {
    const targets = graph.filterNodes((_key, a) => a.entityType === 'Target').map((key) => graph.getNodeAttribute(key, 'documents'));
    expect(targets).toEqual(expect.arrayContaining([['jiangxi-outline'], ['anhui-summary']]));
  });

  it('builds the same graph.json twice', () => {
    expect(toJson(build())).toBe(toJson(graph));
  });
});
