import type { TaggedToken } from '../../annotate/tagged-token.js';
import { hasFigure, isGerund, isPlanVerb, isVerbLike, meansGerundAfter, skipAdverbs, splitCoordination, trimPhrase, type TokenRange } from './chunks.js';
import { bodySentences, namesIn, type ExtractContext, type SentenceView } from '../core/context.js';
import { goalStarts, headedByGoalNoun, positioningObject } from './goal-phrases.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp } from '../core/text-match.js';
import { addPhraseItem } from '../core/phrase-items.js';

interface TaskWords {
  cues: string[][];
  selves: Set<string>;
  /** Adverbs between a cue and its verb ("will further deepen", "is to vigorously develop"). */
  adverbs: Set<string>;
  /** Nouns of partnership ("cooperation", "ties"): a task that names one states a cooperatesWith link. */
  cooperationWords: string[][];
}

const taskWordsFor = perLexicon((lexicon: Lexicon): TaskWords => ({
  // Longest cue first, so "will continue to" wins over "will".
  cues: lexicon.taskCues.map((cue) => cue.toLowerCase().split(/\s+/u)).sort((a, b) => b.length - a.length),
  selves: new Set([...lexicon.selfReferences, 'it', 'we', 'they', 'government', 'outline', 'proposals', 'recommendations'].map((word) => word.toLowerCase())),
  // The whole cue, noun and preposition: "broaden recruitment channels" names no partner, "channels with X" does.
  cooperationWords: lexicon.cooperationCues.map((cue) => cue.toLowerCase().split(/\s+/u)).filter((words) => !['work', 'working', 'cooperate', 'collaborate', 'integrate', 'integrating', 'connect', 'align', 'trade'].includes(words[0]!)),
  adverbs: new Set(['also', 'further', 'actively', 'vigorously', 'continue', 'continuously', 'jointly', 'fully', 'comprehensively', 'steadily', 'strive', 'to', 'effectively', 'firmly', 'resolutely', 'constantly', 'gradually', 'greatly', 'better', 'work', 'strongly', 'deeply', 'speedily', 'systematically']),
}));

const MIN_TASK_WORDS = 2;
/** The particle of a phrasal plan verb ("opening up", "carry out", "push forward"). */
const PARTICLE = /^(?:up|out|forward)$/u;

/**
 * Verb-phrase tasks in running prose: "<Place> will <VP>, <VP>, and <VP>",
 * "the city is to <VP> and <VP>", "efforts to <VP>", and gerund lists after
 * "including". Each coordinated verb phrase, up to its time frame or purpose,
 * is a PriorityTask of the plan. The subject must be the plan's place, the plan,
 * or a pronoun standing for it: "officials will attend …" states no task.
 */
export function extractTaskPhrases(context: ExtractContext): void {
  for (const view of bodySentences(context)) {
    for (const verb of taskStarts(context, view)) readTasks(context, view, verb);
    readSemicolonSeries(context, view);
    readGerundSubject(context, view);
    readPassiveTasks(context, view);
  }
}

const MAX_PASSIVE_SUBJECT_WORDS = 20;

/**
 * "… the construction of power grids will be accelerated, and the development of
 * clean energy will be further strengthened": plan prose translated from Chinese
 * states tasks in the passive. The task is the verb with its subject as object
 * ("accelerate the construction of power grids"); the subject alone is an alias.
 * A subject headed by a goal noun ("a national demonstration zone will be
 * established") is a positioning goal instead.
 */
function readPassiveTasks(context: ExtractContext, view: SentenceView): void {
  const { lexicon } = context;
  const tokens = view.tagged;
  for (let i = 1; i < tokens.length - 2; i += 1) {
    if (!/^(?:will|shall)$/u.test(tokens[i]!.lower) || tokens[i + 1]!.lower !== 'be') continue;
    const verbAt = skipAdverbs(tokens, i + 2, tokens.length);
    const verb = tokens[verbAt];
    if (!verb || verb.pos !== 'VERB' || !/ed$/u.test(verb.lower) || verb.lemma === verb.lower || !isVerbLike(lexicon, { ...verb, lower: verb.lemma, pos: 'NOUN' })) continue;
    // "X, a programme launched long ago, will be upgraded": the subject before an appositive is a name, read elsewhere;
    // "will be developed into a hub" is a positioning goal.
    if (tokens[i - 1]!.text === ',' || /^(?:into|as)$/u.test(tokens[verbAt + 1]?.lower ?? '')) continue;
    // "… will be accelerated to 60 percent": a figure makes it a target.
    const clauseEnd = taskListEnd(lexicon, tokens, verbAt);
    if (hasFigure(tokens, view.quantities, { first: verbAt, last: clauseEnd })) continue;
    let first = i - 1;
    while (first > 0 && !/^(?:[,;:]|that|and)$/u.test(tokens[first - 1]!.lower)) first -= 1;
    const subject = trimPhrase(lexicon, tokens, { first, last: i });
    const words = subject.last - subject.first;
    if (words < 2 || words > MAX_PASSIVE_SUBJECT_WORDS || !/^(?:DET|ADJ|NOUN)$/u.test(tokens[subject.first]!.pos)) continue;
    if (hasFigure(tokens, view.quantities, subject) || tokens.slice(subject.first, subject.last).some((token) => token.pos === 'AUX' || token.pos === 'PRON' || (token.pos === 'VERB' && !/(?:ing|ed)$/u.test(token.lower)))) continue;
    const text = view.sentence.text.slice(tokens[subject.first]!.start, tokens[subject.last - 1]!.end);
    const bare = text.replace(/^(?:the|a|an)\s+/iu, '');
    if (headedByGoalNoun(lexicon, tokens, subject)) {
      const goal = /^(?:a|an|the)$/iu.test(tokens[subject.first]!.lower) ? { first: subject.first + 1, last: subject.last } : subject;
      addPhraseItem(context, view, tokens, goal, 'KeyArea', undefined, undefined, undefined, [`${verb.lemma} ${text}`]);
      continue;
    }
    addPhraseItem(context, view, tokens, subject, 'PriorityTask', undefined, `${verb.lemma} ${text}`, undefined, [bare, `${verb.lemma}ing ${text}`.replace(/eing /u, 'ing ')]);
  }
}

const MAX_GERUND_SUBJECT_WORDS = 16;
const TASK_NOUNS = new Set(['task', 'tasks', 'priority', 'priorities', 'focus', 'mission']);

/**
 * "Strengthening the links between A and B will supply …", "Additionally, prioritizing
 * C will propel …": a sentence whose subject is an action, said to bring about what the
 * plan wants, states that action as a task.
 */
function readGerundSubject(context: ExtractContext, view: SentenceView): void {
  const { lexicon } = context;
  const tokens = view.tagged;
  let first = tokens.findIndex((token) => token.isWord);
  if (first < 0) return;
  // "Additionally, …", "In addition, …": a sentence adverb and its comma come before the subject.
  if (tokens[first]!.pos === 'ADV' && tokens[first + 1]?.text === ',') first += 2;
  else if (tokens[first]!.pos === 'ADP') {
    // "As an important part of the strategy, opening up …": an opening phrase of its own before the subject.
    const comma = tokens.findIndex((token, index) => index > first && token.text === ',');
    if (comma > 0 && comma - first <= MAX_GERUND_SUBJECT_WORDS) first = comma + 1;
  }
  const verb = tokens[first];
  const object = tokens[first + 1];
  // The -ing form of a plan verb with its object or particle after it ("Building roads", "opening up").
  if (!isGerund(verb) || !isVerbLike(lexicon, verb) || !(/^(?:DET|PRON|ADJ|NOUN)$/u.test(object?.pos ?? '') || PARTICLE.test(object?.lower ?? ''))) return;
  const modal = tokens.findIndex((token, index) => index > first && token.pos === 'AUX');
  if (modal < 0 || modal - first > MAX_GERUND_SUBJECT_WORDS || tokens.slice(first, modal).some((token) => token.text === ',')) return;
  // "… will supply …", or "… is listed as a major task": what the action brings, or the action named a task.
  const brings = /^(?:will|would|can|shall)$/u.test(tokens[modal]!.lower) && isVerbLike(lexicon, tokens[skipAdverbs(tokens, modal + 1, tokens.length)]);
  const namedTask = /^(?:is|are|remains)$/u.test(tokens[modal]!.lower) && tokens.slice(modal + 1, modal + 6).some((token) => TASK_NOUNS.has(token.lower));
  if (!brings && !namedTask) return;
  // "Maintaining growth and upgrading industries are the top task": coordinated gerunds are a task each.
  for (const part of splitCoordination(lexicon, tokens, { first, last: modal }, 'verb')) {
    const item = trimPhrase(lexicon, tokens, part);
    if (item.last - item.first >= MIN_TASK_WORDS) addTask(context, view, item);
  }
}

const MIN_SERIES_ITEMS = 3;

/**
 * "A; B; C; …": a run of semicolon-separated phrases most of which open with a
 * verb ("creating …; deepening …; promote …") is a list of tasks even without a
 * lead; each phrase is a PriorityTask. The run starts after the last full stop or
 * colon before its first semicolon.
 */
function readSemicolonSeries(context: ExtractContext, view: SentenceView): void {
  const { lexicon } = context;
  const tokens = view.tagged;
  const semicolons = tokens.map((token, index) => (token.text === ';' ? index : -1)).filter((index) => index >= 0);
  if (semicolons.length < MIN_SERIES_ITEMS - 1) return;
  let first = semicolons[0]!;
  while (first > 0 && !/^[.:：]$/u.test(tokens[first - 1]!.text)) first -= 1;
  // "The main targets … include making …; taking …; and improving …": the series starts after its lead verb,
  // and a lead that names targets or goals lists states to reach, not tasks.
  const lead = seriesLead(tokens, first, semicolons[0]!);
  const entityType = lead && goalLead(context.lexicon, tokens, first, lead) ? 'KeyArea' : 'PriorityTask';
  if (lead !== undefined) first = lead + 1;
  const bounds = [first, ...semicolons.map((index) => index + 1)];
  const segments = bounds.map((start, k) => ({ first: start, last: k < semicolons.length ? semicolons[k]! : taskListEnd(lexicon, tokens, start) }));
  const verbInitial = (segment: TokenRange): boolean => {
    const at = segment.first + (tokens[segment.first]?.lower === 'and' ? 1 : 0);
    return isVerbLike(lexicon, tokens[at], tokens[at + 1]);
  };
  if (segments.filter(verbInitial).length * 2 < segments.length) return;
  for (const segment of segments) {
    const item = trimPhrase(lexicon, tokens, segment);
    if (item.last - item.first < MIN_TASK_WORDS) continue;
    if (entityType === 'KeyArea') addPhraseItem(context, view, tokens, item, 'KeyArea');
    else addTask(context, view, item);
  }
}

const SERIES_LEAD_VERBS = new Set(['include', 'includes', 'are', 'is']);

/** The lead verb of a series ("… include", "… are") when a verb form follows it; undefined when the series has no lead. */
function seriesLead(tokens: readonly TaggedToken[], first: number, end: number): number | undefined {
  for (let i = first + 1; i < end - 1; i += 1) {
    if (SERIES_LEAD_VERBS.has(tokens[i]!.lower) && (isGerund(tokens[i + 1]) || tokens[i + 1]!.text === ':')) return tokens[i + 1]!.text === ':' ? i + 1 : i;
  }
  return undefined;
}

/** The lead's subject names targets, goals or objectives (the lexicon's target lead heads). */
function goalLead(lexicon: Lexicon, tokens: readonly TaggedToken[], first: number, lead: number): boolean {
  const heads = goalLeadWordsFor(lexicon);
  return tokens.slice(first, lead).some((token) => heads.has(token.lower));
}

const goalLeadWordsFor = perLexicon((lexicon: Lexicon) => new Set([...lexicon.targetLeadHeads, 'goals', 'objectives'].map((word) => word.toLowerCase().split(/\s+/u)[0]!)));

const intentWordsFor = perLexicon((lexicon: Lexicon) => ({
  intentNouns: new Set(lexicon.intentNouns.map((word) => word.toLowerCase())),
  documentNouns: new Set(lexicon.documentNouns.map((word) => word.toLowerCase())),
  // Longest first, so "keep on" is tried before "keep".
  gerundLightVerbs: lexicon.gerundLightVerbs.map((phrase) => phrase.toLowerCase().split(/\s+/u)).sort((a, b) => b.length - a.length),
  gerundNonActionVerbs: new Set(lexicon.gerundNonActionVerbs.map((word) => word.toLowerCase())),
}));

/** Token indices of the first verb of each task list in the sentence. */
function taskStarts(context: ExtractContext, view: SentenceView): number[] {
  const { lexicon } = context;
  const tokens = view.tagged;
  const { cues, adverbs } = taskWordsFor(lexicon);
  const starts: number[] = [];
  // "Strengthen A, strengthen B, and prevent C.": an imperative sentence states the plan's tasks with no subject.
  // "And build …": a sentence may open on the conjunction that carries the previous one on.
  let opening = tokens.findIndex((token) => token.isWord);
  const carried = opening >= 0 && /^(?:and|also)$/u.test(tokens[opening]!.lower);
  if (carried) opening += 1;
  const verbAt = opening < 0 ? -1 : skipAdverbs(tokens, opening, tokens.length);
  // "To boost consumption, …" opens on a purpose, not a command.
  const imperative = opening >= 0 && tokens[opening]!.lower !== 'to' && (carried || /^\p{Lu}/u.test(tokens[opening]!.text)) && isVerbLike(lexicon, tokens[verbAt], tokens[verbAt + 1], true) && !isGerund(tokens[verbAt]) && tokens[verbAt + 1]?.pos !== 'AUX';
  if (imperative && tokens[verbAt]!.lemma === tokens[verbAt]!.lower) {
    // An imperative sentence is the plan speaking.
    starts.push(verbAt);
  }
  // "Service sector: Implementing A, improving B, and strengthening C": a line's label, then its actions.
  const labelled = labelledContentStart(view);
  if (labelled !== undefined) {
    const verb = skipAdverbs(tokens, labelled, tokens.length);
    if (isVerbLike(lexicon, tokens[verb], tokens[verb + 1], true) && tokens[verb]!.pos !== 'PROPN' && tokens[verb + 1]?.pos !== 'AUX') starts.push(verb);
  }
  // "will focus on building A, training B and restoring C", "emphasis will be placed on cultivating …":
  // gerunds after a focus cue are the plan's actions.
  for (const cueEnd of focusCueEnds(lexicon, tokens)) {
    const verb = skipAdverbs(tokens, cueEnd, tokens.length);
    if (isGerund(tokens[verb]) && isVerbLike(lexicon, tokens[verb])) starts.push(verb);
  }
  const complementsAt = starts.length;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.lower === 'including' && isGerund(tokens[i + 1]) && isVerbLike(lexicon, tokens[i + 1])) {
      starts.push(i + 1);
      continue;
    }
    // "…, to accelerate A, to increase B, and to promote C": a series of infinitives states tasks without a subject.
    if (token.lower === 'to' && token.pos === 'PART' && isVerbLike(lexicon, tokens[i + 1]) && infinitiveSeries(lexicon, tokens, i)) {
      starts.push(i + 1);
      i = tokens.length;
      continue;
    }
    const cue = cues.find((words) => words.every((word, k) => tokens[i + k]?.lower === word));
    if (!cue) continue;
    let verb = i + cue.length;
    // Adverbs the tagger reads ("thoroughly", "steadily") and the words of effort listed above come before the verb.
    while (verb < tokens.length && (adverbs.has(tokens[verb]!.lower) || tokens[verb]!.pos === 'ADV') && !isVerbLike(lexicon, tokens[verb])) verb += 1;
    if (tokens[verb]?.lower === 'be' || tokens[verb]?.lower === 'have') continue;
    // "will continue deepening A, facilitating B …", "will stick to implementing A and promoting B": the gerunds are the tasks.
    const light = intentWordsFor(lexicon).gerundLightVerbs.find((words) => words.every((word, k) => tokens[verb + k]?.lower === word));
    if (light && isGerund(tokens[verb + light.length]) && isVerbLike(lexicon, tokens[verb + light.length])) {
      starts.push(verb + light.length);
      i = verb + light.length;
      continue;
    }
    if (!isVerbLike(lexicon, tokens[verb]) || isGerund(tokens[verb])) continue;
    // "efforts to …", "ambitions to …": a noun of intent needs no subject of its own.
    if (!intentWordsFor(lexicon).intentNouns.has(cue[0]!) && !subjectIsPlan(context, view, i)) continue;
    starts.push(verb);
    i = verb;
  }
  // "aims to counter slowing economic growth": after a verb that already opens a task list, an -ing word before
  // a bare noun phrase modifies that verb's object; "will begin building a …" still opens a task of its own.
  const opensObject = (at: number) => /^(?:DET|PRON)$/u.test(tokens[at + 1]!.pos) || PARTICLE.test(tokens[at + 1]!.lower);
  const found = gerundComplements(lexicon, tokens);
  // The other lists' extents are needed only when the sentence has such a gerund.
  const lists = found.length === 0 ? [] : starts.map((start) => ({ first: start, last: taskListEnd(lexicon, tokens, start) }));
  const insideList = (at: number) => lists.some((list) => at >= list.first && at < list.last);
  const complements = found.filter((complement) => !insideList(complement.governor) || opensObject(complement.at));
  starts.splice(complementsAt, 0, ...complements.map((complement) => complement.at));
  return starts;
}

const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);

/**
 * "The campaigns involve improving A, developing B and …", "the report calls for fully
 * implementing A and accelerating B", "namely accelerating …": gerunds that are the
 * object of a verb (or of the verb's preposition) name actions the plan sets.
 */
function gerundComplements(lexicon: Lexicon, tokens: readonly TaggedToken[]): { at: number; governor: number }[] {
  const starts: { at: number; governor: number }[] = [];
  for (let i = 1; i < tokens.length - 1; i += 1) {
    const token = tokens[i]!;
    if (!isGerund(token) || !isVerbLike(lexicon, token, tokens[i + 1]) || !(OBJECT_POS.has(tokens[i + 1]!.pos) || PARTICLE.test(tokens[i + 1]!.lower))) continue;
    let before = i - 1;
    // "fully implementing": adverbs stand between; "problems met when carrying out …" is no object of "met".
    while (before > 0 && tokens[before]!.pos === 'ADV' && !/^(?:when|while|namely)$/u.test(tokens[before]!.lower)) before -= 1;
    // The tagger reads "for" as a subordinator before an -ing clause ("calls for speeding up …").
    const preposition = (tokens[before]!.pos === 'ADP' || tokens[before]!.pos === 'SCONJ') && /^(?:for|on|to)$/u.test(tokens[before]!.lower);
    if (preposition) before -= 1;
    // "For emerging industries, …": a preposition opening the sentence governs no verb.
    if (before < 0) continue;
    const governor = tokens[before]!;
    // "involve improving A", "calls for speeding up B"; right after a plan verb the -ing word modifies its object ("develop emerging industries").
    const governed = (governor.pos === 'VERB' && !isGerund(governor) && !intentWordsFor(lexicon).gerundNonActionVerbs.has(governor.lower) && (preposition || !isPlanVerb(lexicon, governor))) || /^(?:namely|priority|emphasis)$/u.test(governor.lower);
    // "The main targets include making headway in …": what targets include are states to reach, read as such.
    if (governed && !(SERIES_LEAD_VERBS.has(governor.lower) && goalLead(lexicon, tokens, 0, before))) {
      starts.push({ at: i, governor: before });
    }
  }
  return starts;
}

/** The first token after the colon of a labelled line ("Label: …"), when the label opens this sentence. */
function labelledContentStart(view: SentenceView): number | undefined {
  const labelEnd = view.line.labelEnd;
  if (labelEnd === undefined || view.line.kind !== 'item' || labelEnd < view.sentence.start || labelEnd >= view.sentence.end) return undefined;
  const at = view.tagged.findIndex((token) => token.start > labelEnd - view.sentence.start && token.isWord);
  return at < 0 ? undefined : at;
}

const focusCuesFor = perLexicon((lexicon: Lexicon) => lexicon.focusCues.map((cue) => cue.toLowerCase().split(/\s+/u)).sort((a, b) => b.length - a.length));

/** Token indices right after each focus cue of the sentence. */
function focusCueEnds(lexicon: Lexicon, tokens: readonly TaggedToken[]): number[] {
  const cues = focusCuesFor(lexicon);
  const ends: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const cue = cues.find((words) => words.every((word, k) => tokens[i + k]?.lower === word));
    if (cue) ends.push(i + cue.length);
  }
  return ends;
}

/** At least two more ", to <verb>" after this one. */
function infinitiveSeries(lexicon: Lexicon, tokens: readonly TaggedToken[], at: number): boolean {
  let count = 0;
  for (let i = at + 1; i < tokens.length - 2; i += 1) {
    const comma = tokens[i]!.text === ',';
    const to = comma && (tokens[i + 1]!.lower === 'to' || (tokens[i + 1]!.lower === 'and' && tokens[i + 2]!.lower === 'to'));
    if (to && isVerbLike(lexicon, tokens[tokens[i + 1]!.lower === 'to' ? i + 2 : i + 3])) count += 1;
  }
  return count >= 2;
}

/** The clause's subject, read back from the cue to the clause start, names the plan's place, the plan, or "it"/"we". */
function subjectIsPlan(context: ExtractContext, view: SentenceView, cue: number): boolean {
  const tokens = view.tagged;
  const { selves } = taskWordsFor(context.lexicon);
  let from = cue - 1;
  // A colon opens a clause too ("- Promote urban renewal: the district will …").
  while (from >= 0 && tokens[from]!.text !== ',' && tokens[from]!.text !== ';' && tokens[from]!.text !== ':' && tokens[from]!.lower !== 'and' && tokens[from]!.lower !== 'that') from -= 1;
  const subject = tokens.slice(from + 1, cue);
  if (subject.length === 0) {
    // "…, and will VP": the subject of the previous clause carries on.
    // "recommendations … that seek to VP": the relative clause's antecedent is its subject.
    if (from >= 0 && /^(?:that|which)$/u.test(tokens[from]!.lower)) {
      const antecedent = tokens.slice(Math.max(0, from - 8), from).findLast((token) => token.pos === 'NOUN' || token.pos === 'PROPN');
      return antecedent !== undefined && (intentWordsFor(context.lexicon).documentNouns.has(antecedent.lower) || taskWordsFor(context.lexicon).selves.has(antecedent.lower));
    }
    return from >= 0 && tokens[from]!.lower === 'and' && subjectIsPlan(context, view, from);
  }
  if (subject.length > 8) return false;
  if (subject.some((token) => selves.has(token.lower))) return true;
  // A place the lexicon does not know still stands as a proper noun at the head of the subject.
  // A sentence-initial capital on a plural proves nothing ("Officials will …") unless the word is capitalised mid-sentence too.
  const head = subject[subject.length - 1]!;
  if (head.pos === 'PROPN' && (head.start > 0 || !/s$/u.test(head.lower) || new RegExp(`[\\p{Ll},] ${escapeRegExp(head.text)}\\b`, 'u').test(context.document.text))) return true;
  const names = namesIn(context, view.sentence.index);
  const [start, end] = [subject[0]!.start, subject[subject.length - 1]!.end];
  return names.some((name) => name.start >= start && name.end <= end && (name.entityType === 'Place' || name.entityType === 'Region' || name.entityType === 'Plan'));
}

function readTasks(context: ExtractContext, view: SentenceView, start: number): void {
  const { lexicon } = context;
  const tokens = view.tagged;
  const end = taskListEnd(lexicon, tokens, start);
  const goals = new Set(goalStarts(lexicon, tokens));
  const items = mergeBareVerbs(lexicon, tokens, splitCoordination(lexicon, tokens, { first: start, last: end }, 'verb'));
  // "… while maintaining …": a gerund after "while" is one more task of the same list.
  if (tokens[end]?.lower === 'while' && isGerund(tokens[end + 1]) && isVerbLike(lexicon, tokens[end + 1], tokens[end + 2])) {
    items.push({ first: end + 1, last: taskListEnd(lexicon, tokens, end + 1) });
  }
  // One verb phrase is a task as much as a list of them: "<Place> will develop its manufacturing industry".
  const { cooperationWords } = taskWordsFor(lexicon);
  for (const raw of items) {
    // A figure anywhere in the clause makes it a target ("keep economic growth at around 5 percent").
    if (hasFigure(tokens, view.quantities, raw)) continue;
    const item = trimPhrase(lexicon, tokens, raw);
    // "deepen cooperation with X" is a partnership, which the cooperation reader records as cooperatesWith.
    const cueAt = (at: number) => cooperationWords.some((words) => words.every((word, k) => tokens[at + k]?.lower === word));
    if (cueAt(item.first + 1) || cueAt(item.first + 2)) continue;
    if (item.last - item.first < MIN_TASK_WORDS) continue;
    // A positioning goal ("develop X into a hub of …") is read by the goal reader; a figure, by the target reader.
    if ([...goals].some((goal) => goal > item.first && goal <= item.last)) continue;
    if (hasFigure(tokens, view.quantities, item)) continue;
    addTask(context, view, item);
    // "bolster city governance by reducing A and strengthening B": the means after "by" are tasks too.
    const means = tokens[item.last]?.lower === 'by' ? meansGerundAfter(tokens, item.last) : undefined;
    if (means !== undefined) {
      for (const step of splitCoordination(lexicon, tokens, { first: means, last: raw.last }, 'verb')) {
        const trimmed = trimPhrase(lexicon, tokens, step);
        if (trimmed.last - trimmed.first >= MIN_TASK_WORDS && !hasFigure(tokens, view.quantities, trimmed)) addTask(context, view, trimmed);
      }
    }
  }
}

// "step up efforts to train …", "make every effort to restore …": the effort is how, the verb after it is the task.
const LIGHT_PREFIX = /^(?:(?:step\s+up|make|making|stepping\s+up|redouble|strengthen)\s+(?:every\s+|greater\s+|more\s+|its\s+|their\s+)?efforts?\s+to|(?:put|putting)\s+(?:more\s+|greater\s+)?efforts?\s+into|strive\s+to|work\s+to|seek\s+to)\s+/iu;
// "… this year", "… by 2025": the time a task is set for is not part of its name.
const TIME_TAIL = /\s+(?:(?:this|next)\s+year|(?:in|by|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|during\s+the\s+[\p{L}\d\s-]*period)$/iu;

/** A task, named by its verb phrase without a leading effort phrase; the full phrase stays as an alias. */
function addTask(context: ExtractContext, view: SentenceView, item: TokenRange): void {
  const tokens = view.tagged;
  // "build a regional trade center" sets a positioning goal: the center is the KeyArea.
  const goal = positioningObject(context.lexicon, tokens, item);
  if (goal) {
    addPhraseItem(context, view, tokens, goal, 'KeyArea');
    return;
  }
  const text = view.sentence.text.slice(tokens[item.first]!.start, tokens[item.last - 1]!.end);
  const light = LIGHT_PREFIX.exec(text);
  const label = light ? text.slice(light[0].length) : text;
  // Other names a reader writes: with the adverb before the verb ("fully launch …"), without the time it is set for.
  const adverb = tokens[item.first - 1]?.pos === 'ADV' && !/^(?:also|further|then)$/u.test(tokens[item.first - 1]!.lower) ? `${tokens[item.first - 1]!.text} ` : '';
  const timeless = label.replace(TIME_TAIL, '');
  const aliases = [...new Set([...(light ? [text] : []), ...(timeless !== label ? [timeless] : []), ...(adverb ? [`${adverb}${label}`, `${adverb}${timeless}`] : [])])];
  addPhraseItem(context, view, tokens, item, 'PriorityTask', undefined, light ? label : undefined, undefined, aliases);
}

/** A task list runs to the sentence end, a semicolon that opens a new clause, or the next clause's subject and modal. */
function taskListEnd(lexicon: Lexicon, tokens: readonly TaggedToken[], start: number): number {
  for (let i = start; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.text === '.' || token.text === ':' || token.text === '?') return i;
    if (token.text === ';' && !isVerbLike(lexicon, tokens[i + 1]) && tokens[i + 1]?.lower !== 'and') return i;
    if (token.lower === 'while' || token.lower === 'which' || token.lower === 'whereas') return i;
    // "… and calls for …": a finite verb after "and" is the subject's next statement, not one more task.
    if (token.lower === 'and' && tokens[i + 1]?.pos === 'VERB' && /s$/u.test(tokens[i + 1]!.lower) && tokens[i + 1]!.lemma !== tokens[i + 1]!.lower && i > start) return i;
    // "…, which …", "…, was approved": a pronoun, subordinator or auxiliary after a comma opens another clause.
    if (token.text === ',' && (tokens[i + 1]?.pos === 'PRON' || tokens[i + 1]?.pos === 'SCONJ' || tokens[i + 1]?.pos === 'AUX')) return i;
    // "…, according to the plan": the source of the statement closes the list.
    if (token.text === ',' && tokens[i + 1]?.lower === 'according' && tokens[i + 2]?.lower === 'to') return i;
  }
  return tokens.length;
}

/** "consolidate and upgrade X": a verb without an object shares the next item's object. */
function mergeBareVerbs(lexicon: Lexicon, tokens: readonly TaggedToken[], items: TokenRange[]): TokenRange[] {
  const merged: TokenRange[] = [];
  let pending: number | undefined;
  for (const item of items) {
    const words = tokens.slice(item.first, item.last).filter((token) => token.isWord);
    if (words.length === 1 && isVerbLike(lexicon, words[0])) {
      pending ??= item.first;
      continue;
    }
    merged.push({ first: pending ?? item.first, last: item.last });
    pending = undefined;
  }
  return merged;
}
