/**
 * The closed vocabularies of plangraph. Arrays are the source of truth; the
 * union types are derived from them so code and validation never drift apart.
 */
export const ENTITY_TYPES = [
  'Plan',
  'Place',
  'Region',
  'Organization',
  'Event',
  'Target',
  'KeyArea',
  'StrategicOpportunity',
  'PriorityTask',
  'Industry',
  'Initiative',
  'Group',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATIONS = [
  'hasTarget',
  'hasKeyArea',
  'hasStrategicOpportunity',
  'hasPriorityTask',
  'develops',
  'includes',
  'cooperatesWith',
  'partOf',
  'announcedBy',
  'announcedAt',
  'coversPlace',
  'relatedTo',
] as const;
export type Relation = (typeof RELATIONS)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelation(value: unknown): value is Relation {
  return typeof value === 'string' && (RELATIONS as readonly string[]).includes(value);
}

/** The languages a plan document can be read in; English is the default. */
export const DOCUMENT_LANGUAGES = ['en', 'zh'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];
