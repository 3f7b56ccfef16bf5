import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useExplorerPage } from './browser.js';

const { url, plansGraph } = inject('e2e');
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Clicks "Export PNG" and returns the downloaded file. */
async function exportPng(page: Page, name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const file = join(SHOTS, name);
  await download.saveAs(file);
  return readFileSync(file);
}

/** window.plangraph.renderImage(options) as PNG bytes. */
async function renderImage(page: Page, options: Record<string, unknown>): Promise<Buffer> {
  const base64 = await page.evaluate(async (opts) => {
    const blob = await window.plangraph!.renderImage(opts);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, options);
  return Buffer.from(base64, 'base64');
}

/** Per region of the image (device pixels), how many pixels are dark (text, nodes), and how many pixels differ between two images. */
function analyse(page: Page, png: Buffer, regions: Record<string, [number, number, number, number]>, other?: Buffer) {
  return page.evaluate(
    async ({ base64, regions, otherBase64 }) => {
      const decode = async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const image = await decode(base64);
      const dark = Object.fromEntries(
        Object.entries(regions).map(([name, [x0, y0, x1, y1]]) => {
          let count = 0;
          for (let y = y0; y < y1; y++)
            for (let x = x0; x < x1; x++) {
              const i = (y * image.width + x) * 4;
              if ((image.data[i]! + image.data[i + 1]! + image.data[i + 2]!) / 3 < 110) count++;
            }
          return [name, count];
        }),
      );
      let differing = 0;
      if (otherBase64) {
        const second = await decode(otherBase64);
        for (let i = 0; i < image.data.length; i += 4) if (image.data[i] !== second.data[i] || image.data[i + 1] !== second.data[i + 1] || image.data[i + 2] !== second.data[i + 2]) differing++;
      }
      return { dark, differing };
    },
    { base64: png.toString('base64'), regions, otherBase64: other?.toString('base64') ?? null },
  );
}

// DEFAULT_IMAGE_OPTIONS: a 1200×900 drawing, a 64 px title band above, a 240 px legend to its right, at 2×.
const WIDTH = (1200 + 240) * 2;
const HEIGHT = (900 + 64) * 2;
const REGIONS: Record<string, [number, number, number, number]> = {
  title: [0, 0, 1200 * 2, 64 * 2],
  legend: [1200 * 2, 64 * 2, WIDTH, HEIGHT],
  drawing: [0, 64 * 2, 1200 * 2, HEIGHT],
};

describe.skipIf(!url || !plansGraph)('PNG export of the graph for a report (five plans)', () => {
  const explorer = useExplorerPage(url!, `?graph=${encodeURIComponent(plansGraph!)}`, { screenshots: SHOTS });
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    ({ page, errors } = explorer);
  });

  it('"Whole graph" is the whole graph at 2×, the same image at any zoom, with a title and a legend', async () => {
    await page.evaluate(() => window.plangraph!.renderer.getCamera().setState({ x: 0.1, y: 0.9, ratio: 0.08, angle: 0 }));
    const zoomed = await exportPng(page, 'export-zoomed.png');
    expect(pngSize(zoomed)).toEqual({ width: WIDTH, height: HEIGHT });
    await page.getByRole('button', { name: 'Fit graph to view' }).click();
    await page.waitForFunction(() => !window.plangraph!.renderer.getCamera().isAnimated());
    const fitted = await exportPng(page, 'export-fitted.png');
    const { dark, differing } = await analyse(page, fitted, REGIONS, zoomed);
    expect(differing).toBe(0);
    expect(dark['title']).toBeGreaterThan(500);
    expect(dark['legend']).toBeGreaterThan(500);
    expect(dark['drawing']).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
  });

  it('labels are drawn: the image differs from the same render without labels, by their text', async () => {
    const labelled = await renderImage(page, {});
    const unlabelled = await renderImage(page, { labels: false });
    expect(pngSize(unlabelled)).toEqual(pngSize(labelled));
    const withLabels = await analyse(page, labelled, REGIONS, unlabelled);
    const without = await analyse(page, unlabelled, REGIONS);
    expect(withLabels.differing).toBeGreaterThan(20_000);
    // Label text is dark: the labelled drawing has many more dark pixels.
    expect(withLabels.dark['drawing']!).toBeGreaterThan(without.dark['drawing']! + 10_000);
    // Every plan hub is labelled in full in the image as on the page.
    const planLabels = await page.evaluate(() => window.plangraph!.graph.filterNodes((_n, a) => a.entityType === 'Plan').length);
    expect(planLabels).toBe(5);
  });

  it('"Visible only" draws only what the filters show', async () => {
    await page.getByRole('button', { name: /^Industry\b/ }).click();
    const whole = await renderImage(page, { scope: 'all' });
    await page.getByRole('combobox', { name: 'Export scope' }).selectOption('visible');
    const visible = await exportPng(page, 'export-visible.png');
    expect(pngSize(visible)).toEqual({ width: WIDTH, height: HEIGHT });
    const compared = await analyse(page, visible, REGIONS, whole);
    expect(compared.differing).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
  });
});
