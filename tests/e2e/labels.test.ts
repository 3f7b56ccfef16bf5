import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { settled, useExplorerPage } from './browser.js';

const { url, plansGraph } = inject('e2e');
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

/** Waits for the camera to stop and for sigma to draw the frame. */
/** The labels drawn in the last frame, by node. */
const drawnLabels = (page: Page) =>
  page.evaluate(() => Object.fromEntries(window.plangraph!.drawnLabels().map((box) => [box.node!, { text: box.text!, left: box.left, right: box.right, top: box.top, bottom: box.bottom }])));

describe.skipIf(!url || !plansGraph)('labels by importance (five plans)', () => {
  const explorer = useExplorerPage(url!, `?graph=${encodeURIComponent(plansGraph!)}`, { settle: true, screenshots: SHOTS });
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ page, errors } = explorer);
  });

  it('every plan hub is labelled in full, no label runs over a hub, and no two labels overlap', async () => {
    const plans = await page.evaluate(() => {
      const { graph, renderer } = window.plangraph!;
      return graph.filterNodes((_n, a) => a.entityType === 'Plan').map((node) => {
        const display = renderer.getNodeDisplayData(node)!;
        const p = renderer.framedGraphToViewport(display);
        const r = renderer.scaleSize(display.size);
        return { node, label: graph.getNodeAttribute(node, 'label'), disc: { left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r } };
      });
    });
    expect(plans).toHaveLength(5);
    const labels = await drawnLabels(page);
    for (const plan of plans) expect(labels[plan.node]?.text, plan.node).toBe(plan.label);
    const boxes = Object.entries(labels);
    const crossing = boxes.flatMap(([node, box]) =>
      plans.filter((plan) => plan.node !== node && box.left < plan.disc.right && plan.disc.left < box.right && box.top < plan.disc.bottom && plan.disc.top < box.bottom).map((plan) => `${box.text} over ${plan.node}`),
    );
    expect(crossing).toEqual([]);
    const overlapping = boxes.flatMap(([a, p], i) =>
      boxes.slice(i + 1).filter(([, q]) => p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom).map(([b]) => `${a} / ${b}`),
    );
    expect(overlapping).toEqual([]);
    expect(boxes.length).toBeGreaterThan(40);
    const panels = await page.evaluate(() => {
      const origin = document.querySelector('#stage')!.getBoundingClientRect();
      return ['#toolbar', '#legend'].map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return { selector, left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top };
      });
    });
    const underPanels = boxes.flatMap(([, box]) => panels.filter((r) => box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom).map((r) => `${box.text} under ${r.selector}`));
    expect(underPanels).toEqual([]);
    const size = await page.evaluate(() => window.plangraph!.renderer.getDimensions());
    const offCanvas = boxes.filter(([, box]) => box.left < 0 || box.top < 0 || box.right > size.width || box.bottom > size.height).map(([, box]) => box.text);
    expect(offCanvas).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'labels-five-plans.png') });
    expect(errors).toEqual([]);
  });

  it('the selected hub and every one of its neighbours are labelled, in full', async () => {
    const { hub, expected } = await page.evaluate(() => {
      const { graph } = window.plangraph!;
      const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
      return { hub, expected: Object.fromEntries([hub, ...graph.neighbors(hub)].map((node) => [node, graph.getNodeAttribute(node, 'label')])) };
    });
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    expect(Object.values(expected).some((label) => [...label].length > 30), 'some neighbour has a label the canvas would cut').toBe(true);
    await page.evaluate((key) => window.plangraph!.select(key), hub);
    await settled(page);
    const labels = await drawnLabels(page);
    for (const [node, label] of Object.entries(expected)) expect(labels[node]?.text, node).toBe(label);
    await page.screenshot({ path: join(SHOTS, 'labels-selected-hub.png') });
  });

  it('a cut label shows its full text while hovered and once selected', async () => {
    const { node, label } = await page.evaluate(() => {
      const { graph } = window.plangraph!;
      const node = graph.findNode((_n, a) => a.entityType !== 'Plan' && [...a.label].length > 40)!;
      return { node, label: graph.getNodeAttribute(node, 'label') };
    });
    expect(await page.evaluate((key) => window.plangraph!.renderer.getNodeDisplayData(key)!.label, node)).toMatch(/…$/);
    const point = await page.evaluate((key) => {
      const { graph, renderer } = window.plangraph!;
      const display = renderer.getNodeDisplayData(key)!;
      renderer.getCamera().setState({ x: display.x, y: display.y, ratio: 0.1, angle: 0 });
      renderer.refresh();
      return renderer.graphToViewport(graph.getNodeAttributes(key));
    }, node);
    const canvas = (await page.locator('#stage canvas').first().boundingBox())!;
    await page.mouse.move(canvas.x + point.x, canvas.y + point.y);
    await expect.poll(() => page.evaluate(() => window.plangraph!.state.hoveredNode)).toBe(node);
    // Sigma draws the hovered node's label from its display data on the hover layer.
    expect(await page.evaluate((key) => window.plangraph!.renderer.getNodeDisplayData(key)!.label, node)).toBe(label);
    await page.mouse.click(canvas.x + point.x, canvas.y + point.y);
    await page.mouse.move(5, 5);
    await expect.poll(() => page.evaluate(() => window.plangraph!.state.hoveredNode)).toBeNull();
    await settled(page);
    expect((await drawnLabels(page))[node]?.text).toBe(label);
    expect(errors).toEqual([]);
  });
});
