import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'graphology-gexf';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../src/extract/core/lexicon.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import { runPipeline } from '../../src/pipeline.js';
import { checkGexf, checkGexfFile } from '../support/check-gexf.js';
import { runCli, tempDir } from '../support/run-cli.js';
import { expectGraphInvariants } from './graph-invariants.js';

const ROOT = resolve(import.meta.dirname, '../..');
const lexicon = parseLexicon(readFileSync(resolve(ROOT, 'data/lexicon.yaml'), 'utf8'), 'data/lexicon.yaml').lexicon;

const OPENING = 'Hubei will focus on advanced manufacturing and green development.\n';
const ITEMS_500 = Array.from({ length: 500 }, (_, i) => `green item number ${i + 1}`);

interface Case {
  name: string;
  raw: string;
  /** Labels (case-insensitive substrings) that must survive into the graph. */
  labels?: string[];
  /** Expected warnings as `code@line:column`. */
  warnings?: string[];
}

const CASES: Case[] = [
  {
    name: 'HTML and script as list items',
    raw: `${OPENING}The plan names three key areas: <img src=x onerror=alert(1)>, <script>alert("x")</script> and digital economy.\n- <img src=x onerror=alert(1)>\n- <b>bold</b> industry\n`,
    labels: ['<img src=x onerror=alert(1)>', 'digital economy'],
  },
  {
    name: 'XML-special characters',
    raw: `${OPENING}Key areas include R&D <for> "smart" cities, 'green' ports & A<B>C links.\n`,
    labels: ['r&d'],
  },
  {
    name: 'control characters',
    raw: `${OPENING}Key areas include green\u0007energy, digital\u0001economy and \u000Bsmart ports.\fPage two.\n`,
    labels: ['green energy', 'digital economy'],
    warnings: ['DOCUMENT_CONTROL_CHARACTERS@2:24'],
  },
  {
    name: 'noncharacters and a lone surrogate',
    raw: `${OPENING}Key areas include green energy\uFFFF, digital \uD800economy and smart ports.\n`,
    warnings: ['DOCUMENT_CONTROL_CHARACTERS@2:31'],
  },
  {
    name: 'emoji',
    raw: `${OPENING}Key areas include 🚀 space technology, 🌱 green energy and the digital economy 💡.\n`,
    labels: ['space technology'],
  },
  {
    name: 'Chinese text',
    raw: `${OPENING}重庆将重点发展智能网联新能源汽车、新一代电子信息制造业和先进材料。长三角一体化发展取得新进展。\nKey areas include 长三角 integration and 成渝地区 cooperation.\n`,
    labels: ['yangtze river delta'],
  },
  {
    name: 'right-to-left text',
    raw: `${OPENING}Key areas include עברית‎ studies, التنمية الخضراء and \u202Emixed\u202C direction text.\n`,
  },
  {
    name: 'a 10,000-character sentence',
    raw: `${OPENING}Key areas include ${'very long green development '.repeat(360)}and smart ports.\n`,
  },
  {
    name: 'an enumeration of 500 items',
    raw: `${OPENING}Key areas include ${ITEMS_500.slice(0, -1).join(', ')} and ${ITEMS_500.at(-1)}.\n`,
    labels: ['green item number 1', 'green item number 500'],
  },
  {
    name: 'a bullet list of 500 items',
    raw: `${OPENING}The plan lists 500 key tasks:\n${ITEMS_500.map((item) => `- ${item}`).join('\n')}\n`,
  },
  {
    name: 'Windows line endings and a byte-order mark',
    raw: `\uFEFF---\r\ntitle: CRLF plan\r\n---\r\n${OPENING.replace('\n', '\r\n')}Key areas include green energy and digital economy.\r\n`,
    labels: ['green energy', 'digital economy'],
  },
  {
    name: 'control characters in the front matter',
    raw: `---\ntitle: "Plan\\x07 title"\nsource: "wire\\x01feed"\n---\n${OPENING}`,
    warnings: ['DOCUMENT_CONTROL_CHARACTERS@1:1'],
  },
];

describe('odd but legal documents', { timeout: 120_000 }, () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: builds, keeps the text and writes a GEXF that reads back', (_name, c) => {
    const document = parseDocument(c.raw, `plans/${c.name.replace(/\W+/g, '-')}.txt`);
    const { graph, diagnostics } = runPipeline([document], lexicon, { skipLayout: true });
    const { gexf } = expectGraphInvariants(graph);

    const located = diagnostics.filter((d) => d.code.startsWith('DOCUMENT_')).map((d) => `${d.code}@${d.line}:${d.column}`);
    expect(located).toEqual(c.warnings ?? []);
    for (const d of diagnostics) expect(d.file).toBe(document.path);

    const labels = graph.mapNodes((_n, a) => a.label.toLowerCase());
    for (const label of c.labels ?? []) expect(labels.some((l) => l.includes(label.toLowerCase())), `${label} in ${labels.join(' | ')}`).toBe(true);

    // The GEXF reads back with the same node set: nothing is lost to escaping.
    expect(parse(Graph, gexf).order).toBe(graph.order);
  });

  it('builds all of them as one corpus whose GEXF passes the conformance check', async () => {
    // One conformance check for the lot: it starts Python, and the cases above already read their GEXF back.
    const documents = CASES.map((c, i) => parseDocument(c.raw, `plans/odd-${i}.txt`));
    const { graph } = runPipeline(documents, lexicon, { layout: { iterations: 20 } });
    expect(graph.getAttribute('documents')).toHaveLength(CASES.length);
    const result = await checkGexf(expectGraphInvariants(graph).gexf);
    expect(result.ok, result.output).toBe(true);
  });

  it('replaces control characters one for one, so offsets and evidence stay true to the file', () => {
    const raw = 'Key areas include green\u0007energy and digital economy.\n';
    const { graph, extractions } = runPipeline([parseDocument(raw, 'plans/c.txt')], lexicon, { skipLayout: true });
    const text = extractions[0]!.document.text;
    expect(text).toHaveLength(raw.length);
    expect(text).toBe(raw.replace('\u0007', ' '));
    expect(graph.getAttribute('documents')[0]!.text).toBe(text);
  });
});

describe('plangraph build on a document with control characters', { timeout: 120_000 }, () => {
  it('succeeds, prints one located warning and writes a GEXF that passes the conformance check', async () => {
    const dir = tempDir();
    const file = join(dir, 'pasted.txt');
    writeFileSync(file, 'Hubei will focus on green energy.\nKey areas include smart\u0007ports, digital economy and \uFFFEclean air.\n');
    const run = await runCli(['build', file, '--out', join(dir, 'out'), '--quiet']);
    expect(run.code, run.stderr.join('\n')).toBe(0);
    const warnings = run.stderr.filter((line) => line.includes('DOCUMENT_CONTROL_CHARACTERS'));
    expect(warnings).toEqual([`plangraph: warning: ${file}:2:24: replaced 2 control or invalid characters (first U+0007) that XML cannot carry; offsets are unchanged [DOCUMENT_CONTROL_CHARACTERS]`]);
    const check = await checkGexfFile(join(dir, 'out', 'graph.gexf'));
    expect(check.ok, check.output).toBe(true);
  });
});
