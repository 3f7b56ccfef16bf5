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
}

export interface ListBlock {
  lead: TextLine;
  items: TextLine[];
}

export interface DocumentStructure {
  lines: TextLine[];
  lists: ListBlock[];
}

// Item markers: dashes and bullets (with or without a space: "-develop …"), "(2)", "2.", "2)", "a)", "(iv)", "一、".
const ITEM_MARKER = /^(?:[-–—•·●▪■◆*]+\s*|\(\d{1,2}\)\s*|\d{1,2}[.)、]\s+|[a-h][.)]\s+|\((?:[ivx]{1,4}|[a-h])\)\s*|[一二三四五六七八九十]{1,3}、\s*|（[一二三四五六七八九十\d]{1,3}）\s*)/u;
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_HEADING_WORDS = 14;
/** Lines after a lead that still read as items although they carry no marker ("A;" … "and B."). */
const MAX_UNMARKED_ITEM_WORDS = 30;

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
  const isItem = marker !== null && /^[\p{L}"“'‘(]/u.test(content.slice(marker[0].length));
  const opensBlock = /[:：]$/u.test(content);
  const words = content.match(WORD)?.length ?? 0;
  const kind: LineKind = isItem ? 'item' : !opensBlock && words <= MAX_HEADING_WORDS && !/[.!?。！？;；,，]$/u.test(content) ? 'heading' : 'paragraph';
  return { index, kind, start, end, contentStart: isItem ? start + marker![0].length : start, opensBlock };
}

/**
 * A line ending in a colon, then the item lines below it. Unmarked lines count
 * as items only while they read as items: short, ending in ";" or "," (or "."
 * for the last one), the way a list set one item per line is punctuated.
 */
function findListBlocks(text: string, lines: TextLine[]): ListBlock[] {
  const blocks: ListBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const lead = lines[i]!;
    if (!lead.opensBlock) continue;
    const items: TextLine[] = [];
    for (let j = i + 1; j < lines.length; j += 1) {
      const line = lines[j]!;
      if (line.kind === 'item') {
        items.push(line);
        continue;
      }
      const content = text.slice(line.start, line.end);
      const words = content.match(WORD)?.length ?? 0;
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
