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
// Each pattern with a cheap test for a part every match contains: most sentences have
// none, and the name-run patterns are slow to fail on long capitalised text.
const NAMED: readonly [RegExp, RegExp][] = [
  [CAPITALISED, /\s(?:Project|Program|Programme|Initiative|Strategy|Campaign)\b/u],
  [LOWER_STRATEGY, /\sstrategy\b/u],
];
const APPOSITION_TAIL = new RegExp(`,\\s+(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${KINDS})\\b`, 'u');
// One pattern per suffix list (the lexicon's), instead of one per sentence.
const ZONE_FOR_BY_SUFFIXES = new WeakMap<readonly string[], RegExp | undefined>();

function zoneForPattern(zoneSuffixes: readonly string[]): RegExp | undefined {
  if (ZONE_FOR_BY_SUFFIXES.has(zoneSuffixes)) return ZONE_FOR_BY_SUFFIXES.get(zoneSuffixes);
  const suffixes = zoneSuffixes.map((suffix) => suffix.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  const pattern = suffixes ? ZONE_FOR(suffixes) : undefined;
  ZONE_FOR_BY_SUFFIXES.set(zoneSuffixes, pattern);
  return pattern;
}

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
  for (const [pattern, present] of NAMED) {
    if (!present.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const start = dropOpener(text, match.index, end);
      if (/['’]s\b/u.test(text.slice(start, end)) || !/\s/u.test(text.slice(start, end).trim())) continue;
      found.push({ label: text.slice(start, end), start, end });
    }
  }
  for (const match of APPOSITION_TAIL.test(text) ? text.matchAll(APPOSITION) : []) {
    const start = dropOpener(text, match.index, match.index + match[1]!.length);
    const end = match.index + match[1]!.length;
    if (/\s/u.test(text.slice(start, end))) found.push({ label: text.slice(start, end), start, end });
  }
  const zoneFor = zoneForPattern(zoneSuffixes);
  if (zoneFor) {
    for (const match of text.matchAll(zoneFor)) found.push({ label: match[0], start: match.index, end: match.index + match[0].length });
  }
  // Longest first, then no overlaps.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ProgrammeName[] = [];
  for (const name of found) if (!kept.some((other) => name.start < other.end && other.start < name.end)) kept.push(name);
  return kept.sort((a, b) => a.start - b.start);
}
