import type { TextLine } from '../../annotate/structure.js';
import type { TaggedToken } from '../../annotate/tagged-token.js';
import type { EntityType } from '../../model/vocabulary.js';
import { countValue, hasFigure, isVerbLike, skipAdverbs, trimPhrase, verbForm, type TokenRange } from './chunks.js';
import { bodySentences, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import { goalStarts } from './goal-phrases.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { addPhraseItem } from '../core/phrase-items.js';

/** What a block's lead says its items are: a fixed type, or "by their own form". */
/** A fixed type; "by their own form" (aspects, tasks); or a lead noun the table does not know, where only actions are read. */
type LeadTyping = EntityType | 'byForm' | 'unknown';

interface BlockWords {
  leadTypes: Map<string, LeadTyping>;
  goalHeads: Set<string>;
  industryHeads: Set<string>;
}

/**
 * The typing table, as data: a lead noun from the lexicon's lead-head lists or
 * list heads gives the items' type; "aspects", "tasks", "objectives" let each
 * item's own form decide (a verb first: a task; a goal noun: a key area; an
 * industry noun: an industry).
 */
const blockWordsFor = perLexicon((lexicon: Lexicon): BlockWords => {
  const leadTypes = new Map<string, LeadTyping>();
  for (const head of lexicon.listHeads) for (const phrase of head.phrases) leadTypes.set(lastWord(phrase), head.entityType);
  for (const word of lexicon.areaLeadHeads) leadTypes.set(word.toLowerCase(), 'KeyArea');
  for (const word of lexicon.targetLeadHeads) leadTypes.set(lastWord(word), 'Target');
  for (const word of lexicon.taskLeadHeads) leadTypes.set(word.toLowerCase(), 'byForm');
  return {
    leadTypes,
    goalHeads: new Set(lexicon.goalHeads.map((word) => word.toLowerCase())),
    industryHeads: new Set(lexicon.industryHeads.map((word) => word.toLowerCase())),
  };
});

function lastWord(phrase: string): string {
  return phrase.toLowerCase().split(/\s+/u).pop() ?? phrase.toLowerCase();
}

interface Lead {
  typing: LeadTyping;
  /** Token range of the head phrase ("main targets", "eight aspects" without the number). */
  head?: TokenRange;
  count?: number;
  view: SentenceView;
}

/**
 * Blocks of items the layout sets out: a lead line ending in a colon ("… in
 * eight aspects:") and one item per line below it, or paragraphs that each
 * open with an imperative ("Strengthen …"); and headings that state a task on
 * their own ("4. Building a modern fishing fleet"). A count in the lead
 * becomes a Group with declaredCount and the number of items named.
 */
export function extractBlockLists(context: ExtractContext): LabelledLines {
  const byLine = new Map<number, SentenceView[]>();
  for (const view of context.sentences) {
    const list = byLine.get(view.line.index) ?? [];
    list.push(view);
    byLine.set(view.line.index, list);
  }
  // Run-in labels first: the item line's label, not the whole line, is the block's key area.
  readRunInLabels(context, byLine);
  const labelled = readColonLabels(context, byLine);
  const inBlock = new Set<number>();
  const { lines } = context.annotated.structure;
  const headings = new Set(context.annotated.structure.lists.filter((list) => !list.lead.opensBlock).map((list) => list.lead.index));
  const body = new Set(bodySentences(context).map((view) => view.sentence.index));
  for (const line of lines) {
    if ((!line.opensBlock && !headings.has(line.index)) || inBlock.has(line.index)) continue;
    const leadView = byLine.get(line.index)?.at(-1);
    if (!leadView || leadView.caption) continue;
    const lead = readLead(context, leadView);
    const items = blockItems(context, line, lines, byLine);
    if (items.length === 0) continue;
    for (const item of items) inBlock.add(item.line.index);
    const keys = readBlock(context, lead, items, labelled);
    // A section heading that names no list ("New infrastructure" over its "- …" lines) is the field its items work in.
    if (headings.has(line.index) && lead.typing === 'unknown' && body.has(leadView.sentence.index)) addSectionArea(context, leadView, keys);
  }
  // The headline names the document; the body states its tasks.
  for (const line of lines) {
    if (inBlock.has(line.index)) continue;
    // The sentence the content starts in: a marker such as "3." may stand as a sentence of its own.
    const view = byLine.get(line.index)?.find((candidate) => candidate.sentence.end > line.contentStart);
    if (!view || view.caption || line.opensBlock || labelled.has(line.index) || !body.has(view.sentence.index)) continue;
    // A paragraph counts only when it opens with a run-in heading: a short sentence that is one action.
    if (line.kind === 'paragraph' && !runInHeading(context, view, byLine.get(line.index)!.length)) continue;
    const range = itemRange(context, view);
    const verbAt = range ? skipAdverbs(view.tagged, range.first, range.last) : -1;
    // An item line states a task with a verb in its base or -ing form; "Improved life quality …" states a result.
    if (range && isVerbLike(context.lexicon, view.tagged[verbAt], view.tagged[verbAt + 1], true) && !pastParticiple(context.lexicon, view.tagged[verbAt]!)) {
      // The line is the task: concepts read inside it are its objects, only another task stands in its way.
      if (!hasGoal(context, view)) addPhraseItem(context, view, view.tagged, range, 'PriorityTask', undefined, undefined, (type) => type === 'PriorityTask');
    }
  }
  return labelled;
}

/** The KeyArea each labelled item line's label names, by line index. */
export type LabelledLines = ReadonlyMap<number, string>;

/** What the readers found after a line's label (tasks, industries, initiatives) is related to the label's KeyArea. */
export function relateLabelledLines(context: ExtractContext, labelled: LabelledLines): void {
  if (labelled.size === 0) return;
  for (const view of context.sentences) {
    const area = labelled.get(view.line.index);
    const labelEnd = view.line.labelEnd;
    if (area === undefined || labelEnd === undefined || labelEnd < view.sentence.start || labelEnd >= view.sentence.end) continue;
    for (const mention of context.store.mentionsInSentence(view.sentence.index)) {
      if (mention.key === area || mention.start <= labelEnd || !LABEL_CONTENT_TYPES.has(mention.entityType)) continue;
      context.store.addRelation(area, 'relatedTo', mention.key, evidenceAt(context.document, view.sentence, mention.start, mention.end));
    }
  }
}

const LABEL_CONTENT_TYPES: ReadonlySet<EntityType> = new Set(['PriorityTask', 'Industry', 'Initiative']);

const MAX_RUN_IN_WORDS = 14;

/** "Improved", "Upgraded": an -ed form whose lemma differs is a participle, not an imperative. */
function pastParticiple(lexicon: Lexicon, token: TaggedToken): boolean {
  // "Speed up …" ends in -ed but is a plan verb's base form.
  return /ed$/u.test(token.lower) && token.lemma !== token.lower && !lexicon.planVerbs.includes(token.lower);
}
/** "• Economic strength Zhanjiang's GDP …": a label of up to this many words runs into the item's first sentence. */
const MAX_RUN_IN_LABEL_WORDS = 4;

/**
 * Bulleted items that open with a run-in label and no mark after it, as text taken from a
 * laid-out page writes them: a capitalised phrase of a few lower-case words, then a new
 * sentence starting with a capital ("• Convenient transport The length of highways …").
 * The label names the field the item is about: a KeyArea.
 */
function readRunInLabels(context: ExtractContext, byLine: Map<number, SentenceView[]>): void {
  for (const line of context.annotated.structure.lines) {
    if (line.kind !== 'item' || line.marker !== 'dash') continue;
    const view = byLine.get(line.index)?.find((candidate) => candidate.sentence.end > line.contentStart);
    if (!view) continue;
    const offset = line.contentStart - view.sentence.start;
    const tokens = view.tagged;
    const first = tokens.findIndex((token) => token.start >= offset && token.isWord);
    if (first < 0 || !/^\p{Lu}\p{Ll}/u.test(tokens[first]!.text)) continue;
    let next = first + 1;
    while (next < tokens.length && next - first < MAX_RUN_IN_LABEL_WORDS && tokens[next]!.isWord && /^\p{Ll}/u.test(tokens[next]!.text)) next += 1;
    const opener = tokens[next];
    // The sentence after the label starts with a capital and goes on for a while.
    if (!opener || next === first + 0 || !/^\p{Lu}/u.test(opener.text) || tokens.length - next < 4) continue;
    const range = { first, last: next };
    // A label is a noun phrase: no article first ("The number of …"), no preposition last, no verb first.
    const last = tokens[next - 1]!;
    if (tokens[first]!.pos === 'DET' || last.pos === 'ADP' || last.pos === 'DET' || (isVerbLike(context.lexicon, tokens[first], tokens[first + 1], true) && !pastParticiple(context.lexicon, tokens[first]!))) continue;
    addPhraseItem(context, view, tokens, range, 'KeyArea', undefined, undefined, (type) => type === 'KeyArea');
  }
}

/**
 * "• Service sector: Implementing actions to …, improving …": a line that opens
 * with a short label and a colon. The label names the field the line is about
 * (a KeyArea); what follows the colon is read by the other readers, the task
 * reader taking a verb right after the colon as the start of a task series;
 * relateLabelledLines then ties what they found to the label.
 */
function readColonLabels(context: ExtractContext, byLine: Map<number, SentenceView[]>): Map<number, string> {
  const read = new Map<number, string>();
  for (const line of context.annotated.structure.lines) {
    // Only a marked item: a paragraph "Areas for breakthroughs: A, B and C" is a list lead, read by the list frames.
    if (line.labelEnd === undefined || line.kind !== 'item') continue;
    const view = byLine.get(line.index)?.find((candidate) => candidate.sentence.end > line.contentStart);
    const key = view && !view.caption ? labelledKeyArea(context, view) : undefined;
    if (key) read.set(line.index, key);
  }
  return read;
}

/** The KeyArea (or, for an action, the PriorityTask) a labelled line's label names; undefined for a figure (then the line reads as a whole). */
function labelledKeyArea(context: ExtractContext, view: SentenceView): string | undefined {
  const line = view.line;
  if (line.labelEnd === undefined || line.labelEnd > view.sentence.end) return undefined;
  const tokens = view.tagged;
  const offset = line.contentStart - view.sentence.start;
  const colonAt = line.labelEnd - view.sentence.start;
  const first = tokens.findIndex((token) => token.start >= offset && token.isWord);
  const colon = tokens.findIndex((token) => token.start >= colonAt);
  if (first < 0 || colon <= first) return undefined;
  const range = trimPhrase(context.lexicon, tokens, { first, last: colon });
  if (range.last <= range.first || hasFigure(tokens, view.quantities, range)) return undefined;
  if (!tokens.slice(range.first, range.last).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return undefined;
  // "- Promote urban renewal: the district will …": a label that is an action heads the line as a task.
  const action = isVerbLike(context.lexicon, tokens[range.first], tokens[range.first + 1], true) && !pastParticiple(context.lexicon, tokens[range.first]!);
  const entityType = action ? 'PriorityTask' : 'KeyArea';
  return addPhraseItem(context, view, tokens, range, entityType, undefined, undefined, (type) => type === entityType);
}

/**
 * "Restoring the river banks. Work on the banks will …":
 * a paragraph whose first sentence is a capitalised verb phrase with no verb
 * of its own after the first, followed by more sentences, is headed by a task.
 */
function runInHeading(context: ExtractContext, view: SentenceView, sentencesInLine: number): boolean {
  const tokens = view.tagged.filter((token) => token.isWord);
  const first = tokens[0];
  if (sentencesInLine < 2 || !first || first.start !== 0 || tokens.length > MAX_RUN_IN_WORDS || !/^\p{Lu}/u.test(first.text)) return false;
  return !tokens.slice(1).some((token) => token.pos === 'AUX' || (token.pos === 'VERB' && /(?:s|ed)$/u.test(token.lower) && token.lemma !== token.lower));
}

interface BlockItem {
  line: TextLine;
  view: SentenceView;
}

function blockItems(context: ExtractContext, lead: TextLine, lines: readonly TextLine[], byLine: Map<number, SentenceView[]>): BlockItem[] {
  const block = context.annotated.structure.lists.find((list) => list.lead.index === lead.index);
  if (block) {
    return block.items.flatMap((line) => {
      const view = byLine.get(line.index)?.find((candidate) => candidate.sentence.end > line.contentStart);
      return view ? [{ line, view }] : [];
    });
  }
  // No item lines: paragraphs that open with an imperative sentence, one objective each.
  const items: BlockItem[] = [];
  for (let i = lead.index + 1; i < lines.length; i += 1) {
    const view = byLine.get(lines[i]!.index)?.[0];
    const first = view?.tagged.find((token) => token.isWord);
    if (!view || !first || first.start !== 0 || !isVerbLike(context.lexicon, first, view.tagged[view.tagged.indexOf(first) + 1]) || first.lower.endsWith('ing') || first.pos === 'PROPN') break;
    items.push({ line: lines[i]!, view });
  }
  return items;
}

function readLead(context: ExtractContext, view: SentenceView): Lead {
  const tokens = view.tagged;
  const { leadTypes } = blockWordsFor(context.lexicon);
  let colon = tokens.length - 1;
  while (colon > 0 && tokens[colon]!.text !== ':' && tokens[colon]!.text !== '：') colon -= 1;
  // A heading without a colon is read whole.
  if (tokens[colon]?.text !== ':' && tokens[colon]?.text !== '：') colon = tokens.length;
  // The lead's list noun, past a phrase that places it ("main targets for the … period:"), else its last noun.
  let head = colon - 1;
  while (head >= 0 && !leadTypes.has(tokens[head]!.lower)) head -= 1;
  if (head < 0) {
    head = colon - 1;
    while (head >= 0 && tokens[head]!.pos !== 'NOUN' && tokens[head]!.pos !== 'PROPN') head -= 1;
  }
  if (head < 0) return { typing: 'unknown', view };
  // The qualifiers and the count before the head noun: "the following five main tasks".
  let first = head;
  let count: number | undefined;
  for (let i = head - 1; i >= Math.max(0, head - 4); i -= 1) {
    const token = tokens[i]!;
    const number = countValue(context.lexicon, token);
    if (number !== undefined) {
      count = number;
      break;
    }
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'VERB') break;
    first = i;
  }
  let typing = leadTypes.get(tokens[head]!.lower) ?? 'unknown';
  // "key tasks in eight areas:": the noun before "in" says what the items are; the counted noun groups them.
  const preposition = first - (count === undefined ? 1 : 2);
  if (/^(?:in|across|covering)$/u.test(tokens[preposition]?.lower ?? '')) {
    const owner = leadTypes.get(tokens[preposition - 1]?.lower ?? '');
    if (owner !== undefined) typing = owner;
  }
  return { typing, head: { first, last: head + 1 }, ...(count === undefined ? {} : { count }), view };
}


function readBlock(context: ExtractContext, lead: Lead, items: BlockItem[], labelled: ReadonlyMap<number, string>): string[] {
  const keys: string[] = [];
  const { store, plan, document } = context;
  let groupKey: string | undefined;
  // A lead that qualifies its list noun ("The detailed targets are:", "main tasks for the period:") names a set the items belong to.
  const qualified = lead.head !== undefined && lead.head.last - lead.head.first >= 2 && lead.typing !== 'unknown';
  if ((lead.count !== undefined || qualified) && lead.head && context.options.declaredListNodes) {
    const tokens = lead.view.tagged;
    const start = tokens[lead.head.first]!.start;
    const end = tokens[lead.head.last - 1]!.end;
    const evidence = evidenceAt(document, lead.view.sentence, start, end);
    // The counted head may already be a Group read by the list frames: the block's items belong to it.
    const known = store.mentionsInSentence(lead.view.sentence.index).find((mention) => mention.entityType === 'Group' && mention.start < evidence.end && evidence.start < mention.end);
    // The count as written names the group too ("eight aspects").
    const countToken = tokens[lead.head.first - 1];
    const counted = countToken && countValue(context.lexicon, countToken) !== undefined ? [lead.view.sentence.text.slice(countToken.start, end)] : [];
    groupKey = known?.key ?? store.addEntity({ entityType: 'Group', label: lead.view.sentence.text.slice(start, end), aliases: counted, evidence, ...(lead.count !== undefined ? { declaredCount: lead.count } : {}) });
    store.addRelation(plan.key, 'includes', groupKey, evidence);
  }
  let named = 0;
  for (const item of items) {
    const range = itemRange(context, item.view);
    if (!range) continue;
    named += 1;
    // "Service sector: Implementing …": the label reader has read the line as a field and its tasks.
    const label = labelled.get(item.line.index);
    if (label) {
      keys.push(label);
      continue;
    }
    if (hasGoal(context, item.view)) continue;
    const entityType = itemType(context, lead.typing, item.view, range);
    if (entityType === undefined || entityType === 'Target') continue;
    // An item line that is a task holds its objects; only another task stands in its way.
    const blocking = entityType === 'PriorityTask' ? (type: EntityType) => type === 'PriorityTask' : undefined;
    const key = addPhraseItem(context, item.view, item.view.tagged, range, entityType, groupKey, undefined, blocking);
    if (key) keys.push(key);
  }
  if (groupKey) {
    const group = store.get(groupKey);
    if (group) group.namedCount = Math.min(named, group.declaredCount ?? named);
  }
  return keys;
}

/** The heading as a KeyArea of the plan, related to each item read under it; a verb-first heading is a task's, not a field's. */
function addSectionArea(context: ExtractContext, view: SentenceView, itemKeys: readonly string[]): void {
  const tokens = view.tagged;
  const range = trimPhrase(context.lexicon, tokens, { first: 0, last: tokens.length });
  if (range.last <= range.first || isVerbLike(context.lexicon, tokens[range.first], tokens[range.first + 1], true) || !tokens.slice(range.first, range.last).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return;
  const key = addPhraseItem(context, view, tokens, range, 'KeyArea', undefined, undefined, (type) => type !== 'Place' && type !== 'Region' && type !== 'Organization');
  if (!key) return;
  for (const item of itemKeys) {
    const record = context.store.get(item);
    const mention = record?.mentions[record.mentions.length - 1];
    if (mention) context.store.addRelation(key, 'relatedTo', item, mention);
  }
}

/** The item's tokens after its marker, without its closing "; and" or full stop. */
function itemRange(context: ExtractContext, view: SentenceView): TokenRange | undefined {
  const offset = view.line.contentStart - view.sentence.start;
  let first = view.tagged.findIndex((token) => token.start >= offset && token.isWord);
  if (first < 0) return undefined;
  // "- To renovate old houses": an item written as an infinitive states its task after "to".
  if (view.tagged[first]!.lower === 'to' && isVerbLike(context.lexicon, view.tagged[first + 1], view.tagged[first + 2], true)) first += 1;
  const range = trimPhrase(context.lexicon, view.tagged, { first, last: view.tagged.length });
  // An imperative paragraph's item is its first clause.
  return range.last > range.first ? range : undefined;
}

function hasGoal(context: ExtractContext, view: SentenceView): boolean {
  return goalStarts(context.lexicon, view.tagged).length > 0;
}

function itemType(context: ExtractContext, typing: LeadTyping, view: SentenceView, range: TokenRange): EntityType | undefined {
  const tokens = view.tagged;
  // A number joined to the next word ("a five-year plan") qualifies it; it is no figure.
  // A figure is a number: "year" in "five-year" is tagged a duration but counts nothing.
  const figure = tokens.slice(range.first, range.last).some((token, k) => token.quantity !== undefined && view.quantities[token.quantity]!.kind !== 'DATE' && (token.pos === 'NUM' || /\d/u.test(token.text)) && tokens[range.first + k + 1]?.text !== '-');
  // "The main targets are:" then "- Develop more green farms": a target without a figure is an action to take when it
  // opens with a verb's base form, else a state to reach ("- Cleaner rivers", "- Optimizing the industrial structure").
  if (typing === 'Target') {
    if (figure) return 'Target';
    const verb = skipAdverbs(tokens, range.first, range.last);
    return isVerbLike(context.lexicon, tokens[verb], tokens[verb + 1], true) && verbForm(tokens[verb]!) === 'base' && !pastParticiple(context.lexicon, tokens[verb]!) ? 'PriorityTask' : 'KeyArea';
  }
  if (typing !== 'byForm' && typing !== 'unknown') return typing;
  if (figure) return 'Target';
  // "Vigorously initiate …", "Further implement …": an item may open with adverbs before its verb.
  const verbAt = skipAdverbs(tokens, range.first, range.last);
  if (isVerbLike(context.lexicon, tokens[verbAt], tokens[verbAt + 1], true) && !pastParticiple(context.lexicon, tokens[verbAt]!)) return 'PriorityTask';
  if (typing === 'unknown') return undefined;
  const { goalHeads, industryHeads } = blockWordsFor(context.lexicon);
  let head: TaggedToken | undefined;
  for (let i = range.first; i < range.last; i += 1) {
    if (tokens[i]!.pos === 'ADP') break;
    if (tokens[i]!.pos === 'NOUN') head = tokens[i];
  }
  if (head && goalHeads.has(head.lower)) return 'KeyArea';
  if (head && industryHeads.has(head.lower)) return 'Industry';
  return 'KeyArea';
}
