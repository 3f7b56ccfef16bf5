import { listDocumentPaths, readDocument } from '../io/read-documents.js';
import { readLexicon } from '../io/read-lexicon.js';
import { writeOutputsAtomically, type OutputFile } from '../io/write-atomic.js';
import { runPipeline, type PipelineStage } from '../pipeline.js';
import { writeJson } from '../export/to-json.js';
import { writeGexf } from '../export/to-gexf.js';
import type { ChunkSink } from '../export/output-chunks.js';
import { toCsv, type CsvFiles } from '../export/to-csv.js';
import type { Diagnostic, PlanDocument } from '../model/records.js';
import { OutputError } from '../model/errors.js';
import type { BuildArgs, CliIo } from './main.js';
import { createBuildProgress, type BuildProgress, type BuildProgressOptions } from './build-progress.js';

export async function runBuild(args: BuildArgs, io: CliIo, progressOptions: Partial<BuildProgressOptions> = {}): Promise<number> {
  const progress = createBuildProgress(args.quiet ? () => {} : io.progress, progressOptions);
  try {
    return await build(args, io, progress);
  } finally {
    progress.finish();
  }
}

async function build(args: BuildArgs, io: CliIo, progress: BuildProgress): Promise<number> {
  const { lexicon, diagnostics: lexiconDiagnostics } = await readLexicon(args.lexicon);
  const paths = await listDocumentPaths(args.inputs);
  const documents: PlanDocument[] = [];
  for (const [index, path] of paths.entries()) {
    progress.report(`reading documents [${index + 1}/${paths.length}] ${path}`);
    documents.push(await readDocument(path));
  }

  const { graph, diagnostics } = runPipeline(documents, lexicon, {
    name: documents.length === 1 ? documents[0]!.title : `${documents.length} plans`,
    onDocument: (extraction, index, total) => {
      const warnings = extraction.diagnostics.filter((d) => d.severity === 'warning').length;
      if (!args.quiet) {
        const line = `${extraction.document.id}: ${extraction.entities.length} entities, ${extraction.relations.length} relations, ${warnings} warnings`;
        progress.above(() => io.stdout(line));
      }
      progress.report(`extraction [${index + 1}/${total}] ${extraction.document.id}`);
    },
    onStage: (stage, size) => progress.report(`${STAGE_NAMES[stage]} (${size.entities} entities, ${size.relations} relations)`),
  });
  for (const diagnostic of [...lexiconDiagnostics, ...diagnostics]) progress.above(() => io.stderr(formatDiagnostic(diagnostic)));

  // graph.json and graph.gexf are streamed to their files, one at a time, never held whole.
  const outputs: [string, (sink: ChunkSink) => void][] = [
    ['graph.json', (sink) => writeJson(graph, sink)],
    ['graph.gexf', (sink) => writeGexf(graph, { description: graph.getAttribute('name') }, sink)],
  ];
  if (args.csv) {
    let csv: CsvFiles | undefined;
    const csvFiles = () => (csv ??= toCsv(graph));
    outputs.push(['nodes.csv', (sink) => sink(csvFiles().nodes)], ['relations.csv', (sink) => sink(csvFiles().relations)]);
  }
  const files: OutputFile[] = outputs.map(([name, write]) => ({
    name,
    content: (sink) => {
      progress.report(`writing ${name} to ${args.out}`);
      serialise(name, args.out, () => write(sink));
    },
  }));
  const written = await writeOutputsAtomically(args.out, files);
  progress.finish();
  const warningCount = lexiconDiagnostics.length + diagnostics.length;
  io.stdout(
    `built ${documents.length} document${documents.length === 1 ? '' : 's'}: ${graph.order} entities, ${graph.size} relations, ${warningCount} warnings → ${written.join(', ')}`,
  );
  return 0;
}

const STAGE_NAMES: Record<PipelineStage, string> = {
  graph: 'building the graph',
  metrics: 'computing metrics',
  layout: 'layout',
};

/**
 * Every mention carries its sentence, so outputs grow to about 14× the input;
 * the streamed ones no longer need one string, but the CSV files still do,
 * and past a few hundred MB a JavaScript string cannot hold them. Say so
 * plainly instead of failing with an engine error.
 */
function serialise(name: string, out: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new OutputError('OUTPUT_TOO_LARGE', `${name} would exceed the largest string this runtime can build (${error.message})`, {
        location: { file: out },
        hint: 'build fewer or smaller documents at a time; previous outputs kept',
        cause: error,
      });
    }
    throw error;
  }
}

function formatDiagnostic(d: Diagnostic): string {
  return `plangraph: ${d.severity}: ${d.file}:${d.line}:${d.column}: ${d.message} [${d.code}]`;
}
