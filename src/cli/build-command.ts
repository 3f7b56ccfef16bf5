import { listDocumentPaths, readDocument } from '../io/read-documents.js';
import { readLexicon } from '../io/read-lexicon.js';
import { writeOutputsAtomically } from '../io/write-atomic.js';
import { runPipeline } from '../pipeline.js';
import { toJson } from '../export/to-json.js';
import { toGexf } from '../export/to-gexf.js';
import type { Diagnostic, PlanDocument } from '../model/records.js';
import { OutputError } from '../model/errors.js';
import type { BuildArgs, CliIo } from './main.js';

/** Show a progress line once a build has enough documents for it to take noticeable time. */
const PROGRESS_THRESHOLD = 20;

export async function runBuild(args: BuildArgs, io: CliIo): Promise<number> {
  const { lexicon, diagnostics: lexiconDiagnostics } = await readLexicon(args.lexicon);
  const paths = await listDocumentPaths(args.inputs);
  const documents: PlanDocument[] = [];
  for (const path of paths) documents.push(await readDocument(path));

  const { graph, diagnostics } = runPipeline(documents, lexicon, {
    name: documents.length === 1 ? documents[0]!.title : `${documents.length} plans`,
    onDocument: (extraction, index, total) => {
      const warnings = extraction.diagnostics.filter((d) => d.severity === 'warning').length;
      if (!args.quiet) {
        io.stdout(`${extraction.document.id}: ${extraction.entities.length} entities, ${extraction.relations.length} relations, ${warnings} warnings`);
      }
      if (total >= PROGRESS_THRESHOLD) io.progress(`[${index + 1}/${total}] ${extraction.document.id}`);
    },
  });
  if (documents.length >= PROGRESS_THRESHOLD) io.progress('');

  for (const diagnostic of [...lexiconDiagnostics, ...diagnostics]) io.stderr(formatDiagnostic(diagnostic));

  const written = await writeOutputsAtomically(args.out, [
    { name: 'graph.json', content: serialise('graph.json', args.out, () => toJson(graph)) },
    { name: 'graph.gexf', content: serialise('graph.gexf', args.out, () => toGexf(graph, { description: graph.getAttribute('name') })) },
  ]);
  const warningCount = lexiconDiagnostics.length + diagnostics.length;
  io.stdout(
    `built ${documents.length} document${documents.length === 1 ? '' : 's'}: ${graph.order} entities, ${graph.size} relations, ${warningCount} warnings → ${written.join(', ')}`,
  );
  return 0;
}

/**
 * Every mention carries its sentence, so outputs grow to about 14× the input;
 * past a few hundred MB a JavaScript string cannot hold them. Say so plainly
 * instead of failing with an engine error.
 */
function serialise(name: string, out: string, write: () => string): string {
  try {
    return write();
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
