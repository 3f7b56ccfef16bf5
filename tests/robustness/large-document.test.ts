import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import { parseLexicon } from '../../src/extract/core/lexicon.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import { checkGexfFile } from '../support/check-gexf.js';
import { tempDir } from '../support/temp-dir.js';
import { runProcess } from './run-process.js';

const ROOT = resolve(import.meta.dirname, '../..');
/**
 * A 20 MB plan builds in about 80 s of CPU (≈2.7 GB peak memory), too long for
 * every test run, so the default is 1 MB; PLANGRAPH_LARGE_DOCUMENT_MB=20 runs the full size.
 */
const MEGABYTES = Number(process.env['PLANGRAPH_LARGE_DOCUMENT_MB'] ?? '1');

const SOURCES = [join(ROOT, 'data/plans'), join(ROOT, 'tests/fixtures/documents')].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseDocument(readFileSync(join(dir, name), 'utf8'), name).text),
);

/** Plan prose of about `bytes` bytes: the corpus again and again, numbers varied so not every sentence repeats. */
function largePlan(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    const text = SOURCES[round % SOURCES.length]!.replace(/\b(\d+)(th|st|nd|rd)\b/g, `${(round % 40) + 1}th`).replace(/\b20(2\d|3\d)\b/g, String(2026 + (round % 20)));
    parts.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return parts.join('\n');
}

describe('a large document', () => {
  it(`builds ${MEGABYTES} MB of plan text through the real process`, { timeout: Math.max(60_000, MEGABYTES * 20_000) }, async () => {
    const dir = tempDir();
    const file = join(dir, 'large-plan.txt');
    writeFileSync(file, largePlan(MEGABYTES * 1024 * 1024));
    const run = await runProcess(['build', file, '--out', join(dir, 'out'), '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^built 1 document: \d+ entities, \d+ relations/m);
    console.info(`large document: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB built in ${(run.milliseconds / 1000).toFixed(1)} s`);
    if (MEGABYTES <= 2) {
      const check = await checkGexfFile(join(dir, 'out', 'graph.gexf'));
      expect(check.ok, check.output).toBe(true);
    }
  });

  it('extracts in time roughly linear in the length of the text', { timeout: 120_000 }, () => {
    const lexicon = parseLexicon(readFileSync(join(ROOT, 'data/lexicon.yaml'), 'utf8'), 'data/lexicon.yaml').lexicon;
    const cpuSeconds = (bytes: number) => {
      const document = parseDocument(largePlan(bytes), 'large.txt');
      const before = process.cpuUsage();
      extractDocument(document, lexicon);
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1e6;
    };
    cpuSeconds(16 * 1024); // warm up the regular expressions and the JIT
    const small = cpuSeconds(64 * 1024);
    const large = cpuSeconds(256 * 1024);
    console.info(`extraction: ${small.toFixed(2)} s CPU for 64 KB, ${large.toFixed(2)} s for 256 KB`);
    // Four times the text: ~4× the time if linear, ~16× if quadratic.
    expect(large / small, `${small.toFixed(2)} s → ${large.toFixed(2)} s`).toBeLessThan(8);
  });
});
