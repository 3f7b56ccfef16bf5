import { bodySentences, type ExtractContext } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { EntityType } from '../../model/vocabulary.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { chineseSentences, clausesWithQuotes, splitClauses, splitEnumeration, taskVerbEnd, wordBoundaries, type ChineseSentence, type Clause } from './chinese-text.js';

/**
 * Tasks in running Chinese prose: a plan states what it will do as clauses that
 * open with a task verb ("加快建设…", "深入推进…", "着力…"), one after another,
 * with no list or heading around them. Every such clause of the body that no
 * other reader has taken is a PriorityTask, labelled as written.
 *
 * A clause is read only in a sentence that states intent: one with at least two
 * verb-first clauses, or one quoted after a lead that announces what follows (上海要“A，B”“C”).
 * A lone verb-first clause in a report of results ("推进了…") is not a task.
 */
export function extractChineseVerbClauses(context: ExtractContext): void {
  const body = new Set(bodySentences(context).map((view) => view.sentence.index));
  for (const sentence of chineseSentences(context)) {
    if (!body.has(sentence.view.sentence.index)) continue;
    const boundaries = wordBoundaries(sentence.view);
    const clauses = splitClauses(sentence.text);
    clauses.forEach((clause, index) => readAspectClause(context, sentence, clause, index === 0));
    if (!PAST_MARKS.test(sentence.text)) for (const clause of clauses) readStateClause(context, sentence, clause);
    const tasks = clauses.filter((clause) => isTaskClause(context, clause, boundaries));
    for (const clause of clauses) {
      const role = ROLE_CLAUSE.exec(clause.text);
      if (role) addTask(context, sentence, { start: clause.start + role.index, end: clause.end, text: role[0] }, ROLE_READINGS);
    }
    // A sentence that is one verb-first clause with no subject ("全方位挖掘内需潜力。") is the plan's own imperative.
    const imperative = clauses.length === 1 && tasks.length === 1;
    if (tasks.length >= MIN_TASK_CLAUSES || imperative) for (const clause of tasks) addTask(context, sentence, clause);
    for (const quote of quotedAfterLead(sentence.text)) {
      for (const clause of splitClauses(sentence.text, quote.start, quote.end)) if (isTaskClause(context, clause, boundaries)) addTask(context, sentence, clause);
    }
    for (const clause of clausesWithQuotes(sentence.text)) for (const item of verbSeries(context, sentence.text, clause)) addTask(context, sentence, item);
  }
}

/** "（推动重庆更好地）在推进西部大开发中发挥支撑作用": the role the place is to play in a national effort is a task; the effort named inside stays its own. */
const ROLE_CLAUSE = /在\p{Script=Han}[^，；。]{1,24}中发挥\p{Script=Han}{1,6}作用$/u;
/** "在构建城乡区域协调发展格局方面": the aspect a passage is about is a key area. */
const ASPECT_CLAUSE = /^在(\p{Script=Han}[^，；。]{2,22}?)方面$/u;
/** "经济发展方面，…": a sentence that opens on its aspect, with no 在, labels what it goes on to say. */
const OPENING_ASPECT = /^(\p{Script=Han}{2,12})方面$/u;
/** "各方面", "这些方面": words that point at aspects without naming one. */
const POINTING_ASPECT = /^(?:各|这|那|其他|其它|多|诸|一些|有关|相关|等|一|另一)/u;

/** A sentence that reports what was done ("…取得了…", "已基本形成") states no goal. */
const PAST_MARKS = /[了已]|过去|以来/u;

/** "区域科技创新体系基本形成", "创新能力显著提升": a state the plan is to reach, a key area as written. */
function readStateClause(context: ExtractContext, sentence: ChineseSentence, clause: Clause): void {
  const { lexicon } = context;
  const length = [...clause.text].length;
  if (!endsInStateReached(lexicon, clause.text) || length < 6 || length > 40 || /\d/u.test(clause.text)) return;
  const modal = lexicon.zhGoalStateModals.find((word) => clause.text.startsWith(word)) ?? '';
  addClauseArea(context, sentence, clause.start + modal.length, clause.end);
}

/** The clause ends in a state reached: "…显著提升", or a verb of attaining with its object ("…取得重大进展"). */
function endsInStateReached(lexicon: Lexicon, text: string): boolean {
  return stateEndsFor(lexicon).some((end) => text.endsWith(end));
}

const stateEndsFor = perLexicon((lexicon: Lexicon) => [
  ...lexicon.zhStateEnds,
  ...lexicon.zhAttainmentVerbs.flatMap((verb) => lexicon.zhAttainmentObjects.map((object) => `${verb}${object}`)),
]);

/** A key area named by a span of a clause, unless another reading already took it. */
function addClauseArea(context: ExtractContext, sentence: ChineseSentence, start: number, end: number): void {
  if (clauseTaken(context, sentence, start, end, CLAUSE_READINGS)) return;
  const evidence = evidenceAt(context.document, sentence.view.sentence, start, end);
  const key = context.store.addEntity({ entityType: 'KeyArea', label: sentence.view.sentence.text.slice(start, end), evidence });
  context.store.addRelation(context.plan.key, 'hasKeyArea', key, evidence);
}

/** A mention of one of these readings overlaps the span (sentence offsets). */
function clauseTaken(context: ExtractContext, sentence: ChineseSentence, start: number, end: number, readings: ReadonlySet<EntityType>): boolean {
  const offset = sentence.view.sentence.start;
  return context.store.mentionsInSentence(sentence.view.sentence.index).some((m) => readings.has(m.entityType) && m.start < offset + end && m.end > offset + start);
}

function readAspectClause(context: ExtractContext, sentence: ChineseSentence, clause: Clause, opening: boolean): void {
  const match = ASPECT_CLAUSE.exec(clause.text);
  if (match) {
    const start = clause.start + 1;
    addClauseArea(context, sentence, start, start + match[1]!.length);
    return;
  }
  const bare = opening ? OPENING_ASPECT.exec(clause.text) : null;
  if (bare && !POINTING_ASPECT.test(bare[1]!)) addClauseArea(context, sentence, clause.start, clause.start + bare[1]!.length);
}

const MIN_SERIES_ITEMS = 3;
const MAX_SERIES_ITEM = 12;

/** "畅通大通道、建设大枢纽、形成大集散": a 、-series of short verb-object items, each a task, also inside quotes (‘…’). */
function verbSeries(context: ExtractContext, text: string, clause: Clause): Clause[] {
  const spans: Clause[] = [clause];
  for (const quote of clause.text.matchAll(/[‘“]([^‘’“”]+)[’”]/gu)) spans.push({ start: clause.start + quote.index + 1, end: clause.start + quote.index + quote[0].length - 1, text: quote[1]! });
  // Parallel short items vouch for each other: the segmenter's boundaries are not asked ("做强大产业" is cut 做/强大/产业).
  const verbFirst = (item: Clause) => {
    const verbEnd = item.text.length <= MAX_SERIES_ITEM ? taskVerbEnd(item.text, context.lexicon) : undefined;
    return verbEnd !== undefined && item.text.length - verbEnd >= 2;
  };
  return spans.flatMap((span) => {
    const items = splitEnumeration(text, span.start, span.end);
    return items.length >= MIN_SERIES_ITEMS && items.every(verbFirst) ? items : [];
  });
}

/** What a plan "is to" do, quoted after its lead: 上海要“A，B”“C”. */
const QUOTE = /“([^“”]+)”/gu;
// A lead of intent, or a speaker's colon or verb: what an official says the plan will do is a task too.
const QUOTE_LEAD = /(?:要|将|提出|强调|明确|致力于|表示|指出|[:：])$/u;

/** The inner spans of quotes that follow a lead of intent, or follow such a quote directly. */
function quotedAfterLead(text: string): Clause[] {
  const spans: Clause[] = [];
  let chainEnd = -1;
  // QUOTE_LEAD looks at the two characters before a quote; 致力于 needs three.
  for (const match of text.matchAll(QUOTE)) {
    const chained = match.index === chainEnd;
    if (chained || QUOTE_LEAD.test(text.slice(Math.max(0, match.index - 3), match.index))) {
      spans.push({ start: match.index + 1, end: match.index + match[0].length - 1, text: match[1]! });
      chainEnd = match.index + match[0].length;
    }
  }
  return spans;
}

const MIN_TASK_CLAUSES = 2;
/** Readings that take a clause or a phrase of it; a name inside a task (a place, the plan) leaves it a task. */
const CLAUSE_READINGS = new Set<EntityType>(['PriorityTask', 'KeyArea', 'Target', 'Initiative', 'Industry', 'Group']);
const TASK_CHARS = { min: 4, max: 40 };
/** A verb with 了 or 过 after it reports what was done. */
const PERFECTIVE = /^[了过]/u;

function isTaskClause(context: ExtractContext, clause: Clause, boundaries: ReadonlySet<number>): boolean {
  const length = [...clause.text].length;
  if (length < TASK_CHARS.min || length > TASK_CHARS.max) return false;
  // "要加快…", "将深入推进…": a modal before the verb states the same intent.
  const modal = context.lexicon.zhGoalStateModals.find((word) => clause.text.startsWith(word)) ?? '';
  const verbEnd = taskVerbEnd(clause.text.slice(modal.length), context.lexicon, boundaries, clause.start + modal.length);
  if (verbEnd === undefined || clause.text.length - modal.length - verbEnd < 2) return false;
  // "全面贯彻…全会精神", "坚持以…为指导": adherence, not a task; "创新能力显著提升": a state reached, a goal.
  if (context.lexicon.zhAdherenceEnds.some((end) => clause.text.endsWith(end))) return false;
  if (endsInStateReached(context.lexicon, clause.text)) return false;
  return !PERFECTIVE.test(clause.text.slice(modal.length + verbEnd)) && !/\d/u.test(clause.text);
}

const ROLE_READINGS = new Set<EntityType>(['PriorityTask', 'KeyArea', 'Target', 'Group']);

function addTask(context: ExtractContext, sentence: ChineseSentence, whole: Clause, readings: ReadonlySet<EntityType> = CLAUSE_READINGS): void {
  const { store, document } = context;
  // The task is what is to be done; the modal before it ("要…") is not part of its name.
  const modal = context.lexicon.zhGoalStateModals.find((word) => whole.text.startsWith(word)) ?? '';
  const clause = { start: whole.start + modal.length, end: whole.end };
  const { view } = sentence;
  // A clause another reader took (a task of a list, a goal, a target) keeps that reading.
  if (clauseTaken(context, sentence, clause.start, clause.end, readings)) return;
  const evidence = evidenceAt(document, view.sentence, clause.start, clause.end);
  const key = store.addEntity({ entityType: 'PriorityTask', label: view.sentence.text.slice(clause.start, clause.end), evidence });
  store.addRelation(context.plan.key, 'hasPriorityTask', key, evidence);
}
