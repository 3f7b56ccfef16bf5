import type { TaggedToken } from '../../annotate/tagged-token.js';
import type { EntityType, Relation } from '../../model/vocabulary.js';
import { spanOf, wordCount, type TokenRange } from '../chunks/chunks.js';
import { addName, namesIn, type ExtractContext, type SentenceView } from './context.js';
import { evidenceAt } from './evidence.js';

export const PLAN_RELATION: Partial<Record<EntityType, Relation>> = {
  PriorityTask: 'hasPriorityTask',
  KeyArea: 'hasKeyArea',
  StrategicOpportunity: 'hasStrategicOpportunity',
  Industry: 'develops',
  Initiative: 'develops',
  Target: 'hasTarget',
};

const MAX_PHRASE_WORDS = 24;

/** The sentence already has a mention over this span: an earlier reader typed it. */
export function spanTaken(context: ExtractContext, view: SentenceView, start: number, end: number, blocking: (entityType: EntityType) => boolean = (type) => !NAMES.has(type)): boolean {
  // A named measure inside a task ("carrying out the coastal revival strategy") is its object, not a rival reading.
  const blocks = (entityType: EntityType, mentionStart: number): boolean => blocking(entityType) && !(entityType === 'Initiative' && mentionStart > start);
  if (namesIn(context, view.sentence.index).some((name) => name.start < end && start < name.end && blocks(name.entityType, name.start))) return true;
  // A concept an earlier reader typed inside the span ("develop new pillar industries, including …"): the span leads that list.
  const from = view.sentence.start + start;
  const to = view.sentence.start + end;
  return context.store.mentionsInSentence(view.sentence.index).some((m) => blocks(m.entityType, m.start - view.sentence.start) && m.start < to && from < m.end);
}

/** What a concept phrase may not overlap: any concept already read, but for the task it stands in. */
export const CONCEPT_BLOCKERS = (entityType: EntityType): boolean => entityType !== 'PriorityTask' && !NAMES.has(entityType);

/** Names may stand inside a phrase item ("promote trade along the Pearl River"). */
const NAMES: ReadonlySet<EntityType> = new Set<EntityType>(['Place', 'Region', 'Organization', 'Plan', 'Event']);

/**
 * Adds one phrase item read by a chunk reader: the entity with its evidence,
 * the plan's relation to it, and its membership of a group. Returns the key,
 * or undefined when the phrase is too short, too long or already read.
 */
export function addPhraseItem(
  context: ExtractContext,
  view: SentenceView,
  tokens: readonly TaggedToken[],
  range: TokenRange,
  entityType: EntityType,
  groupKey?: string,
  label?: string,
  blocking?: (entityType: EntityType) => boolean,
  aliases?: readonly string[],
): string | undefined {
  const words = wordCount(tokens, range);
  if (words === 0 || words > MAX_PHRASE_WORDS) return undefined;
  if (words === 1 && (entityType === 'PriorityTask' || entityType === 'KeyArea') && label === undefined) return undefined;
  const [start, end] = spanOf(tokens, range);
  if (spanTaken(context, view, start, end, blocking)) return undefined;
  const text = label ?? view.sentence.text.slice(start, end);
  const evidence = evidenceAt(context.document, view.sentence, start, end);
  const key = context.store.addEntity({ entityType, label: text, evidence, ...(aliases?.length ? { aliases: [...aliases] } : {}) });
  addName(context, view.sentence.index, { key, entityType, start, end });
  const relation = PLAN_RELATION[entityType];
  if (relation) context.store.addRelation(context.plan.key, relation, key, evidence);
  if (groupKey) context.store.addRelation(groupKey, 'includes', key, evidence);
  return key;
}
