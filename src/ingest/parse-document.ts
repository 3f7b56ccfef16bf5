import { parseDocument as parseYaml, LineCounter, isMap } from 'yaml';
import { DocumentError } from '../model/errors.js';
import type { PlanDocument } from '../model/records.js';
import { readYamlValues } from './yaml-values.js';
import { detectLanguage, parseLanguageTag } from './language.js';

const FRONT_MATTER_FIELDS = ['title', 'place', 'date', 'source', 'language', 'lang'] as const;

/**
 * Text of a plan file → PlanDocument. Accepts optional YAML front matter
 * between `---` lines; strips a byte-order mark and normalises line endings so
 * offsets mean the same thing whatever editor saved the file.
 */
export function parseDocument(raw: string, path: string): PlanDocument {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const id = documentIdFromPath(path);
  const { meta, body, bodyLine } = splitFrontMatter(text, path);
  if (body.trim() === '') {
    throw new DocumentError('DOCUMENT_EMPTY', 'has no text to read', {
      location: { file: path, line: bodyLine },
      hint: 'add the plan text below the front matter',
    });
  }
  const title = meta.title ?? firstLine(body) ?? id;
  const tag = meta.language ?? meta.lang;
  const language = tag === undefined ? detectLanguage(body) : parseLanguageTag(tag);
  if (language === undefined) {
    throw new DocumentError('DOCUMENT_LANGUAGE', `front matter names language "${tag}", which plangraph does not read`, {
      location: { file: path, line: 2 },
      hint: 'use language: en or language: zh, or leave it out to detect the language from the text',
    });
  }
  const document: PlanDocument = { id, path, title, text: body, bodyLine, language };
  if (meta.place !== undefined) document.place = meta.place;
  if (meta.date !== undefined) document.date = meta.date;
  if (meta.source !== undefined) document.source = meta.source;
  return document;
}

/** `data/plans/Sichuan 15th FYP.txt` → `sichuan-15th-fyp`: stable, URL- and XML-id-safe. */
export function documentIdFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const stem = base.replace(/\.[^.]*$/, '');
  const slug = stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'document' : slug;
}

interface FrontMatter {
  meta: Partial<Record<(typeof FRONT_MATTER_FIELDS)[number], string>>;
  body: string;
  bodyLine: number;
}

function splitFrontMatter(text: string, path: string): FrontMatter {
  if (!text.startsWith('---\n')) return { meta: {}, body: text, bodyLine: 1 };
  const close = text.indexOf('\n---', 3);
  const closeEnd = close === -1 ? -1 : text.indexOf('\n', close + 4);
  if (close === -1 || (closeEnd !== -1 && text.slice(close + 4, closeEnd).trim() !== '')) {
    throw new DocumentError('DOCUMENT_FRONT_MATTER', 'front matter starts with --- but never closes', {
      location: { file: path, line: 1, column: 1 },
      hint: 'end the front matter with a line containing only ---',
    });
  }
  const yamlText = text.slice(4, close + 1);
  const lineCounter = new LineCounter();
  // logLevel 'error': problems become located DocumentErrors, not library warnings on stderr.
  const parsed = parseYaml(yamlText, { lineCounter, prettyErrors: false, logLevel: 'error' });
  const firstError = parsed.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    throw new DocumentError('DOCUMENT_FRONT_MATTER', `front matter is not valid YAML: ${firstError.message.split('\n')[0]}`, {
      location: { file: path, line: pos.line + 1, column: pos.col },
    });
  }
  const meta: FrontMatter['meta'] = {};
  if (parsed.contents !== null && !isMap(parsed.contents)) {
    throw new DocumentError('DOCUMENT_FRONT_MATTER', 'front matter must be a mapping of fields (title: …)', {
      location: { file: path, line: 2, column: 1 },
    });
  }
  const read = readYamlValues(parsed);
  if (!read.ok) {
    const pos = lineCounter.linePos(read.offset);
    throw new DocumentError('DOCUMENT_FRONT_MATTER', `front matter cannot be read: ${read.message}`, {
      location: { file: path, line: pos.line + 1, column: pos.col },
      hint: 'define each &anchor before its *alias, or write the value out',
    });
  }
  const values = (read.value ?? {}) as Record<string, unknown>;
  for (const field of FRONT_MATTER_FIELDS) {
    const value = values[field];
    if (value === undefined || value === null) continue;
    meta[field] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  }
  const bodyStart = closeEnd === -1 ? text.length : closeEnd + 1;
  const bodyLine = text.slice(0, bodyStart).split('\n').length;
  return { meta, body: text.slice(bodyStart), bodyLine };
}

function firstLine(body: string): string | undefined {
  const line = body.split('\n').find((l) => l.trim() !== '');
  return line?.trim().slice(0, 120);
}
