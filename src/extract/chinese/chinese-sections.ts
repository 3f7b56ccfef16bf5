import type { TextLine } from '../../annotate/structure.js';
import type { ExtractContext } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp } from '../core/text-match.js';
import { chineseSentences, foldChinese, longestFirst, taskVerbEnd } from './chinese-text.js';

export type SectionKind = 'task' | 'target' | 'area' | 'past' | 'other';

export interface Section {
  heading: TextLine;
  /** The heading's text after its marker ("2025年重点工作"). */
  title: string;
  kind: SectionKind;
}

const leadPatterns = perLexicon((lexicon: Lexicon) => {
  const alt = (words: readonly string[]) => longestFirst(words).map(escapeRegExp).join('|');
  return {
    target: new RegExp(`(?:${alt(lexicon.zhTargetLeadHeads)})$`, 'u'),
    task: new RegExp(`(?:${alt(lexicon.zhTaskLeadHeads)})$`, 'u'),
    area: new RegExp(`(?:${alt(lexicon.zhAreaLeadHeads)})$`, 'u'),
    past: new RegExp(`(?:${alt(lexicon.zhPastMarkers)})`, 'u'),
  };
});

/** What a heading announces: a block of targets, of tasks, of areas, a review of the past, or nothing the readers use. */
export function sectionKind(title: string, lexicon: Lexicon): SectionKind {
  const folded = foldChinese(title, lexicon);
  const patterns = leadPatterns(lexicon);
  if (patterns.past.test(folded)) return 'past';
  if (patterns.target.test(folded)) return 'target';
  if (patterns.task.test(folded)) return 'task';
  if (patterns.area.test(folded)) return 'area';
  return 'other';
}

const sectionCache = new WeakMap<ExtractContext, Map<number, Section | undefined>>();

/**
 * The section a line stands in: the nearest heading above it numbered with a
 * Chinese numeral ("二、…", "（一）…") or set as a heading line. Headings that
 * read as tasks themselves ("坚持…") open no section.
 */
export function sectionOf(context: ExtractContext, line: TextLine): Section | undefined {
  let cache = sectionCache.get(context);
  if (!cache) {
    cache = new Map();
    let current: Section | undefined;
    for (const each of context.annotated.structure.lines) {
      const opens = each.marker === 'chinese-number' || (each.kind === 'heading' && each.index > 0);
      if (opens) {
        const title = context.document.text.slice(each.contentStart, each.end).replace(/[：:]$/u, '');
        // A heading line that is one item of the section ("坚持统筹兼顾") keeps the section open.
        const isItem = each.marker !== 'chinese-number' && taskVerbEnd(foldChinese(title, context.lexicon), context.lexicon) !== undefined;
        const kind = sectionKind(title, context.lexicon);
        // Under a numbered heading ("一、…工作回顾"), short unmarked lines are its items unless they name a section of their own.
        const underNumbered = each.marker !== 'chinese-number' && current?.heading.marker === 'chinese-number' && kind === 'other';
        if (!isItem && !underNumbered) current = { heading: each, title, kind };
      }
      cache.set(each.index, current && current.heading !== each ? current : undefined);
    }
    sectionCache.set(context, cache);
  }
  return labelSection(context, line) ?? cache.get(line.index);
}

/** A "主要目标：A；B；C。" line is a section of its own: the label is the heading, the rest its items. */
export function labelSection(context: ExtractContext, line: TextLine): Section | undefined {
  if (line.labelEnd === undefined) return undefined;
  const label = context.document.text.slice(line.contentStart, line.labelEnd);
  // "方案提出四方面重点任务：" — the heading is the noun phrase after the reporting verb.
  const folded = foldChinese(label, context.lexicon);
  const cut = Math.max(0, ...context.lexicon.zhLeadVerbs.map((verb) => { const at = folded.lastIndexOf(verb); return at === -1 ? 0 : at + verb.length; }));
  const title = label.slice(cut);
  if (title.length < 2) return undefined;
  const kind = sectionKind(title, context.lexicon);
  return kind === 'task' || kind === 'target' || kind === 'area' ? { heading: { ...line, contentStart: line.contentStart + cut }, title, kind } : undefined;
}

/** The Group a section heading names ("2025年主要目标任务"), made once. */
export function sectionGroup(context: ExtractContext, section: Section): string {
  const sentence = chineseSentences(context).find((s) => s.view.sentence.end > section.heading.contentStart && s.view.sentence.start < section.heading.end)?.view.sentence;
  const start = Math.max(0, section.heading.contentStart - (sentence?.start ?? 0));
  const aliases = [section.title.replace(/^\d{4}年/u, '')];
  const evidence = sentence
    ? evidenceAt(context.document, sentence, start, start + section.title.length)
    : evidenceAt(context.document, { index: 0, start: 0, end: 0, text: '' }, 0, 0);
  return context.store.addEntity({ entityType: 'Group', label: section.title, aliases, evidence });
}
