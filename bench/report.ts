import type { NodeSideResult } from './node-side.js';
import type { BrowserSideResult, LayoutWindow } from './browser-side.js';
import { median } from './stats.js';
import type { ProfileSummary } from './cpu-profile.js';
import { CLI_START_GOAL_MS, type CliStartResult } from './cli-start.js';

export interface Machine {
  cpus: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string | null;
}

export interface BenchResults {
  date: string;
  mode: string;
  machine: Machine;
  durationSeconds: number;
  node: NodeSideResult[];
  /** `plangraph --version` from the packed, installed package; null when the Node side was skipped. */
  cliStart: CliStartResult | null;
  browser: BrowserSideResult | null;
  goals: Goal[];
  notes: string[];
}

export interface Goal {
  goal: string;
  /** null when the figure was not measured in this run (e.g. --quick). */
  met: boolean | null;
  figure: string;
}

const ms = (value: number, digits = 0) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : '—');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e5 ? 3 : 1)} MB`;
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const mark = (met: boolean | null) => (met === null ? '–' : met ? '✓' : '✗');

/** Time per document at the largest corpus over time per document at 100: 1 means perfectly linear. */
export const LINEARITY_TOLERANCE = 1.3;
export const GEXF_JSON_RATIO = 1.5;
export const PEAK_RSS_GOAL_MB = 1024;

export function evaluateGoals(node: NodeSideResult[], browser: BrowserSideResult | null, cliStart: CliStartResult | null = null): Goal[] {
  const goals: Goal[] = [];
  goals.push({
    goal: `CLI start (--version) in ≤ ${CLI_START_GOAL_MS / 1000} s, installed from \`npm pack\``,
    met: cliStart ? cliStart.medianMs <= CLI_START_GOAL_MS : null,
    figure: cliStart ? `${ms(cliStart.medianMs)} median, ${ms(cliStart.maxMs)} max over ${cliStart.runs} starts` : 'not measured',
  });
  const big = node.find((r) => r.label === '1000');
  const hundred = node.find((r) => r.label === '100');
  goals.push({
    goal: '1,000 documents extracted and built in under 2 s',
    met: big ? big.buildMs < 2000 : null,
    figure: big ? `${(big.buildMs / 1000).toFixed(2)} s` : 'not measured',
  });
  goals.push({
    goal: 'build within 10× the read-and-split floor (1,000 documents)',
    met: big ? big.buildMs / big.floorMs <= 10 : null,
    figure: big ? `${fixed(big.buildMs / big.floorMs)}× (${ms(big.buildMs)} vs ${ms(big.floorMs)})` : 'not measured',
  });
  if (big && hundred) {
    const growth = big.buildMs / big.documents / (hundred.buildMs / hundred.documents);
    const extractGrowth = big.extractMs / big.documents / (hundred.extractMs / hundred.documents);
    goals.push({
      goal: `cost linear in documents (time per document at 1,000 ≤ ${LINEARITY_TOLERANCE}× that at 100)`,
      met: growth <= LINEARITY_TOLERANCE,
      figure: `${fixed(growth, 2)}× (${ms(hundred.buildMs / hundred.documents, 1)} → ${ms(big.buildMs / big.documents, 1)} per document; extraction alone ${fixed(extractGrowth, 2)}×)`,
    });
  } else {
    goals.push({ goal: 'cost linear in documents', met: null, figure: 'needs 100 and 1,000 documents' });
  }

  goals.push({
    goal: 'build-time layout ≤ extraction time at 1,000 documents',
    met: big && Number.isFinite(big.layoutMs) ? big.layoutMs <= big.extractMs : null,
    figure:
      big && Number.isFinite(big.layoutMs)
        ? `${ms(big.layoutMs)} vs ${ms(big.extractMs)} (${fixed(big.layoutMs / big.extractMs, 2)}×; ${big.layoutIterations} Barnes–Hut iterations on ${big.layoutSimulatedNodes.toLocaleString('en-US')} of ${big.nodes.toLocaleString('en-US')} nodes, ${big.layoutConverged ? 'converged' : 'not converged'}: last step ${fixed(big.layoutLastPixels, 2)} px)`
        : 'not measured',
  });
  goals.push({
    goal: `GEXF write ≤ ${GEXF_JSON_RATIO}× the JSON write (1,000 documents)`,
    met: big ? big.gexfMs <= GEXF_JSON_RATIO * big.jsonMs : null,
    figure: big ? `${fixed(big.gexfMs / big.jsonMs, 2)}× (${ms(big.gexfMs)} for ${mb(big.gexfBytes)} vs ${ms(big.jsonMs)} for ${mb(big.jsonBytes)})` : 'not measured',
  });
  goals.push({
    goal: `peak RSS ≤ ${PEAK_RSS_GOAL_MB} MB at 1,000 documents (build, layout, both writes)`,
    met: big ? big.peakRssMb <= PEAK_RSS_GOAL_MB : null,
    figure: big
      ? `${fixed(big.peakRssMb, 0)} MB (high-water mark after building ${fixed(big.peakRssBuildMb, 0)} MB${Object.entries(big.peakRssStagesMb ?? {})
          .map(([stage, mbs]) => `, ${stage} ${fixed(mbs, 0)} MB`)
          .join('')})`
      : 'not measured',
  });

  const at = (nodes: number) => browser?.sizes.find((s) => s.nodes === nodes);
  for (const nodes of [10_000, 50_000]) {
    const s = at(nodes);
    goals.push({
      goal: `explorer first render within 1.25× of bare sigma at ${nodes.toLocaleString('en-US')} nodes`,
      met: s ? s.firstRenderRatio <= 1.25 : null,
      figure: s ? `${fixed(s.firstRenderRatio, 2)}× (${ms(median(s.explorer.firstFrameMs))} vs ${ms(median(s.bare.firstFrameMs))})` : 'not measured',
    });
  }
  const largest = at(50_000);
  const clickMedian = largest ? Math.max(median(largest.apiSelect.syncMs), median(largest.mouseClick.clickToPanelMs)) : Number.NaN;
  goals.push({
    goal: 'click → details panel under 50 ms main-thread at 50k entities',
    met: largest ? clickMedian < 50 : null,
    figure: largest
      ? `select() ${ms(median(largest.apiSelect.syncMs), 1)}, mouse click → panel ${ms(median(largest.mouseClick.clickToPanelMs), 1)} (medians)`
      : 'not measured',
  });
  goals.push({
    goal: 'search keystroke → suggestions p95 under 10 ms at 50k entities',
    met: largest ? largest.search.p95Ms < 10 : null,
    figure: largest ? `p95 ${ms(largest.search.p95Ms, 1)} (p50 ${ms(largest.search.p50Ms, 1)}, ${largest.search.keystrokes} keystrokes)` : 'not measured',
  });
  const layout = at(10_000)?.layout;
  goals.push({
    goal: 'no main-thread task over 100 ms while the live layout runs at 10k nodes',
    met: layout ? layout.explorer.maxTaskMs <= 100 : null,
    figure: layout ? `longest ${ms(layout.explorer.maxTaskMs)}, ${layout.explorer.longTasks} long tasks in ${fixed(layout.explorer.seconds)} s (bare sigma + same worker: longest ${ms(layout.bare.maxTaskMs)})` : 'not measured',
  });
  goals.push({
    goal: 'app JS under 200 kB gzip, graph excluded',
    met: browser ? browser.bundle.gzipBytes < 200_000 : null,
    figure: browser ? `${(browser.bundle.gzipBytes / 1000).toFixed(1)} kB gzip (${(browser.bundle.bytes / 1000).toFixed(0)} kB raw, ${browser.bundle.files.length} file(s))` : 'not measured',
  });
  return goals;
}

function nodeTables(rows: NodeSideResult[]): string[] {
  const lines = [
    '### Extraction and graph building (Node)',
    '',
    'Build = read files + parse + `runPipeline(…, { skipLayout: true })` (extraction, merge, concept links, graph, metrics, visual attributes). Floor = read the same files + `splitSentences`. Medians of the runs shown.',
    '',
    '| corpus | docs | words | MB | runs | floor | NLP annotation alone | build | of which extraction | extraction ms/doc | extraction µs/word | build / floor | docs/s | MB/s | ms/doc |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const seconds = r.buildMs / 1000;
    lines.push(
      `| ${r.label} | ${r.documents} | ${r.words.toLocaleString('en-US')} | ${fixed(r.bytes / 1e6, 2)} | ${r.runs} | ${ms(r.floorMs, 1)} | ${ms(r.annotateMs)} | ${ms(r.buildMs)} | ${ms(r.extractMs)} | ${fixed(r.extractMs / r.documents, 2)} | ${fixed((r.extractMs * 1000) / r.words, 1)} | ${fixed(r.buildMs / r.floorMs)}× | ${fixed(r.documents / seconds)} | ${fixed(r.bytes / 1e6 / seconds, 2)} | ${fixed(r.buildMs / r.documents, 1)} |`,
    );
  }
  lines.push(
    '',
    '### Later stages and memory (Node)',
    '',
    'Peak RSS is the child process high-water mark (`process.resourceUsage().maxRSS`), one child per corpus: after building, and after all stages.',
    '',
    '| corpus | nodes | edges | metrics | ForceAtlas2 (iterations, ms/it; large graphs run to convergence) | JSON write | JSON size | GEXF write | GEXF size | peak RSS build | peak RSS all |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of rows) {
    const layout = Number.isFinite(r.layoutMs)
      ? `${ms(r.layoutMs)} (${r.layoutIterations}${r.layoutMode === 'large' ? ` on ${r.layoutSimulatedNodes.toLocaleString('en-US')} nodes, last step ${fixed(r.layoutLastPixels, 2)} px` : ''}, ${fixed(r.layoutMs / Math.max(r.layoutIterations, 1))})`
      : '—';
    lines.push(
      `| ${r.label} | ${r.nodes.toLocaleString('en-US')} | ${r.edges.toLocaleString('en-US')} | ${ms(r.metricsMs)} | ${layout} | ${ms(r.jsonMs)} | ${mb(r.jsonBytes)} | ${ms(r.gexfMs)} | ${mb(r.gexfBytes)} | ${fixed(r.peakRssBuildMb, 0)} MB | ${fixed(r.peakRssMb, 0)} MB |`,
    );
  }
  lines.push('', '| corpus | edges by relation |', '|---|---|');
  for (const r of rows) {
    const counts = Object.entries(r.edgesByRelation ?? {}).sort((a, b) => b[1] - a[1]);
    lines.push(`| ${r.label} | ${counts.map(([relation, count]) => `${relation} ${count.toLocaleString('en-US')}`).join(', ')} |`);
  }
  for (const r of rows.filter((row) => row.profile)) {
    lines.push('', `### CPU profile, first build run of ${r.label} (Node)`, '', ...profileTable(`${r.label}: read + runPipeline`, r.profile!));
  }
  return lines;
}

function profileTable(name: string, profile: ProfileSummary): string[] {
  const lines = [`**${name}** — ${profile.totalMs} ms of samples`, '', '| self ms | function | inclusive ms | function |', '|---:|---|---:|---|'];
  for (let i = 0; i < Math.max(profile.self.length, profile.inclusive.length); i++) {
    const a = profile.self[i];
    const c = profile.inclusive[i];
    lines.push(`| ${a ? a.ms : ''} | ${a ? `\`${a.name}\`` : ''} | ${c ? c.ms : ''} | ${c ? `\`${c.name}\`` : ''} |`);
  }
  return lines;
}

function layoutRow(name: string, w: LayoutWindow): string {
  return `| ${name} | ${fixed(w.seconds)} s | ${w.frames} (${fixed(w.frames / w.seconds)} fps) | ${w.longTasks} | ${ms(w.maxTaskMs)} | ${ms(w.totalBlockedMs)} |`;
}

function browserTables(b: BrowserSideResult): string[] {
  const lines = [
    '### Explorer vs bare sigma (headless Chromium, SwiftShader)',
    '',
    'First render = navigation start → end of the task in which sigma issued its first WebGL draw (the earliest the frame can be painted), the same probe on both pages; the bare page\'s own mark after `new Sigma` is shown for comparison. Medians over the loads shown.',
    '',
    '| nodes | edges | graph.json | loads | graph fetched | bare first render (own mark) | explorer first draw | explorer first render | explorer / bare | explorer ready |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of b.sizes) {
    lines.push(
      `| ${s.nodes.toLocaleString('en-US')} | ${s.edges.toLocaleString('en-US')} | ${mb(s.graphBytes)} | ${s.explorer.runs} | ${ms(median(s.bare.graphFetchedMs))} | ${ms(median(s.bare.firstFrameMs))} (${ms(median(s.bare.constructedMs))}) | ${ms(median(s.explorer.firstDrawMs))} | ${ms(median(s.explorer.firstFrameMs))} | ${fixed(s.firstRenderRatio, 2)}× | ${ms(median(s.explorer.readyMs))} |`,
    );
  }
  lines.push(
    '',
    '### Interaction (explorer, main thread)',
    '',
    '`select()` = synchronous time of `window.plangraph.select(key)` (store update, details panel, sigma refresh request); next frame = until the following animation frame has run. Mouse click = real click on the node (camera zoomed onto it), from the `click` event time stamp to the details panel mutation. Search = keydown time stamp → suggestion list rebuilt, one key at a time.',
    '',
    '| nodes | select() median / max | select() → next frame | panel filled synchronously | mouse click → panel median / max | click hit the node | search keystrokes | search p50 | search p95 | search max |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const s of b.sizes) {
    lines.push(
      `| ${s.nodes.toLocaleString('en-US')} | ${ms(median(s.apiSelect.syncMs), 1)} / ${ms(Math.max(...s.apiSelect.syncMs), 1)} | ${ms(median(s.apiSelect.frameMs), 1)} | ${s.apiSelect.shown}/${s.apiSelect.syncMs.length} | ${ms(median(s.mouseClick.clickToPanelMs), 1)} / ${ms(Math.max(...s.mouseClick.clickToPanelMs), 1)} | ${s.mouseClick.hits}/${s.mouseClick.tries} | ${s.search.keystrokes} | ${ms(s.search.p50Ms, 1)} | ${ms(s.search.p95Ms, 1)} | ${ms(s.search.maxMs, 1)} |`,
    );
  }
  const withLayout = b.sizes.filter((s) => s.layout);
  if (withLayout.length > 0) {
    lines.push(
      '',
      '### Live ForceAtlas2 layout (web worker), main-thread long tasks',
      '',
      'Bare = the bare-sigma page running the same FA2 worker supervisor with the same settings. Blocked = sum of (task − 50 ms).',
      '',
      '| page | window | sigma frames | long tasks | longest | blocked |',
      '|---|---:|---:|---:|---:|---:|',
    );
    for (const s of withLayout) {
      lines.push(layoutRow(`explorer, ${s.nodes.toLocaleString('en-US')} nodes`, s.layout!.explorer), layoutRow(`bare sigma, ${s.nodes.toLocaleString('en-US')} nodes`, s.layout!.bare));
    }
  }
  const failures = b.sizes.flatMap((s) => (s.errors ?? []).map((error) => `${s.nodes.toLocaleString('en-US')} nodes — ${error}`));
  if (failures.length > 0) lines.push('', '**Failed or skipped measurements:**', '', ...failures.map((failure) => `- ${failure}`));
  lines.push('', '### Bundle', '', '| file | bytes | gzip |', '|---|---:|---:|');
  for (const f of b.bundle.files) lines.push(`| ${f.name} | ${f.bytes.toLocaleString('en-US')} | ${f.gzipBytes.toLocaleString('en-US')} |`);
  lines.push(`| **total JS** | ${b.bundle.bytes.toLocaleString('en-US')} | ${b.bundle.gzipBytes.toLocaleString('en-US')} |`);

  for (const s of b.sizes.filter((size) => size.profiles)) {
    lines.push('', `### CPU profiles, explorer at ${s.nodes.toLocaleString('en-US')} nodes (unminified build)`);
    for (const [name, profile] of Object.entries(s.profiles!)) lines.push('', ...profileTable(name, profile));
  }
  return lines;
}

export function toMarkdown(results: BenchResults): string {
  const m = results.machine;
  const lines = [
    '# plangraph benchmark',
    '',
    `${results.date} · mode: ${results.mode} · whole run ${Math.round(results.durationSeconds)} s`,
    '',
    `Machine: ${m.cores} × ${m.cpus}, ${m.memoryGb.toFixed(1)} GB RAM, ${m.os}, Node ${m.node}${m.chromium ? `, ${m.chromium}` : ''}.`,
    '',
    '## Goals',
    '',
    '| | goal | figure |',
    '|---|---|---|',
    ...results.goals.map((g) => `| ${mark(g.met)} | ${g.goal} | ${g.figure} |`),
    '',
  ];
  if (results.node.length > 0) lines.push('## Node', '', ...nodeTables(results.node), '');
  if (results.cliStart) {
    const c = results.cliStart;
    lines.push(
      '### CLI start (Node)',
      '',
      '`plangraph --version` from a folder outside the repository, the package packed with `npm pack` and installed with `npm install -g --prefix <temporary folder>`; wall time from spawn to exit, after one warm-up start.',
      '',
      '| CLI | starts | median | min | max |',
      '|---|---:|---:|---:|---:|',
      `| ${c.version} | ${c.runs} | ${ms(c.medianMs)} | ${ms(Math.min(...c.startsMs))} | ${ms(c.maxMs)} |`,
      '',
    );
  }
  if (results.browser) lines.push('## Browser', '', ...browserTables(results.browser), '');
  if (results.notes.length > 0) lines.push('## Notes', '', ...results.notes.map((note) => `- ${note}`), '');
  return lines.join('\n');
}
