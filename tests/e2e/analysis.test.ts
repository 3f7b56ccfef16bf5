import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { drawnAndMisplaced, settled, useExplorerPage } from './browser.js';

const { url, plansGraph } = inject('e2e');

describe.skipIf(!url || !plansGraph)('analysis views on five plans: neighbourhood focus and shortest path', () => {
  const explorer = useExplorerPage(url!, `?graph=${encodeURIComponent(plansGraph!)}`, { settle: true });
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ page, errors } = explorer);
  });
  const details = () => page.getByRole('region', { name: 'Details' });

  it('"within 1 step" draws exactly the node and its neighbours, framed clear of the panels; "everything" brings the rest back', async () => {
    const { key, expected, total } = await page.evaluate(() => {
      const { graph } = window.plangraph!;
      const key = graph.findNode((_n, a) => a.entityType === 'Region' && a.label === 'Yangtze River Delta')!;
      return { key, expected: [key, ...graph.neighbors(key)].sort(), total: graph.order };
    });
    await page.evaluate((node) => window.plangraph!.select(node), key);
    await details().getByRole('combobox', { name: 'Show' }).selectOption('1');
    await settled(page);
    const one = await drawnAndMisplaced(page);
    expect(one.drawn).toEqual(expected);
    expect(one.misplaced).toEqual([]);
    expect(await page.locator('#legend .legend-summary').textContent()).toContain(`${expected.length} of ${total} entities`);
    expect(new URL(page.url()).searchParams.get('near')).toBe(key);

    await details().getByRole('combobox', { name: 'Show' }).selectOption('2');
    await settled(page);
    expect((await drawnAndMisplaced(page)).drawn.length).toBeGreaterThan(expected.length);

    await details().getByRole('combobox', { name: 'Show' }).selectOption('');
    await settled(page);
    expect((await drawnAndMisplaced(page)).drawn).toHaveLength(total);
    expect(errors).toEqual([]);
  });

  it('a shortest path between two plans lists each hop with its sentence and is what the canvas highlights', async () => {
    const { from, to } = await page.evaluate(() => {
      const { graph } = window.plangraph!;
      const plan = (prefix: string) => graph.findNode((_n, a) => a.entityType === 'Plan' && a.documents.some((d) => d.startsWith(prefix)))!;
      return { from: plan('chongqing'), to: plan('sichuan') };
    });
    await page.evaluate((node) => window.plangraph!.select(node), from);
    await details().getByRole('button', { name: 'Shortest path from here…' }).click();
    await expect.poll(() => details().textContent()).toContain('Path start.');
    await page.evaluate((node) => window.plangraph!.select(node), to);
    const heading = details().getByRole('heading', { name: /^Shortest path from / });
    await expect.poll(() => heading.count()).toBe(1);
    const hops = details().locator('.path-hops > li');
    const count = await hops.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(await heading.textContent()).toContain(`${count} steps`);
    // Every hop quotes a sentence (or points back to one quoted above it).
    for (let i = 0; i < count; i++) expect(await hops.nth(i).locator('figure.evidence, .evidence-ref').count()).toBe(1);
    // The hops chain from the start to the end, and the canvas draws exactly those nodes unfaded.
    const chain = await hops.evaluateAll((items) => items.map((li) => [...li.querySelectorAll<HTMLElement>('.path-hop [data-node]')].map((b) => b.dataset['node']!)));
    expect(chain[0]![0]).toBe(from);
    expect(chain.at(-1)![1]).toBe(to);
    for (let i = 1; i < chain.length; i++) expect(chain[i]![0]).toBe(chain[i - 1]![1]);
    const highlighted = await page.evaluate(() => {
      const { graph, renderer } = window.plangraph!;
      return graph.filterNodes((node) => renderer.getNodeDisplayData(node)!.label !== null).length;
    });
    expect(highlighted).toBe(count + 1);

    await details().getByRole('button', { name: 'Clear path' }).click();
    expect(await page.evaluate(() => window.plangraph!.state.pathFrom)).toBeNull();
    expect(errors).toEqual([]);
  });
});
