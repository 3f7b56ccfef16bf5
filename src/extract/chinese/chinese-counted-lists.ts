import type { ExtractContext } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import type { EntityType, Relation } from '../../model/vocabulary.js';
import { chineseSentences, NUMERAL_CLASS, parseChineseNumber, splitClauses, splitEnumeration, taskVerbEnd, wordBoundaries, type ChineseSentence, type Clause } from './chinese-text.js';

/**
 * A quoted count whose head its items share: “六个<H>” with "建设甲<H>、乙<H>…",
 * or "推进甲<H>、乙<H>…" then 这“八个<H>”. The count is a Group with its declared
 * count; each item ending in the head is a member, typed by the head (an
 * industry head makes Industries, anything else positioning goals: KeyArea).
 * The list is looked for in the sentence of the count and the one on either side.
 */
export function extractChineseCountedLists(context: ExtractContext): void {
  const sentences = chineseSentences(context);
  const { quotedCount } = patterns(context.lexicon);
  for (const [index, sentence] of sentences.entries()) {
    for (const match of sentence.text.matchAll(quotedCount)) {
      const count = parseChineseNumber(match[1]!, context.lexicon);
      const head = match[3]!;
      if (count === undefined || count < 2) continue;
      const list = [sentence, sentences[index - 1], sentences[index + 1]]
        .filter((s): s is ChineseSentence => s !== undefined)
        .map((s) => ({ sentence: s, items: sharedHeadList(context, s, head) }))
        .find((found) => found.items.length >= 2 && Math.abs(found.items.length - count) <= 1);
      if (!list) continue;
      addCountedList(context, sentence, match.index + 1, match.index + match[0].length - 1, count, head, list.sentence, list.items);
    }
  }
}

const patterns = perLexicon((lexicon: Lexicon) => {
  const classifiers = lexicon.zhClassifiers.filter((c) => c.length === 1).join('');
  return {
    // “六个龙江”, “八个振兴”, “三大高地”: a numeral, a classifier, a head of two to four characters.
    quotedCount: new RegExp(`“(\\d+|${NUMERAL_CLASS}+)([${classifiers}])(\\p{Script=Han}{2,4})”`, 'gu'),
    industryHeads: new Set(lexicon.zhIndustryHeads),
  };
});

/** The longest 、-run of a clause whose items all end in the head, with the leading verb of the first cut off. */
function sharedHeadList(context: ExtractContext, sentence: ChineseSentence, head: string): Clause[] {
  const boundaries = wordBoundaries(sentence.view);
  let best: Clause[] = [];
  for (const clause of splitClauses(sentence.text)) {
    const items = splitEnumeration(sentence.text, clause.start, clause.end);
    if (items.length < 2 || !items.every((item) => item.text.endsWith(head) && item.text.length > head.length)) continue;
    const first = items[0]!;
    const verbEnd = taskVerbEnd(first.text, context.lexicon, boundaries, first.start);
    if (verbEnd !== undefined && first.text.length - verbEnd > head.length) items[0] = { start: first.start + verbEnd, end: first.end, text: first.text.slice(verbEnd) };
    // Items of one list are parallel: a first item far longer than the rest still carries its sentence.
    const longest = Math.max(...items.slice(1).map((item) => item.text.length));
    if (items[0]!.text.length > longest + 2) continue;
    if (items.length > best.length) best = items;
  }
  return best;
}

function addCountedList(
  context: ExtractContext,
  countSentence: ChineseSentence,
  start: number,
  end: number,
  count: number,
  head: string,
  listSentence: ChineseSentence,
  items: readonly Clause[],
): void {
  const { store, document } = context;
  const label = countSentence.view.sentence.text.slice(start, end);
  const groupEvidence = evidenceAt(document, countSentence.view.sentence, start, end);
  const groupKey = store.addEntity({ entityType: 'Group', label, evidence: groupEvidence, declaredCount: count });
  const record = store.get(groupKey);
  if (record) record.namedCount = Math.max(record.namedCount ?? 0, items.length);
  const entityType: EntityType = patterns(context.lexicon).industryHeads.has(head) ? 'Industry' : 'KeyArea';
  const planRelation: Relation = entityType === 'Industry' ? 'develops' : 'hasKeyArea';
  for (const item of items) {
    const evidence = evidenceAt(document, listSentence.view.sentence, item.start, item.end);
    const key = store.addEntity({ entityType, label: listSentence.view.sentence.text.slice(item.start, item.end), evidence });
    store.addRelation(context.plan.key, planRelation, key, evidence);
    store.addRelation(key, 'partOf', groupKey, evidence);
  }
}
