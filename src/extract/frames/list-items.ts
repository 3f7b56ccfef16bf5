/** One item of an enumeration, with offsets relative to the text it was split from. */
export interface ListItem {
  start: number;
  end: number;
  text: string;
}

const TRAILING_FILLERS = /(?:,?\s+(?:etc\.?|and so on|among others|and more))+\s*$/iu;

/**
 * Splits "A, B, and C" / "A, B and C" / "A; B; C" / "A and B" into items.
 * Only the last item is split at "and", so "reform and opening-up" stays whole
 * as a middle item and "green and safe growth" stays whole after ", and".
 */
export function splitListItems(text: string): ListItem[] {
  const actions = splitActionItems(text);
  if (actions) return actions;
  const separator = hasTopLevel(text, ';') ? ';' : ',';
  const parts = splitTopLevel(text, separator);
  const items: ListItem[] = [];
  parts.forEach((part, index) => {
    const isLast = index === parts.length - 1;
    let { start, end } = part;
    const raw = text.slice(start, end);
    const conjunction = /^\s*(?:and|or|as well as)\s+/iu.exec(raw);
    if (conjunction) {
      items.push({ start: start + conjunction[0].length, end, text: '' });
      return;
    }
    if (isLast) {
      const joined = lastItemJoin(raw);
      if (joined) {
        items.push({ start, end: start + joined.index, text: '' });
        items.push({ start: start + joined.index + joined[0].length, end, text: '' });
        return;
      }
    }
    const alsoJoined = /\s+as well as\s+/iu.exec(raw);
    if (alsoJoined) {
      items.push({ start, end: start + alsoJoined.index, text: '' });
      start = start + alsoJoined.index + alsoJoined[0].length;
    }
    items.push({ start, end, text: '' });
  });
  return items
    .map((item) => trimItem(text, item.start, item.end))
    .filter((item): item is ListItem => item !== undefined);
}

/**
 * Where "B and C" splits: the first "and", unless it joins two capitalised
 * words and a later "and" can split instead, so "Belt and Road cooperation and
 * the AI revolution" keeps the name whole while "Jiangsu and Zhejiang" splits.
 */
function lastItemJoin(raw: string): RegExpExecArray | undefined {
  const joins = [...raw.matchAll(/\s+(?:and|or|as well as)\s+/giu)] as RegExpExecArray[];
  const insideName = (match: RegExpExecArray): boolean => {
    const before = /(\S+)$/u.exec(raw.slice(0, match.index))?.[1] ?? '';
    const after = /^(\S+)/u.exec(raw.slice(match.index + match[0].length))?.[1] ?? '';
    // "small and medium-sized aero engines": two sizes joined by "and" qualify one noun.
    const sizes = /^(?:small|medium|large|big)$/iu.test(before) && /^(?:medium|large|small)-(?:sized|size|scale)$/iu.test(after);
    return (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after)) || sizes;
  };
  // "A of X and Y as well as B": "as well as" joins the items, the "and" before it is inside one.
  const asWellAs = joins.find((match) => /as well as/iu.test(match[0]));
  if (asWellAs) return asWellAs;
  return joins.find((match) => !insideName(match)) ?? joins[0];
}

function trimItem(text: string, start: number, end: number): ListItem | undefined {
  let from = start;
  let to = end;
  const filler = TRAILING_FILLERS.exec(text.slice(from, to));
  if (filler) to = from + filler.index;
  while (from < to && /[\s,;:]/u.test(text[from]!)) from += 1;
  while (to > from && /[\s,;:.!?。；，]/u.test(text[to - 1]!)) to -= 1;
  if (to <= from) return undefined;
  return { start: from, end: to, text: text.slice(from, to) };
}

function hasTopLevel(text: string, mark: string): boolean {
  return splitTopLevel(text, mark).length > 1;
}

/** Splits at `mark` outside brackets and quotes, and not inside numbers ("1,000"). */
function splitTopLevel(text: string, mark: string): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if ('(（[{'.includes(char)) depth += 1;
    else if (')）]}'.includes(char)) depth = Math.max(0, depth - 1);
    else if (char === '"' || char === '“' || char === '”') quoted = char === '"' ? !quoted : char === '“';
    else if (char === mark && depth === 0 && !quoted) {
      if (mark === ',' && /\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? '')) continue;
      parts.push({ start: from, end: i });
      from = i + 1;
    }
  }
  parts.push({ start: from, end: text.length });
  return parts;
}

/**
 * "eight clusters -- …, coal, coal power and coal chemicals, green minerals, …":
 * when a counted list splits into more items than it declares, a one-word item
 * followed by an "A and B" item is one chained name ("cotton, textiles and
 * garments"). Merges only when that accounts for the surplus exactly.
 */
export function mergeChainedItems(text: string, items: ListItem[], declared: number): ListItem[] {
  const surplus = items.length - declared;
  if (surplus <= 0) return items;
  const starts = items
    .map((item, index) => index)
    .filter((index) => {
      const next = items[index + 1];
      return next !== undefined && !/\s/u.test(items[index]!.text) && /\s(?:and|&)\s/u.test(next.text) && !/^\s*,?\s*(?:and|or)\s/iu.test(text.slice(items[index]!.end, next.start));
    });
  // Overlapping chains ("a, b, c and d") are ambiguous; so is any other surplus.
  if (starts.length !== surplus || starts.some((index, position) => starts[position + 1] === index + 1)) return items;
  const merged: ListItem[] = [];
  for (let index = 0; index < items.length; index += 1) {
    if (starts.includes(index)) {
      const end = items[index + 1]!.end;
      merged.push({ start: items[index]!.start, end, text: text.slice(items[index]!.start, end) });
      index += 1;
    } else merged.push(items[index]!);
  }
  return merged;
}

// A gerund that opens an action: "granting …", "and jointly supporting …" (not "liquor-making").
const ACTION_START = /^\s*(?:and\s+)?(?:\p{L}+ly\s+)?(\p{L}{3,}ing)\s/u;

/**
 * "granting A the same treatment in education, employment and housing,
 * connecting B and C with water and gas, and supporting D": a list of actions
 * splits only before each gerund, so an action keeps its own inner list.
 */
function splitActionItems(text: string): ListItem[] | undefined {
  if (!ACTION_START.test(text) || hasTopLevel(text, ';')) return undefined;
  const parts = splitTopLevel(text, ',');
  // ", and green growth" closes the list: the last conjunct is an item of its own even without a gerund.
  const opens = parts.map((part, index) => index === 0 || ACTION_START.test(text.slice(part.start, part.end)) || (index === parts.length - 1 && /^\s*and\s/u.test(text.slice(part.start, part.end))));
  // Every part an action, or no second action: the ordinary split reads it the same.
  if (opens.every(Boolean) || opens.filter(Boolean).length < 2) return undefined;
  const items: ListItem[] = [];
  parts.forEach((part, index) => {
    if (opens[index]) {
      const conjunction = /^\s*and\s+/u.exec(text.slice(part.start, part.end));
      items.push({ start: part.start + (conjunction?.[0].length ?? 0), end: part.end, text: '' });
    } else items[items.length - 1]!.end = part.end;
  });
  return items.map((item) => trimItem(text, item.start, item.end)).filter((item): item is ListItem => item !== undefined);
}
