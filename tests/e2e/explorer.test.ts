import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { makeSyntheticGraph } from '../fixtures/synthetic-graph.js';
import { checkGexfFile } from '../support/check-gexf.js';
import { collectPageErrors, launchBrowser, openExplorer, pixelStandardDeviation, suggestions, type BrowserSession } from './browser.js';

const { url } = inject('e2e');
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

describe.skipIf(!url)('explorer on the production build', () => {
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
    await openExplorer(page, url);
  });

  const keyOf = (label: string) =>
    page.evaluate((wanted) => window.plangraph!.graph.findNode((_node, a) => a.label === wanted) ?? null, label);
  const detailsTitle = () => page.getByRole('region', { name: 'Details' }).locator('h2').first().textContent();

  it('draws the graph on the canvas', async () => {
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    const png = await page.locator('#stage').screenshot({ path: join(SHOTS, 'canvas.png') });
    expect(await pixelStandardDeviation(page, png)).toBeGreaterThan(5);
    const drawn = await page.evaluate(() => window.plangraph!.graph.order);
    expect(drawn).toBeGreaterThan(3);
    expect(await page.getByRole('button', { name: /^Place\b/ }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('draws most labels at the default zoom, and no two of them overlap', async () => {
    const { boxes, order } = await page.evaluate(() => ({ boxes: window.plangraph!.drawnLabels(), order: window.plangraph!.graph.order }));
    const overlapping = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map((b) => [a, b]),
    );
    expect(overlapping).toEqual([]);
    // The build-time layout keeps the Chongqing labels apart, so nearly all of them fit.
    expect(boxes.length).toBeGreaterThanOrEqual(Math.floor(order * 0.8));
  });

  it('search "Yangtze" by keyboard opens the Yangtze River Delta with Chongqing\'s cooperatesWith tie and its evidence', async () => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.focus();
    await page.keyboard.type('Yangtze');
    const options = suggestions(page);
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    const labels = await options.allTextContents();
    const index = labels.findIndex((text) => text.startsWith('Yangtze River Delta'));
    expect(index, labels.join(' | ')).toBeGreaterThanOrEqual(0);
    expect(labels[index]).toContain('Region');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(index).getAttribute('id'));
    await page.keyboard.press('Enter');

    expect(await detailsTitle()).toBe('Yangtze River Delta');
    const group = page.locator('.relation-group[data-relation="cooperatesWith"]');
    await expect.poll(() => group.count()).toBeGreaterThan(0);
    const item = group.locator('.relation-item', { has: page.getByRole('button', { name: 'Chongqing', exact: true }) });
    expect(await item.count()).toBe(1);
    const evidence = (await item.locator('.evidence-text').first().textContent()) ?? '';
    expect(evidence).toContain('ties with the Yangtze River Delta');
    expect(await item.locator('.evidence-text mark').first().allTextContents()).not.toEqual([]);
    expect(await item.locator('.evidence-text mark').allTextContents()).toEqual(expect.arrayContaining(['Yangtze River Delta']));
    expect(await page.evaluate(() => window.plangraph!.state.selection)).toEqual({ kind: 'node', key: await keyOf('Yangtze River Delta') });
    await page.screenshot({ path: join(SHOTS, 'search-yangtze.png') });
  });

  it('"长三角" finds the Yangtze River Delta through its alias', async () => {
    const aliases = await page.evaluate(() => {
      const { graph } = window.plangraph!;
      const key = graph.findNode((_n, a) => a.label === 'Yangtze River Delta');
      return key === undefined ? [] : graph.getNodeAttribute(key, 'aliases');
    });
    expect(aliases, 'graph.json must carry the lexicon alias 长三角 on the Yangtze River Delta node').toContain('长三角');
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('长三角');
    await expect.poll(() => suggestions(page).count()).toBeGreaterThan(0);
    expect(await suggestions(page).first().textContent()).toContain('Yangtze River Delta');
    expect(await suggestions(page).first().textContent()).toContain('长三角');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
  });

  it('"半导体" matches inside the alias "功率半导体" (synthetic graph: the plan text is English)', async () => {
    await page.route('**/fixture/synthetic.json', (route) => route.fulfill({ body: JSON.stringify(makeSyntheticGraph(30, 1, 6)), contentType: 'application/json' }));
    await openExplorer(page, url, '?graph=fixture/synthetic.json');
    await page.getByRole('combobox', { name: 'Search entities' }).fill('半导体');
    await expect.poll(() => suggestions(page).first().textContent()).toContain('power semiconductors');
    await page.keyboard.press('Enter');
    expect(await detailsTitle()).toBe('power semiconductors');
  });

  it('a real mouse click on a node opens its panel; Esc clears it', async () => {
    const key = (await keyOf('Chongqing'))!;
    const point = await page.evaluate((node) => {
      const { renderer } = window.plangraph!;
      const display = renderer.getNodeDisplayData(node)!;
      // Zoom onto the node first so no neighbour overlaps it.
      renderer.getCamera().setState({ x: display.x, y: display.y, ratio: 0.15, angle: 0 });
      renderer.refresh();
      const a = window.plangraph!.graph.getNodeAttributes(node);
      return renderer.graphToViewport({ x: a.x, y: a.y });
    }, key);
    const box = (await page.locator('#stage canvas').first().boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect.poll(() => page.evaluate(() => window.plangraph!.state.hoveredNode)).toBe(key);
    const faded = await page.evaluate(() => {
      const { graph, renderer, state } = window.plangraph!;
      return graph.filterNodes((node) => node !== state.hoveredNode && !graph.areNeighbors(node, state.hoveredNode!)).every((node) => renderer.getNodeDisplayData(node)!.label === null);
    });
    expect(faded).toBe(true);
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect.poll(detailsTitle).toBe('Chongqing');
    expect(await page.locator('.document-pane mark.is-selected').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'click-node.png') });
    await page.locator('body').press('Escape');
    await expect.poll(() => page.evaluate(() => window.plangraph!.state.selection)).toBeNull();
  });

  it('the hover highlight goes when the pointer leaves the canvas straight from a node', async () => {
    const key = (await keyOf('Chongqing'))!;
    const point = await page.evaluate((node) => {
      const { renderer } = window.plangraph!;
      const display = renderer.getNodeDisplayData(node)!;
      renderer.getCamera().setState({ x: display.x, y: display.y, ratio: 0.15, angle: 0 });
      renderer.refresh();
      const a = window.plangraph!.graph.getNodeAttributes(node);
      return renderer.graphToViewport({ x: a.x, y: a.y });
    }, key);
    const box = (await page.locator('#stage canvas').first().boundingBox())!;
    // Pixels drawn on sigma's hover layer (the hovered node's label box).
    const hoverPixels = () =>
      page.evaluate(() => {
        const canvas = window.plangraph!.renderer.getCanvases()['hovers']!;
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let drawn = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn++;
        return drawn;
      });
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect.poll(() => page.evaluate(() => window.plangraph!.state.hoveredNode)).toBe(key);
    await expect.poll(hoverPixels).toBeGreaterThan(0);
    // One move event, from the node to the page header: the canvas never sees the pointer over empty stage.
    const header = (await page.locator('.topbar').boundingBox())!;
    await page.mouse.move(header.x + 10, header.y + 5);
    await expect.poll(() => page.evaluate(() => window.plangraph!.state.hoveredNode)).toBeNull();
    await expect.poll(hoverPixels).toBe(0);
    // Back on the same node, it is highlighted again.
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect.poll(() => page.evaluate(() => window.plangraph!.state.hoveredNode)).toBe(key);
  });

  it('a target shows its value as the plan wrote it', async () => {
    const key = (await keyOf('GDP: 4 trillion yuan'))!;
    expect(key).not.toBeNull();
    await page.evaluate((node) => window.plangraph!.select(node), key);
    const value = page.getByRole('region', { name: 'Details' }).locator('dt:text-is("Value") + dd');
    expect(await value.textContent()).toBe('4 trillion yuan');
  });

  it('clicking a legend type hides its nodes through the reducers, without touching the graph', async () => {
    const button = page.getByRole('button', { name: /^Region\b/ });
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const before = await page.evaluate(() => JSON.stringify(window.plangraph!.graph.export()));
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    const shown = await page.evaluate(() => {
      const { graph, renderer } = window.plangraph!;
      const result = { region: [] as boolean[], other: [] as boolean[] };
      graph.forEachNode((node, a) => (a.entityType === 'Region' ? result.region : result.other).push(renderer.getNodeDisplayData(node)!.hidden));
      return result;
    });
    expect(shown.region.length).toBeGreaterThan(0);
    expect(shown.region.every(Boolean)).toBe(true);
    expect(shown.other.some(Boolean)).toBe(false);
    expect(await page.evaluate(() => JSON.stringify(window.plangraph!.graph.export()))).toBe(before);
    expect(await page.locator('.legend-summary').textContent()).toMatch(/^\d+ of \d+ entities/);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('Region');
    await button.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
  });

  it('"Export GEXF" downloads a file that passes the conformance check with the graph\'s node count', async () => {
    const order = await page.evaluate(() => window.plangraph!.graph.order);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GEXF' }).click()]);
    const file = join(SHOTS, download.suggestedFilename());
    expect(file).toMatch(/\.gexf$/);
    await download.saveAs(file);
    const result = await checkGexfFile(file);
    expect(result.ok, result.output).toBe(true);
    expect(result.nodes).toBe(order);
  });

  it('a GEXF exported by the explorer reopens with its document text and every mention placed', async () => {
    const documentPane = page.getByRole('region', { name: 'Document' });
    const marksBefore = await documentPane.locator('mark.mention').allTextContents();
    const textBefore = await documentPane.locator('.document-text').textContent();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GEXF' }).click()]);
    const file = join(SHOTS, `reopened-${download.suggestedFilename()}`);
    await download.saveAs(file);
    await page.getByLabel('Open graph file').setInputFiles(file);
    await expect.poll(() => page.locator('#graph-name').textContent()).toBe(`reopened-${download.suggestedFilename()}`);
    expect(marksBefore.length).toBeGreaterThan(20);
    expect(await documentPane.locator('.document-text').textContent()).toBe(textBefore);
    expect(await documentPane.locator('mark.mention').allTextContents()).toEqual(marksBefore);
    expect(errors).toEqual([]);
  });

  it('"Visible only" exports only what the filters show', async () => {
    await page.getByRole('button', { name: /^Region\b/ }).click();
    await page.getByRole('combobox', { name: 'Export scope' }).selectOption('visible');
    const visible = await page.evaluate(() => window.plangraph!.graph.filterNodes((_n, a) => a.entityType !== 'Region').length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GEXF' }).click()]);
    const file = join(SHOTS, `visible-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const result = await checkGexfFile(file);
    expect(result.ok, result.output).toBe(true);
    expect(result.nodes).toBe(visible);
  });

  it('"Export PNG" downloads an image', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const file = join(SHOTS, download.suggestedFilename());
    await download.saveAs(file);
    const { readFileSync } = await import('node:fs');
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(await pixelStandardDeviation(page, png)).toBeGreaterThan(5);
  });

  it('a shared URL restores selection, search text and hidden types; Back/Forward walk the selections', async () => {
    const delta = (await keyOf('Yangtze River Delta'))!;
    const chongqing = (await keyOf('Chongqing'))!;
    const query = `?node=${encodeURIComponent(delta)}&q=Yangtze&hide=Target`;
    await openExplorer(page, url, query);
    await expect.poll(detailsTitle).toBe('Yangtze River Delta');
    expect(await page.getByRole('combobox', { name: 'Search entities' }).inputValue()).toBe('Yangtze');
    expect(await page.getByRole('button', { name: /^Target\b/ }).getAttribute('aria-pressed')).toBe('false');

    await page.evaluate((key) => window.plangraph!.select(key), chongqing);
    await expect.poll(detailsTitle).toBe('Chongqing');
    expect(new URL(page.url()).searchParams.get('node')).toBe(chongqing);
    await page.goBack();
    await expect.poll(detailsTitle).toBe('Yangtze River Delta');
    await page.goForward();
    await expect.poll(detailsTitle).toBe('Chongqing');
  });

  it('the camera position is written to the URL and restored from it', async () => {
    await page.evaluate(() => window.plangraph!.renderer.getCamera().setState({ x: 0.3, y: 0.6, ratio: 0.5, angle: 0 }));
    await expect.poll(() => new URL(page.url()).searchParams.get('cam')).toBe('0.3,0.6,0.5');
    await openExplorer(page, url, '?cam=0.2,0.7,0.8');
    expect(await page.evaluate(() => window.plangraph!.renderer.getCamera().getState())).toMatchObject({ x: 0.2, y: 0.7, ratio: 0.8 });
  });

  it('the panel, document mentions and relation links work without the canvas', async () => {
    const key = (await keyOf('Chongqing'))!;
    await page.evaluate((node) => window.plangraph!.select(node), key);
    const neighbour = page.getByRole('region', { name: 'Details' }).locator('.relation-list .link-button').first();
    const name = (await neighbour.textContent())!;
    await neighbour.focus();
    await page.keyboard.press('Enter');
    await expect.poll(detailsTitle).toBe(name);
    const mention = page.getByRole('region', { name: 'Document' }).locator('mark.mention').first();
    const mentioned = await mention.getAttribute('data-node');
    await mention.click();
    expect(await page.evaluate(() => window.plangraph!.state.selection)).toEqual({ kind: 'node', key: mentioned });
    expect(errors).toEqual([]);
  });

  it('document mentions are reached with Tab and selected with Enter or Space', async () => {
    const mentions = page.getByRole('region', { name: 'Document' }).locator('mark.mention');
    const [first, second] = [mentions.nth(0), mentions.nth(1)];
    await first.focus();
    await page.keyboard.press('Tab');
    // The next tab stop after a mention is the next mention in reading order.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node'))).toBe(await second.getAttribute('data-node'));
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.plangraph!.state.selection)).toEqual({ kind: 'node', key: await second.getAttribute('data-node') });
    await first.focus();
    await page.keyboard.press(' ');
    expect(await page.evaluate(() => window.plangraph!.state.selection)).toEqual({ kind: 'node', key: await first.getAttribute('data-node') });
    expect(await first.getAttribute('role')).toBe('button');
    expect(errors).toEqual([]);
  });

  it('a click on an edge shows the relation and its evidence', async () => {
    const edge = await page.evaluate(() => window.plangraph!.graph.edges()[0]!);
    await page.evaluate((key) => window.plangraph!.commands.selectEdge(key), edge);
    const details = page.getByRole('region', { name: 'Details' });
    expect(await details.locator('.details-edge .evidence').count()).toBeGreaterThan(0);
    expect(await detailsTitle()).toBe(await page.evaluate((key) => window.plangraph!.graph.getEdgeAttribute(key, 'relation'), edge));
  });

  it('runs ForceAtlas2 live in a worker and resets to the precomputed layout', async () => {
    const positions = () => page.evaluate(() => window.plangraph!.graph.mapNodes((_n, a) => [a.x, a.y]));
    const before = await positions();
    await page.getByRole('button', { name: 'Run layout' }).click();
    await expect.poll(async () => JSON.stringify(await positions()) !== JSON.stringify(before), { timeout: 10_000 }).toBe(true);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    expect(await page.evaluate(() => window.plangraph!.state.layoutRunning)).toBe(false);
    await page.getByRole('button', { name: 'Reset layout' }).click();
    expect(await positions()).toEqual(before);
  });

  it('dragging a node moves it to the drop point and pins it there while the live layout moves the rest; Reset unpins it', async () => {
    const positions = () => page.evaluate(() => window.plangraph!.graph.mapNodes((_n, a) => [a.x, a.y]));
    const before = await positions();
    // A node well inside the canvas, and a drop point 80 px right and 60 px down of it.
    const { key, from } = await page.evaluate(() => {
      const { graph, renderer } = window.plangraph!;
      const stage = document.querySelector('#stage')!.getBoundingClientRect();
      const { width, height } = renderer.getDimensions();
      const key = graph.nodes().find((node) => {
        const p = renderer.graphToViewport(graph.getNodeAttributes(node));
        return p.x > width * 0.3 && p.x < width * 0.6 && p.y > height * 0.3 && p.y < height * 0.6 && renderer.getNodeDisplayData(node)!.size > 5;
      })!;
      const p = renderer.graphToViewport(graph.getNodeAttributes(key));
      return { key, from: { x: stage.left + p.x, y: stage.top + p.y } };
    });
    const camera = await page.evaluate(() => window.plangraph!.renderer.getCamera().getState());
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) await page.mouse.move(from.x + step * 10, from.y + step * 7.5);
    await page.mouse.up();
    const dropped = await page.evaluate((node) => {
      const { graph, renderer } = window.plangraph!;
      const stage = document.querySelector('#stage')!.getBoundingClientRect();
      const p = renderer.graphToViewport(graph.getNodeAttributes(node));
      return { x: stage.left + p.x, y: stage.top + p.y };
    }, key);
    expect(Math.abs(dropped.x - (from.x + 80))).toBeLessThan(2);
    expect(Math.abs(dropped.y - (from.y + 60))).toBeLessThan(2);
    // The camera did not pan with the drag, and the release selected nothing.
    expect(await page.evaluate(() => window.plangraph!.renderer.getCamera().getState())).toEqual(camera);
    expect(await page.evaluate(() => window.plangraph!.state.selection)).toBeNull();
    expect(await page.evaluate(() => [...window.plangraph!.state.pinned])).toEqual([key]);

    const pinnedAt = await page.evaluate((node) => window.plangraph!.graph.getNodeAttributes(node), key);
    await page.getByRole('button', { name: 'Run layout' }).click();
    const others = await positions();
    await expect.poll(async () => JSON.stringify(await positions()) !== JSON.stringify(others), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    const held = await page.evaluate((node) => window.plangraph!.graph.getNodeAttributes(node), key);
    expect([held.x, held.y]).toEqual([pinnedAt.x, pinnedAt.y]);

    await page.evaluate((node) => window.plangraph!.select(node), key);
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.textContent()).toContain('Pinned where you dropped it');
    await page.getByRole('button', { name: 'Reset layout' }).click();
    expect(await positions()).toEqual(before);
    expect(await page.evaluate(() => window.plangraph!.state.pinned.size)).toBe(0);
    await expect.poll(() => details.textContent()).not.toContain('Pinned where you dropped it');
    expect(errors).toEqual([]);
  });

  it('the handle between the details and the document resizes them by dragging and by keyboard; Home gives the split back', async () => {
    const heights = () => page.evaluate(() => ({ details: document.querySelector('#details')!.getBoundingClientRect().height, document: document.querySelector('#document')!.getBoundingClientRect().height }));
    const before = await heights();
    const handle = page.getByRole('separator', { name: 'Resize the details and the document' });
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 100, { steps: 5 });
    await page.mouse.up();
    const dragged = await heights();
    expect(Math.abs(dragged.details - (before.details - 100))).toBeLessThan(3);
    expect(dragged.document).toBeGreaterThan(before.document + 90);
    await handle.focus();
    await page.keyboard.press('ArrowDown');
    expect(Math.abs((await heights()).details - (dragged.details + 24))).toBeLessThan(2);
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(Math.round((await heights()).details));
    await page.keyboard.press('Home');
    expect(Math.abs((await heights()).details - before.details)).toBeLessThan(2);
    expect(errors).toEqual([]);
  });
});
