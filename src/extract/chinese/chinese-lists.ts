import type { TextLine } from '../../annotate/structure.js';
import type { EntityRecord } from '../../model/records.js';
import type { EntityType, Relation } from '../../model/vocabulary.js';
import type { ExtractContext } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { ListHead, Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp } from '../core/text-match.js';
import {
  chineseSentences, clausesWithQuotes, lastOpener, longestFirst, NUMERAL_CLASS, parallelStart, parseChineseNumber, splitClauses, splitEnumeration, taskVerbEnd, unquote, wordBoundaries,
  type ChineseSentence, type Clause,
} from './chinese-text.js';
import { labelSection, sectionGroup, sectionKind, sectionOf, type Section, type SectionKind } from './chinese-sections.js';

/**
 * The list readers of a Chinese plan, over its sentences and layout:
 * - task lines under a task heading ("三、重点工作"), task clauses after a lead ("总体要求是，A，B，C"),
 *   dashed item lines (verb first → PriorityTask, a short state → KeyArea);
 * - positioning goals after a goal verb ("建设成为A、B和C", "打造…支点", "即A、B…");
 * - 等-lists closed by a group noun ("A、B等领域", "A、B等27个区（县）");
 * - counted heads ("三大板块", "“五中心五地”", "四个“…”的目标") as Groups with declaredCount.
 */
export function extractChineseLists(context: ExtractContext): void {
  const taskSpans = new Map<number, [number, number][]>();
  readSectionLines(context, taskSpans);
  for (const sentence of chineseSentences(context)) readLeadTasks(context, sentence, taskSpans);
  const series = [...readSemicolonSeries(context, taskSpans), ...chineseSentences(context).flatMap((sentence) => readNamelyTasks(context, sentence, taskSpans))];
  for (const sentence of chineseSentences(context)) readRespectiveItems(context, sentence);
  readCountedNextSentence(context, taskSpans);
  const goals: GoalItem[] = [];
  for (const sentence of chineseSentences(context)) goals.push(...readGoals(context, sentence, taskSpans));
  for (const sentence of chineseSentences(context)) readEtcLists(context, sentence);
  for (const sentence of chineseSentences(context)) readBracketedMembers(context, sentence);
  const counted = readCountedHeads(context, goals);
  linkSeriesToCounts(context, series, counted);
  for (const sentence of chineseSentences(context)) readQuotedCountList(context, sentence);
  readCountedLines(context, taskSpans);
  readOrdinalItems(context, counted, taskSpans);
}

// "一是…", "其二是…", and "第一，…" opening a sentence.
const ORDINAL_ITEM = new RegExp(`^(?:(?:其)?${NUMERAL_CLASS}{1,3}是|第${NUMERAL_CLASS}{1,3}[，、])`, 'u');

/**
 * "一是…。二是…。" items after a counted head ("以下五个方面——"): an item of
 * areas or aspects is a KeyArea of that Group; otherwise a verb-first item is a task.
 */
function readOrdinalItems(context: ExtractContext, counted: readonly CountedGroup[], taskSpans: Map<number, [number, number][]>): void {
  const { store, document, lexicon } = context;
  // The items of one run share the Group counted before the first of them: a count inside an item ("…等四个方面") is the item's own.
  let run: { last: number; group: CountedGroup | undefined } | undefined;
  for (const sentence of chineseSentences(context)) {
    const marker = ORDINAL_ITEM.exec(sentence.text);
    if (!marker) continue;
    const index = sentence.view.sentence.index;
    if (taskSpans.has(index)) continue;
    if (!run || index - run.last > ORDINAL_RUN_GAP) run = { last: index, group: [...counted].reverse().find((g) => g.sentence < index && index - g.sentence <= 12) };
    run.last = index;
    const group = run.group;
    const start = marker[0].length;
    const end = sentence.text.replace(/[。；;.]+$/u, '').length;
    if (end - start < 2) continue;
    const content = sentence.text.slice(start, end);
    const entityType: EntityType | undefined = group && AREA_COUNTS.has(group.head) ? 'KeyArea' : taskVerbEnd(content, lexicon) !== undefined ? 'PriorityTask' : undefined;
    if (!entityType) continue;
    const evidence = evidenceAt(document, sentence.view.sentence, start, end);
    const key = store.addEntity({ entityType, label: sentence.view.sentence.text.slice(start, end), evidence });
    store.addRelation(context.plan.key, entityType === 'KeyArea' ? 'hasKeyArea' : 'hasPriorityTask', key, evidence);
    if (group) store.addRelation(key, 'partOf', group.key, evidence);
    markTask(taskSpans, index, 0, sentence.text.length);
  }
}

/** Sentences between two ordinal items of one run: the details an item gives. */
const ORDINAL_RUN_GAP = 8;

/** The Group entity whose mention covers a span of a sentence (document offsets). */
function groupAt(context: ExtractContext, sentence: number, start: number, end: number): EntityRecord | undefined {
  const mention = context.store.mentionsInSentence(sentence).find((m) => m.entityType === 'Group' && m.start <= start && m.end >= end);
  if (!mention) return undefined;
  return context.store.entityList().find((e) => e.entityType === 'Group' && e.mentions.some((m) => m.sentence === sentence && m.start === mention.start && m.end === mention.end));
}

/** Counted heads whose items are areas ("五个方面", "三大领域"). */
const AREA_COUNTS = new Set(['方面', '领域']);

interface CountedGroup {
  key: string;
  head: string;
  sentence: number;
}

interface GoalItem {
  key: string;
  label: string;
  sentence: number;
}

// Closing marks, and the citation marks a digest puts after a line ("… [11]", "[1][2]").
const HEADING_END = /(?:\s*\[\d{1,3}\])*\s*[；;。，,：:]*(?:\s*\[\d{1,3}\])*\s*$/u;

function addTask(context: ExtractContext, sentence: ChineseSentence, start: number, end: number, section?: Section): string {
  const { view } = sentence;
  const label = view.sentence.text.slice(start, end).replace(HEADING_END, '');
  const evidence = evidenceAt(context.document, view.sentence, start, start + label.length);
  const key = context.store.addEntity({ entityType: 'PriorityTask', label, evidence });
  context.store.addRelation(context.plan.key, 'hasPriorityTask', key, evidence);
  if (section && section.kind !== 'other' && section.kind !== 'past') context.store.addRelation(key, 'partOf', sectionGroup(context, section), evidence);
  return key;
}

/** Sentences of one line, in order. */
function sentencesOfLine(context: ExtractContext, line: TextLine): ChineseSentence[] {
  return chineseSentences(context).filter((s) => s.view.sentence.start >= line.start && s.view.sentence.end <= line.end);
}

function readSectionLines(context: ExtractContext, taskSpans: Map<number, [number, number][]>): void {
  const { lexicon, store } = context;
  const lines = context.annotated.structure.lines;
  let block: { groupKey?: string; kind?: SectionKind; lead: TextLine } | undefined;
  // Per section heading: are its item lines still running?
  const itemsOpen = new Map<number, boolean>();
  for (const line of lines) {
    const sentences = sentencesOfLine(context, line);
    const first = sentences[0];
    if (!first) continue;
    if (line.opensBlock || countedLeadLine(context, line)) block = { lead: line, ...leadGroup(context, line) };
    // A lead of tasks runs on over unmarked lines while each ends in ；: "A，B；" "C，D；" "E，F。".
    else if (line.kind !== 'item' && !(block?.kind === 'task' && unmarkedItemsRun(context, block.lead, line))) block = undefined;
    const section = sectionOf(context, line);
    const contentOffset = line.contentStart - first.view.sentence.start;
    const content = first.text.slice(contentOffset);
    const verbEnd = taskVerbEnd(content, lexicon, wordBoundaries(first.view), contentOffset);
    const hasTarget = store.mentionsInSentence(first.view.sentence.index).some((m) => m.entityType === 'Target');
    // "（一）…" under a lead ending in a colon is an item of that lead; elsewhere it heads a section.
    if (line.marker === 'chinese-number' && (!block || !/[。！？]/u.test(context.document.text.slice(line.start, line.end)))) {
      block = undefined;
      continue;
    }
    const labelled = labelSection(context, line);
    if (labelled) {
      // "重点任务：A；B；C。" — each clause sentence after the label is one task of the label's Group.
      if (labelled.kind === 'task') {
        for (const sentence of sentences) {
          let from = Math.max(0, line.labelEnd! + 1 - sentence.view.sentence.start);
          // "一是推动…；二是加强…": the ordinal is the item's number, not its words.
          from += ORDINAL_ITEM.exec(sentence.text.slice(from))?.[0].length ?? 0;
          if (sentence.text.length - from < 2) continue;
          addTask(context, sentence, from, sentence.view.sentence.text.length, labelled);
          markTask(taskSpans, sentence.view.sentence.index, from, sentence.text.length);
        }
      }
      continue;
    }

    // "消费：实施…专项行动。安排…" in a task section: the short label names the area, the text after it is the task.
    if (section?.kind === 'task' && line.labelEnd !== undefined && line.labelEnd - line.contentStart <= MAX_LABEL) {
      readLabelledTaskLine(context, line, sentences, taskSpans);
      continue;
    }
    // Lines of a task section are tasks, one per line; in a target section, the lines that state no figure.
    // The items run while each line ends in ；: the line after one that ends in 。 is prose again.
    const inSection = section !== undefined && (itemsOpen.get(section.heading.index) ?? true);
    if (section) itemsOpen.set(section.heading.index, inSection && (line.kind === 'heading' || !/[。.]$/u.test(context.document.text.slice(line.end - 1, line.end))));
    if (section && inSection && (section.kind === 'task' || (section.kind === 'target' && verbEnd !== undefined && !hasTarget)) && (line.kind !== 'heading' || verbEnd !== undefined)) {
      const last = sentences[sentences.length - 1]!;
      if (last === first || line.kind === 'heading') {
        addTask(context, first, contentOffset, first.view.sentence.text.length, section);
        continue;
      }
    }
    // Unmarked lines under a lead of tasks, each closed by ；(the last by 。): one task a line, clauses and all.
    if (line.kind !== 'item' && block?.kind === 'task' && verbEnd !== undefined && sentences.length === 1 && /[；;。]$/u.test(context.document.text.slice(line.end - 1, line.end))) {
      const end = first.text.length;
      const key = addTask(context, first, contentOffset, end);
      markTask(taskSpans, first.view.sentence.index, 0, end);
      if (block.groupKey) {
        store.addRelation(key, 'partOf', block.groupKey, evidenceAt(context.document, first.view.sentence, contentOffset, end));
        const group = store.get(block.groupKey);
        if (group?.declaredCount !== undefined) group.namedCount = Math.min((group.namedCount ?? 0) + 1, group.declaredCount);
      }
      continue;
    }
    // Dashed item lines: "——带动全市…。" is a task, "——生态环境明显改善。…" a goal stated as a state.
    if (line.kind === 'item' && (line.marker === 'dash' || line.marker === 'chinese-number' || (line.marker === 'number' && block))) {
      const end = first.text.length;
      // A short first sentence with more after it is the item's title: the goal the item then explains,
      // or under a lead of tasks ("重点抓好以下工作：") the task.
      const titled = end - contentOffset <= 12 && !/[，、]/u.test(content) && (sentences.length > 1 || verbEnd === undefined);
      if (verbEnd !== undefined && (!titled || block?.kind === 'task')) {
        // "——滚动实施A，持续培育B，建设C": an item of several verb-first clauses states one task each.
        // A numbered item ("（一）A，B") is a titled section of one task; a dashed line is a run of them.
        const clauses = line.marker === 'dash' ? verbFirstClauses(context, first, contentOffset, end) : [];
        const spans = clauses.length >= 2 ? clauses : [{ start: contentOffset, end }];
        for (const span of spans) {
          const key = addTask(context, first, span.start, span.end);
          if (block?.groupKey) store.addRelation(key, 'partOf', block.groupKey, evidenceAt(context.document, first.view.sentence, span.start, span.end));
        }
        markTask(taskSpans, first.view.sentence.index, 0, end);
      } else if (titled) {
        const label = first.view.sentence.text.slice(contentOffset).replace(HEADING_END, '');
        const evidence = evidenceAt(context.document, first.view.sentence, contentOffset, contentOffset + label.length);
        const key = store.addEntity({ entityType: 'KeyArea', label, evidence });
        store.addRelation(context.plan.key, 'hasKeyArea', key, evidence);
        if (block?.groupKey) store.addRelation(key, 'partOf', block.groupKey, evidence);
      }
    }
  }
}

const MAX_LABEL = 8;

/** Every line from the lead down to this one, but this one, ends in ；: the unmarked items still run. */
function unmarkedItemsRun(context: ExtractContext, lead: TextLine, line: TextLine): boolean {
  const text = context.document.text;
  const between = context.annotated.structure.lines.slice(lead.index + 1, line.index);
  return between.every((item) => /[；;]$/u.test(text.slice(item.end - 1, item.end)));
}

function readLabelledTaskLine(context: ExtractContext, line: TextLine, sentences: readonly ChineseSentence[], taskSpans: Map<number, [number, number][]>): void {
  const { store, document, lexicon } = context;
  const text = document.text;
  const label = text.slice(line.contentStart, line.labelEnd).trim();
  const labelSentence = sentences.find((sentence) => sentence.view.sentence.start <= line.contentStart && sentence.view.sentence.end >= line.labelEnd!);
  if (!labelSentence || label.length < 2) return;
  const labelFrom = line.contentStart - labelSentence.view.sentence.start;
  const areaEvidence = evidenceAt(document, labelSentence.view.sentence, labelFrom, labelFrom + label.length);
  const area = store.addEntity({ entityType: 'KeyArea', label, evidence: areaEvidence });
  store.addRelation(context.plan.key, 'hasKeyArea', area, areaEvidence);
  // The task is the text after the label, named by its first sentence; the whole text is its other name.
  let contentStart = line.labelEnd! + 1;
  while (contentStart < line.end && /\s/u.test(text[contentStart]!)) contentStart += 1;
  const sentence = sentences.find((candidate) => candidate.view.sentence.end > contentStart);
  if (!sentence) return;
  const from = Math.max(0, contentStart - sentence.view.sentence.start);
  const body = sentence.view.sentence.text.slice(from);
  if (taskVerbEnd(body, lexicon, wordBoundaries(sentence.view), from) === undefined) return;
  const key = addTask(context, sentence, from, sentence.view.sentence.text.length);
  const whole = text.slice(contentStart, line.end).trim().replace(/[。；;]$/u, '');
  if (whole !== store.get(key)?.label) store.get(key)?.aliases.push(whole);
  markTask(taskSpans, sentence.view.sentence.index, from, sentence.text.length);
}

/** The clauses of an item that open with a task verb, when the first one does; a clause of another kind (a target) is left out. */
function verbFirstClauses(context: ExtractContext, sentence: ChineseSentence, from: number, to: number): Clause[] {
  const boundaries = wordBoundaries(sentence.view);
  const clauses = splitClauses(sentence.text, from, to).filter((clause) => clause.text.replace(HEADING_END, '').length >= 4);
  const verbFirst = clauses.filter((clause) => taskVerbEnd(clause.text, context.lexicon, boundaries, clause.start) !== undefined);
  return verbFirst[0] === clauses[0] ? verbFirst : [];
}

function markTask(spans: Map<number, [number, number][]>, sentence: number, start: number, end: number): void {
  const list = spans.get(sentence) ?? [];
  list.push([start, end]);
  spans.set(sentence, list);
}

const leadPatterns = perLexicon((lexicon: Lexicon) => {
  const alt = (words: readonly string[]) => longestFirst(words).map(escapeRegExp).join('|');
  const heads = alt([...lexicon.zhTargetLeadHeads, ...lexicon.zhTaskLeadHeads, ...lexicon.zhAreaLeadHeads]);
  return {
    // "…确定以下发展目标：" → 发展目标
    following: new RegExp(`(?:以下|如下)((?:[\\p{Script=Han}]{0,6}?)(?:${heads}))|(?:的)((?:[\\p{Script=Han}]{0,4}?)(?:${heads}))是?[：:]$`, 'u'),
    // "重点抓好十一个方面工作：" → a counted head of tasks right before the colon.
    counted: new RegExp(`((?:\\d+|${NUMERAL_CLASS}+)[个大项条]?(?:方面)?(?:${alt(lexicon.zhTaskLeadHeads)}))[：:]$`, 'u'),
    // "总体要求是，" "主要任务：" at the start of a sentence's clause.
    clause: new RegExp(`(?:^|[，。])(?:[\\p{Script=Han}]{0,4}?)(${alt(lexicon.zhTaskLeadHeads)})是?$`, 'u'),
  };
});

/** "…重点突出以下八个方面。": a sentence that ends on a count of what follows opens a block like a colon. */
function countedLeadLine(context: ExtractContext, line: TextLine): boolean {
  if (line.kind !== 'paragraph') return false;
  const text = context.document.text.slice(line.contentStart, line.end);
  return new RegExp(`(?:以下|如下)(?:\\d+|${NUMERAL_CLASS}+)[个大项条]?\\p{Script=Han}{0,4}[。.]$`, 'u').test(text);
}

/** The Group a lead line names ("…确定以下发展目标：" → 发展目标). */
function leadGroup(context: ExtractContext, lead: TextLine): { groupKey?: string; kind?: SectionKind } {
  const sentence = chineseSentences(context).find((s) => s.view.sentence.start <= lead.end && s.view.sentence.end >= lead.end);
  if (!sentence) return {};
  const patterns = leadPatterns(context.lexicon);
  const following = patterns.following.exec(sentence.text);
  const match = following ?? patterns.counted.exec(sentence.text);
  const head = match?.[1] ?? match?.[2];
  if (!match || !head) return {};
  const start = match.index + match[0].indexOf(head);
  const evidence = evidenceAt(context.document, sentence.view.sentence, start, start + head.length);
  const label = sentence.view.sentence.text.slice(start, start + head.length);
  const numeral = new RegExp(`^(?:\\d+|${NUMERAL_CLASS}+)`, 'u').exec(head)?.[0];
  const count = numeral === undefined ? undefined : parseChineseNumber(numeral, context.lexicon);
  const groupKey = context.store.addEntity({ entityType: 'Group', label, evidence, ...(count !== undefined ? { declaredCount: count } : {}) });
  return { groupKey, kind: sectionKind(label, context.lexicon) };
}

/** "总体要求是，A，B，C，在…中发挥…作用" → tasks A, B, C: the verb-first clauses after a task lead, up to the first that is not. */
function readLeadTasks(context: ExtractContext, sentence: ChineseSentence, taskSpans: Map<number, [number, number][]>): void {
  const clauses = splitClauses(sentence.text);
  const lead = leadPatterns(context.lexicon).clause;
  const boundaries = wordBoundaries(sentence.view);
  for (let i = 0; i < clauses.length - 1; i += 1) {
    if (!lead.test(clauses[i]!.text)) continue;
    for (let j = i + 1; j < clauses.length; j += 1) {
      const clause = clauses[j]!;
      if (taskVerbEnd(clause.text, context.lexicon, boundaries, clause.start) === undefined) break;
      addTask(context, sentence, clause.start, clause.end);
      markTask(taskSpans, sentence.view.sentence.index, clause.start, clause.end);
    }
    return;
  }
}

const MIN_SERIES = 3;

/**
 * "其中包括：加快构建A，巩固B；推动C；深化D；…": a run of clauses separated by ；
 * within one paragraph, most of them opening with a task verb, is a list of tasks
 * even without a task heading; each clause (with what follows its first comma) is
 * a PriorityTask. The run's first clause starts after its lead's colon.
 */
interface TaskSeries {
  /** The sentence the run starts in, and where its lead ends (its colon), sentence-relative. */
  sentence: number;
  leadEnd: number;
  keys: string[];
}

function readSemicolonSeries(context: ExtractContext, taskSpans: Map<number, [number, number][]>): TaskSeries[] {
  const sentences = chineseSentences(context);
  const found: TaskSeries[] = [];
  let run: ChineseSentence[] = [];
  const flush = (): void => {
    const series = run.length >= MIN_SERIES ? readSeries(context, run, taskSpans) : undefined;
    if (series) found.push(series);
    run = [];
  };
  for (const sentence of sentences) {
    const previous = run[run.length - 1];
    const sameLine = previous !== undefined && previous.view.line.index === sentence.view.line.index && /；$/u.test(previous.text.trim());
    if (!sameLine) flush();
    run.push(sentence);
  }
  flush();
  return found;
}

function readSeries(context: ExtractContext, run: readonly ChineseSentence[], taskSpans: Map<number, [number, number][]>): TaskSeries | undefined {
  const items = run.map((sentence, index) => {
    // The first clause of the run may follow its lead: "…，其中包括：加快构建…".
    const colon = index === 0 ? Math.max(sentence.text.lastIndexOf('：'), sentence.text.lastIndexOf(':')) : -1;
    const from = colon + 1;
    const verbEnd = taskVerbEnd(sentence.text.slice(from), context.lexicon, wordBoundaries(sentence.view), from);
    return { sentence, from, verbEnd };
  });
  // Two in three clauses open with a task verb; a run of figures or of states is no task list.
  const verbFirst = items.filter((item) => item.verbEnd !== undefined);
  if (verbFirst.length * 3 < items.length * 2) return undefined;
  const keys: string[] = [];
  for (const { sentence, from, verbEnd } of items) {
    if (verbEnd === undefined) continue;
    const index = sentence.view.sentence.index;
    if ((taskSpans.get(index) ?? []).some(([start, end]) => start < sentence.text.length && from < end)) continue;
    keys.push(addTask(context, sentence, from, sentence.view.sentence.text.length));
    markTask(taskSpans, index, from, sentence.text.length);
  }
  return { sentence: run[0]!.view.sentence.index, leadEnd: items[0]!.from, keys };
}

const MAX_ITEM_LINE = 30;

/**
 * "定性目标“六个新”" on a line of its own, then as many short lines as it counts:
 * each line is an item of the counted Group — a task where it opens with a verb,
 * else a goal stated as a state (KeyArea). Fewer or longer lines read nothing.
 */
function readCountedLines(context: ExtractContext, taskSpans: Map<number, [number, number][]>): void {
  const { lines } = context.annotated.structure;
  const text = context.document.text;
  const counted = new RegExp(`“?((?:\\d+|${NUMERAL_CLASS}+)[个大项条][\\p{Script=Han}]{1,6})”?$`, 'u');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const lineText = text.slice(line.contentStart, line.end).trim();
    const match = counted.exec(lineText);
    if (!match || /[。；，,]/u.test(lineText)) continue;
    const count = parseChineseNumber(new RegExp(`^(?:\\d+|${NUMERAL_CLASS}+)`, 'u').exec(match[1]!)![0], context.lexicon);
    if (count === undefined || count < 2 || i + count >= lines.length + 1) continue;
    const items = lines.slice(i + 1, i + 1 + count);
    const itemTexts = items.map((item) => text.slice(item.contentStart, item.end).replace(/[；;。]$/u, '').trim());
    if (items.length !== count || itemTexts.some((item) => item.length < 2 || item.length > MAX_ITEM_LINE || /[。，,：:]/u.test(item))) continue;
    const leadSentence = chineseSentences(context).find((sentence) => sentence.view.sentence.start <= line.end && sentence.view.sentence.end >= line.end);
    if (!leadSentence) continue;
    const groupStart = line.contentStart + lineText.length - match[0].length + (match[0].startsWith('“') ? 1 : 0) - leadSentence.view.sentence.start;
    const groupEnd = groupStart + match[1]!.length;
    const { store, document } = context;
    const groupKey = store.addEntity({ entityType: 'Group', label: match[1]!, evidence: evidenceAt(document, leadSentence.view.sentence, groupStart, groupEnd), declaredCount: count });
    store.get(groupKey)!.namedCount = count;
    for (const item of items) {
      const sentence = chineseSentences(context).find((candidate) => candidate.view.sentence.start <= item.contentStart && candidate.view.sentence.end >= item.end);
      if (!sentence) continue;
      const from = item.contentStart - sentence.view.sentence.start;
      const label = text.slice(item.contentStart, item.end).replace(/[；;。]$/u, '').trim();
      const evidence = evidenceAt(document, sentence.view.sentence, from, from + label.length);
      const task = taskVerbEnd(label, context.lexicon, wordBoundaries(sentence.view), from) !== undefined;
      const key = store.addEntity({ entityType: task ? 'PriorityTask' : 'KeyArea', label, evidence });
      store.addRelation(context.plan.key, task ? 'hasPriorityTask' : 'hasKeyArea', key, evidence);
      store.addRelation(key, 'partOf', groupKey, evidence);
      if (task) markTask(taskSpans, sentence.view.sentence.index, from, from + label.length);
    }
    i += count;
  }
}

/**
 * "将着力建设8个现代化新湖南，即着力建设A的…，着力建设B的…": after a count and 即,
 * comma clauses that open with a task verb are the counted tasks.
 */
function readNamelyTasks(context: ExtractContext, sentence: ChineseSentence, taskSpans: Map<number, [number, number][]>): TaskSeries[] {
  const namely = new RegExp(`(?:\\d+|${NUMERAL_CLASS}+)[个大项条][\\p{Script=Han}“”]{1,12}[，,]即`, 'u').exec(sentence.text);
  if (!namely) return [];
  const leadEnd = namely.index + namely[0].length;
  const clauses = splitClauses(sentence.text, leadEnd);
  const boundaries = wordBoundaries(sentence.view);
  const verbFirst = clauses.filter((clause) => taskVerbEnd(clause.text, context.lexicon, boundaries, clause.start) !== undefined);
  if (verbFirst.length < 2 || verbFirst.length * 3 < clauses.length * 2) return [];
  const keys: string[] = [];
  for (const clause of verbFirst) {
    keys.push(addTask(context, sentence, clause.start, clause.end));
    markTask(taskSpans, sentence.view.sentence.index, clause.start, clause.end);
  }
  // The counted phrase names the Group when the count readers know no head for it ("8个现代化新湖南").
  const counted = namely[0].replace(/[，,]即$/u, '');
  const head = counted.replace(new RegExp(`^(?:\\d+|${NUMERAL_CLASS}+)[个大项条]`, 'u'), '');
  const count = parseChineseNumber(counted.slice(0, counted.length - head.length).replace(/[个大项条]$/u, ''), context.lexicon);
  if (count !== undefined && !groupAt(context, sentence.view.sentence.index, sentence.view.sentence.start + namely.index, sentence.view.sentence.start + namely.index + counted.length)) {
    const evidence = evidenceAt(context.document, sentence.view.sentence, namely.index, namely.index + counted.length);
    const group = context.store.addEntity({ entityType: 'Group', label: unquote(head), aliases: [counted], evidence, declaredCount: count });
    context.store.get(group)!.namedCount = Math.min(keys.length, count);
    for (const key of keys) {
      const mention = context.store.get(key)?.mentions.at(-1);
      if (mention) context.store.addRelation(key, 'partOf', group, mention);
    }
    return [];
  }
  return [{ sentence: sentence.view.sentence.index, leadEnd, keys }];
}

/** "A、B等": the last item without the 等 that closes the list. */
function withoutClosingEtc(item: Clause): Clause {
  return item.text.endsWith('等') ? { start: item.start, end: item.end - 1, text: item.text.slice(0, -1) } : item;
}

const RESPECTIVE_LEAD = new RegExp(`((?:\\d+|${NUMERAL_CLASS}+)[个大项条]((?:(?![是指为])\\p{Script=Han}|[“”]){1,8}?))[，,]?(?:分别是|分别为|即|包括)`, 'u');

/**
 * "七个分目标，分别是A、B、C…": the 、-items after a count and 分别是 / 分别为 / 即 / 包括
 * are the counted things, typed by the counted noun (目标 and 方面 name areas,
 * 产业 industries, 任务 tasks).
 */
function readRespectiveItems(context: ExtractContext, sentence: ChineseSentence): void {
  const lead = RESPECTIVE_LEAD.exec(sentence.text);
  if (!lead) return;
  const head = unquote(lead[2]!);
  const count = parseChineseNumber(lead[1]!.slice(0, lead[1]!.length - lead[2]!.length).replace(/[个大项条]$/u, ''), context.lexicon);
  if (count === undefined || count < 2) return;
  const entityType: EntityType | undefined = /产业$/u.test(head) ? 'Industry' : /任务$/u.test(head) ? 'PriorityTask' : /(?:目标|方面|领域|定位)$/u.test(head) ? 'KeyArea' : undefined;
  if (!entityType) return;
  const from = lead.index + lead[0].length;
  const clause = splitClauses(sentence.text, from)[0];
  if (!clause) return;
  const items = splitEnumeration(sentence.text, clause.start, clause.end).map(withoutClosingEtc);
  if (items.length < 2 || items.length > count || items.some((item) => item.text.length < 2 || item.text.length > MAX_CLAUSE_ITEM)) return;
  const { store, document } = context;
  const offset = sentence.view.sentence.start;
  if (store.mentionsInSentence(sentence.view.sentence.index).some((m) => m.entityType !== 'Plan' && m.start - offset < clause.end && m.end - offset > clause.start && m.entityType !== 'Place')) return;
  const groupEvidence = evidenceAt(document, sentence.view.sentence, lead.index, lead.index + lead[1]!.length);
  const group = groupAt(context, sentence.view.sentence.index, offset + lead.index, offset + lead.index + lead[1]!.length)?.key
    ?? store.addEntity({ entityType: 'Group', label: sentence.view.sentence.text.slice(lead.index, lead.index + lead[1]!.length), aliases: [head], evidence: groupEvidence, declaredCount: count });
  const relation: Relation = entityType === 'Industry' ? 'develops' : entityType === 'PriorityTask' ? 'hasPriorityTask' : 'hasKeyArea';
  for (const item of items) {
    const evidence = evidenceAt(document, sentence.view.sentence, item.start, item.end);
    const key = store.addEntity({ entityType, label: sentence.view.sentence.text.slice(item.start, item.end), evidence });
    store.addRelation(context.plan.key, relation, key, evidence);
    store.addRelation(key, 'partOf', group, evidence);
  }
  setNamedCount(context, group, items.length);
}

/**
 * "…将着力解决五大问题。" then the next sentence ("韦波：“A，B，C，D，E”"): as many
 * verb-first comma clauses as the count at the end of the sentence before are the
 * counted tasks. The count must match, so an unrelated next sentence reads nothing.
 */
function readCountedNextSentence(context: ExtractContext, taskSpans: Map<number, [number, number][]>): void {
  const sentences = chineseSentences(context);
  const countAtEnd = new RegExp(`((?:\\d+|${NUMERAL_CLASS}+)[个大项条]([\\p{Script=Han}]{1,6}))[。！？]?$`, 'u');
  for (let i = 0; i + 1 < sentences.length; i += 1) {
    const sentence = sentences[i]!;
    const match = countAtEnd.exec(sentence.text.trim());
    if (!match) continue;
    const count = parseChineseNumber(match[1]!.slice(0, match[1]!.length - match[2]!.length).replace(/[个大项条]$/u, ''), context.lexicon);
    if (count === undefined || count < 2) continue;
    const next = sentences[i + 1]!;
    // Past a speaker's name and the opening quote: "韦波：“".
    const opening = /^[^，。：:“]{0,8}[：:]?\s*[“"「]?/u.exec(next.text)?.[0].length ?? 0;
    const clauses = splitClauses(next.text, opening).map((clause) => ({ ...clause, text: clause.text.replace(/[”"」]+$/u, '') })).filter((clause) => /\p{Script=Han}/u.test(clause.text));
    const boundaries = wordBoundaries(next.view);
    const verbFirst = clauses.filter((clause) => taskVerbEnd(clause.text, context.lexicon, boundaries, clause.start) !== undefined);
    if (verbFirst.length !== count || verbFirst.length !== clauses.length) continue;
    const at = sentence.text.lastIndexOf(match[1]!);
    const evidence = evidenceAt(context.document, sentence.view.sentence, at, at + match[1]!.length);
    const existing = groupAt(context, sentence.view.sentence.index, sentence.view.sentence.start + at, sentence.view.sentence.start + at + match[1]!.length);
    const group = existing?.key ?? context.store.addEntity({ entityType: 'Group', label: match[1]!, evidence, declaredCount: count });
    for (const clause of verbFirst) {
      const key = addTask(context, next, clause.start, clause.start + clause.text.length);
      markTask(taskSpans, next.view.sentence.index, clause.start, clause.end);
      const mention = context.store.get(key)?.mentions.at(-1);
      if (mention) context.store.addRelation(key, 'partOf', group, mention);
    }
    const record = context.store.get(group);
    if (record) {
      record.declaredCount ??= count;
      record.namedCount = count;
    }
  }
}

/** "部署了12个方面重点任务，其中包括：A；B；…": the count in a series' lead is the Group its tasks belong to. */
function linkSeriesToCounts(context: ExtractContext, series: readonly TaskSeries[], counted: readonly CountedGroup[]): void {
  for (const run of series) {
    const group = counted.find((candidate) => candidate.sentence === run.sentence && (context.store.get(candidate.key)?.mentions.at(-1)?.start ?? Infinity) - sentenceStart(context, run.sentence) < run.leadEnd);
    if (!group) continue;
    for (const key of run.keys) {
      const mention = context.store.get(key)?.mentions.at(-1);
      if (mention) context.store.addRelation(key, 'partOf', group.key, mention);
    }
    const record = context.store.get(group.key);
    if (record) record.namedCount = Math.min(run.keys.length, record.declaredCount ?? run.keys.length);
  }
}

function sentenceStart(context: ExtractContext, index: number): number {
  return chineseSentences(context).find((sentence) => sentence.view.sentence.index === index)?.view.sentence.start ?? 0;
}

/**
 * "“六个新”：A、B、C…": a quoted count whose head names no type, then a colon and
 * a 、-list with as many items as it counts. The items are goals stated as states
 * (KeyArea), or tasks where they open with a verb; all belong to the counted Group.
 */
function readQuotedCountList(context: ExtractContext, sentence: ChineseSentence): void {
  const match = new RegExp(`“((?:\\d+|${NUMERAL_CLASS}+)个?[\\p{Script=Han}]{1,6})”[：:]`, 'u').exec(sentence.text);
  if (!match) return;
  const count = parseChineseNumber(/^(?:\d+|[^个\p{Script=Han}]*)/u.exec(match[1]!)?.[0] || (new RegExp(`^${NUMERAL_CLASS}+`, 'u').exec(match[1]!)?.[0] ?? ''), context.lexicon);
  const listStart = match.index + match[0].length;
  const listEnd = sentence.text.search(/[。；]|$/u);
  const items = splitEnumeration(sentence.text, listStart, listEnd > listStart ? listEnd : sentence.text.length);
  if (count === undefined || items.length !== count || items.some((item) => item.text.length < 3 || item.text.length > 20)) return;
  const { store, document } = context;
  const view = sentence.view;
  const groupStart = match.index + 1;
  const groupEnd = groupStart + match[1]!.length;
  const groupKey = store.addEntity({ entityType: 'Group', label: view.sentence.text.slice(groupStart, groupEnd), evidence: evidenceAt(document, view.sentence, groupStart, groupEnd), declaredCount: count });
  store.get(groupKey)!.namedCount = items.length;
  const boundaries = wordBoundaries(view);
  for (const item of items) {
    const evidence = evidenceAt(document, view.sentence, item.start, item.end);
    const task = taskVerbEnd(item.text, context.lexicon, boundaries, item.start) !== undefined;
    const key = store.addEntity({ entityType: task ? 'PriorityTask' : 'KeyArea', label: view.sentence.text.slice(item.start, item.end), evidence });
    store.addRelation(context.plan.key, task ? 'hasPriorityTask' : 'hasKeyArea', key, evidence);
    store.addRelation(key, 'partOf', groupKey, evidence);
  }
}


const goalPatterns = perLexicon((lexicon: Lexicon) => {
  const alt = (words: readonly string[]) => longestFirst(words).map(escapeRegExp).join('|');
  return {
    verb: new RegExp(`(?:${alt(lexicon.zhGoalVerbs)})`, 'gu'),
    head: new RegExp(`(?:${alt(lexicon.zhGoalHeads)})$`, 'u'),
    heads: longestFirst(lexicon.zhGoalHeads),
    // "体育强省海洋强省基本建成": goals named before the verb that reaches them.
    reached: /^(.{2,30}?)(?:基本|全面|初步)?(?:建成|形成)$/u,
  };
});

/** Positioning goals: the items after a goal verb that end in a goal head ("…中心", "…高地", "…强省"). */
function readGoals(context: ExtractContext, sentence: ChineseSentence, taskSpans: Map<number, [number, number][]>): GoalItem[] {
  const patterns = goalPatterns(context.lexicon);
  const items: GoalItem[] = [];
  const tasks = taskSpans.get(sentence.view.sentence.index) ?? [];
  for (const clause of clausesWithQuotes(sentence.text)) {
    if (tasks.some(([s, e]) => clause.start >= s && clause.end <= e)) continue;
    let spans: Clause[] = [];
    for (const match of clause.text.matchAll(patterns.verb)) {
      const from = clause.start + match.index + match[0].length;
      const candidates = splitGoalItems(sentence.text, from, clause.end, patterns);
      // Goals end in a goal head ("…强省", "…中心"); in a longer list one may name the place itself ("健康湖南").
      const headed = candidates.filter((c) => patterns.head.test(c.text)).length;
      if (candidates.length > 0 && patterns.head.test(candidates[0]!.text) && (headed === candidates.length || (candidates.length >= 3 && headed * 3 >= candidates.length * 2))) {
        spans = candidates;
        break;
      }
    }
    if (spans.length === 0) {
      const reached = patterns.reached.exec(clause.text);
      if (reached && patterns.head.test(reached[1]!)) spans = splitRun(clause.start, reached[1]!, patterns.heads);
    }
    for (const span of spans) {
      // "以经济建设为中心" is a priority, not a goal built: an item opening with 为 belongs to 以…为.
      if (span.text.length > 24 || span.text.length < 3 || /[“”《》\d]/u.test(span.text) || span.text.startsWith('为')) continue;
      const label = sentence.view.sentence.text.slice(span.start, span.end);
      const evidence = evidenceAt(context.document, sentence.view.sentence, span.start, span.end);
      const key = context.store.addEntity({ entityType: 'KeyArea', label, evidence });
      context.store.addRelation(context.plan.key, 'hasKeyArea', key, evidence);
      items.push({ key, label: sentence.text.slice(span.start, span.end), sentence: sentence.view.sentence.index });
    }
  }
  return items;
}

/** "A、B和C" → A, B, C, splitting at 和/及 only where both sides end in a goal head. */
function splitGoalItems(text: string, start: number, end: number, patterns: ReturnType<typeof goalPatterns>): Clause[] {
  const items: Clause[] = [];
  for (const item of splitEnumeration(text, start, end)) {
    let rest = item;
    for (;;) {
      const joint = /和|及|以及/gu;
      let split: Clause[] | undefined;
      for (const m of rest.text.matchAll(joint)) {
        const left = rest.text.slice(0, m.index);
        if (patterns.head.test(left)) {
          split = [
            { start: rest.start, end: rest.start + m.index, text: left },
            { start: rest.start + m.index + m[0].length, end: rest.end, text: rest.text.slice(m.index + m[0].length) },
          ];
          break;
        }
      }
      if (!split) break;
      items.push(split[0]!);
      rest = split[1]!;
    }
    items.push(rest);
  }
  return items;
}

/** "体育强省海洋强省" → 体育强省, 海洋强省: a run of goals each ending in a head. */
function splitRun(start: number, run: string, heads: readonly string[]): Clause[] {
  const items: Clause[] = [];
  let from = 0;
  for (let i = 1; i <= run.length; i += 1) {
    const head = heads.find((h) => run.slice(from, i).endsWith(h) && i - from > h.length);
    if (head && (i === run.length || !heads.some((h) => run.startsWith(h, i - head.length) && h.length > head.length))) {
      items.push({ start: start + from, end: start + i, text: run.slice(from, i) });
      from = i;
    }
  }
  return from === run.length ? items : [];
}

const etcPatterns = perLexicon((lexicon: Lexicon) => {
  const heads: { phrase: string; head: ListHead }[] = [];
  for (const head of lexicon.zhListHeads) for (const phrase of head.phrases) heads.push({ phrase, head });
  heads.sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    // A group noun may carry a collective after it ("等优势产业集群").
    // Without 等 a count closes the list ("A、B、C六大领域").
    // Some heads close a list with 的 as well ("面临A、B的新机遇").
    // After 等 or a count a group noun may carry qualifiers of its own ("等国家先进制造业集群", "三大千亿级产业"); only a group of industries takes them.
    etc: new RegExp(`(等|的(?=${longestFirst(lexicon.zhOfClosedHeads).map(escapeRegExp).join('|') || '(?!)'}))?((?:\\d+|${NUMERAL_CLASS}+)[个大项类])?((?<=等|[个大项类])\\p{Script=Han}{1,6}?(?=${groupableHeads(heads)}))?(${heads.map((h) => escapeRegExp(h.phrase)).join('|')})(集群|体系)?`, 'gu'),
    heads: new Map(heads.map((h) => [h.phrase, h.head])),
    // The first item starts after a list opener, a task verb or a preposition ("要做强A、B等").
    openers: longestFirst([...lexicon.zhListOpeners, ...lexicon.zhTaskVerbs]),
    taskOpeners: longestFirst([...lexicon.zhListOpeners, ...lexicon.zhLeadVerbs.flatMap((verb) => [verb, `${verb}了`])]),
  };
});

const bracketPatterns = perLexicon((lexicon: Lexicon) => {
  const heads = longestFirst(lexicon.zhListHeads.filter((head) => head.entityType === 'Industry').flatMap((head) => head.phrases)).map(escapeRegExp).join('|');
  // "传统产业（现代石化、绿色矿业等）": a qualified group noun with its members in brackets.
  return { pattern: new RegExp(`(${heads || '(?!)'})（([^（）]{2,80}?)）`, 'gu'), openers: new Set([...lexicon.zhListOpeners, ...lexicon.zhTaskVerbs]) };
});

/**
 * "聚焦传统产业（A、B等）、优势产业（C、D等）…": each group noun of industries with
 * its members in brackets is a Group, the members Industries partOf it.
 */
function readBracketedMembers(context: ExtractContext, sentence: ChineseSentence): void {
  const { store, document } = context;
  const { pattern, openers } = bracketPatterns(context.lexicon);
  for (const match of sentence.text.matchAll(pattern)) {
    // A bare 产业 takes the two characters before it as its qualifier ("传统产业"), unless they are a verb ("发展产业").
    const before = sentence.text.slice(Math.max(0, match.index - 2), match.index);
    const qualified = match[1]!.length === 2 && /^\p{Script=Han}{2}$/u.test(before) && !openers.has(before);
    const groupStart = qualified ? match.index - 2 : match.index;
    const groupEnd = match.index + match[1]!.length;
    const innerStart = groupEnd + 1;
    const members = splitEnumeration(sentence.text, innerStart, innerStart + match[2]!.length)
      .map(withoutClosingEtc)
      .filter((item) => item.text.length >= 2 && item.text.length <= MAX_NOUN_ITEM && !/\d/u.test(item.text));
    if (members.length < 1) continue;
    const groupEvidence = evidenceAt(document, sentence.view.sentence, groupStart, groupEnd);
    const groupKey = store.addEntity({ entityType: 'Group', label: sentence.view.sentence.text.slice(groupStart, groupEnd), evidence: groupEvidence });
    for (const member of members) {
      const evidence = evidenceAt(document, sentence.view.sentence, member.start, member.end);
      const key = store.addEntity({ entityType: 'Industry', label: sentence.view.sentence.text.slice(member.start, member.end), evidence });
      store.addRelation(context.plan.key, 'develops', key, evidence);
      store.addRelation(key, 'partOf', groupKey, evidence);
    }
    setNamedCount(context, groupKey, members.length);
  }
}

/** The phrases of industry heads, as an alternation for a lookahead. */
function groupableHeads(heads: readonly { phrase: string; head: ListHead }[]): string {
  return heads.filter((h) => h.head.groupable && h.head.entityType === 'Industry').map((h) => escapeRegExp(h.phrase)).join('|') || '(?!)';
}

/** "A、B等领域" → items typed by the group noun; a count ("等27个区（县）") or a groupable head makes a Group. */
/** What follows aspects that are to improve: "…等七个方面实现明显提升", "…方面取得新突破". */
const ASPECT_RESULT = /^(?:上)?(?:实现|取得|有|迈出|迈上|明显|显著|全面|大幅|持续)/u;
const ASPECT_TASKS = /^的?\p{Script=Han}{0,4}?任务/u;

function readEtcLists(context: ExtractContext, sentence: ChineseSentence): void {
  const { lexicon, store, document } = context;
  const patterns = etcPatterns(lexicon);
  const boundaries = wordBoundaries(sentence.view);
  for (const clause of splitClauses(sentence.text)) {
    for (const match of sentence.text.slice(0, clause.end).matchAll(patterns.etc)) {
      if (match.index < clause.start) continue;
      const closedByCount = match[1] === undefined;
      if (closedByCount && (match[2] === undefined || !/[大个]$/u.test(match[2]))) continue;
      const head = patterns.heads.get(match[4]!)!;
      const countText = match[2];
      if (match[3] !== undefined && (!head.groupable || head.entityType !== 'Industry')) continue;
      // The head is a word of its own: 市 in 市场 or 区 in 区域 closes no list of places.
      const headEnd = match.index + match[0].length;
      if (!boundaries.has(headEnd) && /\p{Script=Han}/u.test(sentence.text[headEnd] ?? '')) continue;
      const items = splitEnumeration(sentence.text, clause.start, match.index);
      if (items.length < (closedByCount ? MIN_COUNT_CLOSED_ITEMS : 2)) continue;
      // A count that closes a list counts its items: "统一大市场" holds 一大 but closes no list of one.
      const declared = countText ? parseChineseNumber(countText.slice(0, -1), lexicon) : undefined;
      if (closedByCount && (declared === undefined || declared < 2 || declared < items.length)) continue;
      // "A、B、C三省的15个城市": a count after 的 counts what belongs to the items, not the items.
      if (closedByCount && /的$/u.test(items[items.length - 1]!.text)) continue;
      // Noun items share a closing 和 ("A、B和C"); clause items (opportunities, tasks) keep theirs, and run longer.
      const clauseItems = head.entityType === 'StrategicOpportunity' || head.entityType === 'PriorityTask';
      if (!clauseItems) splitClosingJoint(items);
      const firstItem = items[0]!;
      // A task item opens with its own verb: only a list opener or a lead verb ("明确了") comes before it.
      const opener = lastOpener(firstItem.text, head.entityType === 'PriorityTask' ? patterns.taskOpeners : patterns.openers, boundaries, firstItem.start, items.slice(1));
      items[0] = trimToParallel({ start: firstItem.start + opener, end: firstItem.end, text: firstItem.text.slice(opener) }, items.slice(1), boundaries);
      // Items are noun phrases: no figure, no preposition inside ("向基层延伸"), and not a run of
      // clauses opening with verbs; one verb-like first word ("创新动能") is a noun modifier.
      const verbFirst = items.filter((item) => taskVerbEnd(item.text, lexicon, boundaries, item.start) !== undefined).length;
      // "包括深化A改革、推动B创新等七个方面": aspects named by what is to be done are tasks; but
      // "在推动A、推动B等七个方面实现明显提升": aspects where a result is to be reached stay areas.
      const after = sentence.text.slice(match.index + match[0].length);
      const resultAfter = ASPECT_RESULT.test(after);
      // "面临着提高A、缓解B等方面的繁重任务": aspects that are called tasks are tasks, counted or not.
      const calledTasks = ASPECT_TASKS.test(after);
      const actions = head.entityType === 'KeyArea' && ((countText !== undefined && verbFirst * 3 >= items.length * 2 && !resultAfter) || calledTasks);
      if (items.some((item) => item.text.length < 2 || item.text.length > (clauseItems || actions ? MAX_CLAUSE_ITEM : MAX_NOUN_ITEM) || /\d|[向把将从]/u.test(item.text))) continue;
      // Items of a task list ("A、B等六大任务") are verb phrases by nature.
      if (!actions && !(resultAfter && head.entityType === 'KeyArea') && head.entityType !== 'PriorityTask' && verbFirst > 0 && (items.length < MIN_COUNT_CLOSED_ITEMS || verbFirst * 2 > items.length)) continue;
      const itemType: EntityType = actions ? 'PriorityTask' : head.entityType;
      const evidenceEnd = match.index + match[0].length;
      let groupKey: string | undefined;
      if (countText || head.groupable) {
        const groupStart = match.index + (match[1] ? 1 : 0);
        const label = unquote(sentence.view.sentence.text.slice(groupStart, evidenceEnd));
        const count = countText ? parseChineseNumber(countText.slice(0, -1), lexicon) : undefined;
        groupKey = store.addEntity({
          entityType: 'Group',
          label,
          aliases: countText ? [match[4]!] : [],
          evidence: evidenceAt(document, sentence.view.sentence, groupStart, evidenceEnd),
          ...(count !== undefined ? { declaredCount: count } : {}),
        });
        setNamedCount(context, groupKey, items.length);
      }
      for (const item of items) {
        const label = sentence.view.sentence.text.slice(item.start, item.end);
        const evidence = evidenceAt(document, sentence.view.sentence, item.start, item.end);
        const key = store.addEntity({ entityType: itemType, label, evidence });
        if (itemType !== 'Place') store.addRelation(context.plan.key, actions ? 'hasPriorityTask' : head.planRelation, key, evidence);
        if (groupKey) store.addRelation(key, 'partOf', groupKey, evidence);
      }
    }
  }
}

/** "A、B、C和D": the last item of a 、-list carries the closing 和/及, unless an earlier item has one too (then 和 joins inside items). */
function splitClosingJoint(items: Clause[]): void {
  const last = items[items.length - 1];
  if (!last || items.length < 2 || items.slice(0, -1).some((item) => /和|及/u.test(item.text))) return;
  const joint = /以及|和|及/u.exec(last.text);
  if (!joint || joint.index < 2 || last.text.length - joint.index - joint[0].length < 2) return;
  const after = joint.index + joint[0].length;
  items.splice(items.length - 1, 1,
    { start: last.start, end: last.start + joint.index, text: last.text.slice(0, joint.index) },
    { start: last.start + after, end: last.end, text: last.text.slice(after) });
}

const MAX_NOUN_ITEM = 12;
const MAX_CLAUSE_ITEM = 20;

/** A list closed by a count alone ("A、B、C六大领域") needs this many items to be read as one. */
const MIN_COUNT_CLOSED_ITEMS = 3;

/**
 * The first item of a list often carries words of the sentence before it
 * ("总结了湖北综合实力、枢纽优势、…"). Items of one list are parallel, so a first
 * item longer than every other is cut, on a word boundary, to the longest
 * run of its last words no longer than they are.
 */
function trimToParallel(first: Clause, rest: readonly Clause[], boundaries: ReadonlySet<number>): Clause {
  const longest = Math.max(...rest.map((item) => item.text.length));
  if (rest.length < 2 || first.text.length <= longest + 1) return first;
  const start = parallelStart(first.end, longest, boundaries);
  return start === undefined ? first : { start, end: first.end, text: first.text.slice(start - first.start) };
}

function setNamedCount(context: ExtractContext, key: string, named: number): void {
  // A counted name recalled before its list ("加快建设“五中心”的举措") names none; the list itself names its items.
  const record = context.store.get(key);
  if (record && (record.namedCount === undefined || record.namedCount < named)) record.namedCount = named;
}

const countedPatterns = perLexicon((lexicon: Lexicon) => {
  // Goal heads count too: "三个高地" names three goals ending in 高地.
  const heads = longestFirst([...lexicon.zhCountedHeads, ...lexicon.zhGoalHeads]).map(escapeRegExp).join('|');
  const classifiers = longestFirst(lexicon.zhClassifiers).filter((c) => c.length === 1).map(escapeRegExp).join('');
  return {
    // "三大板块", "十二个部分", "42条", "五中心"
    counted: new RegExp(`(\\d+|${NUMERAL_CLASS}+)([${classifiers}])?(${heads})`, 'gu'),
    // "三个“快于全省”的目标"
    quotedGoal: new RegExp(`(${NUMERAL_CLASS}+|\\d+)个“([^“”]{2,12})”的(目标|任务)`, 'gu'),
    quoted: /“([^“”]{2,12})”/gu,
  };
});

/**
 * Counted heads: a Chinese or Arabic numeral, a classifier and a head noun name a
 * Group with its declared count. In quotes the head may be one character
 * ("“五中心五地”" = five centres and five bases); outside quotes a
 * one-character head must stand in a list of counts ("共三大板块、十二个部分、42条").
 */
function readCountedHeads(context: ExtractContext, goals: readonly GoalItem[]): CountedGroup[] {
  const { lexicon, store, document } = context;
  const counted: CountedGroup[] = [];
  const patterns = countedPatterns(lexicon);
  for (const { view, text } of chineseSentences(context)) {
    const quotedSpans = [...text.matchAll(patterns.quoted)].map((m) => [m.index + 1, m.index + m[0].length - 1] as const);
    const claimed: [number, number][] = [];
    for (const match of text.matchAll(patterns.quotedGoal)) {
      const count = parseChineseNumber(match[1]!, lexicon);
      const start = match.index + match[1]!.length + 1;
      const end = match.index + match[0].length;
      const label = unquote(view.sentence.text.slice(start, end));
      const key = store.addEntity({ entityType: 'Group', label, aliases: [view.sentence.text.slice(match.index, end)], evidence: evidenceAt(document, view.sentence, start, end), ...(count !== undefined ? { declaredCount: count } : {}) });
      void key;
      claimed.push([match.index, end]);
    }
    for (const match of text.matchAll(patterns.counted)) {
      const start = match.index;
      const end = start + match[0].length;
      if (claimed.some(([s, e]) => start < e && end > s)) continue;
      const head = match[3]!;
      const numeral = match[1]!;
      const inQuotes = quotedSpans.some(([s, e]) => start >= s && end <= e);
      // A count is a word of its own: "十四五" or "第十二" are no counts, nor a number inside a larger figure.
      // An Arabic count stands as a count after 共、， or with 个 before a head of two characters ("12个方面").
      const arabicCount = /[共、，的]/u.test(text[start - 1] ?? '') || (match[2] === '个' && [...head].length >= 2);
      if (/[第\d.]/u.test(text[start - 1] ?? '') || (!inQuotes && /^[\d]/u.test(numeral) && !arabicCount)) continue;
      if ([...head].length === 1 && !inQuotes && !/[共、]/u.test(text[start - 1] ?? '') && !/、/u.test(text[end] ?? '')) continue;
      if (inQuotes && !quotedSpans.some(([s, e]) => s === start || (text.slice(s, start).match(new RegExp(`^(?:(?:\\d+|${NUMERAL_CLASS}+)[\\p{Script=Han}]{1,3}?)+$`, 'u')) !== null && start <= e))) continue;
      const count = parseChineseNumber(numeral, lexicon);
      if (count === undefined || count < 2) continue;
      // The count of a Group already read ("四方面重点任务：…") is that Group's declared count.
      const holder = groupAt(context, view.sentence.index, view.sentence.start + start, view.sentence.start + end);
      if (holder) {
        holder.declaredCount ??= count;
        holder.namedCount ??= store.relationList().filter((r) => r.relation === 'partOf' && r.target === holder.key).length;
        continue;
      }
      const surface = view.sentence.text.slice(start, end);
      const bare = inQuotes ? surface : view.sentence.text.slice(end - head.length, end);
      const members = goals.filter((g) => Math.abs(g.sentence - view.sentence.index) <= 1 && g.label.endsWith(head));
      const key = store.addEntity({
        entityType: 'Group',
        label: bare,
        aliases: inQuotes ? [] : [surface],
        evidence: evidenceAt(document, view.sentence, start, end),
        declaredCount: count,
      });
      setNamedCount(context, key, members.length);
      counted.push({ key, head, sentence: view.sentence.index });
      for (const member of members) {
        const record = store.get(member.key);
        const mention = record?.mentions[record.mentions.length - 1];
        if (mention) store.addRelation(member.key, 'partOf' as Relation, key, mention);
      }
    }
  }
  return counted;
}
