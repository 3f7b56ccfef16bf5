import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchBrowser, openExplorer, type BrowserSession } from './browser.js';

const { url, plansGraph } = inject('e2e');
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

type Side = 'onlyA' | 'both' | 'onlyB';

describe.skipIf(!url || !plansGraph)('several plans in one graph', () => {
  let session: BrowserSession;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await page?.close();
    page = await session.context.newPage();
    errors = collectPageErrors(page);
    await openExplorer(page, url, `?graph=${encodeURIComponent(plansGraph)}`);
  });

  const planList = () => page.getByRole('group', { name: 'Plans' });
  const details = () => page.getByRole('region', { name: 'Details' });
  const documentIds = () => page.evaluate(() => window.plangraph!.graph.getAttribute('documents').map((doc) => doc.id));
  const idStartingWith = async (prefix: string) => {
    const id = (await documentIds()).find((candidate) => candidate.startsWith(prefix));
    expect(id, `a document whose id starts with ${prefix}`).toBeDefined();
    return id!;
  };
  /** Per node: whether sigma hides it and the colour it draws it in. */
  const drawn = () =>
    page.evaluate(() => {
      const { graph, renderer } = window.plangraph!;
      return graph.mapNodes((node, a) => {
        const display = renderer.getNodeDisplayData(node)!;
        return { node, documents: a.documents, entityType: a.entityType, color: a.color, hidden: Boolean(display.hidden), drawnColor: display.color };
      });
    });

  it('lists the five plans as checkboxes, all ticked', async () => {
    const boxes = planList().getByRole('checkbox');
    expect(await boxes.count()).toBe(5);
    expect(await documentIds()).toHaveLength(5);
    for (let i = 0; i < 5; i++) expect(await boxes.nth(i).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Plan text' }).locator('option').count()).toBe(5);
    expect(errors).toEqual([]);
  });

  it('unticking all plans but one hides the others\' nodes and edges through the reducers, and the URL keeps it', async () => {
    const keep = await idStartingWith('chongqing');
    const before = await page.evaluate(() => JSON.stringify(window.plangraph!.graph.export()));
    const boxes = planList().getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i++) {
      if ((await boxes.nth(i).getAttribute('value')) !== keep) await boxes.nth(i).uncheck();
    }
    const nodes = await drawn();
    const expectedHidden = nodes.filter((n) => !n.documents.includes(keep));
    expect(expectedHidden.length).toBeGreaterThan(0);
    for (const n of nodes) expect(n.hidden, n.node).toBe(!n.documents.includes(keep));
    const edgesOk = await page.evaluate((id) => {
      const { graph, renderer } = window.plangraph!;
      return graph.everyEdge((edge, a, source, target) => {
        const shown = a.documents.includes(id) && graph.getNodeAttribute(source, 'documents').includes(id) && graph.getNodeAttribute(target, 'documents').includes(id);
        return Boolean(renderer.getEdgeDisplayData(edge)!.hidden) === !shown;
      });
    }, keep);
    expect(edgesOk).toBe(true);
    expect(await page.locator('.legend-summary').textContent()).toMatch(new RegExp(`^${nodes.length - expectedHidden.length} of ${nodes.length} entities`));
    expect(await page.evaluate(() => JSON.stringify(window.plangraph!.graph.export()))).toBe(before);
    expect(new URL(page.url()).searchParams.get('plans')).toBe(keep);

    await openExplorer(page, url, new URL(page.url()).search);
    expect(await planList().getByRole('checkbox', { checked: true }).count()).toBe(1);
    expect((await drawn()).filter((n) => n.hidden).length).toBe(expectedHidden.length);
    await page.getByRole('button', { name: 'Show all plans' }).click();
    expect((await drawn()).some((n) => n.hidden)).toBe(false);
    expect(new URL(page.url()).searchParams.has('plans')).toBe(false);
  });

  it('a node several plans mention shows "Mentioned in N plans" with their titles, and its mentions by plan', async () => {
    const node = await page.evaluate(() => {
      const { graph } = window.plangraph!;
      return graph.findNode((_n, a) => a.documents.length >= 2)!;
    });
    expect(node).toBeDefined();
    const { documents, titles } = await page.evaluate((key) => {
      const { graph } = window.plangraph!;
      const docs = graph.getNodeAttribute(key, 'documents');
      const all = graph.getAttribute('documents');
      return { documents: docs, titles: docs.map((id) => all.find((doc) => doc.id === id)!.title) };
    }, node);
    await page.evaluate((key) => window.plangraph!.select(key), node);
    const heading = details().getByRole('heading', { name: `Mentioned in ${documents.length} plans` });
    await expect.poll(() => heading.count()).toBe(1);
    const items = details().locator('.plan-mentions li');
    expect(await items.count()).toBe(documents.length);
    const text = (await items.allTextContents()).join('\n');
    for (const title of titles) expect(text).toContain(title);
    expect((await details().locator('h4.plan-heading').evaluateAll((els) => els.map((e) => e.getAttribute('data-document')))).sort()).toEqual([...documents].sort());

    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('shared');
    expect(new URL(page.url()).searchParams.get('color')).toBe('shared');
    await page.evaluate(() => window.plangraph!.clear());
    const colours = await drawn();
    const byCount = new Map<number, Set<string>>();
    for (const n of colours) byCount.set(n.documents.length, (byCount.get(n.documents.length) ?? new Set()).add(n.drawnColor));
    expect([...byCount.values()].every((set) => set.size === 1), 'one colour per number of plans').toBe(true);
    expect(new Set([...byCount.values()].map((set) => [...set][0])).size).toBe(byCount.size);
    expect(await page.locator('.legend .color-key li').count()).toBe(byCount.size);
  });

  it('compare mode: Chongqing against Sichuan in three colours, a summary that matches the graph, restored from the URL, left cleanly', async () => {
    const a = await idStartingWith('chongqing');
    const b = await idStartingWith('sichuan');
    await page.getByRole('combobox', { name: 'Plan A' }).selectOption(a);
    await page.getByRole('combobox', { name: 'Plan B' }).selectOption(b);
    expect(await page.getByRole('checkbox', { name: 'Compare two plans' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => window.plangraph!.state.compare)).toEqual({ a, b });

    const side = (documents: string[]): Side | null => (documents.includes(a) ? (documents.includes(b) ? 'both' : 'onlyA') : documents.includes(b) ? 'onlyB' : null);
    const expected = new Map<string, Record<Side, number>>();
    const colours = new Map<Side, Set<string>>();
    for (const n of await drawn()) {
      const s = side(n.documents);
      expect(n.hidden, n.node).toBe(s === null);
      if (s === null) continue;
      const row = expected.get(n.entityType) ?? { onlyA: 0, both: 0, onlyB: 0 };
      row[s]++;
      expected.set(n.entityType, row);
      colours.set(s, (colours.get(s) ?? new Set()).add(n.drawnColor));
    }
    expect([...colours.keys()].sort()).toEqual(['both', 'onlyA', 'onlyB']);
    expect([...colours.values()].every((set) => set.size === 1), 'one colour per side').toBe(true);
    expect(new Set([...colours.values()].map((set) => [...set][0])).size).toBe(3);

    const readTable = () =>
      page.getByRole('table', { name: 'Plan comparison by entity type' }).locator('tbody tr').evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [
            row.getAttribute('data-type'),
            Object.fromEntries(['onlyA', 'both', 'onlyB'].map((column) => [column, Number(row.querySelector(`[data-column="${column}"]`)!.textContent)])),
          ]),
        ),
      );
    expect(await readTable()).toEqual(Object.fromEntries(expected));
    const legendKey = await page.locator('.legend .color-key li').allTextContents();
    expect(legendKey).toHaveLength(3);
    await page.screenshot({ path: join(SHOTS, 'compare.png') });

    const search = new URL(page.url()).searchParams;
    expect([search.get('planA'), search.get('planB')]).toEqual([a, b]);
    await openExplorer(page, url, new URL(page.url()).search);
    expect(await page.evaluate(() => window.plangraph!.state.compare)).toEqual({ a, b });
    expect(await page.getByRole('combobox', { name: 'Plan A' }).inputValue()).toBe(a);
    expect(await page.getByRole('combobox', { name: 'Plan B' }).inputValue()).toBe(b);
    expect(await readTable()).toEqual(Object.fromEntries(expected));
    expect((await drawn()).filter((n) => !n.hidden).every((n) => side(n.documents) !== null)).toBe(true);

    await page.getByRole('checkbox', { name: 'Compare two plans' }).uncheck();
    const after = await drawn();
    expect(after.some((n) => n.hidden)).toBe(false);
    expect(after.every((n) => n.drawnColor === n.color)).toBe(true);
    expect(await page.getByRole('table', { name: 'Plan comparison by entity type' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('planA')).toBe(false);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.plangraph!.state.compare)).toEqual({ a, b });
    expect(errors).toEqual([]);
  });

  it('the document pane shows one plan\'s text at a time and turns to the plan of a selected entity', async () => {
    const pane = page.getByRole('region', { name: 'Document' });
    const visible = () => pane.locator('article.document:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-document')));
    const ids = await documentIds();
    expect(await visible()).toEqual([ids[0]]);
    await page.getByRole('combobox', { name: 'Plan text' }).selectOption(ids[2]!);
    expect(await visible()).toEqual([ids[2]]);
    const elsewhere = await page.evaluate((id) => window.plangraph!.graph.findNode((_n, a) => a.documents.length === 1 && a.documents[0] === id && a.mentions.length > 0)!, ids[3]!);
    await page.evaluate((key) => window.plangraph!.select(key), elsewhere);
    await expect.poll(visible).toEqual([ids[3]]);
    expect(await pane.locator('mark.is-selected').count()).toBeGreaterThan(0);
  });

  it('search suggestions say whose plan each is, and "More results…" reaches the rest', async () => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('industr');
    const listbox = page.getByRole('listbox', { name: 'Matching entities' });
    const options = listbox.getByRole('option');
    await expect.poll(() => options.count()).toBe(9);
    const more = listbox.getByRole('option', { name: 'More results…' });
    expect(await more.count()).toBe(1);
    // Every suggestion names its plan, or how many plans share it.
    const plans = await page.locator('.search-option:not(.search-more) .search-plan').allTextContents();
    expect(plans).toHaveLength(8);
    expect(plans.every((text) => text.length > 0)).toBe(true);
    await more.dispatchEvent('mousedown');
    await expect.poll(() => page.locator('.search-option:not(.search-more)').count()).toBeGreaterThan(8);
    expect(errors).toEqual([]);
  });

  it('"Hide unlinked entities" leaves out the ring of entities without a relation, and the address keeps it', async () => {
    const isolated = await page.evaluate(() => window.plangraph!.graph.filterNodes((node) => window.plangraph!.graph.degree(node) === 0));
    expect(isolated.length).toBeGreaterThan(0);
    const hiddenCount = () => page.evaluate((keys) => keys.filter((key) => window.plangraph!.renderer.getNodeDisplayData(key)!.hidden).length, isolated);
    expect(await hiddenCount()).toBe(0);
    await page.getByLabel(/Hide unlinked entities/).check();
    await expect.poll(hiddenCount).toBe(isolated.length);
    expect(new URL(page.url()).searchParams.get('isolated')).toBe('hide');
    await openExplorer(page, url, new URL(page.url()).search);
    await expect.poll(hiddenCount).toBe(isolated.length);
    expect(await page.getByLabel(/Hide unlinked entities/).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a single-document graph keeps the plan controls out of the way', async () => {
    await openExplorer(page, url);
    expect(await page.evaluate(() => window.plangraph!.graph.getAttribute('documents').length)).toBe(1);
    expect(await page.getByRole('group', { name: 'Plans' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Plan A' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Plan text' }).count()).toBe(0);
    expect(await page.locator('#plans').isHidden()).toBe(true);
    // A compare link made for another graph is ignored rather than breaking the view.
    await openExplorer(page, url, '?planA=x&planB=y&plans=x');
    expect(await page.evaluate(() => window.plangraph!.state)).toMatchObject({ compare: null, shownDocuments: null });
    expect(await page.evaluate(() => window.plangraph!.graph.everyNode((node) => !window.plangraph!.renderer.getNodeDisplayData(node)!.hidden))).toBe(true);
  });
});
