import type { Evidence } from '../../model/records.js';

/** Items that quote the same sentence of the same document. */
export interface SentenceGroup<T> {
  /** `document:sentence`. */
  key: string;
  /** The sentence, as the first item quotes it. */
  evidence: Evidence;
  items: T[];
}

export const sentenceKey = (evidence: Pick<Evidence, 'document' | 'sentence'>) => `${evidence.document}:${evidence.sentence}`;

/**
 * Groups items by the sentences they quote, in first-seen order. A plan's
 * list sentence ("eight major tasks: A, B, …") supports one relation per
 * item; quoted once, with its items under it, it reads as the plan wrote it.
 * An item quoting several sentences is in each of their groups.
 */
export function groupBySentence<T>(items: readonly T[], evidenceOf: (item: T) => readonly Evidence[]): SentenceGroup<T>[] {
  const groups = new Map<string, SentenceGroup<T>>();
  for (const item of items) {
    for (const evidence of evidenceOf(item)) {
      const key = sentenceKey(evidence);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, evidence, items: [] }));
      if (!group.items.includes(item)) group.items.push(item);
    }
  }
  return [...groups.values()];
}
