import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { readdir, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Session } from 'node:inspector/promises';
import { splitSentences } from '../src/ingest/sentences.js';
import { annotateDocument } from '../src/annotate/annotate-document.js';
import { parseDocument } from '../src/ingest/parse-document.js';
import { readLexicon } from '../src/io/read-lexicon.js';
import { runPipeline } from '../src/pipeline.js';
import { computeMetrics } from '../src/graph/compute-metrics.js';
import { applyLayout, computeLayoutReport, resolveLayoutOptions } from '../src/layout/compute-layout.js';
import { writeJson } from '../src/export/to-json.js';
import { writeGexf } from '../src/export/to-gexf.js';
import type { ChunkSink } from '../src/export/output-chunks.js';
import type { PlanGraph } from '../src/graph/build-graph.js';
import type { PlanDocument } from '../src/model/records.js';
import { median, sum } from './stats.js';
import { summarizeProfile, type CpuProfile, type ProfileSummary } from './cpu-profile.js';

/** Stop repeating builds once they have taken this long together (at least one run always happens). */
const REPEAT_BUDGET_MS = 30_000;
const WARM_UP_DOCUMENTS = 20;
const WRITE_RUNS = 3;

/** What one child process measures for one corpus. Times in ms, sizes in bytes, memory in MB. */
export interface NodeSideResult {
  label: string;
  documents: number;
  bytes: number;
  words: number;
  runs: number;
  floorMs: number;
  buildMs: number;
  /** Part of buildMs spent in per-document extraction (reading and parsing included). */
  extractMs: number;
  /** The NLP annotation alone (wink-nlp tokens, tags, quantities, and the layout), on the same documents. */
  annotateMs: number;
  buildRunsMs: number[];
  nodes: number;
  edges: number;
  entitiesByType: Record<string, number>;
  edgesByRelation: Record<string, number>;
  metricsMs: number;
  layoutMs: number;
  layoutIterations: number;
  /** `large`: community-seeded Barnes–Hut run to convergence; `small`: fixed iterations from random positions. */
  layoutMode: 'small' | 'large' | null;
  /** Nodes ForceAtlas2 simulated (large graphs fold their leaves). */
  layoutSimulatedNodes: number;
  layoutConverged: boolean | null;
  /** Mean displacement in the last iteration, pixels at the default zoom (large graphs). */
  layoutLastPixels: number;
  jsonMs: number;
  jsonBytes: number;
  gexfMs: number;
  gexfBytes: number;
  peakRssBuildMb: number;
  /** High-water mark after each later stage, in order (metrics, layout, JSON write, GEXF write). */
  peakRssStagesMb: Record<string, number>;
  peakRssMb: number;
  /** CPU profile of the first build run (with --profile). */
  profile?: ProfileSummary;
}

export interface NodeSideInput {
  label: string;
  dir: string;
  runs: number;
  layout: boolean;
  profile: boolean;
  /** Progress lines (stage and time) for slow corpora. */
  log: (line: string) => void;
}

async function listTextFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((name) => name.endsWith('.txt')).sort().map((name) => join(dir, name));
}

async function startProfiler(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  return session;
}

async function stopProfiler(session: Session): Promise<ProfileSummary> {
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return summarizeProfile(profile as CpuProfile, 20);
}

function timeMs(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

async function timeAsyncMs(action: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/**
 * Between repeated builds and after the repeated metrics runs, so the peak RSS
 * is what one build holds rather than several runs' garbage (the CLI builds
 * once). Needs --expose-gc (run.ts passes it).
 */
const collectGarbage: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** maxRSS is in kilobytes on Linux; the OS keeps the high-water mark, so no sampling can miss a spike. */
function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export async function measureNodeSide(input: NodeSideInput): Promise<NodeSideResult> {
  const paths = await listTextFiles(input.dir);
  const { lexicon } = await readLexicon();
  let bytes = 0;
  let words = 0;
  for (const path of paths) {
    const text = await readFile(path, 'utf8');
    bytes += Buffer.byteLength(text);
    words += text.split(/\s+/).filter(Boolean).length;
  }

  // The floor: the least any build must do with these files — read them and find the sentences.
  const floorRuns: number[] = [];
  for (let run = 0; run < input.runs; run++) {
    let sentenceCount = 0;
    floorRuns.push(
      await timeAsyncMs(async () => {
        for (const path of paths) sentenceCount += splitSentences(await readFile(path, 'utf8')).length;
      }),
    );
    if (sentenceCount === 0) throw new Error(`no sentences found in ${input.dir}`);
  }

  // Warm-up on a few documents, so a corpus timed only once (1,000 documents) runs as warm
  // code as one timed five times; otherwise the linearity check compares cold with warm.
  const warmUp: PlanDocument[] = [];
  for (const path of paths.slice(0, WARM_UP_DOCUMENTS)) warmUp.push(parseDocument(await readFile(path, 'utf8'), path));
  runPipeline(warmUp, lexicon, { skipLayout: true });

  // What the NLP library costs on its own: annotating every parsed document, nothing read from it.
  const parsed: PlanDocument[] = [];
  for (const path of paths) parsed.push(parseDocument(await readFile(path, 'utf8'), path));
  const annotateRuns: number[] = [];
  for (let run = 0; run < input.runs; run++) {
    annotateRuns.push(await timeAsyncMs(async () => {
      for (const document of parsed) annotateDocument(document);
    }));
  }

  const buildRuns: number[] = [];
  const extractRuns: number[] = [];
  let graph: PlanGraph | undefined;
  let profile: ProfileSummary | undefined;
  for (let run = 0; run < input.runs; run++) {
    graph = undefined;
    collectGarbage();
    // Sampling every millisecond costs a few percent; only the first run is profiled.
    const session = input.profile && run === 0 ? await startProfiler() : null;
    let extractedAt = 0;
    const start = performance.now();
    const documents: PlanDocument[] = [];
    for (const path of paths) documents.push(parseDocument(await readFile(path, 'utf8'), path));
    const result = runPipeline(documents, lexicon, {
      skipLayout: true,
      onDocument: (_extraction, index, total) => {
        if (index === total - 1) extractedAt = performance.now();
      },
    });
    buildRuns.push(performance.now() - start);
    extractRuns.push(extractedAt - start);
    if (session) profile = await stopProfiler(session);
    if (buildRuns[run]! > 2000) input.log(`build run ${run + 1}: ${(buildRuns[run]! / 1000).toFixed(2)} s (extraction ${((extractedAt - start) / 1000).toFixed(2)} s), ${result.graph.order} nodes, ${result.graph.size} edges`);
    graph = result.graph;
    // A slow build is not noisy at the scale that matters; repeating it would only stretch the bench.
    if (sum(buildRuns) > REPEAT_BUDGET_MS) break;
  }
  const runs = buildRuns.length;
  const built = graph!;
  const peakRssBuildMb = peakRssMb();

  const peakRssStagesMb: Record<string, number> = {};
  const metricsRuns = Array.from({ length: runs }, () => timeMs(() => computeMetrics(built)));
  peakRssStagesMb['metrics'] = peakRssMb();
  // The repeated metrics runs leave garbage the CLI (one run) never makes.
  collectGarbage();

  // One layout run: deterministic, and at 1,000 documents long enough not to be noisy.
  let layout: ReturnType<typeof computeLayoutReport> | null = null;
  const layoutMs = input.layout ? timeMs(() => (layout = computeLayoutReport(built, resolveLayoutOptions({})))) : Number.NaN;
  const report = layout as ReturnType<typeof computeLayoutReport> | null;
  peakRssStagesMb['layout'] = peakRssMb();
  // The files below then carry positions, as the CLI's do.
  if (report) applyLayout(built, report.positions);
  if (report) input.log(`ForceAtlas2 (${report.mode}): ${(layoutMs / 1000).toFixed(2)} s, ${report.iterations} iterations${report.large ? `, ${report.large.simulatedNodes} nodes simulated, converged: ${report.large.converged}` : ''}`);

  // Written as the CLI writes them: streamed in chunks to a file, never held whole.
  const out = await mkdtemp(join(tmpdir(), 'plangraph-bench-out-'));
  const writeToFile = (name: string, write: (sink: ChunkSink) => void) => {
    const fd = openSync(join(out, name), 'w');
    try {
      write((chunk) => writeSync(fd, chunk, null, 'utf8'));
    } finally {
      closeSync(fd);
    }
  };
  const jsonRuns: number[] = [];
  const gexfRuns: number[] = [];
  // At least three of each, interleaved: one write is short, and the first pays for compiling the writer.
  for (let run = 0; run < Math.max(runs, WRITE_RUNS); run++) {
    jsonRuns.push(timeMs(() => writeToFile('graph.json', (sink) => writeJson(built, sink))));
    peakRssStagesMb['JSON write'] ??= peakRssMb();
    gexfRuns.push(timeMs(() => writeToFile('graph.gexf', (sink) => writeGexf(built, { description: built.getAttribute('name') }, sink))));
    peakRssStagesMb['GEXF write'] ??= peakRssMb();
  }
  const jsonBytes = statSync(join(out, 'graph.json')).size;
  const gexfBytes = statSync(join(out, 'graph.gexf')).size;
  await rm(out, { recursive: true, force: true });

  const entitiesByType: Record<string, number> = {};
  built.forEachNode((_node, a) => (entitiesByType[a.entityType] = (entitiesByType[a.entityType] ?? 0) + 1));
  const edgesByRelation: Record<string, number> = {};
  built.forEachEdge((_edge, a) => (edgesByRelation[a.relation] = (edgesByRelation[a.relation] ?? 0) + 1));

  return {
    label: input.label,
    documents: paths.length,
    bytes,
    words,
    runs,
    floorMs: median(floorRuns),
    buildMs: median(buildRuns),
    extractMs: median(extractRuns),
    annotateMs: median(annotateRuns),
    buildRunsMs: buildRuns,
    nodes: built.order,
    edges: built.size,
    entitiesByType,
    edgesByRelation,
    metricsMs: median(metricsRuns),
    layoutMs,
    layoutIterations: report?.iterations ?? 0,
    layoutMode: report?.mode ?? null,
    layoutSimulatedNodes: report?.large?.simulatedNodes ?? built.order,
    layoutConverged: report?.large?.converged ?? null,
    layoutLastPixels: report?.large?.displacementPixels.at(-1) ?? Number.NaN,
    jsonMs: median(jsonRuns),
    jsonBytes,
    gexfMs: median(gexfRuns),
    gexfBytes,
    peakRssBuildMb,
    peakRssStagesMb,
    peakRssMb: peakRssMb(),
    ...(profile ? { profile } : {}),
  };
}

// Run as a child process (one per corpus size, so memory peaks do not mix):
// node --expose-gc --import tsx bench/node-side.ts <label> <dir> <runs> <layout:0|1> <profile:0|1> <result.json>
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [label, dir, runs, layout, profile, resultPath] = process.argv.slice(2);
  if (!label || !dir || !runs || !layout || !profile || !resultPath) {
    console.error('usage: node-side.ts <label> <dir> <runs> <layout:0|1> <profile:0|1> <result.json>');
    process.exit(2);
  }
  const log = (line: string) => process.stderr.write(`[bench] node ${label}: ${line}\n`);
  const result = await measureNodeSide({ label, dir, runs: Number(runs), layout: layout === '1', profile: profile === '1', log });
  await writeFile(resultPath, JSON.stringify(result));
}
