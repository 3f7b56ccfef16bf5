import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../src/extract/extract-document.js';
import { parseLexicon, type Lexicon } from '../../src/extract/core/lexicon.js';
import type { ExtractOptions } from '../../src/extract/core/options.js';
import type { EntityRecord, Extraction, PlanDocument } from '../../src/model/records.js';
import type { EntityType } from '../../src/model/vocabulary.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readRepoFile(path: string): string {
  return readFileSync(`${ROOT}${path}`, 'utf8');
}

let cached: Lexicon | undefined;
/** The shipped lexicon, parsed once. */
export function shippedLexicon(): Lexicon {
  cached ??= parseLexicon(readRepoFile('data/lexicon.yaml'), 'data/lexicon.yaml').lexicon;
  return cached;
}

export function planDocument(text: string, overrides: Partial<PlanDocument> = {}): PlanDocument {
  return { id: 'test-plan', path: 'plans/test-plan.txt', title: 'Test plan', text, bodyLine: 1, ...overrides };
}

export function extractText(text: string, overrides: Partial<PlanDocument> = {}, options: Partial<ExtractOptions> = {}): Extraction {
  return extractDocument(planDocument(text, overrides), shippedLexicon(), options);
}

export function labelsOf(extraction: Extraction, entityType: EntityType): string[] {
  return extraction.entities.filter((entity) => entity.entityType === entityType).map((entity) => entity.label);
}

export function entityByLabel(extraction: Extraction, entityType: EntityType, label: string): EntityRecord | undefined {
  return extraction.entities.find((entity) => entity.entityType === entityType && entity.label === label);
}

/** Relations as "source -relation-> target" strings over labels, deduplicated, in order. */
export function relationLines(extraction: Extraction, relation?: string): string[] {
  const labelOf = new Map(extraction.entities.map((entity) => [entity.key, entity.label]));
  const lines = extraction.relations
    .filter((r) => relation === undefined || r.relation === relation)
    .map((r) => `${labelOf.get(r.source) ?? r.source} -${r.relation}-> ${labelOf.get(r.target) ?? r.target}`);
  return [...new Set(lines)];
}
