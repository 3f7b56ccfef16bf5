import { execFile, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { median } from './stats.js';

const run = promisify(execFile);

/** How long `plangraph --version` takes to start, as a user who installed the packed package runs it. */
export interface CliStartResult {
  runs: number;
  /** Wall time of each start, process spawn to exit, in ms. */
  startsMs: number[];
  medianMs: number;
  maxMs: number;
  version: string;
}

/** The goal: a compiled CLI starts in about a tenth of what compiling TypeScript at each start cost. */
export const CLI_START_GOAL_MS = 300;

function timeStart(bin: string, cwd: string): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(bin, ['--version'], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ ms: performance.now() - started, stdout }) : reject(new Error(`plangraph --version exited with ${code}`))));
  });
}

/**
 * Compiles, packs and installs the package into a temporary prefix (as
 * tests/package/pack-install.test.ts does), then times `plangraph --version`
 * from a folder outside the repository: one warm-up start, then `runs` starts.
 */
export async function measureCliStart(projectRoot: string, workDir: string, runs = 15): Promise<CliStartResult> {
  const dir = join(workDir, 'cli-start');
  await mkdir(dir, { recursive: true });
  await run('npm', ['run', 'compile'], { cwd: projectRoot });
  const pack = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: projectRoot });
  const [{ filename }] = JSON.parse(pack.stdout) as [{ filename: string }];
  const prefix = join(dir, 'prefix');
  await run('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', join(dir, filename)], { cwd: dir });
  const bin = join(prefix, 'bin', 'plangraph');
  const { stdout } = await timeStart(bin, dir);
  const startsMs: number[] = [];
  for (let i = 0; i < runs; i++) startsMs.push((await timeStart(bin, dir)).ms);
  return { runs, startsMs, medianMs: median(startsMs), maxMs: Math.max(...startsMs), version: stdout.trim() };
}
