import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchBrowser, openExplorer, pixelStandardDeviation, suggestions, type BrowserSession } from './browser.js';

const { url, chineseGraph } = inject('e2e');
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

// The Chinese fixture plans (simplified and traditional) with the English Chongqing plan.
describe.skipIf(!url || !chineseGraph)('Chinese plans in the explorer', () => {
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
    await page.setViewportSize({ width: 1440, height: 900 });
    errors = collectPageErrors(page);
    await openExplorer(page, url, `?graph=${encodeURIComponent(chineseGraph)}`);
  });

  const details = () => page.getByRole('region', { name: 'Details' });

  it('draws Chinese labels with real glyphs, measured so that no two overlap', async () => {
    const result = await page.evaluate(() => {
      const { graph, renderer, drawnLabels } = window.plangraph!;
      const font = renderer.getSetting('labelFont');
      // With no CJK font every character is the same empty box; real glyphs differ from one another.
      const render = (char: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 40;
        canvas.height = 40;
        const context = canvas.getContext('2d')!;
        context.font = `32px ${font}`;
        context.fillText(char, 2, 34);
        return Array.from(context.getImageData(0, 0, 40, 40).data);
      };
      const a = render('长');
      const b = render('角');
      const differing = a.filter((value, i) => value !== b[i]).length;
      const chineseLabels = graph.filterNodes((_key, attributes) => /\p{Script=Han}/u.test(attributes.label)).length;
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `14px ${font}`;
      return { differing, inked: a.some((value) => value > 0), chineseLabels, boxes: drawnLabels(), perChar: context.measureText('内陆开放新高地').width / 7 };
    });
    expect(result.inked).toBe(true);
    expect(result.differing).toBeGreaterThan(100);
    expect(result.chineseLabels).toBeGreaterThan(20);
    // A CJK glyph is about a full em wide: the label boxes are measured on the glyphs actually drawn.
    expect(result.perChar).toBeGreaterThan(11);
    const overlapping = result.boxes.flatMap((a, i) => result.boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
    expect(overlapping).toEqual([]);
    expect(result.boxes.length).toBeGreaterThan(10);
    const png = await page.screenshot({ path: join(SHOTS, 'chinese-plans.png') });
    expect(await pixelStandardDeviation(page, png)).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });

  it('shows each plan\'s language in the plan list', async () => {
    const list = page.getByRole('group', { name: 'Plans' });
    const tags = await list.locator('.plan-language').allTextContents();
    expect(tags.filter((tag) => tag === '中文')).toHaveLength(2);
    expect(tags.filter((tag) => tag === 'EN')).toHaveLength(1);
  });

  it.each([
    ['长三角', 'Yangtze River Delta'],
    ['Yangtze', 'Yangtze River Delta'],
    ['开放新高地', '内陆开放新高地'],
    ['樞紐', '內陸開放樞紐'],
  ])('search "%s" opens %s', async (query, label) => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.focus();
    await page.keyboard.type(query);
    const options = suggestions(page);
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    const texts = await options.allTextContents();
    const index = texts.findIndex((text) => text.startsWith(label));
    expect(index, texts.join(' | ')).toBeGreaterThanOrEqual(0);
    await options.nth(index).click();
    expect(await details().locator('h2').first().textContent()).toBe(label);
  });

  it('the merged region quotes both languages, and a Chinese plan reads in its pane', async () => {
    await page.evaluate(() => window.plangraph!.select('Region:yangtze river delta'));
    const evidence = await details().locator('.evidence-text').allTextContents();
    expect(evidence.some((text) => /\p{Script=Han}/u.test(text))).toBe(true);
    expect(evidence.some((text) => /Yangtze River Delta/u.test(text))).toBe(true);
    expect(await details().locator('.evidence-text[lang="zh"]').count()).toBeGreaterThan(0);

    await page.evaluate(() => window.plangraph!.select('Plan:jiangxi-15th-proposals'));
    expect(await details().textContent()).toContain('Chinese');
    const article = page.locator('article.document[data-document="jiangxi-15th-proposals"]');
    await expect.poll(() => article.isVisible()).toBe(true);
    expect(await article.getAttribute('lang')).toBe('zh');
    const marks = await article.locator('mark').allTextContents();
    expect(marks).toContain('内陆开放新高地');
    await page.screenshot({ path: join(SHOTS, 'chinese-plan-document.png') });
  });
});
