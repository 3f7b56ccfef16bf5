import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './generate-corpus.js';
import type { NodeSideResult } from './node-side.js';
import { measureBrowserSide, type BrowserSideResult } from './browser-side.js';
import { measureCliStart, type CliStartResult } from './cli-start.js';
import { evaluateGoals, toMarkdown, type BenchResults } from './report.js';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = join(BENCH_DIR, 'results');

interface CorpusPlan {
  label: string;
  documents: number | null;
  /** Upper bound: a child stops repeating once a run takes long (see node-side.ts). */
  runs: number;
}

const USAGE = `usage: npm run bench [-- --quick | --node-only | --browser-only] [--profile] [--keep]
  --quick         corpora of 1 and 100 documents, browser at 1k nodes only
  --node-only     skip the browser side
  --browser-only  skip the Node side
  --profile       also record and summarise CPU profiles of the explorer (slower)
  --keep          keep the temporary corpora, builds and graphs
  --browser-sizes=1000,50000   browser graph sizes to run (nodes), instead of the mode's`;

class UsageError extends Error {}

function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 10)) throw new UsageError(`--browser-sizes: expected node counts like 1000,50000, got "${text}"`);
  return sizes;
}

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

function runChild(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(BENCH_DIR, 'node-side.ts'), ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`node-side child for ${args[0]} exited with ${signal ?? code}`))));
  });
}

async function runNodeSide(quick: boolean, profile: boolean, workDir: string): Promise<NodeSideResult[]> {
  const plans: CorpusPlan[] = [
    { label: 'data/plans', documents: null, runs: 20 },
    { label: '1', documents: 1, runs: 20 },
    { label: '100', documents: 100, runs: 5 },
    ...(quick ? [] : [{ label: '1000', documents: 1000, runs: 3 }]),
  ];
  const results: NodeSideResult[] = [];
  for (const plan of plans) {
    let dir = join(PROJECT_ROOT, 'data', 'plans');
    if (plan.documents !== null) {
      dir = join(workDir, `corpus-${plan.documents}`);
      await writeCorpus(dir, generateCorpus({ seed: 20_260_101, documents: plan.documents }));
    }
    const resultPath = join(workDir, `node-${plan.label.replace(/\W+/g, '-')}.json`);
    log(`node: ${plan.label} (${plan.documents ?? 'real'} documents), up to ${plan.runs} runs, one child process…`);
    const started = performance.now();
    await runChild([plan.label, dir, String(plan.runs), '1', profile ? '1' : '0', resultPath]);
    const result = JSON.parse(await readFile(resultPath, 'utf8')) as NodeSideResult;
    log(`node: ${plan.label}: build ${result.buildMs.toFixed(0)} ms (floor ${result.floorMs.toFixed(1)} ms), ${result.nodes} nodes, child took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    results.push(result);
  }
  return results;
}

async function main(argv: string[]): Promise<number> {
  let flags;
  try {
    flags = parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean', default: false },
        'node-only': { type: 'boolean', default: false },
        'browser-only': { type: 'boolean', default: false },
        profile: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        'browser-sizes': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (flags['node-only'] && flags['browser-only']) throw new UsageError('--node-only and --browser-only exclude each other');

  const started = performance.now();
  const workDir = await mkdtemp(join(tmpdir(), 'plangraph-bench-'));
  const mode = [flags.quick ? 'quick' : 'full', flags['node-only'] ? 'node only' : '', flags['browser-only'] ? 'browser only' : '', flags.profile ? 'profiled' : '']
    .filter(Boolean)
    .join(', ');
  log(`mode: ${mode}; temporary files in ${workDir}`);
  const notes: string[] = [];
  try {
    const node = flags['browser-only'] ? [] : await runNodeSide(flags.quick, flags.profile, workDir);
    let cliStart: CliStartResult | null = null;
    if (!flags['browser-only']) {
      log('node: CLI start, packing and installing the package into a temporary prefix…');
      cliStart = await measureCliStart(PROJECT_ROOT, workDir);
      log(`node: plangraph --version: ${cliStart.medianMs.toFixed(0)} ms median over ${cliStart.runs} starts`);
    }
    let browser: BrowserSideResult | null = null;
    if (!flags['node-only']) {
      browser = await measureBrowserSide({
        sizes: flags['browser-sizes'] ? parseSizes(flags['browser-sizes']) : flags.quick ? [1_000] : [1_000, 10_000, 50_000],
        actionTimeoutMs: 30_000,
        runs: 3,
        runsLarge: 2,
        edgesPerNode: 5,
        layoutSize: flags.quick ? 1_000 : 10_000,
        layoutSeconds: flags.quick ? 4 : 10,
        profile: flags.profile,
        workDir,
        log,
      });
    }
    notes.push(
      'Generated corpora: `bench/generate-corpus.ts`, seed 20260101, about 500 words per document; written to a temporary folder.',
      'Browser graphs: `bench/generate-graph.ts`, project graph.json format with evidence, ~5 edges per node, clustered precomputed positions.',
      'Peak RSS: the child calls the garbage collector between repeated builds and after the repeated metrics runs, so repetitions do not add up; `plangraph build` itself is measured with `/usr/bin/time -v` in the README.',
      'Software WebGL (SwiftShader): browser timings are CPU timings; compare explorer with bare sigma from the same run rather than with absolute numbers.',
    );
    const cpuList = cpus();
    const results: BenchResults = {
      date: new Date().toISOString(),
      mode,
      machine: {
        cpus: cpuList[0]?.model.trim() ?? 'unknown',
        cores: cpuList.length,
        memoryGb: totalmem() / 2 ** 30,
        os: `${type()} ${release()}`,
        node: process.version,
        chromium: browser?.chromiumVersion ?? null,
      },
      durationSeconds: (performance.now() - started) / 1000,
      node,
      cliStart,
      browser,
      goals: evaluateGoals(node, browser, cliStart),
      notes,
    };
    const markdown = toMarkdown(results);
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(join(RESULTS_DIR, 'latest.md'), markdown);
    await writeFile(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${markdown}\n`);
    log(`written bench/results/latest.md and latest.json (${results.durationSeconds.toFixed(0)} s)`);
    return 0;
  } finally {
    if (flags.keep) log(`kept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`bench: ${error.message}\n${USAGE}\n`);
    else process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
