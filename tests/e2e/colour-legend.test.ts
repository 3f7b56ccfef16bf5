import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { drawnAndMisplaced, settled, useExplorerPage } from './browser.js';

const { url, plansGraph } = inject('e2e');

/** The colours the canvas draws drawn nodes in, and the colours the legend's swatches show, both as computed CSS colours. */
const colours = (page: Page) =>
  page.evaluate(() => {
    const { graph, renderer } = window.plangraph!;
    const probe = document.createElement('span');
    document.body.append(probe);
    const css = (colour: string) => {
      probe.style.color = '';
      probe.style.color = colour;
      return getComputedStyle(probe).color;
    };
    const canvas = new Set(graph.filterNodes((node) => !renderer.getNodeDisplayData(node)!.hidden).map((node) => css(renderer.getNodeDisplayData(node)!.color)));
    const legend = new Set(
      [...document.querySelectorAll<HTMLElement>('#legend .swatch:not(.line)')]
        .filter((swatch) => swatch.offsetParent !== null)
        .map((swatch) => getComputedStyle(swatch).backgroundColor)
        .filter((colour) => colour !== 'rgba(0, 0, 0, 0)'),
    );
    probe.remove();
    return { canvas: [...canvas].sort(), legend: [...legend].sort() };
  });

/** Drawn nodes whose centre is under the toolbar or legend, or off the canvas. */
const misplaced = async (page: Page) => (await drawnAndMisplaced(page)).misplaced;

describe.skipIf(!url || !plansGraph)('colour modes: the legend shows the canvas colours; compare reframes and refuses B = A', () => {
  const explorer = useExplorerPage(url!, `?graph=${encodeURIComponent(plansGraph!)}`, { settle: true });
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ page, errors } = explorer);
  });

  const ids = () => page.evaluate(() => window.plangraph!.graph.getAttribute('documents').map((doc) => doc.id));

  it('by type, by "shared by N plans" and in compare mode, the legend shows exactly the colours drawn', async () => {
    const byType = await colours(page);
    expect(byType.legend).toEqual(byType.canvas);

    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('shared');
    const shared = await colours(page);
    expect(shared.canvas.length).toBeGreaterThan(1);
    expect(shared.legend).toEqual(shared.canvas);
    expect(await page.locator('#legend .legend-item[data-type] .swatch.neutral').count()).toBe(await page.locator('#legend .legend-item[data-type]').count());

    // Chongqing and Sichuan share concepts, so all three comparison colours are drawn.
    const all = await ids();
    await page.getByRole('combobox', { name: 'Plan A' }).selectOption(all.find((id) => id.startsWith('chongqing'))!);
    await page.getByRole('combobox', { name: 'Plan B' }).selectOption(all.find((id) => id.startsWith('sichuan'))!);
    expect(await page.evaluate(() => window.plangraph!.state.compare)).not.toBeNull();
    const compared = await colours(page);
    expect(compared.canvas).toHaveLength(3);
    expect(compared.legend).toEqual(compared.canvas);

    // A pair with nothing in common draws two colours; the legend's "Both" row stays hollow.
    await page.getByRole('combobox', { name: 'Plan B' }).selectOption(all.find((id) => id.startsWith('hubei'))!);
    const disjoint = await colours(page);
    expect(disjoint.legend).toEqual(disjoint.canvas);
    expect(errors).toEqual([]);
  });

  it('by community, degree and centrality the legend keys the drawn colours; size by degree makes the busiest node the largest', async () => {
    for (const mode of ['community', 'degree', 'centrality']) {
      await page.getByRole('combobox', { name: 'Colour by' }).selectOption(mode);
      const drawn = await colours(page);
      expect(drawn.canvas.length, mode).toBeGreaterThan(2);
      expect(drawn.legend, mode).toEqual(drawn.canvas);
      // The key's counts add up to the drawn nodes.
      const counted = await page.locator('#legend .legend-key .legend-count').allTextContents();
      const shown = await page.evaluate(() => window.plangraph!.graph.filterNodes((node) => !window.plangraph!.renderer.getNodeDisplayData(node)!.hidden).length);
      expect(counted.reduce((sum, count) => sum + Number(count), 0), mode).toBe(shown);
    }
    expect(new URL(page.url()).searchParams.get('color')).toBe('centrality');

    await page.getByRole('combobox', { name: 'Size by' }).selectOption('degree');
    const sizes = await page.evaluate(() => {
      const { graph, renderer } = window.plangraph!;
      const busiest = graph.nodes().reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best));
      const drawn = graph.nodes().map((node) => renderer.getNodeDisplayData(node)!.size);
      return { busiest: renderer.getNodeDisplayData(busiest)!.size, largest: Math.max(...drawn), loner: Math.min(...drawn) };
    });
    expect(sizes.busiest).toBe(sizes.largest);
    expect(sizes.largest).toBeGreaterThan(sizes.loner * 3);
    expect(new URL(page.url()).searchParams.get('size')).toBe('degree');
    expect(errors).toEqual([]);
  });

  it('starting a comparison frames the two plans\' nodes, larger than the whole graph was', async () => {
    const all = await ids();
    const a = all.find((id) => id.startsWith('sichuan'))!;
    const b = all.find((id) => id.startsWith('hubei'))!;
    const before = await page.evaluate(() => window.plangraph!.renderer.getCamera().getState());
    await page.getByRole('combobox', { name: 'Plan A' }).selectOption(a);
    await page.getByRole('combobox', { name: 'Plan B' }).selectOption(b);
    expect(await page.evaluate(() => window.plangraph!.state.compare)).toEqual({ a, b });
    await settled(page);
    const after = await page.evaluate(() => window.plangraph!.renderer.getCamera().getState());
    expect(after.ratio).toBeLessThan(before.ratio);
    expect(await misplaced(page)).toEqual([]);
  });

  it('choosing plan B = plan A says so and keeps the comparison as it was', async () => {
    const [a, b, c] = await ids();
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be' });
    const selectA = page.getByRole('combobox', { name: 'Plan A' });
    const selectB = page.getByRole('combobox', { name: 'Plan B' });
    // Before comparing: the defaults are the first two plans.
    await selectB.selectOption(a!);
    await expect.poll(() => alert.count()).toBe(1);
    expect(await page.evaluate(() => window.plangraph!.state.compare)).toBeNull();
    expect(await selectB.inputValue()).toBe(b);

    await selectB.selectOption(c!);
    expect(await page.evaluate(() => window.plangraph!.state.compare)).toEqual({ a, b: c });
    expect(await alert.count()).toBe(0);
    await selectA.selectOption(c!);
    await expect.poll(() => alert.textContent()).toContain('it is already plan B');
    expect(await page.evaluate(() => window.plangraph!.state.compare)).toEqual({ a, b: c });
    expect(await selectA.inputValue()).toBe(a);
    expect(errors).toEqual([]);
  });
});
