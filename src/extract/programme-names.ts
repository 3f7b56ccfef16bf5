/** A programme named by its written form, with the span it covers (sentence-relative). */
export interface ProgrammeName {
  label: string;
  start: number;
  end: number;
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}?[\p{L}\p{N}]+)*`;
// Bounded: programme names are short, and an unbounded run backtracks over long capitalised text.
const NAME_RUN = String.raw`${NAME_WORD}(?:\s+(?:and\s+)?${NAME_WORD}){0,8}`;
const KINDS = 'project|program|programme|initiative|strategy|campaign';
// '"East Data, West Computing" project': a quoted name followed by the kind of programme it is.
const QUOTED = new RegExp(`["“]([^"”]{3,60})["”]\\s+(${KINDS})\\b`, 'gu');
// "Three-North Shelterbelt Forest Program": a capitalised name ending in the kind of programme.
const CAPITALISED = new RegExp(`(?<![\\p{L}'’])(${NAME_RUN})\\s+(Project|Program|Programme|Initiative|Strategy|Campaign)\\b`, 'gu');
// "Digital Fujian, a program launched …": a name set in apposition to the kind of programme.
const APPOSITION = new RegExp(`(?<![\\p{L}'’])(${NAME_WORD}(?:\\s+${NAME_WORD}){1,6}),\\s+(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${KINDS})\\b`, 'gu');
// "the Beijing-Tianjin-Hebei coordinated development strategy": a named strategy in lower case.
const LOWER_STRATEGY = new RegExp(`(?<![\\p{L}'’])(${NAME_WORD}(?:\\s+${NAME_WORD}){0,6})\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3})strategy\\b`, 'gu');
// "a demonstration zone for integrated cross-Strait development": a bare zone named by its purpose.
const ZONE_FOR = (suffixes: string) => new RegExp(`\\b(?:${suffixes})\\s+for\\s+(?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+(?=\\s+(?:in|on|at|by|with|and|to|of)\\b|[,.;]|$)`, 'giu');
// Sentence-initial words that only look like names.
const OPENERS = new Set(['The', 'A', 'An', 'This', 'Its', 'Our', 'Their', 'We', 'It']);

function dropOpener(text: string, start: number, end: number): number {
  const first = /^(\S+)\s+/u.exec(text.slice(start, end));
  return first && OPENERS.has(first[1]!) ? start + first[0].length : start;
}

/** Programme names written as names: quoted, capitalised, in apposition, "<Name> … strategy", "demonstration zone for …". */
export function findProgrammeNames(text: string, zoneSuffixes: readonly string[]): ProgrammeName[] {
  const found: ProgrammeName[] = [];
  for (const match of text.matchAll(QUOTED)) {
    found.push({ label: `${match[1]!.trim()} ${match[2]!}`, start: match.index, end: match.index + match[0].length });
  }
  for (const pattern of [CAPITALISED, LOWER_STRATEGY]) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const start = dropOpener(text, match.index, end);
      if (/['’]s\b/u.test(text.slice(start, end)) || !/\s/u.test(text.slice(start, end).trim())) continue;
      found.push({ label: text.slice(start, end), start, end });
    }
  }
  for (const match of text.matchAll(APPOSITION)) {
    const start = dropOpener(text, match.index, match.index + match[1]!.length);
    const end = match.index + match[1]!.length;
    if (/\s/u.test(text.slice(start, end))) found.push({ label: text.slice(start, end), start, end });
  }
  const suffixes = zoneSuffixes.map((suffix) => suffix.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  if (suffixes) {
    for (const match of text.matchAll(ZONE_FOR(suffixes))) found.push({ label: match[0], start: match.index, end: match.index + match[0].length });
  }
  // Longest first, then no overlaps.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ProgrammeName[] = [];
  for (const name of found) if (!kept.some((other) => name.start < other.end && other.start < name.end)) kept.push(name);
  return kept.sort((a, b) => a.start - b.start);
}
