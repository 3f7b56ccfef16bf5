import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSeededRandom } from '../src/graph/seeded-random.js';

/**
 * Plan-style documents for the benchmark, built by recombining the sentence
 * patterns of the Chongqing article with generated names. The patterns are the
 * ones the extractor reads (counted list heads, anaphoric follow-ups, sector
 * lists, GDP targets, cooperation cues), so timing them measures real
 * extraction work rather than a scan over text that yields nothing.
 */
export interface CorpusOptions {
  seed: number;
  documents: number;
  /** Each document is padded with neutral sentences until it reaches about this many words. */
  wordsPerDocument: number;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = { seed: 1, documents: 1, wordsPerDocument: 500 };

/** What the generator wrote into one document, so tests can check what the extractor finds. */
export interface GeneratedItems {
  place: string;
  keyAreas: string[];
  opportunities: string[];
  priorityTasks: string[];
  industries: string[];
  regions: string[];
}

export interface GeneratedDocument {
  /** File name, unique within the corpus; the extractor derives the document id from it. */
  name: string;
  text: string;
  items: GeneratedItems;
}

// Word lists avoid the lexicon's verb prefixes and function words ("advanced", "new",
// "key"), which the extractor strips from labels, so a generated name is its own label.
export const QUALIFIERS = [
  'smart', 'green', 'digital', 'low-carbon', 'intelligent', 'coastal', 'inland', 'rural', 'urban', 'marine',
  'circular', 'precision', 'autonomous', 'renewable', 'clean', 'high-end', 'cross-border', 'integrated', 'shared',
  'resilient', 'quantum', 'bio-based', 'connected', 'silver', 'cultural', 'mountain', 'hydrogen', 'satellite',
];
export const MODIFIERS = [
  'hydrogen', 'logistics', 'battery', 'semiconductor', 'robotics', 'textile', 'tourism', 'aviation', 'pharmaceutical',
  'agritech', 'fintech', 'data', 'cloud', 'photovoltaic', 'wind', 'rail', 'port', 'grid', 'sensor', 'vehicle',
  'seed', 'forestry', 'water', 'health', 'media', 'software', 'chip', 'display', 'drone', 'optical',
];
export const HEADS = [
  'manufacturing', 'services', 'equipment', 'materials', 'networks', 'platforms', 'devices', 'engineering', 'healthcare',
  'farming', 'mobility', 'retail', 'finance', 'chemicals', 'instruments', 'components', 'storage', 'corridors', 'hubs',
  'clusters', 'parks', 'supply chains', 'research', 'education', 'governance', 'tourism', 'testing', 'design',
];
const GERUNDS = ['promoting', 'strengthening', 'improving', 'advancing', 'boosting', 'expanding', 'upgrading', 'deepening', 'fostering'];
export const PLACE_HEADS = ['Lan', 'Qing', 'Bai', 'Yun', 'Jin', 'Hua', 'Song', 'Tian', 'Ning', 'Dong', 'Nan', 'Bei', 'Shan', 'Lu', 'Feng', 'Long', 'Yu', 'Mei', 'Zhao', 'Kang'];
export const PLACE_TAILS = ['shui', 'ling', 'zhou', 'yang', 'tan', 'cheng', 'ping', 'kou', 'men', 'gang', 'du', 'xi', 'quan', 'ya', 'lin', 'feng', 'bao', 'sha'];
const KNOWN_REGIONS = [
  'the Yangtze River Delta', 'the Guangdong-Hong Kong-Macao Greater Bay Area', 'the Beijing-Tianjin-Hebei region',
  'the Chengdu–Chongqing economic circle', 'the Western Land-Sea New Corridor', 'the Yangtze River Economic Belt',
];
const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FILLERS = [
  'Officials said the targets strike a balance between growth and stability over the coming years.',
  'The city expects steady gains in household income as the measures take effect.',
  'Local officials noted that the roadmap builds on progress made during the previous plan period.',
  'Analysts described the approach as pragmatic, given the uncertain outlook for global demand.',
  'Public consultation on the detailed measures is expected to continue through next year.',
  'The municipal government will publish annual reviews so residents can follow the progress.',
  'Speakers at the press conference repeatedly returned to the theme of quality over speed.',
  'Residents will see the first results in public transport, schools and clinics, officials said.',
  'The plan leaves room for adjustment as conditions change, according to the spokesperson.',
  'Several district leaders attended the briefing and answered questions from reporters.',
];

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function intBetween(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "A, B, and C" or "A, B and C" (both spellings occur in plan news). */
function joinList(random: Random, items: readonly string[]): string {
  if (items.length === 1) return items[0]!;
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  const serialComma = random() < 0.6 ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${serialComma} and ${items[items.length - 1]}`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Distinct generated names: qualifier × modifier × head, never two with the same wording in one list. */
function entityNames(random: Random, count: number, twoWordShare = 0.35): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const head = pick(random, HEADS);
    const modifier = pick(random, MODIFIERS);
    if (head === modifier) continue;
    names.add(random() < twoWordShare ? `${modifier} ${head}` : `${pick(random, QUALIFIERS)} ${modifier} ${head}`);
  }
  return [...names];
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function placeName(random: Random): string {
  return `${pick(random, PLACE_HEADS)}${pick(random, PLACE_TAILS)}`;
}

/** One plan article: the Chongqing layout with fresh names, counts, figures and padding. */
function generateDocument(random: Random, index: number, wordsPerDocument: number): GeneratedDocument {
  const place = placeName(random);
  let partner = placeName(random);
  while (partner === place) partner = placeName(random);

  const keyAreas = entityNames(random, intBetween(random, 4, 9));
  const opportunities = entityNames(random, intBetween(random, 3, 6));
  // As in the Chongqing text: noun phrases first, then the verb-led tasks ("boosting domestic demand").
  const taskCount = intBetween(random, 5, 10);
  const nounTasks = intBetween(random, 1, taskCount - 2);
  const priorityTasks = entityNames(random, taskCount).map((name, i) => (i < nounTasks ? name : `${pick(random, GERUNDS)} ${name}`));
  const sectors = entityNames(random, intBetween(random, 3, 5));
  const pillars = entityNames(random, intBetween(random, 2, 3));
  const clusters = entityNames(random, intBetween(random, 3, 5));
  const future = entityNames(random, intBetween(random, 3, 5));
  const measures = entityNames(random, intBetween(random, 3, 4)).map((name) => `${pick(random, GERUNDS)} ${name}`);
  const regionCount = intBetween(random, 2, 3);
  const regions = shuffle(random, KNOWN_REGIONS).slice(0, regionCount);
  const circle = `${place}–${partner} economic circle`;

  const gdp = (intBetween(random, 8, 60) / 10).toFixed(1);
  const usd = Math.round(Number(gdp) * 140);
  const perCapita = intBetween(random, 80, 200) * 1000;
  // Plans often name fewer items than the count they announce ("nine key areas" lists eight).
  const declared = (named: number) => COUNT_WORDS[Math.min(COUNT_WORDS.length - 1, named + (random() < 0.3 ? 1 : 0))]!;

  const lead =
    `${place} - China's ${place} Municipality has outlined an ambitious economic and development roadmap for the 15th Five-Year Plan, ` +
    `setting a GDP target of ${gdp} trillion yuan (about ${usd} billion U.S. dollars) and projecting per capita GDP to reach ` +
    `${perCapita.toLocaleString('en-US')} yuan by 2030, according to a press conference of the CPC ${place} Municipal Committee on ` +
    `${pick(random, MONTHS)} ${intBetween(random, 1, 28)}.`;
  const paragraphs: string[][] = [
    [`${place}'s roadmap outlines ${declared(keyAreas.length)} key areas crucial to this goal, including ${joinList(random, keyAreas)}.`],
    [
      `The 15th Five-Year Plan outlines ${declared(opportunities.length)} major strategic opportunities for ${place}.`,
      `These include ${joinList(random, opportunities)}.`,
    ],
    [
      `${capitalize(declared(priorityTasks.length))} priority tasks have been laid out to guide ${place}'s development over the next five years.`,
      `They span ${joinList(random, priorityTasks)}.`,
      'Taken together, these tasks form the blueprint for the city\'s economic and social advancement.',
    ],
    [
      `A major priority of the plan is positioning ${place} as an important ${pick(random, MODIFIERS)} hub.`,
      `The city intends to build a modern industrial system with global competitiveness by reinforcing sectors such as ${joinList(random, sectors)}.`,
      `It will also develop new pillar industries, including ${joinList(random, pillars)}.`,
    ],
    [`City view of ${place}. (Photo/ ${place} Daily)`],
    [
      `Furthermore, ${place} plans to develop strategic clusters in sectors such as ${joinList(random, clusters)}.`,
      `Officials said the city will explore future-oriented industries, including ${joinList(random, future)}.`,
    ],
    [
      'Expanding opening-up remains another key priority.',
      `Measures include ${joinList(random, measures)}.`,
    ],
    [
      `Looking ahead, ${place} will deepen coordination within the ${circle}, while strengthening ties with ${joinList(random, regions)}.`,
    ],
  ];

  // Padding goes after the list sentences, never between a head and its "These include …"
  // follow-up, and never into the photo caption.
  const paddable = [1, 2, 3, 5, 6, 7];
  const render = () => [lead, ...paragraphs.map((sentences) => sentences.join(' '))].join('\n');
  let fillerRound = 0;
  while (countWords(render()) < wordsPerDocument - 8 && fillerRound < 200) {
    const target = paragraphs[paddable[fillerRound % paddable.length]!]!;
    target.push(pick(random, FILLERS));
    fillerRound++;
  }

  const number = String(index + 1).padStart(5, '0');
  const title = `${place} outlines its roadmap for the 15th Five-Year Plan (2026–2030)`;
  const text = `---\ntitle: "${title}"\nplace: ${place}\nlanguage: en\n---\n${render()}\n`;
  return {
    name: `plan-${number}-${place.toLowerCase()}.txt`,
    text,
    items: {
      place,
      keyAreas,
      opportunities,
      priorityTasks,
      industries: [...sectors, ...pillars, ...clusters, ...future],
      regions: [...regions.map((region) => region.replace(/^the /, '')), circle],
    },
  };
}

/** Same options → same documents, byte for byte. */
export function generateCorpus(options: Partial<CorpusOptions> = {}): GeneratedDocument[] {
  const o = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  if (!Number.isInteger(o.documents) || o.documents < 0) {
    throw new RangeError(`generateCorpus: documents must be a non-negative integer, got ${String(o.documents)}`);
  }
  const random = createSeededRandom(o.seed);
  return Array.from({ length: o.documents }, (_, index) => generateDocument(random, index, o.wordsPerDocument));
}

/** Writes the documents as .txt files into `dir` and returns their paths in corpus order. */
export async function writeCorpus(dir: string, documents: readonly GeneratedDocument[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const document of documents) {
    const path = join(dir, document.name);
    await writeFile(path, document.text);
    paths.push(path);
  }
  return paths;
}
