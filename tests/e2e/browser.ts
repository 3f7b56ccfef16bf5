import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.js';

export { CHROMIUM_PATH };

/**
 * Whether browser tests can run. Under CI a missing browser is a failure
 * (thrown by the global setup); locally the suites skip and say so loudly.
 */
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'plangraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the explorer at `base` + `query` and waits until it has drawn a graph or shown an error. */
export async function openExplorer(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(new URL(query, base).toString());
  await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-state') !== 'loading' && (window.plangraph !== undefined || document.querySelector('[role="alert"]') !== null));
}

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * Spread of pixel brightness in a PNG, computed in the page (the browser
 * decodes PNG natively). A blank or single-colour canvas gives ~0.
 */
export async function pixelStandardDeviation(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    let sumSquares = 0;
    const count = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const value = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      sum += value;
      sumSquares += value * value;
    }
    const mean = sum / count;
    return Math.sqrt(sumSquares / count - mean * mean);
  }, png.toString('base64'));
}

/** The search box's suggestions (not the options of other selects on the page). */
export function suggestions(page: Page) {
  return page.getByRole('listbox', { name: 'Matching entities' }).getByRole('option');
}
