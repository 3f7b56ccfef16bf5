import type { GoldEntity } from './gold.js';

/** What the scorer needs from a predicted entity; EntityRecord fits. */
export interface PredictedEntity {
  label: string;
  entityType: string;
  aliases?: readonly string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export type TypeScore = PrecisionRecall & Counts;

export interface EntityMatch<P extends PredictedEntity> {
  predicted: P;
  gold: GoldEntity;
}

export interface EntityScore<P extends PredictedEntity> extends PrecisionRecall {
  truePositives: number;
  matches: EntityMatch<P>[];
  /** Predicted entities no gold entity accounts for, in input order. */
  falsePositives: P[];
  /** Gold entities nothing predicted matches, in gold order. */
  falseNegatives: GoldEntity[];
  /** Keyed by entity type, in sorted order; only types present in either list. */
  perType: Record<string, TypeScore>;
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /["\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** A straight quote that is not an apostrophe inside a word ("people's" keeps it, "'20+8'" loses it). */
const QUOTE_NOT_APOSTROPHE = /(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/;
const TRAILING_PUNCTUATION = /[\s.,;:!?\u2026]+$/;

/**
 * The form two labels are compared in: NFKC, lower case, one dash and one
 * quote style, no surrounding quotes, no leading article, no trailing
 * punctuation, single spaces. Typographic variants of one name then compare
 * equal ("Chengdu–Chongqing" = "Chengdu-Chongqing", “AI+” = AI+).
 */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, ' ')
    .replace(QUOTE_NOT_APOSTROPHE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '')
    .replace(TRAILING_PUNCTUATION, '');
}

/** Normalised labels under which a gold entity counts as found. */
export function goldLabelKeys(gold: Pick<GoldEntity, 'label' | 'alternatives'>): Set<string> {
  return new Set([gold.label, ...gold.alternatives].map(normaliseLabel));
}

/**
 * How well a predicted entity names a gold one: 0 by its label against the
 * gold label, 1 by its label against an alternative, 2 through one of its
 * aliases, undefined when it does not match or the types differ.
 */
export function matchStrength(predicted: PredictedEntity, gold: GoldEntity, goldKeys: ReadonlySet<string> = goldLabelKeys(gold)): number | undefined {
  if (predicted.entityType !== gold.entityType) return undefined;
  const label = normaliseLabel(predicted.label);
  if (label === normaliseLabel(gold.label)) return 0;
  if (goldKeys.has(label)) return 1;
  for (const alias of predicted.aliases ?? []) {
    if (goldKeys.has(normaliseLabel(alias))) return 2;
  }
  return undefined;
}

/**
 * Typed precision / recall / F1 of predicted entities against gold. Matching
 * is one-to-one and maximal (augmenting paths), so a duplicate prediction
 * counts once as a hit and once as a false positive, and an entity matched
 * only through an alias never blocks a better match. Candidates are tried by
 * strength, then input order, so the result is deterministic.
 */
export function scoreEntities<P extends PredictedEntity>(predicted: readonly P[], gold: readonly GoldEntity[]): EntityScore<P> {
  const goldKeys = gold.map((entity) => goldLabelKeys(entity));
  const candidates = predicted.map((entity) =>
    gold
      .map((goldEntity, index) => ({ index, strength: matchStrength(entity, goldEntity, goldKeys[index]) }))
      .filter((candidate): candidate is { index: number; strength: number } => candidate.strength !== undefined)
      .sort((a, b) => a.strength - b.strength || a.index - b.index)
      .map((candidate) => candidate.index),
  );

  const goldOwner: (number | undefined)[] = gold.map(() => undefined);
  const tryAssign = (predictedIndex: number, visited: Set<number>): boolean => {
    for (const goldIndex of candidates[predictedIndex] ?? []) {
      if (visited.has(goldIndex)) continue;
      visited.add(goldIndex);
      const owner = goldOwner[goldIndex];
      if (owner === undefined || tryAssign(owner, visited)) {
        goldOwner[goldIndex] = predictedIndex;
        return true;
      }
    }
    return false;
  };
  predicted.forEach((_, index) => tryAssign(index, new Set()));

  const pairs = goldOwner
    .map((owner, goldIndex) => ({ owner, goldIndex }))
    .filter((pair): pair is { owner: number; goldIndex: number } => pair.owner !== undefined)
    .sort((a, b) => a.owner - b.owner);
  const matchedPredicted = new Set(pairs.map((pair) => pair.owner));
  const matches: EntityMatch<P>[] = pairs.map((pair) => ({ predicted: predicted[pair.owner] as P, gold: gold[pair.goldIndex] as GoldEntity }));

  const falsePositives = predicted.filter((_, index) => !matchedPredicted.has(index));
  const falseNegatives = gold.filter((_, index) => goldOwner[index] === undefined);

  const perTypeCounts = new Map<string, Counts>();
  const countsFor = (type: string): Counts => {
    let counts = perTypeCounts.get(type);
    if (!counts) perTypeCounts.set(type, (counts = { tp: 0, fp: 0, fn: 0 }));
    return counts;
  };
  for (const match of matches) countsFor(match.gold.entityType).tp += 1;
  for (const entity of falsePositives) countsFor(entity.entityType).fp += 1;
  for (const entity of falseNegatives) countsFor(entity.entityType).fn += 1;
  const perType: Record<string, TypeScore> = {};
  for (const type of [...perTypeCounts.keys()].sort()) {
    const counts = perTypeCounts.get(type) as Counts;
    perType[type] = { ...computePrecisionRecall(counts), ...counts };
  }

  return {
    ...computePrecisionRecall({ tp: matches.length, fp: falsePositives.length, fn: falseNegatives.length }),
    truePositives: matches.length,
    matches,
    falsePositives,
    falseNegatives,
    perType,
  };
}

/**
 * Precision and recall of raw counts. An empty denominator scores 1 (nothing
 * was claimed, so nothing was wrong; nothing was expected, so nothing was
 * missed); F1 is 0 when both are 0.
 */
export function computePrecisionRecall(counts: Counts): PrecisionRecall {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
