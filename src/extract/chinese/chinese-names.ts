import type { EntityType } from '../../model/vocabulary.js';
import { addName, type ExtractContext, type NameMention } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { GazetteerEntry, Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp } from '../core/text-match.js';
import { chineseSentences, documentPlaceSurfaceOf, foldChinese, longestFirst, NUMERAL_CLASS, placeWithoutLevel, unquote, type ChineseSentence } from './chinese-text.js';

/**
 * Names in a Chinese plan: places and regions the lexicon knows by their Chinese
 * forms (so 长三角 here and "Yangtze River Delta" in an English plan are one
 * node), organisations (中共…委, …人民政府, 国务院), sessions and press
 * conferences, and named initiatives (“…”工程, “…”发展战略).
 */
export function extractChineseNames(context: ExtractContext): void {
  const sentences = chineseSentences(context);
  for (const sentence of sentences) readGazetteerNames(context, sentence);
  context.documentPlaceKey = mostMentionedPlace(context);
  for (const sentence of sentences) {
    readOrganizations(context, sentence);
    readEvents(context, sentence);
    readQuotedInitiatives(context, sentence);
  }
}

interface ChineseName {
  folded: string;
  entry: GazetteerEntry;
}

const HAN = /\p{Script=Han}/u;

const gazetteerNames = perLexicon((lexicon: Lexicon) => {
  const names: ChineseName[] = [];
  for (const entry of lexicon.gazetteer) {
    for (const name of [entry.label, ...entry.aliases]) {
      if (HAN.test(name)) names.push({ folded: foldChinese(name, lexicon), entry });
    }
  }
  names.sort((a, b) => b.folded.length - a.folded.length || (a.folded < b.folded ? -1 : 1));
  const levels = longestFirst(lexicon.zhLevels);
  return { names, levels };
});

function readGazetteerNames(context: ExtractContext, { view, text }: ChineseSentence): void {
  const { names, levels } = gazetteerNames(context.lexicon);
  // Every occurrence of every name, then the leftmost and longest first: "深圳" in "深圳中国…示范区" before "中国".
  const found: { at: number; name: ChineseName }[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name.folded); at !== -1; at = text.indexOf(name.folded, at + 1)) found.push({ at, name });
  }
  found.sort((a, b) => a.at - b.at || b.name.folded.length - a.name.folded.length);
  let taken = 0;
  for (const { at, name } of found) {
    const { folded, entry } = name;
    if (at < taken) continue;
    let end = at + folded.length;
    // A news dateline ("人民网成都11月27日电") names where the story was filed, not what the plan covers;
    // "中国式现代化" and "中国共产党" use the name as a modifier or inside another name.
    if (DATELINE.test(text.slice(end, end + 12)) || blockers(context.lexicon).some((word) => text.startsWith(word, end))) {
      taken = end;
      continue;
    }
    // "合肥" + "滨湖科学城": a named zone of a known city is a place of its own.
    // "武汉" + "都市圈": a metropolitan area or city cluster named after a place is a region.
    const zone = entry.entityType === 'Place' ? zoneSuffix(context.lexicon).exec(text.slice(end)) : null;
    const region = entry.entityType === 'Place' && !zone ? regionSuffix(context.lexicon).exec(text.slice(end)) : null;
    const named = zone ?? region;
    if (named) {
      const zoneEnd = end + named[0].length;
      const entityType = zone ? 'Place' : 'Region';
      taken = zoneEnd;
      const surface = view.sentence.text.slice(at, zoneEnd);
      const key = context.store.addEntity({ entityType, label: surface, evidence: evidenceAt(context.document, view.sentence, at, zoneEnd) });
      addName(context, view.sentence.index, { key, entityType, start: at, end: zoneEnd });
      continue;
    }
    // "四川" + "省", "长三角" + "地区": the level word belongs to the name.
    if (entry.entityType === 'Place' || entry.entityType === 'Region') {
      const level = levels.find((l) => text.startsWith(l, end) && !folded.endsWith(l));
      if (level && !(level === '区' && text.startsWith('区域', end))) end += level.length;
    }
    taken = end;
    const surface = view.sentence.text.slice(at, end);
    const key = context.store.addEntity({
      entityType: entry.entityType,
      label: entry.label,
      aliases: [surface, view.sentence.text.slice(at, at + folded.length)],
      evidence: evidenceAt(context.document, view.sentence, at, end),
    });
    addName(context, view.sentence.index, { key, entityType: entry.entityType, start: at, end });
  }
}

const blockers = perLexicon((lexicon: Lexicon) => longestFirst(lexicon.zhNameBlockers));

const DATELINE = /^\d{1,2}月\d{1,2}日电/u;

const regionSuffix = perLexicon((lexicon: Lexicon) => new RegExp(`^[\\p{Script=Han}]{0,4}?(?:${longestFirst(lexicon.zhRegionSuffixes).map(escapeRegExp).join('|')})`, 'u'));
const zoneSuffix = perLexicon((lexicon: Lexicon) => new RegExp(`^[\\p{Script=Han}]{0,10}?(?:${longestFirst(lexicon.zhPlaceSuffixes).map(escapeRegExp).join('|')})`, 'u'));

/** The place a Chinese plan is about: the place it names most, the first on a tie. */
function mostMentionedPlace(context: ExtractContext): string | undefined {
  const counts = new Map<string, number>();
  for (const mentions of context.names.values()) {
    for (const mention of mentions) {
      if (mention.entityType === 'Place') counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [key, count] of counts) if (best === undefined || count > counts.get(best)!) best = key;
  return best;
}

const organizationPattern = perLexicon((lexicon: Lexicon) => {
  const places = longestFirst(placeForms(lexicon)).map(escapeRegExp).join('|');
  const levels = longestFirst(lexicon.zhLevels).map(escapeRegExp).join('|');
  const heads = longestFirst(lexicon.zhOrganizationHeads).map(escapeRegExp).join('|');
  // 中共 + place + level + 委 / place + level + head / a bare level at the start of a clause ("省政府").
  return new RegExp(`(中共)?(?:(${places})(${levels})?|(?<![\\p{Script=Han}])(${levels}))(${heads})`, 'gu');
});

/** The Chinese forms of the places in the gazetteer, folded. */
function placeForms(lexicon: Lexicon): string[] {
  return gazetteerNames(lexicon)
    .names.filter((name) => name.entry.entityType === 'Place')
    .map((name) => name.folded);
}

function readOrganizations(context: ExtractContext, { view, text }: ChineseSentence): void {
  const { store, document } = context;
  const placeSurface = documentPlaceSurfaceOf(context);
  for (const match of text.matchAll(organizationPattern(context.lexicon))) {
    const start = match.index;
    const end = start + match[0].length;
    const head = match[5]!;
    // "人大" and "政协" alone are bodies only with a place or a level; "委" needs a level ("成都市委", "省委").
    if (head === '委' && match[3] === undefined && match[4] === undefined) continue;
    const surface = view.sentence.text.slice(start, end);
    const withoutParty = match[1] ? surface.slice(2) : surface;
    // A bare "省委" in a provincial plan is that province's committee.
    const label = match[4] !== undefined && placeSurface ? `${placeWithoutLevel(placeSurface, context.lexicon)}${withoutParty}` : withoutParty;
    const aliases = [surface, withoutParty];
    if (!match[1] && /委$/u.test(surface)) aliases.push(`中共${surface}`);
    const key = store.addEntity({ entityType: 'Organization', label, aliases, evidence: evidenceAt(document, view.sentence, start, end) });
    addName(context, view.sentence.index, { key, entityType: 'Organization', start, end });
  }
}


/** "四川省" → "四川", so "省委" reads "四川省委". */
const eventPattern = perLexicon((lexicon: Lexicon) => {
  const places = longestFirst(placeForms(lexicon)).map(escapeRegExp).join('|');
  const levels = longestFirst(lexicon.zhLevels).map(escapeRegExp).join('|');
  const heads = longestFirst(lexicon.zhEventHeads).map(escapeRegExp).join('|');
  const n = `${NUMERAL_CLASS}+`;
  // "湖南省委十二届六次全会", "江西省十四届人大二次会议", "十三届五次全会".
  const session = new RegExp(`(?:(?:${places})(?:${levels})?(?:委|人大)?|(?:${levels})委)?第?${n}届(?:人大|全国人大|政协)?(?:第?${n}次)(?:${heads})`, 'gu');
  const press = new RegExp(`(?:${longestFirst(lexicon.zhPressEvents).map(escapeRegExp).join('|')})`, 'gu');
  // The Central Committee's plenums ("党的十九届五中全会", "二十届二中、三中全会": one each) and the national
  // Party congress ("党的二十大"), which every plan cites as its guidance.
  const plenum = new RegExp(`(党的)?(${n})届((?:${n}中、)*${n}中)全会`, 'gu');
  const congress = new RegExp(`党的(${n})大(?!会|力|幅)`, 'gu');
  return { session, press, plenum, congress };
});

function readEvents(context: ExtractContext, { view, text }: ChineseSentence): void {
  const { session, press, plenum, congress } = eventPattern(context.lexicon);
  const add = (start: number, end: number, label: string) => {
    const key = context.store.addEntity({ entityType: 'Event', label, evidence: evidenceAt(context.document, view.sentence, start, end) });
    addName(context, view.sentence.index, { key, entityType: 'Event', start, end });
  };
  for (const match of text.matchAll(session)) add(match.index, match.index + match[0].length, view.sentence.text.slice(match.index, match.index + match[0].length));
  for (const match of text.matchAll(plenum)) {
    // "二十届二中、三中全会" names two plenums: each label as the text would write it alone.
    const term = match[2]!;
    const parts = match[3]!.split('、');
    let at = match.index + (match[1]?.length ?? 0) + term.length + 1;
    for (const part of parts) {
      const label = `${match[1] ?? ''}${term}届${part}全会`;
      const key = context.store.addEntity({ entityType: 'Event', label, aliases: match[1] ? [label.slice(match[1].length)] : [], evidence: evidenceAt(context.document, view.sentence, match.index, match.index + match[0].length) });
      addName(context, view.sentence.index, { key, entityType: 'Event', start: at, end: at + part.length });
      at += part.length + 1;
    }
  }
  for (const match of text.matchAll(congress)) {
    const end = match.index + match[0].length;
    const key = context.store.addEntity({ entityType: 'Event', label: view.sentence.text.slice(match.index, end), aliases: [`${match[1]}大`], evidence: evidenceAt(context.document, view.sentence, match.index, end) });
    addName(context, view.sentence.index, { key, entityType: 'Event', start: match.index, end });
  }
  for (const match of text.matchAll(press)) {
    const surface = match[0].replace(/上$/u, '');
    add(match.index, match.index + surface.length, view.sentence.text.slice(match.index, match.index + surface.length));
  }
}

const initiativePattern = perLexicon((lexicon: Lexicon) => {
  const heads = longestFirst(lexicon.zhInitiativeHeads).map(escapeRegExp).join('|');
  // A quoted slogan and the noun it names ("“圈链融合”工程"), or a quoted list of slogans on its own.
  // The head must end the word: "“X”融合、" names a measure, "“X”协同发展格局" is a longer phrase.
  return new RegExp(`“([^“”]{2,40})”(?:(${heads})(?![\\p{Script=Han}]))?`, 'gu');
});

function readQuotedInitiatives(context: ExtractContext, { view, text }: ChineseSentence): void {
  for (const match of text.matchAll(initiativePattern(context.lexicon))) {
    const quoted = match[1]!;
    const head = match[2];
    // A quoted slogan without a head is a name only when it lists slogans ("“东进西拓、南联北融”").
    if (!head && !quoted.includes('、')) continue;
    if (/[，。；：]/u.test(quoted) || /^十.五$/u.test(quoted)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (overlapsName(context, view.sentence.index, start + 1, start + 1 + quoted.length)) continue;
    const surface = view.sentence.text.slice(start, end);
    const label = unquote(surface);
    const key = context.store.addEntity({ entityType: 'Initiative', label, aliases: [surface], evidence: evidenceAt(context.document, view.sentence, start, end) });
    addName(context, view.sentence.index, { key, entityType: 'Initiative', start, end });
    context.store.addRelation(context.plan.key, 'develops', key, evidenceAt(context.document, view.sentence, start, end));
  }
}

export function overlapsName(context: ExtractContext, sentence: number, start: number, end: number, types?: readonly EntityType[]): boolean {
  const mentions: NameMention[] = context.names.get(sentence) ?? [];
  return mentions.some((m) => m.start < end && m.end > start && (types === undefined || types.includes(m.entityType)));
}
