import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useExplorerPage } from './browser.js';

const { url, plansGraph } = inject('e2e');
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

describe.skipIf(!url || !plansGraph)('a hub\'s details: evidence grouped by sentence, long groups folded (five plans)', () => {
  const explorer = useExplorerPage(url!, `?graph=${encodeURIComponent(plansGraph!)}`, { screenshots: SHOTS });
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ page, errors } = explorer);
  });

  const details = () => page.getByRole('region', { name: 'Details' });

  /** The busiest hub and, per relation group of it, its neighbours per sentence (document:sentence), read from the graph. */
  const hubGroups = () =>
    page.evaluate(() => {
      const { graph } = window.plangraph!;
      const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
      const groups: Record<string, Record<string, string[]>> = {};
      graph.forEachEdge(hub, (edge, a, source, target) => {
        const id = `${source === hub ? 'out' : 'in'}:${a.relation}`;
        const neighbour = source === hub ? target : source;
        for (const e of a.evidence) {
          const sentences = (groups[id] ??= {});
          const list = (sentences[`${e.document}:${e.sentence}`] ??= []);
          if (!list.includes(neighbour)) list.push(neighbour);
        }
      });
      return { hub, groups };
    });

  it('quotes each sentence once, lists the neighbours it supports under it, and folds long groups', async () => {
    const { hub, groups } = await hubGroups();
    // The busiest hub has list sentences that support several relations each.
    const listSentences = Object.values(groups).flatMap((sentences) => Object.values(sentences)).filter((neighbours) => neighbours.length > 1);
    expect(listSentences.length).toBeGreaterThan(0);
    await page.evaluate((key) => window.plangraph!.select(key), hub);
    await expect.poll(() => details().locator('.relation-group').count()).toBe(Object.keys(groups).length);
    const foldedHeight = await page.locator('#details').evaluate((panel) => panel.scrollHeight);
    await page.locator('.relation-group[data-relation="hasPriorityTask"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'hub-evidence.png') });

    // Unfold everything, then compare with the graph.
    for (;;) {
      const more = details().locator('.more-sentences, .more-neighbours');
      if ((await more.count()) === 0) break;
      await more.first().click();
    }
    for (const [id, sentences] of Object.entries(groups)) {
      const [direction, relation] = id.split(':');
      const group = details().locator(`.relation-group[data-relation="${relation}"][data-direction="${direction}"]`);
      const shown = await group.locator('.relation-item').evaluateAll((items) =>
        Object.fromEntries(items.map((item) => [item.getAttribute('data-sentence'), [...item.querySelectorAll('.relation-line .link-button')].map((b) => b.getAttribute('data-node'))])),
      );
      expect(shown, id).toEqual(sentences);
      for (const [sentence, neighbours] of Object.entries(sentences)) {
        if (neighbours.length > 1) expect(await group.locator(`.relation-item[data-sentence="${sentence}"] .sentence-count`).textContent()).toBe(`×${neighbours.length}`);
      }
    }
    const quotes = await details().locator('blockquote.evidence-text').allTextContents();
    expect(new Set(quotes).size, 'each sentence quoted once').toBe(quotes.length);
    expect(await details().locator('.evidence-ref').count()).toBeGreaterThan(0);
    const unfoldedHeight = await page.locator('#details').evaluate((panel) => panel.scrollHeight);
    expect(foldedHeight).toBeLessThan(unfoldedHeight);
    expect(errors).toEqual([]);
  });

  it('a pointer to a sentence quoted earlier scrolls back to its quote', async () => {
    const { hub } = await hubGroups();
    await page.evaluate((key) => window.plangraph!.select(key), hub);
    const pointer = details().locator('.evidence-ref button').first();
    await expect.poll(() => pointer.count()).toBe(1);
    const text = (await pointer.textContent())!;
    const sentence = Number(/sentence (\d+)\)$/.exec(text)![1]);
    await page.locator('#details').evaluate((panel) => (panel.scrollTop = panel.scrollHeight));
    await pointer.scrollIntoViewIfNeeded();
    await pointer.click();
    const quote = details().locator('figure.evidence', { has: page.locator('figcaption', { hasText: new RegExp(`sentence ${sentence}(\\D|$)`) }) }).first();
    await expect.poll(() => quote.evaluate((figure) => {
      const panel = document.querySelector('#details')!.getBoundingClientRect();
      const box = figure.getBoundingClientRect();
      return box.top >= panel.top && box.bottom <= panel.bottom;
    })).toBe(true);
  });
});
