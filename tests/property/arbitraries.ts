import fc from 'fast-check';
import { stringify } from 'yaml';
import { ENTITY_TYPES, RELATIONS } from '../../src/model/vocabulary.js';

/**
 * Generators for plan-like text. Small word pools recombined into the shapes
 * the extractors look for (list head + introducer + items, targets, places,
 * organisations), so generated documents reach deep into extraction rather
 * than stopping at "no entity found".
 */
const HEADS = ['key areas', 'priority tasks', 'strategic opportunities', 'industries', 'industry clusters', 'measures', 'new pillar industries', 'major projects', 'focus areas'];
const INTRODUCERS = ['such as', 'including', 'namely', 'covering', ':', ' – ', ' - ', 'like', 'spanning'];
const COUNTS = ['three', 'five', 'eight', '12', 'two', 'thirteen', ''];
const ITEMS = [
  'green energy',
  'digital economy',
  'advanced manufacturing',
  'smart ports',
  'rural revitalization',
  'new energy vehicles',
  'R&D spending',
  'high-end equipment',
  'low-altitude economy',
  'artificial intelligence',
  'Beidou navigation applications',
  'the common prosperity demonstration zone',
  '功率半导体',
  'cultural tourism',
  'these',
  'and so on',
];
const PLACES = ['Chongqing', 'Hubei', 'Wuhan', 'Chengdu–Chongqing economic circle', 'Yangtze River Delta', '长三角', 'Tianfu New Area', 'the city of Mianyang', 'Greater Bay Area', 'Shaanxi Province'];
const ORGANIZATIONS = ['the Hubei provincial government', 'CPC Chongqing Municipal Committee', 'National Development and Reform Commission', 'the municipal government'];
const INDICATORS = ['GDP', 'R&D spending', 'the urbanization rate', 'per capita disposable income', 'output of the digital economy', 'annual growth'];
const VALUES = ['5.5 percent', '4 trillion yuan', '3.2%', '140,000 yuan', '40,000', 'RMB 30 billion', '72 percent', '1.2 million units', '0 percent', '-3 percent', '1e308 yuan'];
const YEARS = ['2030', '2028', '2035', 'the end of 2030', ''];
const OPENERS = ['The plan sets out', 'Chongqing will develop', 'Hubei aims to expand', 'These include', 'In future industries, the city will bet on', 'The province will focus on', 'It also lists'];
const CUES = ['cooperation with', 'integration with', 'according to', 'at a press conference held by', 'announced by', 'in'];

/** Characters that break naive text handling: markup, XML-forbidden, bidi, joiners, surrogates, CJK, emoji. */
export const HOSTILE = [
  '<', '>', '&', '"', "'", '<img src=x onerror=alert(1)>', ']]>', '&amp;', '\u0000', '\u0007', '\u000B', '\u000C', '\u001F', '\u007F', '\u0085',
  '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u202E', '\u200B', '\u200D', '\u00A0', '\u2028', '\uFEFF', '\r', '\t', '—', '。', '🚀', '👩‍👩‍👧', '重庆', 'עברית', 'العربية', '\u0301',
];

const pick = <T>(pool: readonly T[]) => fc.constantFrom(...pool);

const itemList = fc.array(fc.oneof({ weight: 5, arbitrary: pick(ITEMS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), { minLength: 1, maxLength: 7 }).map((items) => {
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')}${items.length > 2 ? ',' : ''} and ${items.at(-1)}`;
});

const enumeration = fc
  .tuple(pick(OPENERS), pick(COUNTS), pick(HEADS), pick(INTRODUCERS), itemList, fc.constantFrom('.', '', '。', ';', '!'))
  .map(([opener, count, head, introducer, items, end]) => `${opener} ${count ? `${count} ` : ''}${head}${/^\s|^:/.test(introducer) ? introducer : ` ${introducer} `}${items}${end}`);

const target = fc
  .tuple(pick(PLACES), fc.constantFrom('aims to raise', 'will keep', 'plans to increase', 'expects'), pick(INDICATORS), fc.constantFrom('to', 'at', 'to reach', 'above'), pick(VALUES), pick(YEARS))
  .map(([place, verb, indicator, link, value, year]) => `${place} ${verb} ${indicator} ${link} ${value}${year ? ` by ${year}` : ''}.`);

const relationSentence = fc
  .tuple(pick(PLACES), pick(['will deepen', 'seeks', 'strengthens']), pick(CUES), pick([...PLACES, ...ORGANIZATIONS]), pick(ORGANIZATIONS))
  .map(([a, verb, cue, b, org]) => `${a} ${verb} ${cue} ${b}, ${org} said.`);

const bulletList = fc.tuple(pick(HEADS), fc.array(pick(ITEMS), { minLength: 1, maxLength: 6 })).map(([head, items]) => `The plan lists these ${head}:\n${items.map((i) => `- ${i}`).join('\n')}`);

const planSentence = fc.oneof(
  { weight: 4, arbitrary: enumeration },
  { weight: 2, arbitrary: target },
  { weight: 2, arbitrary: relationSentence },
  { weight: 1, arbitrary: bulletList },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Inserts hostile characters at arbitrary positions of `text` (by UTF-16 index, so pairs may split). */
function injected(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.array(fc.tuple(fc.nat(), pick(HOSTILE)), { maxLength: 4 })).map(([base, inserts]) => {
    let out = base;
    for (const [at, char] of inserts) {
      const i = out.length === 0 ? 0 : at % (out.length + 1);
      out = out.slice(0, i) + char + out.slice(i);
    }
    return out;
  });
}

const planBody = fc
  .tuple(fc.array(planSentence, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '\n', '\r\n', '\n\n', '\u2029'))
  .map(([sentences, separator]) => sentences.join(separator));

const YAML_BITS = ['title: ', 'place: ', 'date: 2026-01-05', '&a ', '*a', '*b', '[', ']', '{', '}', ': ', '- ', '\n', '  ', '"', "'", '!!str ', '? ', '#', '---', '...', '|', '>'];
const frontMatter = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc
      .record({ title: fc.oneof(pick(['Hubei plan', 'A "quoted" <plan>', '重庆规划']), fc.string({ unit: 'binary', maxLength: 15 })), place: fc.option(pick(PLACES), { nil: undefined }) })
      .map((meta) => `---\n${stringify(meta)}---\n`),
  },
  // Hand-written front matter: half-valid YAML with anchors, aliases and stray indicators.
  { weight: 1, arbitrary: fc.array(fc.oneof(pick(YAML_BITS), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 10 }).map((bits) => `---\n${bits.join('')}\n---\n`) },
);

/** A raw document as read from a file: optional BOM and front matter, then plan-like, random or hostile text. */
export const rawDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '', '\uFEFF'),
    frontMatter,
    fc.oneof({ weight: 6, arbitrary: injected(planBody) }, { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) }, { weight: 1, arbitrary: injected(fc.string({ unit: 'binary-ascii', maxLength: 120 })) }),
  )
  .map(([bom, meta, body]) => `${bom}${meta}${body}`);

/** File names, some of which collide once slugged ("A b.txt" and "a-b.md"). */
export const fileName = fc
  .tuple(fc.oneof(pick(['hubei', 'Hubei', 'chongqing plan', 'Chongqing-Plan', '重庆', '---', 'a b']), fc.string({ unit: 'binary', maxLength: 10 })), fc.constantFrom('.txt', '.md', '.text'))
  .map(([stem, ext]) => `plans/${stem.replace(/[\\/]/g, '_')}${ext}`);

/** A corpus of 1–4 documents. */
export const corpus = fc.array(fc.tuple(fileName, rawDocument), { minLength: 1, maxLength: 4 });

const PHRASE_WORDS = ['green', 'digital', 'smart', 'port', 'energy', 'zone', 'belt', 'hub', 'valley', 'cluster', 'tasks', 'areas', '新区', 'R&D', "city's"];
const phrase = fc.array(pick(PHRASE_WORDS), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

/**
 * A lexicon that parseLexicon must accept: entity types and relations from the
 * vocabularies, phrases from a small pool so aliases sometimes collide.
 */
export const lexiconSpec = fc.record({
  listHeads: fc.array(fc.record({ entityType: pick(ENTITY_TYPES), planRelation: pick(RELATIONS), groupable: fc.boolean(), phrases: fc.array(phrase, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 }),
  introducers: fc.array(pick(['such as', 'including', ':', ' - ', 'like', 'namely']), { maxLength: 4 }),
  gazetteer: fc.array(fc.record({ label: phrase, entityType: pick(ENTITY_TYPES), aliases: fc.array(phrase, { maxLength: 2 }) }), { maxLength: 5 }),
  units: fc.array(fc.record({ unit: pick(['yuan', 'percent', 'GW']), phrases: fc.array(pick(['yuan', 'percent', '%', 'GW', 'gigawatts']), { minLength: 1, maxLength: 2 }), prefixes: fc.array(pick(['RMB', '$']), { maxLength: 1 }) }), { maxLength: 2 }),
  focusCues: fc.array(pick(['focus on', 'concentrate on']), { maxLength: 2 }),
  focusType: fc.option(pick(ENTITY_TYPES), { nil: undefined }),
  meansType: fc.option(pick(ENTITY_TYPES), { nil: undefined }),
  goalMeansType: fc.option(pick(ENTITY_TYPES), { nil: undefined }),
  cooperationCues: fc.array(pick(['cooperation with', 'ties with']), { maxLength: 2 }),
  numberWords: fc.dictionary(pick(['one', 'two', 'three', 'dozens']), fc.integer({ min: 0, max: 100 }), { maxKeys: 3 }),
});

export type LexiconSpec = typeof lexiconSpec extends fc.Arbitrary<infer T> ? T : never;

export function lexiconYaml(spec: LexiconSpec): string {
  return stringify(JSON.parse(JSON.stringify(spec)));
}

/** A document written in a generated lexicon's own words, so its heads and names are found. */
export function documentFor(spec: LexiconSpec): fc.Arbitrary<string> {
  const heads = spec.listHeads.flatMap((h) => h.phrases);
  const names = spec.gazetteer.flatMap((g) => [g.label, ...g.aliases]);
  const introducers = spec.introducers.length > 0 ? spec.introducers : ['such as'];
  const sentence = fc
    .tuple(pick(OPENERS), pick(heads), pick(introducers), fc.array(fc.oneof(pick(ITEMS), ...(names.length > 0 ? [pick(names)] : [])), { minLength: 1, maxLength: 5 }))
    .map(([opener, head, introducer, items]) => `${opener} ${head}${/^\s|^:/.test(introducer) ? introducer : ` ${introducer} `}${items.join(', ')}.`);
  return injected(fc.array(fc.oneof({ weight: 4, arbitrary: sentence }, { weight: 1, arbitrary: planSentence }), { minLength: 1, maxLength: 5 }).map((s) => s.join('\n')));
}
