import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTRA_CHECK_GEXF, extraCheckState } from './check-gexf.js';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Compiles src/ to lib/ once, before any test starts: tests that run
 * bin/plangraph.js as a process, and the pack test, then run the current
 * sources, and no two test processes compile at the same time. Type errors
 * are `tsc -p tsconfig.json`'s to report (npm test runs it first), so only
 * missing output stops the run.
 */
function compileLib(): void {
  rmSync(join(ROOT, 'lib'), { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { encoding: 'utf8' });
  if (!existsSync(join(ROOT, 'lib', 'cli', 'main.js'))) throw new Error(`compiling src/ to lib/ failed:\n${tsc.stdout}${tsc.stderr}`);
  if (tsc.status !== 0) console.warn(`tsc -p tsconfig.build.json reported errors; lib/ was written anyway:\n${tsc.stdout.split('\n').slice(0, 5).join('\n')}`);
}

/** Says once per run when the optional extra GEXF checker (see check-gexf.ts) is not beside the repository. */
function noticeExtraCheck(): void {
  const state = extraCheckState();
  if (state === 'absent') console.info(`GEXF: optional extra check not run (${EXTRA_CHECK_GEXF} not found); the project's own checks run`);
  if (state === 'required-but-absent') console.warn(`GEXF: CI=true but ${EXTRA_CHECK_GEXF} is missing: every GEXF check will fail`);
}

export default function setup(): void {
  compileLib();
  noticeExtraCheck();
}
