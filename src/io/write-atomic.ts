import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile, access, constants } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputError } from '../model/errors.js';

export interface OutputFile {
  name: string;
  /**
   * The text, or a writer that hands it over in chunks: each chunk goes to
   * the file as it comes, so a large output is never held as one string.
   */
  content: string | ((sink: (chunk: string) => void) => void);
}

/**
 * All files are written to temporary names first and only then renamed into
 * place, so a failure part-way (disk full, permission) leaves the previous
 * good outputs untouched rather than a new graph.json beside an old GEXF.
 */
export async function writeOutputsAtomically(directory: string, files: readonly OutputFile[]): Promise<string[]> {
  try {
    await mkdir(directory, { recursive: true });
    await access(directory, constants.W_OK);
  } catch (error) {
    throw new OutputError('OUTPUT_NOT_WRITABLE', `cannot write to output folder (${describe(error)})`, {
      location: { file: directory },
      hint: 'choose another --out folder or fix its permissions',
      cause: error,
    });
  }
  const suffix = `.${process.pid}.tmp`;
  const temporary = files.map((file) => join(directory, `.${file.name}${suffix}`));
  try {
    for (const [index, file] of files.entries()) await writeOne(temporary[index]!, file.content);
  } catch (error) {
    await removeAll(temporary);
    // An error of the writer itself (not of the file system) is the caller's to report.
    if (!isSystemError(error)) throw error;
    throw new OutputError('OUTPUT_WRITE_FAILED', `could not write outputs (${describe(error)}); previous outputs kept`, {
      location: { file: directory },
      cause: error,
    });
  }
  const finalPaths = files.map((file) => join(directory, file.name));
  // A rename onto a folder fails only after earlier files were replaced, so every target is checked first.
  const blocked = await firstNonFile(finalPaths);
  if (blocked !== undefined) {
    await removeAll(temporary);
    throw new OutputError('OUTPUT_NOT_WRITABLE', 'is in the way of an output file (it is not a regular file); previous outputs kept', {
      location: { file: blocked },
      hint: 'remove or rename it, or choose another --out folder',
    });
  }
  const written: string[] = [];
  for (const [index, finalPath] of finalPaths.entries()) {
    try {
      await rename(temporary[index]!, finalPath);
    } catch (error) {
      await removeAll(temporary.slice(index));
      const replaced = written.length === 0 ? 'no output was replaced' : `only ${written.join(', ')} was replaced`;
      throw new OutputError('OUTPUT_WRITE_FAILED', `could not move the new output into place (${describe(error)}); ${replaced}`, {
        location: { file: finalPath },
        hint: 'fix the problem and build again',
        cause: error,
      });
    }
    written.push(finalPath);
  }
  return written;
}

async function writeOne(path: string, content: OutputFile['content']): Promise<void> {
  if (typeof content === 'string') return writeFile(path, content, 'utf8');
  const fd = openSync(path, 'w');
  try {
    content((chunk) => writeSync(fd, chunk, null, 'utf8'));
  } finally {
    closeSync(fd);
  }
}

function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

async function firstNonFile(paths: readonly string[]): Promise<string | undefined> {
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info !== undefined && !info.isFile()) return path;
  }
  return undefined;
}

async function removeAll(paths: readonly string[]): Promise<void> {
  // Best effort: the original error is what the user needs to see.
  await Promise.all(paths.map((path) => rm(path, { force: true }).catch(() => {})));
}

function describe(error: unknown): string {
  return error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
}
