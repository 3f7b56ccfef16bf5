import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { settled, suggestions, useExplorerPage } from './browser.js';

const { url, plansGraph } = inject('e2e');

describe.skipIf(!url || !plansGraph)('an entity the filters hide, opened through search (five plans)', () => {
  const explorer = useExplorerPage(url!, `?graph=${encodeURIComponent(plansGraph!)}`, { settle: true });
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ page, errors } = explorer);
  });

  const notice = () => page.getByRole('region', { name: 'Details' }).getByRole('status');
  const isHidden = (key: string) => page.evaluate((node) => Boolean(window.plangraph!.renderer.getNodeDisplayData(node)!.hidden), key);
  /** Types the label into the search box and opens the suggestion for `key`. */
  const openThroughSearch = async (key: string) => {
    const label = await page.evaluate((node) => window.plangraph!.graph.getNodeAttribute(node, 'label'), key);
    await page.getByRole('combobox', { name: 'Search entities' }).fill(label);
    const option = suggestions(page).and(page.locator(`[data-node="${key}"]`));
    await expect.poll(() => option.count()).toBe(1);
    await option.dispatchEvent('mousedown');
    await expect.poll(() => page.evaluate(() => window.plangraph!.state.selection)).toEqual({ kind: 'node', key });
  };
  /** Whether the node is drawn inside the canvas. */
  const onCanvas = (key: string) =>
    page.evaluate((node) => {
      const { graph, renderer } = window.plangraph!;
      const p = renderer.graphToViewport(graph.getNodeAttributes(node));
      const { width, height } = renderer.getDimensions();
      return p.x > 0 && p.y > 0 && p.x < width && p.y < height;
    }, key);

  it('a hidden type: the panel says so, the camera stays, and "Show it" brings the type back and frames the node', async () => {
    const key = await page.evaluate(() => window.plangraph!.graph.findNode((_n, a) => a.entityType === 'Region' && a.label === 'Yangtze River Delta')!);
    await page.getByRole('button', { name: /^Region\b/ }).click();
    expect(await isHidden(key)).toBe(true);
    // Zoomed away from it, so that framing it is visible.
    await page.evaluate(() => window.plangraph!.renderer.getCamera().setState({ x: 0.05, y: 0.95, ratio: 0.1, angle: 0 }));
    await settled(page);
    const camera = await page.evaluate(() => window.plangraph!.renderer.getCamera().getState());
    await openThroughSearch(key);
    await expect.poll(() => notice().textContent()).toContain('its type, Region, is switched off in the legend');
    await settled(page);
    expect(await page.evaluate(() => window.plangraph!.renderer.getCamera().getState())).toEqual(camera);
    expect(await page.getByRole('region', { name: 'Details' }).locator('h2').first().textContent()).toBe('Yangtze River Delta');

    await notice().getByRole('button', { name: 'Show it' }).click();
    expect(await isHidden(key)).toBe(false);
    expect(await page.getByRole('button', { name: /^Region\b/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await notice().count()).toBe(0);
    await settled(page);
    expect(await onCanvas(key)).toBe(true);
    expect(new URL(page.url()).searchParams.has('hide')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('an unticked plan: the notice names it, and "Show it" ticks it again', async () => {
    const { key, plan } = await page.evaluate(() => {
      const { graph } = window.plangraph!;
      const key = graph.findNode((_n, a) => a.documents.length === 1 && a.entityType === 'Industry' && a.documents[0]!.startsWith('sichuan'))!;
      return { key, plan: graph.getNodeAttribute(key, 'documents')[0]! };
    });
    await page.getByRole('group', { name: 'Plans' }).locator(`input[value="${plan}"]`).uncheck();
    await openThroughSearch(key);
    await expect.poll(() => notice().textContent()).toContain('its plan, Sichuan, is not ticked');
    await notice().getByRole('button', { name: 'Show it' }).click();
    expect(await isHidden(key)).toBe(false);
    expect(await page.getByRole('group', { name: 'Plans' }).locator(`input[value="${plan}"]`).isChecked()).toBe(true);
    expect(await notice().count()).toBe(0);
  });

  it('outside a comparison: "Show it" leaves compare mode; a drawn node has no notice', async () => {
    const ids = await page.evaluate(() => window.plangraph!.graph.getAttribute('documents').map((doc) => doc.id));
    const [a, b, c] = [ids.find((id) => id.startsWith('chongqing'))!, ids.find((id) => id.startsWith('hubei'))!, ids.find((id) => id.startsWith('zhejiang'))!];
    const key = await page.evaluate((plan) => window.plangraph!.graph.findNode((_n, attrs) => attrs.documents.length === 1 && attrs.documents[0] === plan && attrs.entityType === 'Industry')!, c);
    await page.getByRole('combobox', { name: 'Plan A' }).selectOption(a);
    await page.getByRole('combobox', { name: 'Plan B' }).selectOption(b);
    expect(await page.evaluate(() => window.plangraph!.state.compare)).toEqual({ a, b });
    await openThroughSearch(key);
    await expect.poll(() => notice().textContent()).toContain('the comparison shows only plans A and B');
    await notice().getByRole('button', { name: 'Show it' }).click();
    expect(await page.evaluate(() => window.plangraph!.state.compare)).toBeNull();
    expect(await isHidden(key)).toBe(false);

    const drawn = await page.evaluate(() => window.plangraph!.graph.findNode((_n, attrs) => attrs.entityType === 'Place')!);
    await page.evaluate((node) => window.plangraph!.select(node), drawn);
    expect(await notice().count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
