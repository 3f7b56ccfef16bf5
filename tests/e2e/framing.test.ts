import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openExplorer, settled, useExplorerPage } from './browser.js';

const { url, plansGraph } = inject('e2e');
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where each drawn node is on the page, and the rectangles of the canvas and of every panel, in page pixels. */
async function measure(page: Page, only?: string[]) {
  return page.evaluate((keys) => {
    const { graph, renderer } = window.plangraph!;
    const rect = (selector: string) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const canvas = rect('#stage');
    const nodes = (keys ?? graph.nodes())
      .filter((node) => !renderer.getNodeDisplayData(node)!.hidden)
      .map((node) => {
        const p = renderer.graphToViewport(graph.getNodeAttributes(node));
        return { node, x: canvas.left + p.x, y: canvas.top + p.y };
      });
    return { nodes, canvas, panels: { toolbar: rect('#toolbar'), legend: rect('#legend'), sidebar: rect('.sidebar') } };
  }, only ?? null);
}

const inside = (p: { x: number; y: number }, r: Box) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

/** Nodes drawn under a panel or off the canvas; empty when the view frames them all in the free area. */
function misplaced(measured: Awaited<ReturnType<typeof measure>>) {
  return measured.nodes.flatMap((p) => {
    const where = Object.entries(measured.panels).filter(([, r]) => inside(p, r)).map(([name]) => name);
    if (!inside(p, measured.canvas)) where.push('off canvas');
    return where.length ? [`${p.node} under ${where.join(', ')}`] : [];
  });
}

describe.skipIf(!url || !plansGraph)('framing the graph in the free part of the canvas (five plans)', () => {
  const explorer = useExplorerPage(url!, `?graph=${encodeURIComponent(plansGraph!)}`, { settle: true, screenshots: SHOTS });
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ page, errors } = explorer);
  });

  it('after loading, no node is drawn under the toolbar, the legend or the sidebar', async () => {
    const measured = await measure(page);
    expect(measured.nodes.length).toBeGreaterThan(150);
    expect(misplaced(measured)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('"Fit graph to view" frames every node in the free area, from any camera', async () => {
    await page.evaluate(() => window.plangraph!.renderer.getCamera().setState({ x: 0.9, y: 0.1, ratio: 0.2, angle: 0 }));
    await settled(page);
    expect(misplaced(await measure(page)).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Fit graph to view' }).click();
    await settled(page);
    const measured = await measure(page);
    expect(misplaced(measured)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'fit-five-plans.png') });

    // Folding the legend frees its corner: fitting again draws the graph at least as large.
    const ratio = await page.evaluate(() => window.plangraph!.renderer.getCamera().ratio);
    const toggle = page.getByRole('button', { name: 'Legend' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.legend-body').isHidden()).toBe(true);
    expect((await page.locator('#legend').boundingBox())!.height).toBeLessThan(90);
    await page.getByRole('button', { name: 'Fit graph to view' }).click();
    await settled(page);
    expect(misplaced(await measure(page))).toEqual([]);
    expect(await page.evaluate(() => window.plangraph!.renderer.getCamera().ratio)).toBeLessThanOrEqual(ratio + 1e-9);
    await toggle.click();
    expect(await page.locator('.legend-body').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('clicking the busiest hub frames it with all of its neighbours', async () => {
    const { hub, neighbours } = await page.evaluate(() => {
      const { graph } = window.plangraph!;
      const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
      return { hub, neighbours: graph.neighbors(hub) };
    });
    expect(neighbours.length).toBeGreaterThan(20);
    // Zoomed onto the hub, as a reader would be, so the click cannot land on a neighbour.
    const point = await page.evaluate((node) => {
      const { graph, renderer } = window.plangraph!;
      const display = renderer.getNodeDisplayData(node)!;
      renderer.getCamera().setState({ x: display.x, y: display.y, ratio: 0.1, angle: 0 });
      renderer.refresh();
      return renderer.graphToViewport(graph.getNodeAttributes(node));
    }, hub);
    const canvas = (await page.locator('#stage canvas').first().boundingBox())!;
    await page.mouse.click(canvas.x + point.x, canvas.y + point.y);
    await expect.poll(() => page.evaluate(() => window.plangraph!.state.selection)).toEqual({ kind: 'node', key: hub });
    await settled(page);
    const measured = await measure(page, [hub, ...neighbours]);
    expect(measured.nodes).toHaveLength(neighbours.length + 1);
    expect(misplaced(measured)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'hub-neighbourhood.png') });
    expect(errors).toEqual([]);
  });

  it('on a phone-sized window the legend starts folded, and fitting keeps every node out from under the panels', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, url, `?graph=${encodeURIComponent(plansGraph)}`);
    await settled(page);
    expect(await page.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')).toBe('false');
    expect(misplaced(await measure(page))).toEqual([]);
    await page.getByRole('button', { name: 'Legend' }).click();
    await page.getByRole('button', { name: 'Fit graph to view' }).click();
    await settled(page);
    const measured = await measure(page);
    // The sidebar sits under the canvas here; the tools keep to one row and the legend is narrower.
    expect(misplaced(measured)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'fit-phone.png') });
    // The page scrolls to the details and the plan text, each tall enough to read.
    const heights = await page.evaluate(() => ({
      toolbar: document.querySelector('#toolbar')!.getBoundingClientRect().height,
      details: document.querySelector('#details')!.getBoundingClientRect().height,
      document: document.querySelector('#document')!.getBoundingClientRect().height,
      scrolls: document.documentElement.scrollHeight > window.innerHeight,
    }));
    expect(heights.toolbar).toBeLessThanOrEqual(48);
    expect(heights.details).toBeGreaterThanOrEqual(300);
    expect(heights.document).toBeGreaterThanOrEqual(400);
    expect(heights.scrolls).toBe(true);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('selecting a node with few neighbours zooms in on them without leaving any out', async () => {
    const { node, neighbours } = await page.evaluate(() => {
      const { graph } = window.plangraph!;
      const node = graph.findNode((key) => graph.degree(key) === 2 && graph.neighbors(key).length === 2)!;
      return { node, neighbours: graph.neighbors(node) };
    });
    const before = await page.evaluate(() => window.plangraph!.renderer.getCamera().ratio);
    await page.evaluate((key) => window.plangraph!.select(key), node);
    await settled(page);
    expect(misplaced(await measure(page, [node, ...neighbours]))).toEqual([]);
    expect(await page.evaluate(() => window.plangraph!.renderer.getCamera().ratio)).toBeLessThan(before);
  });
});
