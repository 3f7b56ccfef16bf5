import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { UsageError } from '../model/errors.js';
import type { PlanDocument } from '../model/records.js';
import { decodeUtf8 } from '../ingest/decode-text.js';
import { parseDocument } from '../ingest/parse-document.js';
import { compareStrings } from '../graph/merge-records.js';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.text'] as const;

/** Files and folders → the plan documents they hold (folders are searched recursively for text files). */
export async function listDocumentPaths(inputs: readonly string[]): Promise<string[]> {
  if (inputs.length === 0) {
    throw new UsageError('NO_INPUT', 'no documents given', { hint: 'usage: plangraph build <files or folders…> --out <dir>' });
  }
  const paths: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new UsageError('PATH_NOT_FOUND', 'no such file or folder', { location: { file: input }, hint: 'check the path' });
    }
    if (info.isDirectory()) {
      const found = await findTextFiles(input);
      if (found.length === 0) {
        throw new UsageError('NO_DOCUMENTS', `folder holds no plan documents (${DOCUMENT_EXTENSIONS.join(', ')})`, {
          location: { file: input },
          hint: 'put plan texts as .txt files in it',
        });
      }
      paths.push(...found);
    } else {
      paths.push(input);
    }
  }
  return [...new Set(paths)];
}

export async function readDocument(path: string): Promise<PlanDocument> {
  const bytes = await readFile(path);
  return parseDocument(decodeUtf8(bytes, path), path);
}

async function findTextFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(folder, path).split(/[\\/]/).some((part) => part.startsWith('.')))
    .sort(compareStrings);
}
