import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { findGexfProblems, type GexfProblem } from './gexf-rules.js';
import { readWithNetworkx } from './networkx.js';

/**
 * The project's GEXF conformance check, for every GEXF the CLI or the explorer
 * writes: xmllint says the XML is well formed, the GEXF 1.3 rules of
 * gexf-rules.ts hold, and two real readers, graphology-gexf and networkx's
 * read_gexf, load the same number of nodes and edges.
 *
 * Optional extra check: this project's CI keeps an independent checker beside
 * the repository, at ../shared/tools/check-gexf. Where it exists it runs too;
 * with CI=true its absence fails the check; elsewhere nothing depends on it
 * (the test run prints one notice, see global-setup.ts).
 */

export type CheckProblemCode = GexfProblem['code'] | 'XMLLINT' | 'GRAPHOLOGY' | 'NETWORKX' | 'EXTRA_CHECK';

export interface CheckProblem {
  code: CheckProblemCode;
  at: string;
  message: string;
}

export interface GexfCheck {
  file: string;
  ok: boolean;
  nodes: number;
  edges: number;
  problems: CheckProblem[];
  /** The checks that ran, in order. */
  checks: string[];
  /** One line: `GEXF OK: 12 nodes, 30 edges (…checks)` or `GEXF FAILED: …` with the first problem. */
  summary: string;
  /** The summary and every problem, one per line: the message to show when a test fails. */
  output: string;
}

export const EXTRA_CHECK_GEXF = resolve(import.meta.dirname, '../../../shared/tools/check-gexf');

export const isCi = ['true', '1'].includes((process.env['CI'] ?? '').toLowerCase());

export type ExtraCheckState = 'present' | 'absent' | 'required-but-absent';

export function extraCheckState(): ExtraCheckState {
  if (existsSync(EXTRA_CHECK_GEXF)) return 'present';
  return isCi ? 'required-but-absent' : 'absent';
}

/** Checks a GEXF document given as a string. */
export async function checkGexf(gexf: string): Promise<GexfCheck> {
  const dir = await mkdtemp(join(tmpdir(), 'plangraph-gexf-'));
  try {
    const file = join(dir, 'graph.gexf');
    await writeFile(file, gexf, 'utf8');
    return (await checkGexfFiles([file]))[0]!;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function checkGexfFile(file: string): Promise<GexfCheck> {
  return (await checkGexfFiles([file]))[0]!;
}

/** Checks several files, with one networkx process for all of them. */
export async function checkGexfFiles(files: readonly string[]): Promise<GexfCheck[]> {
  const extra = extraCheckState();
  const [local, networkx, extras] = await Promise.all([
    mapConcurrently(files, 4, checkLocally),
    readWithNetworkx(files),
    extra === 'present' ? mapConcurrently(files, 2, runExtraCheck) : Promise.resolve(files.map(() => null)),
  ]);
  return files.map((file, i) => {
    const { nodes, edges, problems, checks } = local[i]!;
    const read = networkx[i]!;
    checks.push(read.reader ?? 'networkx');
    if (read.error !== undefined) problems.push({ code: 'NETWORKX', at: '?', message: `networkx read_gexf failed: ${read.error}` });
    else if (read.nodes !== nodes || read.edges !== edges) {
      problems.push({ code: 'NETWORKX', at: '?', message: `networkx read ${read.nodes} nodes and ${read.edges} edges, the file holds ${nodes} and ${edges}` });
    }
    const extraProblem = extras[i];
    if (extra === 'present') checks.push('check-gexf');
    if (extraProblem) problems.push(extraProblem);
    if (extra === 'required-but-absent') {
      problems.push({ code: 'EXTRA_CHECK', at: '?', message: `CI=true, but the extra checker ${EXTRA_CHECK_GEXF} is missing` });
    }
    return finish(file, nodes, edges, problems, checks);
  });
}

interface LocalCheck {
  nodes: number;
  edges: number;
  problems: CheckProblem[];
  checks: string[];
}

async function checkLocally(file: string): Promise<LocalCheck> {
  const problems: CheckProblem[] = [];
  const checks = ['xmllint'];
  const lint = await run('xmllint', ['--noout', '--nonet', file]);
  if (lint.missing) problems.push({ code: 'XMLLINT', at: '?', message: 'xmllint not found: apt-get install -y libxml2-utils' });
  else if (lint.status !== 0) problems.push({ code: 'XMLLINT', at: '?', message: `xmllint: ${lint.output.trim().split('\n').slice(0, 6).join(' | ')}` });

  const xml = await readFile(file, 'utf8');
  checks.push('GEXF 1.3 rules');
  const rules = findGexfProblems(xml);
  problems.push(...rules.problems);
  if (rules.omitted > 0) problems.push({ code: rules.problems.at(-1)!.code, at: '?', message: `… and ${rules.omitted} more problems` });

  checks.push('graphology-gexf');
  try {
    const graph = parse(Graph, xml);
    if (graph.order !== rules.nodes || graph.size !== rules.edges) {
      problems.push({ code: 'GRAPHOLOGY', at: '?', message: `graphology-gexf read ${graph.order} nodes and ${graph.size} edges, the file holds ${rules.nodes} and ${rules.edges}` });
    }
  } catch (error) {
    problems.push({ code: 'GRAPHOLOGY', at: '?', message: `graphology-gexf could not read it: ${(error as Error).message}` });
  }
  return { nodes: rules.nodes, edges: rules.edges, problems, checks };
}

async function runExtraCheck(file: string): Promise<CheckProblem | null> {
  const result = await run(EXTRA_CHECK_GEXF, [file]);
  const lines = result.output.trim().split('\n');
  const summary = lines.filter((line) => line.startsWith('check-gexf:')).pop() ?? lines.pop() ?? '';
  if (result.status === 0 && summary.startsWith('check-gexf: OK')) return null;
  return { code: 'EXTRA_CHECK', at: '?', message: `${EXTRA_CHECK_GEXF} said: ${summary}\n${result.output.trim()}` };
}

function finish(file: string, nodes: number, edges: number, problems: CheckProblem[], checks: string[]): GexfCheck {
  const ok = problems.length === 0;
  const summary = ok
    ? `GEXF OK: ${nodes} nodes, ${edges} edges (${checks.join(', ')})`
    : `GEXF FAILED: ${problems.length} problem${problems.length === 1 ? '' : 's'}, first [${problems[0]!.code}] ${problems[0]!.message.split('\n')[0]}`;
  const output = [`${file}: ${summary}`, ...problems.map((p) => `  [${p.code}] ${p.at}: ${p.message}`)].join('\n');
  return { file, ok, nodes, edges, problems, checks, summary, output };
}

function run(command: string, args: readonly string[]): Promise<{ status: number | null; output: string; missing: boolean }> {
  return new Promise((done) => {
    execFile(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const missing = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      done({ status, output: `${stdout}${stderr}`, missing });
    });
  });
}

export async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
