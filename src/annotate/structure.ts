/**
 * The layout of a plan text, read from its lines: headings, paragraphs, list
 * items (dashed, bulleted, numbered) and the lead lines that open a block of
 * items ("… in eight aspects:" followed by one item per line). Pure text
 * layout; what the items mean is decided by the extractors.
 */

export type LineKind = 'heading' | 'item' | 'paragraph';

export interface TextLine {
  index: number;
  kind: LineKind;
  /** Document offsets of the line's text, surrounding white space excluded. */
  start: number;
  end: number;
  /** Where the content starts after an item marker ("-", "•", "(2)", "3."); equals `start` without one. */
  contentStart: number;
  /** The line ends with a colon: it introduces what follows. */
  opensBlock: boolean;
  /** What marks the item: a dash or bullet, an Arabic number ("2.", "(2)", "（2）"), a Chinese number ("二、", "（二）"). */
  marker: ItemMarker;
  /** A "label：content" line ("主要目标：…"): where the label ends (document offset of the colon). */
  labelEnd?: number;
}

export type ItemMarker = 'none' | 'dash' | 'number' | 'chinese-number';

export interface ListBlock {
  lead: TextLine;
  items: TextLine[];
}

export interface DocumentStructure {
  lines: TextLine[];
  lists: ListBlock[];
}

// Item markers: dashes and bullets (with or without a space: "-develop …"), "(2)", "2.", "2)", "a)", "(iv)", "一、".
// Chinese numbering: "一、" "（一）" for sections, "1." "1、" "（1）" for items, written straight against the text.
const ITEM_MARKER = /^(?:[-–—•·●▪■◆*]+\s*|\(\d{1,2}\)\s*|\d{1,2}[.)、]\s+|\d{1,2}[.．、](?=\p{Script=Han})|[a-h][.)]\s+|\((?:[ivx]{1,4}|[a-h])\)\s*|[一二三四五六七八九十]{1,3}、\s*|[（(][一二三四五六七八九十]{1,3}[）)]\s*|（\d{1,3}）\s*)/u;
const CHINESE_NUMBER_MARKER = /^[（(]?[一二三四五六七八九十]/u;
// A Han character carries about half an English word: a heading of 14 words is about 28 characters.
const WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+|\p{Script=Han}{1,2}/gu;
/** "主要目标：…" — a short label before a colon, then the content. */
const LABEL_COLON = /^[^：:。；;，,]{2,16}[：:](?=.)/u;
/** "Service sector: Implementing …" — a capitalised label of a few words, a colon, then the content. */
const ENGLISH_LABEL_COLON = /^\p{Lu}[^:：.;,!?"“”]{1,80}:\s+(?=\S)/u;
const MAX_ENGLISH_LABEL_WORDS = 10;
/** A label names something; a finite verb makes the words before the colon a clause ("The plan is clear about one thing: …"). */
const CLAUSE_VERB = /\b(?:is|are|was|were|will|shall|said|says|has|have|had|would|should|can|must)\b/iu;
const MAX_HEADING_WORDS = 14;
/** Lines after a lead that still read as items although they carry no marker ("A;" … "and B."). */
const MAX_UNMARKED_ITEM_WORDS = 30;

/** Like `content.match(WORD).length`: Latin words plus Han characters by pairs. */
function countWords(content: string): number {
  return content.match(WORD)?.length ?? 0;
}

export function readStructure(text: string): DocumentStructure {
  const lines: TextLine[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/u.test(text[start]!)) start += 1;
    while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
    if (end > start) lines.push(classifyLine(text, lines.length, start, end));
    lineStart = lineEnd + 1;
  }
  return { lines, lists: findListBlocks(text, lines) };
}

function classifyLine(text: string, index: number, start: number, end: number): TextLine {
  const content = text.slice(start, end);
  const marker = ITEM_MARKER.exec(content);
  // A dash that joins words ("-- Xinhua") or a negative number is not a marker; a marker is followed by a letter.
  const isItem = marker !== null && /^[\p{L}\p{N}"“'‘(「《]/u.test(content.slice(marker[0].length));
  const opensBlock = /[:：]$/u.test(content);
  const words = countWords(content);
  const kind: LineKind = isItem ? 'item' : !opensBlock && words <= MAX_HEADING_WORDS && !/[.!?。！？;；,，]$/u.test(content) ? 'heading' : 'paragraph';
  const contentStart = isItem ? start + marker![0].length : start;
  const line: TextLine = { index, kind, start, end, contentStart, opensBlock, marker: !isItem ? 'none' : CHINESE_NUMBER_MARKER.test(marker![0]) ? 'chinese-number' : /\d/u.test(marker![0]) ? 'number' : 'dash' };
  const rest = text.slice(contentStart, end);
  const english = opensBlock ? null : ENGLISH_LABEL_COLON.exec(rest);
  const label = opensBlock ? null : english && countWords(english[0]) <= MAX_ENGLISH_LABEL_WORDS && !CLAUSE_VERB.test(english[0]) ? english : LABEL_COLON.exec(rest);
  if (label) line.labelEnd = contentStart + label[0].replace(/\s+$/u, '').length - 1;
  return line;
}

/**
 * A line ending in a colon, then the item lines below it. Unmarked lines count
 * as items only while they read as items: short, ending in ";" or "," (or "."
 * for the last one), the way a list set one item per line is punctuated.
 * A heading directly above marked item lines leads them too ("New infrastructure"
 * then "- …" lines), as a section of a bulleted summary.
 */
function findListBlocks(text: string, lines: TextLine[]): ListBlock[] {
  const blocks: ListBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const lead = lines[i]!;
    const headsItems = lead.kind === 'heading' && lines[i + 1]?.kind === 'item';
    if (!lead.opensBlock && !headsItems) continue;
    const items: TextLine[] = [];
    for (let j = i + 1; j < lines.length; j += 1) {
      const line = lines[j]!;
      if (line.kind === 'item') {
        items.push(line);
        continue;
      }
      if (!lead.opensBlock) break;
      const content = text.slice(line.start, line.end);
      const words = countWords(content);
      if (items.every((item) => item.kind !== 'item') && !line.opensBlock && words <= MAX_UNMARKED_ITEM_WORDS && /[;；,，]$/u.test(content)) {
        items.push(line);
        continue;
      }
      // The last unmarked item closes the list with a full stop.
      if (items.length > 0 && items.every((item) => item.kind !== 'item') && words <= MAX_UNMARKED_ITEM_WORDS && /[.。]$/u.test(content)) items.push(line);
      break;
    }
    if (items.length > 0) blocks.push({ lead, items });
  }
  return blocks;
}
