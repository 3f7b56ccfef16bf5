import { computePrecisionRecall, type Counts, type EntityScore, type PrecisionRecall, type PredictedEntity, type TypeScore } from './typed-f1.js';
import type { DeclaredCountCheck, CountedEntity, RelationRecall } from './relations.js';

/** One document's results, reduced to counts so documents can be summed. */
export interface DocumentScoreRow {
  document: string;
  entities: Counts;
  perType: Record<string, Counts>;
  /** Gold relations found / total, when relations were checked. */
  relations?: { found: number; total: number };
  /** Declared lists found / total, when counts were checked. */
  declaredCounts?: { found: number; total: number };
}

export interface ScoreSummary {
  rows: DocumentScoreRow[];
  micro: PrecisionRecall & Counts;
  microPerType: Record<string, TypeScore>;
  relations?: { found: number; total: number };
  declaredCounts?: { found: number; total: number };
}

/** One document's scores → the counts a summary adds up. */
export function toDocumentScoreRow(
  document: string,
  score: EntityScore<PredictedEntity>,
  relations?: RelationRecall,
  declaredCounts?: DeclaredCountCheck<CountedEntity>,
): DocumentScoreRow {
  const perType: Record<string, Counts> = {};
  for (const [type, { tp, fp, fn }] of Object.entries(score.perType)) perType[type] = { tp, fp, fn };
  const row: DocumentScoreRow = {
    document,
    entities: { tp: score.truePositives, fp: score.falsePositives.length, fn: score.falseNegatives.length },
    perType,
  };
  if (relations) row.relations = { found: relations.found.length, total: relations.found.length + relations.missing.length };
  if (declaredCounts) row.declaredCounts = { found: declaredCounts.found.length, total: declaredCounts.found.length + declaredCounts.missing.length };
  return row;
}

/** Micro-average: sum the counts over documents, then compute the ratios once. */
export function computeScoreSummary(rows: readonly DocumentScoreRow[]): ScoreSummary {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perType = new Map<string, Counts>();
  for (const row of rows) {
    addCounts(total, row.entities);
    for (const [type, counts] of Object.entries(row.perType)) {
      let sum = perType.get(type);
      if (!sum) perType.set(type, (sum = { tp: 0, fp: 0, fn: 0 }));
      addCounts(sum, counts);
    }
  }
  const microPerType: Record<string, TypeScore> = {};
  for (const type of [...perType.keys()].sort()) {
    const counts = perType.get(type) as Counts;
    microPerType[type] = { ...computePrecisionRecall(counts), ...counts };
  }
  const summary: ScoreSummary = { rows: [...rows], micro: { ...computePrecisionRecall(total), ...total }, microPerType };
  const relations = sumFractions(rows.map((row) => row.relations));
  if (relations) summary.relations = relations;
  const declaredCounts = sumFractions(rows.map((row) => row.declaredCounts));
  if (declaredCounts) summary.declaredCounts = declaredCounts;
  return summary;
}

/** Markdown: per-document typed P/R/F1 with a micro-average row, then the micro-average per entity type. */
export function toScoreMarkdown(summary: ScoreSummary): string {
  const withRelations = summary.relations !== undefined;
  const withCounts = summary.declaredCounts !== undefined;
  const header = ['Document', 'Gold', 'Predicted', 'TP', 'FP', 'FN', 'Precision', 'Recall', 'F1'];
  if (withRelations) header.push('Relations found');
  if (withCounts) header.push('Declared counts found');
  const lines = [tableRow(header), tableRow(header.map((_, index) => (index === 0 ? '---' : '---:')))];
  const documentCells = (name: string, counts: Counts, relations?: { found: number; total: number }, declared?: { found: number; total: number }): string[] => {
    const { precision, recall, f1 } = computePrecisionRecall(counts);
    const cells = [name, String(counts.tp + counts.fn), String(counts.tp + counts.fp), String(counts.tp), String(counts.fp), String(counts.fn), formatRatio(precision), formatRatio(recall), formatRatio(f1)];
    if (withRelations) cells.push(formatFraction(relations));
    if (withCounts) cells.push(formatFraction(declared));
    return cells;
  };
  for (const row of summary.rows) lines.push(tableRow(documentCells(row.document, row.entities, row.relations, row.declaredCounts)));
  lines.push(tableRow(documentCells('**micro-average**', summary.micro, summary.relations, summary.declaredCounts)));

  lines.push('', tableRow(['Entity type', 'TP', 'FP', 'FN', 'Precision', 'Recall', 'F1']), tableRow(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const [type, score] of Object.entries(summary.microPerType)) {
    lines.push(tableRow([type, String(score.tp), String(score.fp), String(score.fn), formatRatio(score.precision), formatRatio(score.recall), formatRatio(score.f1)]));
  }
  return `${lines.join('\n')}\n`;
}

function addCounts(into: Counts, counts: Counts): void {
  into.tp += counts.tp;
  into.fp += counts.fp;
  into.fn += counts.fn;
}

function sumFractions(values: readonly ({ found: number; total: number } | undefined)[]): { found: number; total: number } | undefined {
  const present = values.filter((value): value is { found: number; total: number } => value !== undefined);
  if (present.length === 0) return undefined;
  return present.reduce((sum, value) => ({ found: sum.found + value.found, total: sum.total + value.total }), { found: 0, total: 0 });
}

function formatRatio(value: number): string {
  return value.toFixed(3);
}

function formatFraction(value: { found: number; total: number } | undefined): string {
  return value === undefined ? '–' : `${value.found}/${value.total}`;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
}
