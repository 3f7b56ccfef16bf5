import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
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

describe.skipIf(!url || !plansGraph)('the table of entities and relations (five plans)', () => {
  const explorer = useExplorerPage(url!, `?graph=${encodeURIComponent(plansGraph!)}`, { settle: true });
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ page, errors } = explorer);
  });
  const table = () => page.getByRole('dialog', { name: 'Table of entities and relations' });

  it('with every plan unticked, the legend says that no plan is ticked and where to tick one', async () => {
    await page.evaluate(() => {
      const { graph, commands } = window.plangraph!;
      for (const doc of graph.getAttribute('documents')) commands.toggleDocument(doc.id);
    });
    await expect.poll(() => page.locator('#legend .legend-summary').textContent()).toContain('no plan is ticked: tick one under Plans');
    await page.getByRole('button', { name: 'Show all plans' }).click();
    expect(await page.locator('#legend .legend-summary').textContent()).not.toContain('no plan is ticked');
    expect(errors).toEqual([]);
  });

  it('lists what the canvas draws, follows the legend, sorts, filters, opens a row and downloads the rows as CSV', async () => {
    await page.getByRole('button', { name: 'Table of entities and relations' }).click();
    const drawn = () => page.evaluate(() => window.plangraph!.graph.filterNodes((node) => !window.plangraph!.renderer.getNodeDisplayData(node)!.hidden).length);
    const count = () => table().locator('.table-count').textContent();
    expect(await count()).toBe(`${await drawn()} entities`);
    await page.getByRole('button', { name: /^Industry\b/ }).click();
    await expect.poll(count).toBe(`${await drawn()} entities`);
    expect(await table().locator('tbody td:nth-child(2)').allTextContents()).not.toContain('Industry');

    // Sorted by relations, most first; a click on the header reverses it.
    const relations = async () => (await table().locator('tbody td:nth-child(3)').allTextContents()).map(Number);
    const most = await relations();
    expect(most).toEqual([...most].sort((a, b) => b - a));
    await table().getByRole('button', { name: /^Relations/ }).click();
    const least = await relations();
    expect(least).toEqual([...least].sort((a, b) => a - b));

    await table().getByRole('searchbox', { name: 'Filter table rows' }).fill('yangtze');
    await expect.poll(() => table().locator('tbody tr').count()).toBeGreaterThan(0);
    for (const label of await table().locator('tbody td:first-child').allTextContents()) expect(label.toLowerCase()).toContain('yangtze');
    const first = table().locator('tbody tr').first();
    const key = await first.getAttribute('data-key');
    await first.click();
    expect(await page.evaluate(() => window.plangraph!.state.selection)).toEqual({ kind: 'node', key });

    const [download] = await Promise.all([page.waitForEvent('download'), table().getByRole('button', { name: '↓ CSV' }).click()]);
    const text = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/u, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Entity,Type,Relations,Centrality,Mentions,Plans');
    expect(lines.length - 1).toBe(await table().locator('tbody tr').count());

    await table().getByRole('tab', { name: 'Relations' }).click();
    await table().getByRole('searchbox', { name: 'Filter table rows' }).fill('');
    const edges = await page.evaluate(() => window.plangraph!.graph.filterEdges((edge) => !window.plangraph!.renderer.getEdgeDisplayData(edge)!.hidden).length);
    expect(await count()).toBe(`${edges} relations`);
    await table().getByRole('button', { name: 'Close table' }).click();
    expect(await table().isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });
});
