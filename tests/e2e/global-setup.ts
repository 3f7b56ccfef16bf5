import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { makeSyntheticGraph } from '../fixtures/synthetic-graph.js';
import { CHROMIUM_PATH, chromiumAvailable } from './browser.js';
import { startStaticServer } from '../support/static-server.js';

export type GraphSource = 'plan' | 'synthetic';

export interface E2eContext {
  /** Base URL of the served build; empty when browser tests are skipped. */
  url: string;
  graph: GraphSource;
  /** Path, relative to `url`, of a graph built from several plans; empty when it could not be built. */
  plansGraph: string;
  /** Path, relative to `url`, of the Chinese fixture plans built with the Chongqing plan; empty when it could not be built. */
  chineseGraph: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const isCi = ['true', '1'].includes((process.env['CI'] ?? '').toLowerCase());

function run(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

function shout(lines: string[]): void {
  const bar = '!'.repeat(78);
  console.warn(['', bar, ...lines.map((line) => `!! ${line}`), bar, ''].join('\n'));
}

/**
 * Builds the production site once. The plan graph comes from `npm run build`;
 * PLANGRAPH_E2E_GRAPH=synthetic (or, outside CI, a builder that cannot run
 * yet) serves the synthetic fixture graph instead, and says so.
 */
function buildSite(): GraphSource {
  if (process.env['PLANGRAPH_E2E_GRAPH'] !== 'synthetic') {
    const build = run('npm', ['run', 'build']);
    if (build.ok) return 'plan';
    if (isCi) throw new Error(`npm run build failed:\n${build.output}`);
    shout(['`npm run build` failed, so browser tests run on the SYNTHETIC fixture graph.', 'Tests that need the Chongqing plan will skip. Last lines of the build:', ...build.output.trim().split('\n').slice(-6)]);
  }
  const build = run('npx', ['vite', 'build']);
  if (!build.ok) throw new Error(`vite build failed:\n${build.output}`);
  writeFileSync(join(ROOT, 'dist', 'graph.json'), JSON.stringify(makeSyntheticGraph(150, 2, 42)));
  return 'synthetic';
}

/** Where the several-plans graph is served, next to the site. */
const PLANS_GRAPH = 'fixtures/plans/graph.json';

/**
 * The five plans (data/plans and tests/fixtures/documents) built into one
 * graph, for the plan list and comparison tests. Outside CI a builder that
 * cannot run yet skips those tests, and says so.
 */
function buildPlansGraph(): string {
  const build = run('node', ['bin/plangraph.js', 'build', 'data/plans', 'tests/fixtures/documents', '--out', join('dist', dirname(PLANS_GRAPH))]);
  if (build.ok) return PLANS_GRAPH;
  if (isCi) throw new Error(`building the several-plans graph failed:\n${build.output}`);
  shout(['Building data/plans + tests/fixtures/documents failed: the compare tests are SKIPPED.', ...build.output.trim().split('\n').slice(-6)]);
  return '';
}

/** Where the Chinese plans' graph is served, next to the site. */
const CHINESE_GRAPH = 'fixtures/chinese/graph.json';

/** The Chinese fixture plans (both scripts) and the English Chongqing plan in one graph, for the Chinese explorer test. */
function buildChineseGraph(): string {
  const build = run('node', ['bin/plangraph.js', 'build', 'data/plans', 'tests/fixtures/chinese', '--out', join('dist', dirname(CHINESE_GRAPH))]);
  if (build.ok) return CHINESE_GRAPH;
  if (isCi) throw new Error(`building the Chinese plans' graph failed:\n${build.output}`);
  shout(['Building data/plans + tests/fixtures/chinese failed: the Chinese explorer tests are SKIPPED.', ...build.output.trim().split('\n').slice(-6)]);
  return '';
}

export default async function setup(project: TestProject) {
  if (!chromiumAvailable) {
    if (isCi) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: browser tests cannot be skipped on CI (apt-get install -y chromium)`);
    shout([`Chromium not found at ${CHROMIUM_PATH}: ALL BROWSER TESTS ARE SKIPPED.`, 'Install it (apt-get install -y chromium) or set CHROMIUM_PATH. On CI this is a failure.']);
    project.provide('e2e', { url: '', graph: 'synthetic', plansGraph: '', chineseGraph: '' });
    return;
  }
  const graph = buildSite();
  const plansGraph = buildPlansGraph();
  const chineseGraph = buildChineseGraph();
  const server = await startStaticServer({ '/': join(ROOT, 'dist') });
  project.provide('e2e', { url: `${server.origin}/`, graph, plansGraph, chineseGraph });
  return () => server.close();
}
