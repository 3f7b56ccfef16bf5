import { mkdir, rename, rm, writeFile, access, constants } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputError } from '../model/errors.js';

export interface OutputFile {
  name: string;
  content: string;
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
    for (const [index, file] of files.entries()) await writeFile(temporary[index]!, file.content, 'utf8');
  } catch (error) {
    // Best effort: the original error is what the user needs to see.
    await Promise.all(temporary.map((path) => rm(path, { force: true }).catch(() => {})));
    throw new OutputError('OUTPUT_WRITE_FAILED', `could not write outputs (${describe(error)}); previous outputs kept`, {
      location: { file: directory },
      cause: error,
    });
  }
  const written: string[] = [];
  for (const [index, file] of files.entries()) {
    const finalPath = join(directory, file.name);
    await rename(temporary[index]!, finalPath);
    written.push(finalPath);
  }
  return written;
}

function describe(error: unknown): string {
  return error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
}
