import { bodySentences, namesIn, type ExtractContext } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp } from '../core/text-match.js';
import { chineseSentences, longestFirst, parallelStart, splitClauses, splitEnumeration, wordBoundaries, type ChineseSentence, type Clause } from './chinese-text.js';

/**
 * Goals a Chinese plan states as a condition reached rather than a thing built:
 * a short subject and an attainment predicate ("<领域>取得新成效", "<领域>迈上新台阶")
 * or, in a run of at least three, a comparative ("<领域>更好、<领域>更强、<领域>更优").
 * Each such clause is a KeyArea of the plan, labelled as written, with its subject as an alias
 * so the same field named bare elsewhere is one node.
 */
export function extractChineseGoalStates(context: ExtractContext): void {
  readQualifiedPlaces(context);
  readGoalLeadClauses(context);
  const patterns = statePatterns(context.lexicon);
  // The headline compresses what the body states; the body's sentence is the evidence.
  const body = new Set(bodySentences(context).map((view) => view.sentence.index));
  for (const sentence of chineseSentences(context)) {
    if (!body.has(sentence.view.sentence.index) || underItemHeading(context, sentence)) continue;
    for (const clause of splitClauses(sentence.text)) readClause(context, sentence, clause, patterns);
  }
}

const GOAL_LEAD = /目标(?:是|为)?[：:]/u;
/** "至2020年——" on a line of its own: the bulleted lines under it are the goals for that year. */
const YEAR_LEAD_LINE = /^(?:至|到|从)\d{4}年(?:底|末|开始)?[—–-]*[：:]?$/u;
/** A clause that only dates what follows ("到2030年"), or opens on a circumstance ("在实际工作中…"), states no goal. */
const DATE_ONLY = /^(?:到|至)?\d{4}年(?:底|末)?$/u;
const GOAL_CLAUSE_CHARS = { min: 5, max: 30 };

/**
 * "今后五年发展的主要目标是：A，到2030年B；C" — after a goal lead and its colon, each clause
 * without a figure (a figure makes a target, read elsewhere) is a goal the plan sets: a KeyArea
 * as written, without the year that opens it. The run goes on across 「；」 to the sentence end.
 */
function readGoalLeadClauses(context: ExtractContext): void {
  const body = new Set(bodySentences(context).map((view) => view.sentence.index));
  const sentences = chineseSentences(context);
  for (let i = 0; i < sentences.length; i += 1) {
    const lead = GOAL_LEAD.exec(sentences[i]!.text);
    if (!lead || !body.has(sentences[i]!.view.sentence.index)) continue;
    let from = lead.index + lead[0].length;
    for (let j = i; j < sentences.length; j += 1) {
      const sentence = sentences[j]!;
      for (const clause of splitClauses(sentence.text, j === i ? from : 0)) readGoalClause(context, sentence, clause);
      from = 0;
      // The run of goals ends with its sentence; 「；」 only separates them.
      if (!/[；;]\s*$/u.test(sentence.view.sentence.text)) break;
    }
  }
  readYearLeadBlocks(context, sentences, body);
}

/** The item lines (●, —, 1.) right under a year lead line, read as goals like the clauses after a goal lead. */
function readYearLeadBlocks(context: ExtractContext, sentences: readonly ChineseSentence[], body: ReadonlySet<number>): void {
  const { lines } = context.annotated.structure;
  const byLine = new Map<number, ChineseSentence[]>();
  for (const sentence of sentences) byLine.set(sentence.view.line.index, [...(byLine.get(sentence.view.line.index) ?? []), sentence]);
  for (let i = 0; i < lines.length; i += 1) {
    if (!YEAR_LEAD_LINE.test(context.document.text.slice(lines[i]!.contentStart, lines[i]!.end).trim())) continue;
    for (let j = i + 1; j < lines.length && lines[j]!.kind === 'item'; j += 1) {
      for (const sentence of byLine.get(lines[j]!.index) ?? []) {
        if (!body.has(sentence.view.sentence.index)) continue;
        for (const clause of splitClauses(sentence.text)) readGoalClause(context, sentence, clause);
      }
    }
  }
}

/** One clause of a run of goals: a KeyArea as written, past a bullet and the year it opens with; a figure makes it a target instead. */
function readGoalClause(context: ExtractContext, sentence: ChineseSentence, clause: Clause): void {
  const lead = /^[●•·▪■◆—–-]*\s*(?:力争)?(?:到|至)?(?:\d{4}年(?:底|末)?[，,]?)?/u.exec(clause.text)?.[0].length ?? 0;
  const text = clause.text.slice(lead).replace(/[。；;]+$/u, '');
  const length = [...text].length;
  if (DATE_ONLY.test(clause.text) || /\d/u.test(text) || /^在/u.test(text) || length < GOAL_CLAUSE_CHARS.min || length > GOAL_CLAUSE_CHARS.max) return;
  addState(context, sentence, { start: clause.start + lead, end: clause.start + lead + text.length, subjectStart: clause.start + lead, subjectEnd: clause.start + lead + text.length });
}

/** A comparative run must be this long to read as a list of goals, not one remark. */
const MIN_COMPARATIVE_RUN = 3;
const SUBJECT_CHARS = { min: 2, max: 12 };
/** A place right before the field ("长三角", "黑龙江") is its owner. */
const OWNER_CHARS = 6;

const statePatterns = perLexicon((lexicon: Lexicon) => {
  const verbs = longestFirst(lexicon.zhAttainmentVerbs).map(escapeRegExp).join('|');
  // "新成效" is also written "全新成效"; the lexicon lists the plain form.
  const objects = longestFirst(lexicon.zhAttainmentObjects).map((o) => (o.startsWith('新') ? `全?${escapeRegExp(o)}` : escapeRegExp(o))).join('|');
  // "实现新的更大跃升": a degree word and any two-character gain.
  const degrees = longestFirst(lexicon.zhAttainmentDegrees).map(escapeRegExp).join('|');
  const comparatives = lexicon.zhComparativeStates.map(escapeRegExp).join('');
  return {
    attainment: new RegExp(`(?:${verbs})(?:${objects}|(?:${degrees})\\p{Script=Han}{2})`, 'u'),
    // "更好", "更加完善"; the predicate closes the item, or a 的 ties the run to its head noun.
    comparative: new RegExp(`更(?:加\\p{Script=Han}{2}|[${comparatives}])(?=的|$)`, 'u'),
    leads: longestFirst(lexicon.zhGoalStateLeads),
    // "会议提出<领域>…": what a lead verb introduces starts after it.
    introducers: longestFirst(lexicon.zhLeadVerbs),
    modals: longestFirst(lexicon.zhGoalStateModals),
    // "在<领域>上作示范": a pledge to lead in a field, read whole as the goal.
    pledge: new RegExp(`在\\p{Script=Han}{2,20}上(?:${longestFirst(lexicon.zhLeadPledges).map(escapeRegExp).join('|')})$`, 'u'),
  };
});

interface StateItem {
  start: number;
  end: number;
  subjectStart: number;
  subjectEnd: number;
}

function readClause(context: ExtractContext, sentence: ChineseSentence, clause: Clause, patterns: ReturnType<typeof statePatterns>): void {
  const pledge = patterns.pledge.exec(clause.text);
  if (pledge) {
    const start = clause.start + pledge.index;
    addState(context, sentence, { start, end: clause.end, subjectStart: start, subjectEnd: clause.end });
    return;
  }
  // An item marker before the clause ("——", "1.") belongs to no field.
  const marker = /^[^\p{Script=Han}“‘]+/u.exec(clause.text)?.[0].length ?? 0;
  const items = splitEnumeration(sentence.text, clause.start + marker, clause.end);
  const boundaries = wordBoundaries(sentence.view);
  const offset = sentence.view.sentence.start;
  const placeStarts = [
    ...context.store.mentionsInSentence(sentence.view.sentence.index).filter((m) => m.entityType === 'Place' || m.entityType === 'Region').map((m) => m.start - offset),
    ...namesIn(context, sentence.view.sentence.index).filter((name) => name.entityType === 'Place' || name.entityType === 'Region').map((name) => name.start),
  ];
  const placeEnds = [
    ...context.store.mentionsInSentence(sentence.view.sentence.index).filter((m) => m.entityType === 'Place' || m.entityType === 'Region').map((m) => m.end - offset),
    // Names are kept in sentence offsets.
    ...namesIn(context, sentence.view.sentence.index).filter((name) => name.entityType === 'Place' || name.entityType === 'Region').map((name) => name.end),
  ];
  const attained: StateItem[] = [];
  const compared: StateItem[] = [];
  for (const [index, item] of items.entries()) {
    const last = index === items.length - 1;
    const found = matchState(item, patterns.attainment, false) ?? matchState(item, patterns.comparative, last);
    if (!found) continue;
    const previous = attained[attained.length - 1];
    // "<领域>实现新突破、迈上新台阶": a predicate with no subject of its own continues the goal before it.
    if (found.kind === 'attainment' && found.at === 0 && previous && previous.end === sentence.text.lastIndexOf('、', item.start)) {
      previous.end = item.start + found.end;
      continue;
    }
    const subject = subjectOf(sentence.text, item.start, item.start + found.at, patterns, boundaries, placeEnds);
    if (!subject) continue;
    // The place that owns the field stays in the label as written; the field alone is an alias.
    const owner = placeStarts.find((start) => start >= item.start && start < subject.start && start >= subject.start - OWNER_CHARS);
    const state = { start: owner ?? subject.start, end: item.start + found.end, subjectStart: subject.start, subjectEnd: subject.end };
    (found.kind === 'attainment' ? attained : compared).push(state);
  }
  if (compared.length >= MIN_COMPARATIVE_RUN) trimFirstSubject(compared, boundaries);
  const states = compared.length >= MIN_COMPARATIVE_RUN ? [...attained, ...compared] : attained;
  for (const state of states.sort((a, b) => a.start - b.start)) addState(context, sentence, state);
}

/** Items of one run are parallel: the first subject may carry words of the sentence ("长沙将建成<领域>更强"); cut it to the others' length. */
function trimFirstSubject(states: StateItem[], boundaries: ReadonlySet<number>): void {
  const [first, ...rest] = states;
  if (!first) return;
  const longest = Math.max(...rest.map((s) => s.subjectEnd - s.subjectStart));
  if (first.subjectEnd - first.subjectStart <= longest) return;
  const start = parallelStart(first.subjectEnd, longest, boundaries);
  if (start !== undefined) first.start = first.subjectStart = start;
}

/**
 * An item line whose opening was read as its goal or task ("（一）<领域>显著提升。…"):
 * the sentences after it explain that item, they add no goal of their own.
 */
function underItemHeading(context: ExtractContext, sentence: ChineseSentence): boolean {
  const { line, sentence: own } = sentence.view;
  if (line.kind !== 'item' || own.start <= line.contentStart) return false;
  const opening = context.sentences.find((view) => view.line.index === line.index);
  if (!opening || opening.sentence.index === own.index) return false;
  return context.store.mentionsInSentence(opening.sentence.index).some((m) => (m.entityType === 'KeyArea' || m.entityType === 'PriorityTask') && m.start === line.contentStart);
}

function matchState(item: Clause, pattern: RegExp, mayContinue: boolean): { at: number; end: number; kind: 'attainment' | 'comparative' } | undefined {
  const kind = pattern.source.startsWith('更') ? 'comparative' : 'attainment';
  const match = pattern.exec(item.text);
  if (!match) return undefined;
  const end = match.index + match[0].length;
  // The predicate closes the item; only the last item of a run may go on into the noun it describes ("…更佳的现代化新湖南").
  if (end !== item.text.length && !(mayContinue && item.text[end] === '的')) return undefined;
  if (kind === 'attainment' && end !== item.text.length) return undefined;
  return { at: match.index, end, kind };
}

/**
 * The subject before a predicate: after any lead words ("努力实现", "全省"), without a
 * modal at its end ("…将"), a short run of Han characters starting on a word boundary.
 * A place named inside it is the goal's owner, not its field ("黑龙江振兴发展" → 振兴发展).
 */
function subjectOf(text: string, from: number, to: number, patterns: ReturnType<typeof statePatterns>, boundaries: ReadonlySet<number>, placeEnds: readonly number[]): { start: number; end: number } | undefined {
  let start = Math.max(from, ...placeEnds.filter((end) => end > from && end < to - 1));
  for (const introducer of patterns.introducers) {
    const at = text.lastIndexOf(introducer, to - 1);
    if (at >= start && at + introducer.length < to - 1) start = at + introducer.length;
  }
  for (let guard = 0; guard < 3; guard += 1) {
    const lead = patterns.leads.find((l) => text.startsWith(l, start) && to - start - l.length >= SUBJECT_CHARS.min);
    if (!lead) break;
    start += lead.length;
  }
  const modal = patterns.modals.find((m) => text.slice(start, to).endsWith(m));
  const end = modal ? to - modal.length : to;
  if (!/^[\p{Script=Han}“”‘’]+$/u.test(text.slice(start, end))) return undefined;
  if (!boundaries.has(start)) return undefined;
  const length = end - start;
  if (length < SUBJECT_CHARS.min || length > SUBJECT_CHARS.max) return undefined;
  return { start, end };
}

function addState(context: ExtractContext, sentence: ChineseSentence, state: StateItem): void {
  const { store, document } = context;
  const { view } = sentence;
  const absoluteStart = view.sentence.start + state.start;
  const absoluteEnd = view.sentence.start + state.end;
  // Another reader already took this span as an area or a task: that reading stands.
  if (store.mentionsInSentence(view.sentence.index).some((m) => (m.entityType === 'KeyArea' || m.entityType === 'PriorityTask') && m.start < absoluteEnd && m.end > absoluteStart)) return;
  const label = view.sentence.text.slice(state.start, state.end);
  const subject = view.sentence.text.slice(state.subjectStart, state.subjectEnd);
  const withoutOwner = view.sentence.text.slice(state.subjectStart, state.end);
  const aliases = [...new Set([withoutOwner, subject])].filter((alias) => alias !== label);
  const evidence = evidenceAt(document, view.sentence, state.start, state.end);
  const key = store.addEntity({ entityType: 'KeyArea', label, aliases, evidence });
  store.addRelation(context.plan.key, 'hasKeyArea', key, evidence);
}

/**
 * "数字济南", "美丽湖北", "平安湖北和健康湖北": a quality the plan gives a place it names is a
 * positioning goal (KeyArea). The qualities are data (`zhPlaceQualities`); the place is any
 * place or region the names reader found, so the goal keeps the text's own form of it.
 */
function readQualifiedPlaces(context: ExtractContext): void {
  const qualities = longestFirst(context.lexicon.zhPlaceQualities);
  const { store, document } = context;
  for (const sentence of chineseSentences(context)) {
    const { view, text } = sentence;
    for (const name of namesIn(context, view.sentence.index)) {
      if (name.entityType !== 'Place' && name.entityType !== 'Region') continue;
      const quality = qualities.find((word) => text.slice(name.start - word.length, name.start) === word);
      if (!quality) continue;
      const start = name.start - quality.length;
      const evidence = evidenceAt(document, view.sentence, start, name.end);
      const key = store.addEntity({ entityType: 'KeyArea', label: view.sentence.text.slice(start, name.end), evidence });
      store.addRelation(context.plan.key, 'hasKeyArea', key, evidence);
    }
  }
}
