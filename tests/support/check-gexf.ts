import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The conformance checker ships beside the repository (../shared/tools), as on CI. */
export const CHECK_GEXF = resolve(import.meta.dirname, '../../../shared/tools/check-gexf');

export interface CheckGexfResult {
  ok: boolean;
  summary: string;
  output: string;
}

/** Runs check-gexf on a GEXF string; throws (never skips) when the checker is missing. */
export function checkGexf(gexf: string): CheckGexfResult {
  if (!existsSync(CHECK_GEXF)) throw new Error(`check-gexf not found at ${CHECK_GEXF}`);
  const file = join(mkdtempSync(join(tmpdir(), 'plangraph-gexf-')), 'graph.gexf');
  writeFileSync(file, gexf, 'utf8');
  return checkGexfFile(file);
}

export function checkGexfFile(file: string): CheckGexfResult {
  const run = spawnSync(CHECK_GEXF, [file], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  const summary = output.trim().split('\n').filter((line) => line.startsWith('check-gexf:')).pop() ?? output.trim().split('\n').pop() ?? '';
  return { ok: run.status === 0 && summary.startsWith('check-gexf: OK'), summary, output };
}
