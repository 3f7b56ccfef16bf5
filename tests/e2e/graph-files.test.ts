import { MultiGraph } from 'graphology';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { toGexf } from '../../src/export/to-gexf.js';
import type { PlanGraph } from '../../src/graph/build-graph.js';
import { makeSyntheticGraph } from '../fixtures/synthetic-graph.js';
import { collectPageErrors, launchBrowser, openExplorer, suggestions, type BrowserSession } from './browser.js';

const { url } = inject('e2e');

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** A small graph whose labels, aliases, evidence and document text all carry markup. */
function hostileGraph() {
  const data = makeSyntheticGraph(12, 1, 3);
  const doc = data.attributes.documents[0]!;
  data.attributes.name = `Evil ${HOSTILE}`;
  doc.title = HOSTILE;
  for (const node of data.nodes) {
    const a = node.attributes!;
    a.label = `${a.label} ${HOSTILE}`;
    a.aliases = [HOSTILE];
    a.entityType = '<b onmouseover=alert(1)>Type</b>' as never;
    for (const mention of a.mentions) mention.text = `${HOSTILE} ${mention.text}`;
  }
  for (const edge of data.edges) {
    for (const evidence of edge.attributes!.evidence) evidence.text = `${HOSTILE} ${evidence.text}`;
  }
  doc.text = `${HOSTILE}\n${doc.text}`;
  return data;
}

describe.skipIf(!url)('opening graph files', () => {
  let session: BrowserSession;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await page?.close();
    page = await session.context.newPage();
    errors = collectPageErrors(page);
  });

  /** Serves `body` at ./fixture/<name> of the site and opens the explorer on it. */
  async function openServed(name: string, body: string, status = 200) {
    await page.route(`**/fixture/${name}`, (route) => route.fulfill({ status, body, contentType: 'application/json' }));
    await openExplorer(page, url, `?graph=fixture/${name}`);
  }

  it.each([
    ['bad JSON', 'bad.json', '{"nodes": [', 200, /not valid JSON/],
    ['an empty file', 'empty.json', '', 200, /empty/],
    ['JSON that is not a graph', 'list.json', '[1, 2, 3]', 200, /not a graph/],
    ['a graph without nodes', 'none.json', '{"nodes": [], "edges": []}', 200, /no nodes/],
    ['a missing file', 'missing.json', 'not found', 404, /HTTP 404/],
    ['broken XML', 'broken.gexf', '<gexf><graph>', 200, /not well-formed XML/],
  ])('%s shows a readable error instead of a blank canvas', async (_name, file, body, status, message) => {
    await openServed(file, body, status);
    const alert = page.getByRole('alert').first();
    expect(await alert.textContent()).toMatch(message);
    expect(await alert.textContent()).toContain(file);
    expect(await page.locator('#empty-state').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.plangraph)).toBeUndefined();
  });

  it('the empty state and the error say how to open or build a graph in the app\'s own words, naming no npm script', async () => {
    await openServed('graph.json', 'not found', 404);
    const empty = (await page.locator('#empty-state').textContent()) ?? '';
    const alert = (await page.getByRole('alert').first().textContent()) ?? '';
    const openLabel = ((await page.locator('label.open-file span').textContent()) ?? '').trim();
    expect(empty).toContain(openLabel);
    expect(empty).toContain('plangraph build <folder>');
    expect(alert).toContain('plangraph build <folder>');
    expect(`${empty}\n${alert}`).not.toMatch(/npm/);
  });

  it('repairs what it can and says so: missing positions, edges to missing nodes', async () => {
    const data = makeSyntheticGraph(20, 1, 4);
    for (const node of data.nodes.slice(0, 5)) {
      delete (node.attributes as Partial<typeof node.attributes>)!.x;
    }
    data.edges.push({ key: 'dangling', source: data.nodes[0]!.key, target: 'nowhere', attributes: data.edges[0]!.attributes! });
    await openServed('repair.json', JSON.stringify(data));
    const text = (await page.getByRole('alert').allTextContents()).join('\n');
    expect(text).toMatch(/5 of 20 node\(s\) had no position/);
    expect(text).toMatch(/1 edge\(s\) pointing to missing nodes were skipped/);
    // The notice names the layout button as the toolbar labels it.
    const layoutButton = ((await page.getByRole('button', { name: 'Run layout' }).textContent()) ?? '').trim();
    expect(layoutButton).not.toBe('');
    expect(text).toContain(`use “${layoutButton}” to arrange them`);
    expect(await page.evaluate(() => [window.plangraph!.graph.order, window.plangraph!.graph.hasEdge('dangling')])).toEqual([20, false]);
  });

  it('draws hostile labels and evidence as text: no script runs, no element is injected', async () => {
    await openServed('evil.json', JSON.stringify(hostileGraph()));
    const first = await page.evaluate(() => window.plangraph!.graph.nodes()[0]!);
    await page.evaluate((key) => window.plangraph!.select(key), first);
    await page.getByRole('combobox', { name: 'Search entities' }).fill('img');
    await expect.poll(() => suggestions(page).count()).toBeGreaterThan(0);
    await page.locator('.legend-item').first().hover();
    await page.waitForTimeout(200);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#app img, #app script, #app b').count()).toBe(0);
    const details = (await page.getByRole('region', { name: 'Details' }).textContent()) ?? '';
    expect(details).toContain('<img src=x onerror=');
    expect(details).toContain('<script>');
    expect(await page.getByRole('region', { name: 'Document' }).textContent()).toContain('<script>window.__pwned=2</script>');
    expect(await suggestions(page).first().textContent()).toContain('<img');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  it('opens a GEXF file picked with "Open graph file"', async () => {
    await openExplorer(page, url);
    const data = makeSyntheticGraph(25, 2, 8);
    const gexf = toGexf(MultiGraph.from(data as never) as unknown as PlanGraph);
    await page.getByLabel('Open graph file').setInputFiles({ name: 'picked.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
    await expect.poll(() => page.evaluate(() => window.plangraph!.graph.order)).toBe(25);
    expect(await page.evaluate(() => window.plangraph!.graph.size)).toBe(data.edges.length);
    expect(await page.locator('#graph-name').textContent()).toBe('picked.gexf');
    const key = data.nodes[0]!.key;
    await page.evaluate((node) => window.plangraph!.select(node), key);
    expect(await page.getByRole('region', { name: 'Details' }).locator('h2').first().textContent()).toBe(data.nodes[0]!.attributes!.label);
    expect(errors).toEqual([]);
  });

  it.each([
    ['undirected 1.3', 'http://gexf.net/1.3', '1.3', 'defaultedgetype="undirected"', ''],
    ['undirected 1.2draft, no edge type at all', 'http://www.gexf.net/1.2draft', '1.2', '', ''],
    ['mixed 1.3', 'http://gexf.net/1.3', '1.3', 'defaultedgetype="directed"', ' type="undirected"'],
  ])('opens a %s GEXF written by another tool', async (_name, namespace, version, graphType, edgeType) => {
    await openExplorer(page, url);
    const gexf = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="${namespace}" version="${version}"><graph ${graphType}><nodes><node id="a" label="Harbour"/><node id="b" label="Canal"/><node id="c" label="Market"/></nodes><edges><edge id="e1" source="a" target="b"${edgeType}/><edge id="e2" source="b" target="c"/></edges></graph></gexf>`;
    await page.getByLabel('Open graph file').setInputFiles({ name: 'other-tool.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
    await expect.poll(() => page.evaluate(() => window.plangraph!.graph.order)).toBe(3);
    expect(await page.evaluate(() => window.plangraph!.graph.size)).toBe(2);
    // An undirected relation is counted as such, not as "0 incoming · 0 outgoing".
    if (graphType !== 'defaultedgetype="directed"') {
      await page.evaluate(() => window.plangraph!.select('a'));
      await expect.poll(() => page.getByRole('region', { name: 'Details' }).textContent()).toContain('1 undirected');
      expect(await page.locator('.relation-group h4').first().textContent()).toContain('(undirected)');
      expect(await page.locator('.relation-group h4').first().textContent()).not.toContain('→');
    }
    expect(errors).toEqual([]);
  });

  it('a graph on another site that cannot be fetched names the likely cause and the way around it', async () => {
    await openExplorer(page, url, `?graph=${encodeURIComponent('http://127.0.0.1:9/graph.json')}`);
    const alert = page.getByRole('alert').first();
    await expect.poll(() => alert.textContent()).toContain('Access-Control-Allow-Origin');
    expect(await alert.textContent()).toContain('Open graph…');
  });

  it('opens a graph.json dropped on the page and reports a bad one', async () => {
    await openExplorer(page, url);
    const drop = async (name: string, text: string) => {
      const transfer = await page.evaluateHandle(
        ([fileName, content]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([content], fileName, { type: 'application/json' }));
          return dt;
        },
        [name, text] as const,
      );
      await page.dispatchEvent('#stage', 'drop', { dataTransfer: transfer });
    };
    await drop('dropped.json', JSON.stringify(makeSyntheticGraph(9, 1, 2)));
    await expect.poll(() => page.evaluate(() => window.plangraph!.graph.order)).toBe(9);
    await drop('oops.json', '{oops');
    await expect.poll(() => page.getByRole('alert').allTextContents()).toEqual([expect.stringMatching(/oops\.json.*not valid JSON/)]);
    // The graph that was open stays open.
    expect(await page.evaluate(() => window.plangraph!.graph.order)).toBe(9);
  });
});
