import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openExplorer, pixelStandardDeviation, type BrowserSession } from './browser.js';

const { url, graph, plansGraph } = inject('e2e');
const ROOT = resolve(import.meta.dirname, '../..');

// The README picture must show the Chongqing plan, never the synthetic fixture.
describe.skipIf(!url || graph !== 'plan')('README screenshot', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('writes docs/screenshot.png of the Chongqing plan with its most central node selected', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openExplorer(page, url);
    const key = await page.evaluate(() => {
      const { graph } = window.plangraph!;
      return graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'centrality') - graph.getNodeAttribute(a, 'centrality'))[0];
    });
    expect(key).toBeDefined();
    await page.evaluate((node) => window.plangraph!.select(node!), key);
    // Selecting frames the node with its neighbours, clear of the panels: the picture is what a reader sees.
    await page.waitForFunction(() => !window.plangraph!.renderer.getCamera().isAnimated());
    await page.waitForTimeout(300);
    mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
    const png = await page.screenshot({ path: resolve(ROOT, 'docs/screenshot.png') });
    expect(await pixelStandardDeviation(page, png)).toBeGreaterThan(5);
  });
});

// The README's picture of several plans: the five-plan build, coloured by how many plans share each concept.
describe.skipIf(!url || !plansGraph)('README screenshot of several plans', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('writes docs/screenshot-plans.png of the whole five-plan graph, the concepts several plans share in warm colours', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openExplorer(page, url!, `?graph=${encodeURIComponent(plansGraph!)}&color=shared`);
    expect(await page.evaluate(() => window.plangraph!.graph.getAttribute('documents').length)).toBe(5);
    await page.waitForFunction(() => !window.plangraph!.renderer.getCamera().isAnimated());
    await page.waitForTimeout(300);
    mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
    const png = await page.screenshot({ path: resolve(ROOT, 'docs/screenshot-plans.png') });
    expect(await pixelStandardDeviation(page, png)).toBeGreaterThan(5);
  });
});
