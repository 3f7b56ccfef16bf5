import type { Gold, GoldDeclaredCount, GoldEntity, GoldEntityRef, GoldRelation } from './gold.js';
import { goldLabelKeys, matchStrength, normaliseLabel, type PredictedEntity } from './typed-f1.js';

/** What the relation check needs from a predicted entity; EntityRecord fits. */
export interface KeyedEntity extends PredictedEntity {
  key: string;
}

/** What the relation check needs from a predicted relation; RelationRecord fits. */
export interface KeyedRelation {
  source: string;
  relation: string;
  target: string;
}

export interface RelationRecall {
  recall: number;
  found: GoldRelation[];
  missing: GoldRelation[];
}

/** Relations that hold both ways; a gold edge of this kind is found in either direction. */
const SYMMETRIC_RELATIONS: ReadonlySet<string> = new Set(['relatedTo']);

/**
 * Share of gold relations the prediction states. An endpoint is found when a
 * predicted entity of the same type carries the gold label or one of its
 * alternatives (the entity scorer's rule). Only recall is measured: gold
 * relations cover the structural facts, not every edge an extractor may add.
 */
export function scoreRelations(
  entities: readonly KeyedEntity[],
  relations: readonly KeyedRelation[],
  gold: Pick<Gold, 'entities' | 'relations'>,
): RelationRecall {
  const keysFor = (ref: GoldEntityRef): Set<string> => {
    const goldEntity: GoldEntity = gold.entities.find((entity) => entity.entityType === ref.entityType && entity.label === ref.label) ?? {
      ...ref,
      alternatives: [],
    };
    const labelKeys = goldLabelKeys(goldEntity);
    return new Set(entities.filter((entity) => matchStrength(entity, goldEntity, labelKeys) !== undefined).map((entity) => entity.key));
  };

  const found: GoldRelation[] = [];
  const missing: GoldRelation[] = [];
  for (const expected of gold.relations) {
    const sources = keysFor(expected.source);
    const targets = keysFor(expected.target);
    const symmetric = SYMMETRIC_RELATIONS.has(expected.relation);
    const stated = relations.some(
      (relation) =>
        relation.relation === expected.relation &&
        ((sources.has(relation.source) && targets.has(relation.target)) || (symmetric && sources.has(relation.target) && targets.has(relation.source))),
    );
    (stated ? found : missing).push(expected);
  }
  const total = gold.relations.length;
  return { recall: total === 0 ? 1 : found.length / total, found, missing };
}

/** What the declared-count check needs from a predicted entity; EntityRecord fits. */
export interface CountedEntity extends PredictedEntity {
  declaredCount?: number;
  namedCount?: number;
}

export interface DeclaredCountCheck<E extends CountedEntity> {
  found: { expected: GoldDeclaredCount; entity: E }[];
  missing: GoldDeclaredCount[];
}

/**
 * Each declared list ("nine key areas, eight named") must appear on some
 * predicted entity as declaredCount/namedCount. One entity answers for one
 * list; an entity whose type or label is the list's name is preferred, so two
 * lists with the same numbers need two entities.
 */
export function checkDeclaredCounts<E extends CountedEntity>(entities: readonly E[], declared: readonly GoldDeclaredCount[]): DeclaredCountCheck<E> {
  const used = new Set<number>();
  const found: DeclaredCountCheck<E>['found'] = [];
  const missing: GoldDeclaredCount[] = [];
  for (const expected of declared) {
    const listKey = normaliseLabel(expected.list);
    const candidates = entities
      .map((entity, index) => ({ entity, index }))
      .filter(({ entity, index }) => !used.has(index) && entity.declaredCount === expected.declared && entity.namedCount === expected.named);
    const named = (entity: E): boolean => entity.entityType === expected.list || normaliseLabel(entity.label) === listKey;
    const choice = candidates.find(({ entity }) => named(entity)) ?? candidates[0];
    if (choice === undefined) {
      missing.push(expected);
      continue;
    }
    used.add(choice.index);
    found.push({ expected, entity: choice.entity });
  }
  return { found, missing };
}
