import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import { parseLexicon } from '../../src/extract/core/lexicon.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { comparePlans, formatComparison } from '../../src/graph/compare-plans.js';
import { runCli } from '../support/run-cli.js';

const lexicon = parseLexicon(readFileSync('data/lexicon.yaml', 'utf8'), 'data/lexicon.yaml').lexicon;

const alpha = parseDocument(
  `---\ntitle: Alpha plan\nplace: Hunan\n---\nHunan's roadmap for the 15th Five-Year Plan outlines four key areas, including industrial upgrading, digital trade, rural revitalization and green growth.\nHunan will deepen cooperation with the Yangtze River Delta and the Chengdu–Chongqing economic circle.`,
  'alpha.txt',
);
const beta = parseDocument(
  `---\ntitle: Beta plan\nplace: Jiangxi\n---\nJiangxi's 15th Five-Year Plan sets out three key areas, including industrial upgrading, the digital economy and rural revitalization.\nJiangxi will strengthen ties with the YRD and the Chengdu-Chongqing Economic Circle.`,
  'beta.txt',
);
const gamma = parseDocument(
  `---\ntitle: Gamma plan\nplace: Anhui\n---\nAnhui's 15th Five-Year Plan lists two key areas, including industrial upgrading and rural revitalization.\nAnhui will deepen integration with 长三角.`,
  'gamma.txt',
);

const { graph } = runPipeline([alpha, beta, gamma], lexicon, { skipLayout: true });
const find = (entityType: string, label: string) =>
  graph.findNode((_n, a) => a.entityType === entityType && a.label.toLowerCase().replace(/[–-]/g, '-') === label.toLowerCase());

describe('several plans in one graph', () => {
  it('makes one Plan node per document, tied to its place', () => {
    const plans = graph.filterNodes((_n, a) => a.entityType === 'Plan');
    expect(plans).toHaveLength(3);
    for (const [plan, place] of [['Plan:alpha', 'Hunan'], ['Plan:beta', 'Jiangxi'], ['Plan:gamma', 'Anhui']] as const) {
      expect(plans).toContain(plan);
      const tied = graph.outNeighbors(plan).some((n) => graph.getNodeAttribute(n, 'label') === place);
      expect(tied, `${plan} → ${place}`).toBe(true);
    }
  });

  it.each([
    ['KeyArea', 'industrial upgrading', ['alpha', 'beta', 'gamma']],
    ['KeyArea', 'rural revitalization', ['alpha', 'beta', 'gamma']],
    ['Region', 'yangtze river delta', ['alpha', 'beta', 'gamma']],
    ['Region', 'chengdu-chongqing economic circle', ['alpha', 'beta']],
  ])('merges the %s "%s" across documents, keeping each one\'s evidence', (entityType, label, documents) => {
    const node = find(entityType, label);
    expect(node, label).toBeDefined();
    const attributes = graph.getNodeAttributes(node!);
    expect(attributes.documents).toEqual(documents);
    expect(new Set(attributes.mentions.map((m) => m.document))).toEqual(new Set(documents));
  });

  it('keeps the aliases that were merged (YRD, 长三角)', () => {
    const aliases = graph.getNodeAttribute(find('Region', 'yangtze river delta')!, 'aliases');
    expect(aliases).toEqual(expect.arrayContaining(['YRD', '长三角']));
  });

  it.each([
    ['digital trade', 'digital economy'],
  ])('does not merge "%s" with "%s"', (a, b) => {
    const first = graph.findNode((_n, x) => x.label.toLowerCase() === a);
    const second = graph.findNode((_n, x) => x.label.toLowerCase().replace(/^the /, '') === b);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(first).not.toBe(second);
  });
});

describe('comparePlans', () => {
  const comparison = comparePlans(extractDocument(alpha, lexicon), extractDocument(beta, lexicon));
  const row = (type: string) => comparison.types.find((t) => t.entityType === type)!;

  it('splits each type into shared and only-in-one', () => {
    expect(row('KeyArea').shared.map((l) => l.toLowerCase()).sort()).toEqual(['industrial upgrading', 'rural revitalization']);
    expect(row('KeyArea').onlyA.map((l) => l.toLowerCase()).sort()).toEqual(['digital trade', 'green growth']);
    expect(row('KeyArea').onlyB.map((l) => l.toLowerCase().replace(/^the /, ''))).toEqual(['digital economy']);
    expect(row('Region').shared).toHaveLength(2);
    expect(row('Place').onlyA).toContain('Hunan');
    expect(row('Place').onlyB).toContain('Jiangxi');
  });

  it('prints a table with one row per type', () => {
    const text = formatComparison(comparison);
    expect(text).toContain('| KeyArea | 2 | 2 | 1 |');
    expect(text).toContain('A = alpha');
  });

  it('runs from the CLI', async () => {
    const run = await runCli(['compare', 'data/plans/chongqing-15th-five-year-plan.txt', 'tests/fixtures/documents/sichuan-15th-five-year-plan.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout.join('\n')).toMatch(/\| Region \| [1-9]\d* \|/);
    const json = await runCli(['compare', 'data/plans/chongqing-15th-five-year-plan.txt', 'tests/fixtures/documents/sichuan-15th-five-year-plan.txt', '--json']);
    expect(JSON.parse(json.stdout.join('\n'))).toMatchObject({ a: 'chongqing-15th-five-year-plan', b: 'sichuan-15th-five-year-plan' });
  });

  it('needs exactly two files', async () => {
    const run = await runCli(['compare', 'data/plans/chongqing-15th-five-year-plan.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(/exactly two plan files/);
  });
});
