import { ENTITY_TYPES, type EntityType } from '../../model/vocabulary.js';
import type { ExtractContext } from '../core/context.js';
import { entityKey } from '../core/normalize.js';
import { evidenceAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp } from '../core/text-match.js';
import { chineseSentences, lastOpener, longestFirst, splitClauses, splitEnumeration, taskVerbEnd, unquote, wordBoundaries, type ChineseSentence } from './chinese-text.js';

/**
 * Noun phrases of a Chinese plan typed by their head: industries ("光储产业",
 * "制造业"), and measures whose head marks them ("…改革" after a task verb,
 * items of a list that share a measure head: "A融合、B融合"). Runs after the
 * list readers, so a phrase inside a goal or a name already read stays whole.
 */
export function extractChineseHeadNouns(context: ExtractContext): void {
  for (const sentence of chineseSentences(context)) {
    readIndustries(context, sentence);
    readMeasures(context, sentence);
  }
}

const patterns = perLexicon((lexicon: Lexicon) => {
  const alt = (words: readonly string[]) => longestFirst(words).map(escapeRegExp).join('|');
  return {
    // "氢能产业", "海洋渔业产业", "体育产业体系" (not the group noun "…产业集群").
    industry: /[\p{Script=Han}]{2,8}?产业(?!集群|集聚)/gu,
    // A sector word on its own: "制造业", "农业".
    sector: new RegExp(`(?:${alt(lexicon.zhIndustryHeads.filter((word) => word !== '产业'))})`, 'gu'),
    cuts: longestFirst([...lexicon.zhListOpeners, ...lexicon.zhTaskVerbs, ...lexicon.zhPrepositions]),
    generic: new Set(lexicon.zhGenericQualifiers),
    // "推进…改革", "实施…改革2.0版"
    reform: /(?:推进|实施|深化|推动|开展)([\p{Script=Han}\d]{2,14}?改革(?:\d+(?:\.\d+)?版)?)(?=[，；。、]|$)/gu,
    measureHeads: longestFirst(lexicon.zhInitiativeHeads),
    openers: longestFirst(lexicon.zhListOpeners.filter((word) => word.length >= 2)),
  };
});

/** A phrase inside a name, goal or target already read stays part of it; tasks hold whole clauses, and measures may hold names. */
function overlapsMention(context: ExtractContext, sentence: ChineseSentence, start: number, end: number, allowNames = false): boolean {
  const offset = sentence.view.sentence.start;
  return context.store
    .mentionsInSentence(sentence.view.sentence.index)
    .some((m) => m.entityType !== 'PriorityTask' && m.entityType !== 'Plan' && !(allowNames && (m.entityType === 'Place' || m.entityType === 'Region')) && m.start - offset < end && m.end - offset > start);
}

/** The label is already another kind of entity of this plan ("科创产业" as an area): one reading per phrase. */
function typedOtherwise(context: ExtractContext, label: string, entityType: EntityType): boolean {
  return ENTITY_TYPES.some((type) => type !== entityType && type !== 'PriorityTask' && context.store.get(entityKey(type, label)) !== undefined);
}

function readIndustries(context: ExtractContext, sentence: ChineseSentence): void {
  const p = patterns(context.lexicon);
  const { text, view } = sentence;
  const add = (start: number, end: number) => {
    const label = view.sentence.text.slice(start, end);
    if (overlapsMention(context, sentence, start, end) || typedOtherwise(context, label, 'Industry')) return;
    const evidence = evidenceAt(context.document, view.sentence, start, end);
    const key = context.store.addEntity({ entityType: 'Industry', label, evidence });
    context.store.addRelation(context.plan.key, 'develops', key, evidence);
  };
  for (const match of text.matchAll(p.industry)) {
    const run = match[0].slice(0, -2);
    // A run ending in a function word ("…链与产业") is no qualified industry.
    if (p.cuts.some((word) => run.endsWith(word))) continue;
    let cut = 0;
    for (const word of p.cuts) {
      const at = run.lastIndexOf(word);
      if (at !== -1 && at + word.length > cut && at + word.length < run.length) cut = at + word.length;
    }
    const qualifier = run.slice(cut);
    if (qualifier.length < 2 || p.generic.has(qualifier)) continue;
    add(match.index + cut, match.index + match[0].length);
  }
  for (const match of text.matchAll(p.sector)) {
    const start = match.index;
    const before = text[start - 1];
    // On its own: at the start of a clause, after a mark or right after a name ("成都制造业").
    const afterName = context.store.mentionsInSentence(view.sentence.index).some((m) => m.end - view.sentence.start === start);
    if (before !== undefined && /\p{Script=Han}/u.test(before) && !/[和及、]/u.test(before) && !afterName) continue;
    add(start, start + match[0].length);
  }
}

function readMeasures(context: ExtractContext, sentence: ChineseSentence): void {
  const p = patterns(context.lexicon);
  const { text, view } = sentence;
  const add = (start: number, end: number) => {
    if (overlapsMention(context, sentence, start, end, true)) return;
    const surface = view.sentence.text.slice(start, end);
    const evidence = evidenceAt(context.document, view.sentence, start, end);
    const key = context.store.addEntity({ entityType: 'Initiative', label: unquote(surface), aliases: [surface], evidence });
    context.store.addRelation(context.plan.key, 'develops', key, evidence);
  };
  for (const match of text.matchAll(p.reform)) {
    const start = match.index + match[0].length - match[1]!.length;
    add(start, match.index + match[0].length);
  }
  // "加快A融合、B融合、C融合": two or more items with one measure head.
  const boundaries = wordBoundaries(view);
  for (const clause of splitClauses(text)) {
    const items = splitEnumeration(text, clause.start, clause.end);
    if (items.length < 2) continue;
    const first = items[0]!;
    // The first item opens with the clause's verb ("加快A融合") or a list opener ("涉及A项目").
    const verb = taskVerbEnd(first.text, context.lexicon, boundaries, first.start) ?? lastOpener(first.text, p.openers, boundaries, first.start);
    items[0] = { start: first.start + verb, end: first.end, text: first.text.slice(verb) };
    const head = p.measureHeads.find((h) => items.every((item) => item.text.endsWith(h) && item.text.length > h.length && item.text.length <= h.length + 8));
    if (!head) continue;
    for (const item of items) add(item.start, item.end);
  }
}
