import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGold, type Gold, type GoldDeclaredCount, type GoldEntity, type GoldRelation } from '../../src/evaluate/gold.js';
import { checkDeclaredCounts, scoreRelations, type DeclaredCountCheck, type RelationRecall } from '../../src/evaluate/relations.js';
import { toDocumentScoreRow, type DocumentScoreRow } from '../../src/evaluate/report.js';
import { scoreEntities, type EntityScore } from '../../src/evaluate/typed-f1.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { parseLexicon } from '../../src/extract/core/lexicon.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import type { EntityRecord, Extraction, PlanDocument } from '../../src/model/records.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GOLD_DIR = 'tests/fixtures/gold';
/** Where a gold fixture's document is looked for, in order. */
const DOCUMENT_DIRS = ['data/plans', 'tests/fixtures/documents'];
const LEXICON_PATH = 'data/lexicon.yaml';

export interface GoldCase {
  gold: Gold;
  goldPath: string;
  document: PlanDocument;
}

/**
 * Every gold fixture with its parsed document, sorted by document id. Paths
 * are relative to the repository root; by default the shipped gold set.
 */
export function loadGoldCases(goldDir: string = GOLD_DIR, documentDirs: readonly string[] = DOCUMENT_DIRS): GoldCase[] {
  return readdirSync(`${ROOT}${goldDir}`)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const goldPath = `${goldDir}/${name}`;
      const gold = parseGold(readFileSync(`${ROOT}${goldPath}`, 'utf8'), goldPath);
      const documentPath = documentDirs.map((dir) => `${dir}/${gold.document}.txt`).find((path) => existsSync(`${ROOT}${path}`));
      if (documentPath === undefined) throw new Error(`${goldPath}: no document ${gold.document}.txt in ${documentDirs.join(' or ')}`);
      return { gold, goldPath, document: parseDocument(readFileSync(`${ROOT}${documentPath}`, 'utf8'), documentPath) };
    });
}

export type ExtractFunction = (document: PlanDocument) => Extraction;

/** The extractor with the lexicon plangraph ships, as the pipeline runs it. */
export function createExtractor(): ExtractFunction {
  const { lexicon } = parseLexicon(readFileSync(`${ROOT}${LEXICON_PATH}`, 'utf8'), LEXICON_PATH);
  return (document) => extractDocument(document, lexicon);
}

export interface CaseResult {
  extraction: Extraction;
  entities: EntityScore<EntityRecord>;
  relations: RelationRecall;
  declaredCounts: DeclaredCountCheck<EntityRecord>;
  row: DocumentScoreRow;
}

export function evaluateCase(goldCase: GoldCase, extraction: Extraction): CaseResult {
  const entities = scoreEntities(extraction.entities, goldCase.gold.entities);
  const relations = scoreRelations(extraction.entities, extraction.relations, goldCase.gold);
  const declaredCounts = checkDeclaredCounts(extraction.entities, goldCase.gold.declaredCounts);
  return { extraction, entities, relations, declaredCounts, row: toDocumentScoreRow(goldCase.gold.document, entities, relations, declaredCounts) };
}

/** The lines a reader needs when a threshold fails: what was extracted wrongly and what was missed. */
export function describeEntityErrors(goldCase: GoldCase, score: EntityScore<EntityRecord>): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `${goldCase.gold.document}: precision ${percent(score.precision)}, recall ${percent(score.recall)}, F1 ${percent(score.f1)} (${goldCase.goldPath})`,
    `false positives (${score.falsePositives.length}):`,
    ...score.falsePositives.map((entity) => `  + ${entity.entityType} "${entity.label}"${firstMention(goldCase.document, entity)}`),
    `false negatives (${score.falseNegatives.length}):`,
    ...score.falseNegatives.map((entity) => `  - ${describeGold(entity)}`),
  ];
  return lines.join('\n');
}

export function describeMissingRelations(goldCase: GoldCase, missing: readonly GoldRelation[]): string {
  return [
    `${goldCase.gold.document}: ${missing.length} gold relation(s) not stated (${goldCase.goldPath}):`,
    ...missing.map((relation) => `  - ${relation.source.entityType} "${relation.source.label}" --${relation.relation}--> ${relation.target.entityType} "${relation.target.label}"`),
  ].join('\n');
}

export function describeMissingCounts(goldCase: GoldCase, missing: readonly GoldDeclaredCount[], entities: readonly EntityRecord[]): string {
  const counted = entities.filter((entity) => entity.declaredCount !== undefined || entity.namedCount !== undefined);
  return [
    `${goldCase.gold.document}: declared lists without a matching declaredCount/namedCount (${goldCase.goldPath}):`,
    ...missing.map((count) => `  - ${count.list}: declared ${count.declared}, named ${count.named}`),
    'entities that carry counts:',
    ...(counted.length === 0 ? ['  (none)'] : counted.map((entity) => `  ${entity.entityType} "${entity.label}": declared ${entity.declaredCount ?? '?'}, named ${entity.namedCount ?? '?'}`)),
  ].join('\n');
}

function describeGold(entity: GoldEntity): string {
  const alternatives = entity.alternatives.length === 0 ? '' : ` (or ${entity.alternatives.map((alt) => `"${alt}"`).join(', ')})`;
  return `${entity.entityType} "${entity.label}"${alternatives}`;
}

function firstMention(document: PlanDocument, entity: EntityRecord): string {
  const mention = entity.mentions[0];
  if (!mention) return '';
  const context = mention.text.length > 110 ? `${mention.text.slice(0, 107)}...` : mention.text;
  return `  ← sentence ${mention.sentence} of ${document.id}: "${context}"`;
}
