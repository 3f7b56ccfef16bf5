import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PlangraphError, UsageError } from '../model/errors.js';
import type { CompareArgs } from './compare-command.js';
import { createTerminalProgress } from './build-progress.js';

const USAGE = `plangraph — turn development-plan documents into an explorable knowledge graph

Usage:
  plangraph build <files or folders…> --out <dir> [--lexicon <file>] [--csv] [--quiet]
  plangraph compare <plan-a.txt> <plan-b.txt> [--lexicon <file>] [--json]
  plangraph --help | --version

build   reads plan texts (UTF-8 .txt/.md, optional YAML front matter), extracts
        typed entities and relations with sentence evidence, lays the graph out
        and writes <dir>/graph.json and <dir>/graph.gexf (GEXF 1.3).
        --csv    also writes <dir>/nodes.csv and <dir>/relations.csv for
                 neo4j-admin database import (:ID/:LABEL, :START_ID/:END_ID/:TYPE).
        --quiet  prints only the summary line; no per-document lines, no progress.
        On a terminal, a build that runs longer than a second shows its stage
        (reading, extraction, layout, writing) on stderr.
compare prints, per entity type, the concepts two plans share and those only
        one of them names.`;

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Progress updates that may be overwritten in place (a TTY) or dropped; '' clears the line. */
  progress: (text: string) => void;
}

const DEFAULT_IO: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  progress: createTerminalProgress(process.stderr),
};

/**
 * The only place errors become text and exit codes: 0 success, 1 bad input
 * or failed build, 2 wrong usage. Unexpected errors keep their stack, since
 * they are bugs worth reporting.
 */
export async function main(argv: readonly string[], io: CliIo = DEFAULT_IO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      (command === undefined ? io.stderr : io.stdout)(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`plangraph ${readVersion()}`);
      return 0;
    }
    // The commands load the pipeline (graphology, the NLP model, the lexicon) only when they run,
    // so --help and --version start in a few tens of milliseconds.
    if (command === 'build') {
      const { runBuild } = await import('./build-command.js');
      return await runBuild(parseBuildArgs(rest), io);
    }
    if (command === 'compare') {
      const { runCompare } = await import('./compare-command.js');
      return await runCompare(parseCompareArgs(rest), io);
    }
    throw new UsageError('UNKNOWN_COMMAND', `unknown command "${command}"`, { hint: 'run plangraph --help' });
  } catch (error) {
    if (error instanceof PlangraphError) {
      io.stderr(`plangraph: error: ${error.format()}`);
      return error instanceof UsageError ? 2 : 1;
    }
    io.stderr(`plangraph: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 70;
  }
}

/** The installed package's own version: package.json sits two folders up from src/cli and lib/cli alike. */
function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

export interface BuildArgs {
  inputs: string[];
  out: string;
  lexicon: string | undefined;
  quiet: boolean;
  csv: boolean;
}

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  lexicon: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  csv: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

function parseCommandArgs(args: readonly string[], allowed: readonly (keyof typeof OPTIONS)[]) {
  const options = Object.fromEntries(allowed.map((name) => [name, OPTIONS[name]]));
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options }) as {
      values: { out?: string; lexicon?: string; quiet?: boolean; json?: boolean; csv?: boolean };
      positionals: string[];
    };
  } catch (error) {
    throw new UsageError('BAD_ARGUMENTS', (error as Error).message.split('\n')[0] ?? 'bad arguments', { hint: 'run plangraph --help' });
  }
}

function parseCompareArgs(args: readonly string[]): CompareArgs {
  const parsed = parseCommandArgs(args, ['lexicon', 'json']);
  if (parsed.positionals.length !== 2) {
    throw new UsageError('BAD_ARGUMENTS', `compare needs exactly two plan files, got ${parsed.positionals.length}`, { hint: 'e.g. plangraph compare a.txt b.txt' });
  }
  const [a, b] = parsed.positionals as [string, string];
  return { a, b, lexicon: parsed.values.lexicon, json: parsed.values.json ?? false };
}

function parseBuildArgs(args: readonly string[]): BuildArgs {
  const parsed = parseCommandArgs(args, ['out', 'lexicon', 'quiet', 'csv']);
  if (parsed.values.out === undefined || parsed.values.out === '') {
    throw new UsageError('MISSING_OUT', 'build needs --out <dir>', { hint: 'e.g. plangraph build data/plans --out out' });
  }
  if (parsed.positionals.length === 0) {
    throw new UsageError('NO_INPUT', 'build needs at least one file or folder', { hint: 'e.g. plangraph build data/plans --out out' });
  }
  return {
    inputs: parsed.positionals,
    out: parsed.values.out,
    lexicon: parsed.values.lexicon,
    quiet: parsed.values.quiet ?? false,
    csv: parsed.values.csv ?? false,
  };
}
