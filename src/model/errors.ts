/**
 * Every failure plangraph expects carries a stable `code` and, where it comes
 * from a file, a 1-based location. Only the CLI turns these into text + exit code.
 */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export class PlangraphError extends Error {
  readonly code: string;
  readonly location?: SourceLocation;
  readonly hint?: string;

  constructor(code: string, message: string, options: { location?: SourceLocation; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.location = options.location;
    this.hint = options.hint;
  }

  /** `file:line:column: message (hint)` — the one line the CLI prints. */
  format(): string {
    const where = this.location ? `${formatLocation(this.location)}: ` : '';
    const hint = this.hint ? ` — ${this.hint}` : '';
    return `${where}${this.message}${hint} [${this.code}]`;
  }
}

/** A document cannot be read or understood (encoding, binary content, empty). */
export class DocumentError extends PlangraphError {}
/** The lexicon is malformed or names something outside the vocabularies. */
export class LexiconError extends PlangraphError {}
/** A graph file (graph.json / GEXF) handed to a reader is malformed. */
export class GraphFileError extends PlangraphError {}
/** The command line is wrong: unknown flag, missing argument, bad path. */
export class UsageError extends PlangraphError {}
/** Output could not be written. */
export class OutputError extends PlangraphError {}

export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  return text;
}
