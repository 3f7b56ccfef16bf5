import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { generateGraph, sampleLabels, type BenchGraph } from './generate-graph.js';
import { startStaticServer, type StaticServer } from '../tests/support/static-server.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.js';
import * as probes from './page-probes.js';
import { median, percentile, sum } from './stats.js';
import { summarizeProfile, type ProfileSummary } from './cpu-profile.js';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const BARE_ROOT = fileURLToPath(new URL('./bare-sigma/', import.meta.url));

export interface BrowserSideOptions {
  sizes: number[];
  /** Page loads per page kind and size (medians are reported). */
  runs: number;
  /** Fewer loads for graphs above 20k nodes, where one load takes several seconds. */
  runsLarge: number;
  edgesPerNode: number;
  /** The live-layout check runs at this size when it is among `sizes`. */
  layoutSize: number;
  layoutSeconds: number;
  /** Also record CPU profiles of the explorer (unminified build) and summarise them. */
  profile: boolean;
  /** Per page action (click, keystroke wait); a page stalled longer than this fails that measurement. */
  actionTimeoutMs: number;
  workDir: string;
  log(line: string): void;
}

export interface LoadFigures {
  runs: number;
  firstFrameMs: number[];
  firstDrawMs: number[];
  readyMs: number[];
  graphFetchedMs: number[];
  /** Bare page only: its own mark after `new Sigma` (cross-checks firstFrame). */
  constructedMs: number[];
}

export interface SizeFigures {
  nodes: number;
  edges: number;
  graphBytes: number;
  bare: LoadFigures;
  explorer: LoadFigures;
  /** median explorer first frame / median bare first frame */
  firstRenderRatio: number;
  apiSelect: { syncMs: number[]; frameMs: number[]; shown: number };
  mouseClick: { clickToPanelMs: number[]; downToPanelMs: number[]; hits: number; tries: number };
  search: { keystrokes: number; p50Ms: number; p95Ms: number; maxMs: number };
  layout?: { explorer: LayoutWindow; bare: LayoutWindow };
  profiles?: Record<string, ProfileSummary>;
  /** Measurements that failed (usually a timeout), by name. */
  errors: string[];
}

export interface LayoutWindow {
  seconds: number;
  frames: number;
  longTasks: number;
  maxTaskMs: number;
  totalBlockedMs: number;
}

export interface BrowserSideResult {
  chromiumVersion: string;
  bundle: { files: { name: string; bytes: number; gzipBytes: number }[]; gzipBytes: number; bytes: number };
  sizes: SizeFigures[];
}


/** esbuild (through tsx) may wrap functions in `__name(...)`; pages serialised by Playwright need it defined. */
const NAME_SHIM = 'window.__name = window.__name || ((fn) => fn);';

async function buildSite(outDir: string, minify: boolean): Promise<void> {
  await build({
    root: PROJECT_ROOT,
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    // graph.json is served separately: the bundle figure must exclude it.
    publicDir: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify, reportCompressedSize: false },
  });
}

async function buildBare(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: BARE_ROOT,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
}

async function measureBundle(appDir: string): Promise<BrowserSideResult['bundle']> {
  const assets = join(appDir, 'assets');
  const files = [];
  for (const name of (await readdir(assets)).filter((file) => file.endsWith('.js')).sort()) {
    const bytes = await readFile(join(assets, name));
    files.push({ name, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  return { files, gzipBytes: sum(files.map((f) => f.gzipBytes)), bytes: sum(files.map((f) => f.bytes)) };
}

async function launch(workDir: string): Promise<BrowserContext> {
  const profileDir = await mkdtemp(join(workDir, 'chromium-profile-'));
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
}

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(probes.installProbes);
  return page;
}

async function waitLoaded(page: Page, kind: 'bare' | 'explorer', timeoutMs: number): Promise<probes.LoadMarks> {
  await page.waitForFunction(
    (k) => {
      const w = window as unknown as { bare?: unknown; bareError?: string; plangraph?: unknown; __bench?: { firstFrame: number | null } };
      const state = document.querySelector<HTMLElement>('#app')?.dataset['state'];
      if (w.bareError || state === 'error') return true;
      return (k === 'bare' ? w.bare : w.plangraph) !== undefined && w.__bench?.firstFrame !== null;
    },
    kind,
    { timeout: timeoutMs, polling: 50 },
  );
  const marks = await inPage(page, probes.readLoadMarks);
  if (marks.error) throw new Error(`${kind} page failed to load the graph: ${marks.error}`);
  return marks;
}

/** page.evaluate has no timeout of its own; a page stuck in one long task would hang the bench. */
const EVALUATE_TIMEOUT_MS = 60_000;

async function inPage<R, A>(page: Page, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`page script gave no answer within ${EVALUATE_TIMEOUT_MS / 1000} s (main thread stalled)`)), EVALUATE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([(page.evaluate as (this: Page, f: typeof fn, a?: A) => Promise<R>).call(page, fn, arg), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function emptyLoad(): LoadFigures {
  return { runs: 0, firstFrameMs: [], firstDrawMs: [], readyMs: [], graphFetchedMs: [], constructedMs: [] };
}

function addLoad(figures: LoadFigures, marks: probes.LoadMarks): void {
  figures.runs++;
  if (marks.firstFrame !== null) figures.firstFrameMs.push(marks.firstFrame);
  if (marks.firstDraw !== null) figures.firstDrawMs.push(marks.firstDraw);
  if (marks.ready !== null) figures.readyMs.push(marks.ready);
  if (marks.graphFetched !== null) figures.graphFetchedMs.push(marks.graphFetched);
  if (marks.constructed !== null) figures.constructedMs.push(marks.constructed);
}

/** Picks nodes to click: the best connected one, then others spread over the key order. */
function pickNodes(graph: BenchGraph, count: number): string[] {
  let best = graph.nodes[0]!;
  for (const node of graph.nodes) if (node.attributes!.degree > best.attributes!.degree) best = node;
  const keys = [best.key];
  const step = Math.floor(graph.nodes.length / count);
  for (let i = step >> 1; keys.length < count && i < graph.nodes.length; i += step) keys.push(graph.nodes[i]!.key);
  return keys;
}

/**
 * Interaction loops stop taking samples once they have used this much time:
 * on a graph where one selection costs seconds, five samples say no more than
 * two, and the bench must stay within its quarter of an hour.
 */
const INTERACTION_BUDGET_MS = 25_000;

function withinBudget(began: number, samples: number, minimum = 2): boolean {
  return samples < minimum || performance.now() - began < INTERACTION_BUDGET_MS;
}

async function measureApiSelect(page: Page, keys: string[]): Promise<SizeFigures['apiSelect']> {
  const result: SizeFigures['apiSelect'] = { syncMs: [], frameMs: [], shown: 0 };
  const began = performance.now();
  for (const key of keys) {
    if (!withinBudget(began, result.syncMs.length)) break;
    const timing = await inPage(page, probes.timeApiSelect, key);
    result.syncMs.push(timing.syncMs);
    result.frameMs.push(timing.frameMs);
    if (timing.shown) result.shown++;
    // Let the camera animation finish, then start from no selection again.
    await page.waitForTimeout(600);
    await inPage(page, () => (window as unknown as { plangraph: { clear(): void } }).plangraph.clear());
    await page.waitForTimeout(150);
  }
  return result;
}

async function measureMouseClicks(page: Page, keys: string[]): Promise<SizeFigures['mouseClick']> {
  const result: SizeFigures['mouseClick'] = { clickToPanelMs: [], downToPanelMs: [], hits: 0, tries: 0 };
  const began = performance.now();
  for (const key of keys) {
    if (!withinBudget(began, result.tries)) break;
    await inPage(page, () => (window as unknown as { plangraph: { clear(): void } }).plangraph.clear());
    const point = await inPage(page, probes.aimAtNode, key);
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(250);
    await inPage(page, probes.armClickTiming);
    await page.mouse.click(point.x, point.y);
    result.tries++;
    // On large graphs the hover and the click each redraw everything first; give them time.
    await page.waitForFunction(() => (window as unknown as { __click: { panel: number | null } }).__click.panel !== null, undefined, { timeout: 60_000, polling: 20 });
    const timing = await inPage(page, probes.readClickTiming);
    if (timing.selected === key) result.hits++;
    if (timing.click !== null && timing.panel !== null) result.clickToPanelMs.push(timing.panel - timing.click);
    if (timing.down !== null && timing.panel !== null) result.downToPanelMs.push(timing.panel - timing.down);
    // Past sigma's double-click window, so the next click is a single click again.
    await page.waitForTimeout(600);
  }
  await inPage(page, () => (window as unknown as { plangraph: { clear(): void; commands: { fitView(): void } } }).plangraph.clear());
  return result;
}

async function measureSearch(page: Page, queries: string[]): Promise<SizeFigures['search']> {
  // Focus without the mouse: moving it off the canvas would end a hover and redraw the graph,
  // a cost that belongs to hovering, not to searching.
  await page.getByRole('combobox', { name: 'Search entities' }).focus();
  await inPage(page, probes.settle);
  await inPage(page, probes.armSearchTiming);
  const began = performance.now();
  let typed = 0;
  for (const query of queries) {
    if (!withinBudget(began, typed, 10)) break;
    // One key at a time, each waiting for its suggestions, so keystrokes never queue behind each other.
    for (const char of query) {
      typed++;
      await page.keyboard.type(char);
      await page.waitForFunction(probes.lastKeyShown, undefined, { timeout: 30_000, polling: 5 });
    }
    await inPage(page, () => {
      const input = document.querySelector<HTMLInputElement>('input[aria-label="Search entities"]')!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  const times = await inPage(page, probes.readSearchTiming);
  await page.keyboard.press('Escape');
  return { keystrokes: times.length, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: Math.max(...times) };
}

async function measureLayout(page: Page, kind: 'bare' | 'explorer', seconds: number): Promise<LayoutWindow> {
  await inPage(page, probes.countFrames);
  const since = await inPage(page, () => performance.now());
  if (kind === 'explorer') await page.getByRole('button', { name: 'Run layout' }).click();
  else await inPage(page, () => (window as unknown as { bare: { startLayout(): void } }).bare.startLayout());
  await page.waitForTimeout(seconds * 1000);
  const observed = await inPage(page, probes.readLayoutWindow, since);
  if (kind === 'explorer') await page.getByRole('button', { name: 'Stop layout' }).click();
  else await inPage(page, () => (window as unknown as { bare: { stopLayout(): void } }).bare.stopLayout());
  const durations = observed.longTasks.map((task) => task.duration);
  return {
    seconds: (observed.now - since) / 1000,
    frames: observed.frames,
    longTasks: durations.length,
    maxTaskMs: durations.length ? Math.max(...durations) : 0,
    totalBlockedMs: sum(durations.map((d) => Math.max(0, d - 50))),
  };
}

async function profileExplorer(context: BrowserContext, server: StaticServer, graphUrl: string, keys: string[], queries: string[], layoutSeconds: number | null, timeoutMs: number): Promise<Record<string, ProfileSummary>> {
  const page = await openPage(context);
  page.setDefaultTimeout(timeoutMs);
  // Same-origin first: the profiler session then survives the navigation to the explorer.
  await page.goto(`${server.origin}/app-profile/`, { waitUntil: 'commit' }).catch(() => {});
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const profiles: Record<string, ProfileSummary> = {};
  const record = async (name: string, action: () => Promise<unknown>) => {
    await cdp.send('Profiler.start');
    await action();
    const { profile } = await cdp.send('Profiler.stop');
    profiles[name] = summarizeProfile(profile);
  };
  await record('load', async () => {
    await page.goto(`${server.origin}/app-profile/?graph=${encodeURIComponent(graphUrl)}`);
    await waitLoaded(page, 'explorer', 180_000);
  });
  await record('select (API)', () => measureApiSelect(page, keys.slice(0, 3)));
  await record('search keystrokes', () => measureSearch(page, queries.slice(0, 3)));
  if (layoutSeconds !== null) await record('live layout', () => measureLayout(page, 'explorer', layoutSeconds));
  await cdp.detach();
  await page.close();

  if (layoutSeconds !== null) {
    // The same window on the bare page tells sigma's own share of the stalls from the explorer's.
    const bare = await openPage(context);
    await bare.goto(`${server.origin}/bare/?graph=${graphUrl}`);
    await waitLoaded(bare, 'bare', 180_000);
    const bareCdp = await context.newCDPSession(bare);
    await bareCdp.send('Profiler.enable');
    await bareCdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await bareCdp.send('Profiler.start');
    await measureLayout(bare, 'bare', layoutSeconds);
    profiles['live layout, bare sigma'] = summarizeProfile((await bareCdp.send('Profiler.stop')).profile);
    await bareCdp.detach();
    await bare.close();
  }
  return profiles;
}

export async function measureBrowserSide(o: BrowserSideOptions): Promise<BrowserSideResult> {
  const site = join(o.workDir, 'site');
  const appDir = join(site, 'app');
  const bareDir = join(site, 'bare');
  const graphsDir = join(site, 'graphs');
  await mkdir(graphsDir, { recursive: true });

  o.log('building the explorer and the bare-sigma page (vite build)…');
  await buildSite(appDir, true);
  await buildBare(bareDir);
  if (o.profile) await buildSite(join(site, 'app-profile'), false);
  const bundle = await measureBundle(appDir);

  const server = await startStaticServer({ '/app/': appDir, '/app-profile/': join(site, 'app-profile'), '/bare/': bareDir, '/graphs/': graphsDir });
  const context = await launch(o.workDir);
  const chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const sizes: SizeFigures[] = [];
  try {
    for (const size of o.sizes) {
      const graph = generateGraph({ nodes: size, edgesPerNode: o.edgesPerNode });
      const text = JSON.stringify(graph);
      const graphName = `graph-${size}.json`;
      await writeFile(join(graphsDir, graphName), text);
      const graphUrl = `/graphs/${graphName}`;
      const runs = size > 20_000 ? o.runsLarge : o.runs;
      const loadTimeout = 60_000 + size * 4;
      const figures: SizeFigures = {
        nodes: graph.nodes.length,
        edges: graph.edges.length,
        graphBytes: Buffer.byteLength(text),
        bare: emptyLoad(),
        explorer: emptyLoad(),
        firstRenderRatio: Number.NaN,
        apiSelect: { syncMs: [], frameMs: [], shown: 0 },
        mouseClick: { clickToPanelMs: [], downToPanelMs: [], hits: 0, tries: 0 },
        search: { keystrokes: 0, p50Ms: Number.NaN, p95Ms: Number.NaN, maxMs: Number.NaN },
        errors: [],
      };
      o.log(`browser: ${size} nodes, ${graph.edges.length} edges, graph.json ${(text.length / 1e6).toFixed(1)} MB, ${runs} load(s) per page`);

      let stalled = false;
      const step = async (name: string, action: () => Promise<void>) => {
        if (stalled) {
          figures.errors.push(`${name}: skipped, the page had stalled`);
          return;
        }
        const began = performance.now();
        try {
          await action();
          o.log(`browser: ${size} nodes: ${name} done in ${((performance.now() - began) / 1000).toFixed(1)} s`);
        } catch (error) {
          // One failed measurement (a timeout on a very slow page) must not lose the others.
          const message = (error as Error).message.split('\n')[0]!;
          figures.errors.push(`${name}: ${message}`);
          stalled = /stalled|Timeout/.test(message);
          o.log(`browser: ${size} nodes: ${name} FAILED after ${((performance.now() - began) / 1000).toFixed(1)} s: ${message}`);
        }
      };

      await step('page loads', async () => {
        for (let run = 0; run < runs; run++) {
          // Alternate the order so neither page always runs on a freshly collected browser.
          const order: ('bare' | 'explorer')[] = run % 2 === 0 ? ['bare', 'explorer'] : ['explorer', 'bare'];
          for (const kind of order) {
            const page = await openPage(context);
            try {
              const url = kind === 'bare' ? `${server.origin}/bare/?graph=${graphUrl}` : `${server.origin}/app/?graph=${encodeURIComponent(graphUrl)}`;
              await page.goto(url);
              addLoad(figures[kind], await waitLoaded(page, kind, loadTimeout));
            } finally {
              await page.close();
            }
          }
        }
      });
      figures.firstRenderRatio = median(figures.explorer.firstFrameMs) / median(figures.bare.firstFrameMs);

      const keys = pickNodes(graph, 5);
      const queries = sampleLabels(graph, 6).map((label) => label.slice(0, 12));
      const page = await openPage(context);
      page.setDefaultTimeout(o.actionTimeoutMs);
      try {
        stalled = false;
        await step('interaction page load', async () => {
          await page.goto(`${server.origin}/app/?graph=${encodeURIComponent(graphUrl)}`);
          await waitLoaded(page, 'explorer', loadTimeout);
          await page.waitForTimeout(500);
        });
        await step('select()', async () => void (figures.apiSelect = await measureApiSelect(page, keys)));
        await step('mouse clicks', async () => void (figures.mouseClick = await measureMouseClicks(page, keys)));
        await step('search keystrokes', async () => void (figures.search = await measureSearch(page, queries)));
        if (size === o.layoutSize) {
          await step('live layout (explorer)', async () => {
            const explorer = await measureLayout(page, 'explorer', o.layoutSeconds);
            figures.layout = { explorer, bare: { seconds: 0, frames: 0, longTasks: 0, maxTaskMs: Number.NaN, totalBlockedMs: Number.NaN } };
          });
        }
      } finally {
        await page.close();
      }
      if (size === o.layoutSize) {
        stalled = false;
        await step('live layout (bare sigma)', async () => {
          const bare = await openPage(context);
          try {
            await bare.goto(`${server.origin}/bare/?graph=${graphUrl}`);
            await waitLoaded(bare, 'bare', loadTimeout);
            const window = await measureLayout(bare, 'bare', o.layoutSeconds);
            if (figures.layout) figures.layout.bare = window;
          } finally {
            await bare.close();
          }
        });
      }
      if (o.profile) {
        await step('profiles', async () => {
          figures.profiles = await profileExplorer(context, server, graphUrl, keys, queries, size === o.layoutSize ? Math.min(5, o.layoutSeconds) : null, o.actionTimeoutMs);
        });
      }
      sizes.push(figures);
      await rm(join(graphsDir, graphName), { force: true });
    }
  } finally {
    await context.close();
    await server.close();
  }
  return { chromiumVersion, bundle, sizes };
}
