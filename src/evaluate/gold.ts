import { PlangraphError } from '../model/errors.js';
import { isEntityType, isRelation, type EntityType, type Relation } from '../model/vocabulary.js';

/** One entity a careful reader lists for a document, with the labels that count as the same entity. */
export interface GoldEntity {
  label: string;
  entityType: EntityType;
  alternatives: string[];
}

export interface GoldEntityRef {
  label: string;
  entityType: EntityType;
}

export interface GoldRelation {
  source: GoldEntityRef;
  relation: Relation;
  target: GoldEntityRef;
}

/** A list the document announces with a number ("nine key areas") and how many of its items it names. */
export interface GoldDeclaredCount {
  list: string;
  declared: number;
  named: number;
}

export interface Gold {
  document: string;
  notes: string[];
  entities: GoldEntity[];
  declaredCounts: GoldDeclaredCount[];
  relations: GoldRelation[];
}

/** A gold fixture that does not have the expected shape. */
export class GoldFileError extends PlangraphError {}

/**
 * JSON text of a gold fixture → Gold. Pure; `file` only names the source in
 * errors. Every problem is reported with the JSON path of the offending value
 * so a fixture can be fixed without guessing.
 */
export function parseGold(text: string, file: string): Gold {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new GoldFileError('GOLD_JSON', `is not valid JSON: ${message}`, {
      location: { file, ...jsonErrorPosition(text, message) },
      cause,
    });
  }
  const fail = (path: string, problem: string): never => {
    throw new GoldFileError('GOLD_SHAPE', `${path} ${problem}`, {
      location: { file },
      hint: 'see tests/fixtures/gold/chongqing-15th-five-year-plan.json for the expected shape',
    });
  };
  const root = asRecord(raw) ?? fail('(root)', 'must be an object');
  const document = asNonEmptyString(root.document) ?? fail('document', 'must be a non-empty string (the document id)');

  const notes = parseNotes(root.notes, fail);

  const entityList = Array.isArray(root.entities) ? root.entities : fail('entities', 'must be an array');
  const entities = entityList.map((value, index) => parseEntity(value, `entities[${index}]`, fail));
  const seen = new Map<string, number>();
  entities.forEach((entity, index) => {
    const key = `${entity.entityType}\u0000${entity.label}`;
    const first = seen.get(key);
    if (first !== undefined) fail(`entities[${index}]`, `repeats entities[${first}] (${entity.entityType} "${entity.label}")`);
    seen.set(key, index);
  });

  const countList = root.declaredCounts === undefined ? [] : Array.isArray(root.declaredCounts) ? root.declaredCounts : fail('declaredCounts', 'must be an array');
  const declaredCounts = countList.map((value, index) => {
    const path = `declaredCounts[${index}]`;
    const record = asRecord(value) ?? fail(path, 'must be an object');
    const list = asNonEmptyString(record.list) ?? fail(`${path}.list`, 'must be a non-empty string');
    const declared = asCount(record.declared) ?? fail(`${path}.declared`, 'must be a non-negative integer');
    const named = asCount(record.named) ?? fail(`${path}.named`, 'must be a non-negative integer');
    if (named > declared) fail(path, `names ${named} items but declares only ${declared}`);
    return { list, declared, named };
  });

  const relationList = root.relations === undefined ? [] : Array.isArray(root.relations) ? root.relations : fail('relations', 'must be an array');
  const relations = relationList.map((value, index) => {
    const path = `relations[${index}]`;
    const record = asRecord(value) ?? fail(path, 'must be an object');
    const relation = isRelation(record.relation) ? record.relation : fail(`${path}.relation`, `must be one of the relation vocabulary, got ${JSON.stringify(record.relation)}`);
    const source = parseRef(record.source, `${path}.source`, fail);
    const target = parseRef(record.target, `${path}.target`, fail);
    for (const [end, ref] of [['source', source], ['target', target]] as const) {
      if (!seen.has(`${ref.entityType}\u0000${ref.label}`)) fail(`${path}.${end}`, `names ${ref.entityType} "${ref.label}", which is not in entities`);
    }
    return { source, relation, target };
  });

  return { document, notes, entities, declaredCounts, relations };
}

type Fail = (path: string, problem: string) => never;

function parseEntity(value: unknown, path: string, fail: Fail): GoldEntity {
  const record = asRecord(value) ?? fail(path, 'must be an object');
  const label = asNonEmptyString(record.label) ?? fail(`${path}.label`, 'must be a non-empty string');
  const entityType = isEntityType(record.entityType) ? record.entityType : fail(`${path}.entityType`, `must be one of the entity vocabulary, got ${JSON.stringify(record.entityType)}`);
  const alternatives = record.alternatives === undefined ? [] : Array.isArray(record.alternatives) ? record.alternatives : fail(`${path}.alternatives`, 'must be an array of strings');
  return {
    label,
    entityType,
    alternatives: alternatives.map((alt, index) => asNonEmptyString(alt) ?? fail(`${path}.alternatives[${index}]`, 'must be a non-empty string')),
  };
}

function parseRef(value: unknown, path: string, fail: Fail): GoldEntityRef {
  const record = asRecord(value) ?? fail(path, 'must be an object with label and entityType');
  const label = asNonEmptyString(record.label) ?? fail(`${path}.label`, 'must be a non-empty string');
  const entityType = isEntityType(record.entityType) ? record.entityType : fail(`${path}.entityType`, `must be one of the entity vocabulary, got ${JSON.stringify(record.entityType)}`);
  return { label, entityType };
}

function parseNotes(value: unknown, fail: Fail): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((note) => typeof note === 'string')) return value as string[];
  return fail('notes', 'must be a string or an array of strings');
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asNonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function asCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** JSON.parse reports a character position; turn it into a 1-based line and column when it does. */
function jsonErrorPosition(text: string, message: string): { line?: number; column?: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
