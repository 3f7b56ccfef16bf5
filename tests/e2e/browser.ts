import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.js';

export { CHROMIUM_PATH };

/**
 * Whether browser tests can run. Under CI a missing browser is a failure
 * (thrown by the global setup); locally the suites skip and say so loudly.
 */
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'plangraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the explorer at `base` + `query` and waits until it has drawn a graph or shown an error. */
export async function openExplorer(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(new URL(query, base).toString());
  await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-state') !== 'loading' && (window.plangraph !== undefined || document.querySelector('[role="alert"]') !== null));
}

/** Waits for the camera to stop and for sigma to draw it (its matrix follows the camera at the next frame). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.plangraph!.renderer.getCamera().isAnimated());
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The page of the running test and the errors it has logged, refreshed before each test. */
export interface ExplorerPage {
  page: Page;
  errors: string[];
}

/**
 * The setup the browser suites share: one browser for the suite, and before
 * each test a fresh page opened on the explorer at `base` + `query` (left to
 * settle when asked). Call it inside the suite's describe.
 */
export function useExplorerPage(base: string, query: string, options: { settle?: boolean; screenshots?: string } = {}): ExplorerPage {
  let session: BrowserSession;
  const current = {} as ExplorerPage;
  beforeAll(async () => {
    if (options.screenshots) mkdirSync(options.screenshots, { recursive: true });
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await current.page?.close();
    current.page = await session.context.newPage();
    current.errors = collectPageErrors(current.page);
    await openExplorer(current.page, base, query);
    if (options.settle) await settled(current.page);
  });
  return current;
}

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * Spread of pixel brightness in a PNG, computed in the page (the browser
 * decodes PNG natively). A blank or single-colour canvas gives ~0.
 */
export async function pixelStandardDeviation(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    let sumSquares = 0;
    const count = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const value = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      sum += value;
      sumSquares += value * value;
    }
    const mean = sum / count;
    return Math.sqrt(sumSquares / count - mean * mean);
  }, png.toString('base64'));
}

/** The search box's suggestions (not the options of other selects on the page). */
export function suggestions(page: Page) {
  return page.getByRole('listbox', { name: 'Matching entities' }).getByRole('option');
}

/** Drawn nodes, and those of them whose centre is off the canvas or under the toolbar or legend. */
export const drawnAndMisplaced = (page: Page) =>
  page.evaluate(() => {
    const { graph, renderer } = window.plangraph!;
    const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const canvas = rect('#stage');
    const panels = [rect('#toolbar'), rect('#legend')];
    const inside = (x: number, y: number, r: DOMRect) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    const drawn = graph.filterNodes((node) => !renderer.getNodeDisplayData(node)!.hidden).sort();
    const misplaced = drawn.filter((node) => {
      const p = renderer.graphToViewport(graph.getNodeAttributes(node));
      const x = canvas.left + p.x;
      const y = canvas.top + p.y;
      return !inside(x, y, canvas) || panels.some((r) => inside(x, y, r));
    });
    return { drawn, misplaced };
  });
