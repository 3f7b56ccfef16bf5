import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { LexiconError, type SourceLocation } from '../../model/errors.js';
import type { Diagnostic } from '../../model/records.js';
import { ENTITY_TYPES, RELATIONS, isEntityType, isRelation, type EntityType, type Relation } from '../../model/vocabulary.js';
import { normalizeLabel } from './normalize.js';
import { readYamlValues } from '../../ingest/yaml-values.js';

/** A noun that heads an enumeration ("key areas") and what it makes of the items. */
export interface ListHead {
  entityType: EntityType;
  planRelation: Relation;
  /** Qualified forms of this head ("new pillar industries") become Group nodes. */
  groupable: boolean;
  /**
   * What a generic head needs before it opens a list: nothing, a qualifier and
   * "include" ("Major infrastructure includes …"), or a count and a colon
   * ("six areas for breakthroughs: …"). Bare "facilities" or "areas" name no list.
   */
  requires: ListHeadFrame;
  phrases: string[];
}

export const LIST_HEAD_FRAMES = ['none', 'qualifier', 'count'] as const;
export type ListHeadFrame = (typeof LIST_HEAD_FRAMES)[number];

/** A known name (place, region, organisation, national strategy) with its spellings. */
export interface GazetteerEntry {
  label: string;
  entityType: EntityType;
  aliases: string[];
}

export interface UnitSpec {
  unit: string;
  phrases: string[];
  prefixes: string[];
}

/** The plan vocabulary, as parsed from data/lexicon.yaml. Every list is lower-case-insensitive data. */
export interface Lexicon {
  planNames: string[];
  listHeads: ListHead[];
  introducers: string[];
  adjacentIntroducers: string[];
  focusCues: string[];
  /** List heads whose items follow "of" ("the industrial chains of A and B"). */
  ofListHeads: string[];
  /** Phrases after which, in a sentence about industry, a headless list names industries ("accelerate the development of A, B and C"). */
  industryCues: string[];
  /** Verbs that create what a figure measures ("set up a fund of 30 billion yuan"): the figure is a size, not a target. */
  creationVerbs: string[];
  /** Forward verbs whose counted object is a goal ("attract 20 million visitors a year"). */
  countVerbs: string[];
  /** Entity type of the items after a focus cue. */
  focusType: EntityType | undefined;
  /** Entity type of the means listed after "by" ("by widening …, training …"). */
  meansType: EntityType | undefined;
  /** Entity type of the means of a positioning goal ("build itself into a hub by hosting …"): measures toward it. */
  goalMeansType: EntityType | undefined;
  topicPrepositions: string[];
  initiativeSuffixes: string[];
  anaphoricOpeners: string[];
  gazetteer: GazetteerEntry[];
  placeSuffixes: string[];
  regionSuffixes: string[];
  placeIntroducers: string[];
  /** Lower-case administrative levels after a name ("Haizhu district"): the name is a place. */
  placeLevels: string[];
  /** Nouns of routes named by the places they join ("the Lanzhou-Xining railway"). */
  routeNouns: string[];
  organizationHeads: string[];
  organizationLevels: string[];
  captionMarkers: string[];
  eventTriggers: string[];
  announcementCues: string[];
  cooperationCues: string[];
  verbPrefixes: string[];
  verbs: string[];
  functionWords: string[];
  selfReferences: string[];
  genericWords: string[];
  pronounItems: string[];
  numberWords: Record<string, number>;
  multipliers: Record<string, number>;
  units: UnitSpec[];
  approximators: string[];
  changeVerbs: string[];
  targetVerbs: string[];
  pastMarkers: string[];
  /** Indicators measured in years ("life expectancy"): only after them is a bare "years" a unit. */
  yearIndicators: string[];
  /** Base forms of task verbs, for the chunk readers. */
  planVerbs: string[];
  /** Phrases that are one item although they contain "and" ("reform and opening up"). */
  bondedPhrases: string[];
  /** Words after which a task or goal phrase has ended ("so as to", "through"). */
  phraseEnds: string[];
  /** What opens a list of verb-phrase tasks ("will", "aims to"). */
  taskCues: string[];
  /** Verbs that take "X into <goals>" ("develop the city into a hub of …"). */
  goalVerbs: string[];
  /** Verbs of building whose indefinite object with a goal head is a positioning goal ("build a trade hub"). */
  goalBuildVerbs: string[];
  /** Verbs and copulas followed directly by goals ("become a …"). */
  goalCopulas: string[];
  goalStateVerbs: string[];
  growthVerbs: string[];
  reductionVerbs: string[];
  goalStateNouns: string[];
  /** Head nouns that make an item a positioning goal (KeyArea). */
  goalHeads: string[];
  /** Head nouns that make an item an Industry. */
  industryHeads: string[];
  /** Lead nouns of item blocks whose items are tasks, areas or targets. */
  taskLeadHeads: string[];
  areaLeadHeads: string[];
  targetLeadHeads: string[];
  /** Head nouns that make a qualified noun phrase an Initiative. */
  initiativeHeads: string[];
  /** normalised alias or label → entry; first claim wins. */
  aliasIndex: ReadonlyMap<string, GazetteerEntry>;

  // Chinese word classes (see the Chinese section of data/lexicon.yaml).
  /** Traditional → simplified character pairs ("國国"), for matching only. */
  zhVariants: string[];
  zhNumerals: Record<string, number>;
  zhClassifiers: string[];
  zhPlanNames: string[];
  zhAliasCues: string[];
  zhReleaseVerbs: string[];
  zhLeadVerbs: string[];
  zhOrganizationHeads: string[];
  zhLevels: string[];
  zhPlaceSuffixes: string[];
  zhRegionSuffixes: string[];
  zhNameBlockers: string[];
  zhPlaceStemBlockers: string[];
  zhNationalOrganizations: string[];
  zhEventHeads: string[];
  zhPressEvents: string[];
  zhTaskVerbs: string[];
  zhTaskAdverbs: string[];
  zhGoalHeads: string[];
  zhGoalVerbs: string[];
  /** Group nouns closing a 等-list ("等领域", "等产业集群") and the type of its items. */
  zhListHeads: ListHead[];
  zhListOpeners: string[];
  /** List heads a list may close with 的 instead of 等 ("面临A、B的新机遇"). */
  zhOfClosedHeads: string[];
  zhTaskLeadHeads: string[];
  zhTargetLeadHeads: string[];
  zhAreaLeadHeads: string[];
  zhCountedHeads: string[];
  zhPastMarkers: string[];
  zhTargetVerbs: string[];
  zhChangeVerbs: string[];
  zhCountVerbs: string[];
  zhApproximators: string[];
  zhComparisons: string[];
  zhUnits: string[];
  zhInitiativeHeads: string[];
  zhIndustryHeads: string[];
  /** Qualifiers that make no industry of their own ("优势产业", "新兴产业"). */
  zhGenericQualifiers: string[];
  zhPrepositions: string[];
  zhRateNouns: string[];
  /** Goals stated as a condition reached ("取得新成效", "更优"); see chinese-goal-states.ts. */
  zhAttainmentVerbs: string[];
  zhAttainmentObjects: string[];
  zhAttainmentDegrees: string[];
  zhComparativeStates: string[];
  zhGoalStateLeads: string[];
  zhGoalStateModals: string[];
  zhLeadPledges: string[];
  zhPlaceQualities: string[];
  zhFigureClosers: string[];
  /** Ends of clauses that state adherence to a doctrine or a meeting's spirit ("…精神", "…为指导"), not a task. */
  zhAdherenceEnds: string[];
  /** Nouns of intent before a task's verb ("efforts to", "measures to"): the task needs no subject of its own. */
  intentNouns: string[];
  /** Nouns that name the document itself ("the recommendations … that seek to …"). */
  documentNouns: string[];
  /** Verbs whose gerund object is the task ("continue deepening …", "stick to implementing …"). */
  gerundLightVerbs: string[];
  /** Verbs whose gerund object describes rather than sets an action ("it means sharing it better"). */
  gerundNonActionVerbs: string[];
  /** Heads of an indicator set "at" a level ("a growth rate at about 8%"). */
  rateHeads: string[];
  /** Measures that name no indicator by themselves ("a total length of …"). */
  measureWords: string[];
  /** Ends of clauses that state a condition reached ("…显著提升", "…基本形成"): a goal, whatever word opens it. */
  zhStateEnds: string[];
}

const STRING_LISTS = [
  'planNames',
  'introducers',
  'adjacentIntroducers',
  'focusCues',
  'ofListHeads',
  'industryCues',
  'creationVerbs',
  'countVerbs',
  'topicPrepositions',
  'initiativeSuffixes',
  'anaphoricOpeners',
  'placeSuffixes',
  'regionSuffixes',
  'placeIntroducers',
  'placeLevels',
  'routeNouns',
  'organizationHeads',
  'organizationLevels',
  'captionMarkers',
  'eventTriggers',
  'announcementCues',
  'cooperationCues',
  'verbPrefixes',
  'verbs',
  'functionWords',
  'selfReferences',
  'genericWords',
  'pronounItems',
  'approximators',
  'changeVerbs',
  'targetVerbs',
  'pastMarkers',
  'yearIndicators',
  'planVerbs',
  'bondedPhrases',
  'phraseEnds',
  'taskCues',
  'goalVerbs',
  'goalBuildVerbs',
  'goalCopulas',
  'goalStateVerbs',
  'growthVerbs',
  'reductionVerbs',
  'goalStateNouns',
  'goalHeads',
  'industryHeads',
  'taskLeadHeads',
  'areaLeadHeads',
  'targetLeadHeads',
  'initiativeHeads',
  'zhVariants',
  'zhClassifiers',
  'zhPlanNames',
  'zhAliasCues',
  'zhReleaseVerbs',
  'zhLeadVerbs',
  'zhOrganizationHeads',
  'zhLevels',
  'zhPlaceSuffixes',
  'zhRegionSuffixes',
  'zhAttainmentVerbs',
  'zhAttainmentObjects',
  'zhAttainmentDegrees',
  'zhComparativeStates',
  'zhGoalStateLeads',
  'zhGoalStateModals',
  'zhLeadPledges',
  'zhPlaceQualities',
  'zhFigureClosers',
  'zhAdherenceEnds',
  'intentNouns',
  'documentNouns',
  'gerundLightVerbs',
  'gerundNonActionVerbs',
  'rateHeads',
  'measureWords',
  'zhStateEnds',
  'zhNameBlockers',
  'zhPlaceStemBlockers',
  'zhNationalOrganizations',
  'zhEventHeads',
  'zhPressEvents',
  'zhTaskVerbs',
  'zhTaskAdverbs',
  'zhGoalHeads',
  'zhGoalVerbs',
  'zhListOpeners',
  'zhOfClosedHeads',
  'zhTaskLeadHeads',
  'zhTargetLeadHeads',
  'zhAreaLeadHeads',
  'zhCountedHeads',
  'zhPastMarkers',
  'zhTargetVerbs',
  'zhChangeVerbs',
  'zhCountVerbs',
  'zhApproximators',
  'zhComparisons',
  'zhUnits',
  'zhInitiativeHeads',
  'zhIndustryHeads',
  'zhGenericQualifiers',
  'zhPrepositions',
  'zhRateNouns',
] as const;

type Path = (string | number)[];

/**
 * Parses lexicon YAML. Malformed input throws a LexiconError with file:line:column;
 * questionable but usable content (an alias claimed twice) becomes a warning.
 */
export function parseLexicon(text: string, file: string): { lexicon: Lexicon; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  // logLevel 'error': problems become located LexiconErrors, not library warnings on stderr.
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, logLevel: 'error' });
  const firstError = document.errors[0];
  if (firstError) {
    const position = firstError.linePos?.[0];
    throw new LexiconError('LEXICON_SYNTAX', `invalid YAML: ${firstError.message.split('\n')[0]}`, {
      location: { file, line: position?.line ?? 1, column: position?.col ?? 1 },
      hint: 'fix the YAML syntax at this position',
    });
  }
  const reader = new LexiconReader(document, lineCounter, file);
  const read = readYamlValues(document);
  if (!read.ok) {
    const position = lineCounter.linePos(read.offset);
    throw new LexiconError('LEXICON_SYNTAX', `invalid YAML: ${read.message}`, {
      location: { file, line: position.line, column: position.col },
      hint: 'define each &anchor before its *alias',
    });
  }
  const root: unknown = read.value;
  if (root === null || root === undefined || (typeof root === 'object' && !Array.isArray(root) && Object.keys(root).length === 0)) {
    throw new LexiconError('LEXICON_EMPTY', 'the lexicon is empty', { location: { file, line: 1, column: 1 }, hint: 'add list heads, a gazetteer and units' });
  }
  if (typeof root !== 'object' || Array.isArray(root)) {
    throw reader.shapeError([], 'the lexicon must be a mapping of sections');
  }
  const data = root as Record<string, unknown>;

  const strings = Object.fromEntries(STRING_LISTS.map((name) => [name, reader.stringList(data, name)])) as Record<(typeof STRING_LISTS)[number], string[]>;
  const listHeads = reader.listHeads(data, 'listHeads');
  const zhListHeads = reader.listHeads(data, 'zhListHeads');
  const zhNumerals = reader.numberMap(data, 'zhNumerals');
  const badVariant = strings.zhVariants.findIndex((pair) => [...pair].length !== 2);
  if (badVariant !== -1) throw reader.shapeError(['zhVariants', badVariant], `zhVariants[${badVariant}] must be two characters, traditional then simplified; got "${strings.zhVariants[badVariant]}"`);
  const gazetteer = reader.gazetteer(data);
  const units = reader.units(data);
  const numberWords = reader.numberMap(data, 'numberWords');
  const multipliers = reader.numberMap(data, 'multipliers');
  const focusType = data['focusType'] === undefined ? undefined : reader.entityType(['focusType'], data['focusType']);
  const meansType = data['meansType'] === undefined ? undefined : reader.entityType(['meansType'], data['meansType']);
  const goalMeansType = data['goalMeansType'] === undefined ? undefined : reader.entityType(['goalMeansType'], data['goalMeansType']);

  if (listHeads.length === 0 && gazetteer.length === 0 && units.length === 0 && Object.values(strings).every((list) => list.length === 0)) {
    throw new LexiconError('LEXICON_EMPTY', 'the lexicon defines no list heads, gazetteer entries, units or phrases', {
      location: { file, line: 1, column: 1 },
      hint: 'add at least one section',
    });
  }

  const diagnostics: Diagnostic[] = [];
  const aliasIndex = new Map<string, GazetteerEntry>();
  gazetteer.forEach((entry, index) => {
    for (const name of [entry.label, ...entry.aliases]) {
      const key = normalizeLabel(name);
      const owner = aliasIndex.get(key);
      if (owner && owner !== entry) {
        const location = reader.locate(['gazetteer', index]);
        diagnostics.push({
          severity: 'warning',
          code: 'LEXICON_DUPLICATE_ALIAS',
          message: `"${name}" is claimed by both "${owner.label}" and "${entry.label}"; "${owner.label}" keeps it`,
          file,
          line: location.line ?? 1,
          column: location.column ?? 1,
        });
      } else {
        aliasIndex.set(key, entry);
      }
    }
  });

  return {
    lexicon: { ...strings, focusType, meansType, goalMeansType, listHeads, zhListHeads, zhNumerals, gazetteer, units, numberWords, multipliers, aliasIndex },
    diagnostics,
  };
}

/** The canonical gazetteer entry for a surface form, if the lexicon knows it. */
export function lookupAlias(lexicon: Lexicon, surface: string): GazetteerEntry | undefined {
  return lexicon.aliasIndex.get(normalizeLabel(surface));
}

/** Reads typed sections and reports the exact node that is wrong. */
class LexiconReader {
  constructor(
    private readonly document: Document,
    private readonly lineCounter: LineCounter,
    private readonly file: string,
  ) {}

  locate(path: Path): SourceLocation {
    const node = path.length === 0 ? this.document.contents : this.document.getIn(path, true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (!range) return { file: this.file, line: 1, column: 1 };
    const position = this.lineCounter.linePos(range[0]);
    return { file: this.file, line: position.line, column: position.col };
  }

  shapeError(path: Path, message: string): LexiconError {
    return new LexiconError('LEXICON_SHAPE', message, { location: this.locate(path), hint: `check ${path.join('.') || 'the top level'}` });
  }

  unknownType(path: Path, value: unknown, kind: 'entity type' | 'relation'): LexiconError {
    const allowed = kind === 'entity type' ? ENTITY_TYPES : RELATIONS;
    return new LexiconError('LEXICON_UNKNOWN_TYPE', `unknown ${kind} "${String(value)}"`, {
      location: this.locate(path),
      hint: `use one of: ${allowed.join(', ')}`,
    });
  }

  stringList(data: Record<string, unknown>, name: string): string[] {
    const value = data[name];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.shapeError([name], `${name} must be a list of strings`);
    return value.map((item, index) => {
      if (typeof item !== 'string' && typeof item !== 'number') throw this.shapeError([name, index], `${name}[${index}] must be a string`);
      return String(item);
    });
  }

  private list(data: Record<string, unknown>, name: string): Record<string, unknown>[] {
    const value = data[name];
    if (value === undefined || value === null) return [];
    const node = this.document.get(name, true);
    if (!Array.isArray(value) || !isSeq(node)) throw this.shapeError([name], `${name} must be a list`);
    return value.map((item, index) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw this.shapeError([name, index], `${name}[${index}] must be a mapping`);
      return item as Record<string, unknown>;
    });
  }

  entityType(path: Path, value: unknown): EntityType {
    if (!isEntityType(value)) throw this.unknownType(path, value, 'entity type');
    return value;
  }

  private phrases(path: Path, value: unknown): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.shapeError(path, `${path.join('.')} must be a list of strings`);
    return value.map((item, index) => {
      if (typeof item !== 'string') throw this.shapeError([...path, index], 'phrases must be strings');
      return item;
    });
  }

  private label(path: Path, value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') throw this.shapeError(path, `${path.join('.')} must be a non-empty string`);
    return value;
  }

  listHeads(data: Record<string, unknown>, name: string): ListHead[] {
    return this.list(data, name).map((item, index) => {
      const entityType = this.entityType([name, index, 'entityType'], item['entityType']);
      const relation = item['planRelation'];
      if (!isRelation(relation)) throw this.unknownType([name, index, 'planRelation'], relation, 'relation');
      return {
        entityType,
        planRelation: relation,
        groupable: item['groupable'] === true,
        requires: this.headFrame([name, index, 'requires'], item['requires']),
        phrases: this.phrases([name, index, 'phrases'], item['phrases']),
      };
    });
  }

  private headFrame(path: Path, value: unknown): ListHeadFrame {
    if (value === undefined) return 'none';
    const frame = LIST_HEAD_FRAMES.find((candidate) => candidate === value);
    if (!frame) throw this.shapeError(path, `${path.join('.')} must be one of ${LIST_HEAD_FRAMES.join(', ')}; got ${JSON.stringify(value)}`);
    return frame;
  }

  gazetteer(data: Record<string, unknown>): GazetteerEntry[] {
    return this.list(data, 'gazetteer').map((item, index) => ({
      label: this.label(['gazetteer', index, 'label'], item['label']),
      entityType: this.entityType(['gazetteer', index, 'entityType'], item['entityType']),
      aliases: this.phrases(['gazetteer', index, 'aliases'], item['aliases']),
    }));
  }

  units(data: Record<string, unknown>): UnitSpec[] {
    return this.list(data, 'units').map((item, index) => ({
      unit: this.label(['units', index, 'unit'], item['unit']),
      phrases: this.phrases(['units', index, 'phrases'], item['phrases']),
      prefixes: this.phrases(['units', index, 'prefixes'], item['prefixes']),
    }));
  }

  numberMap(data: Record<string, unknown>, name: string): Record<string, number> {
    const value = data[name];
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value) || !isMap(this.document.get(name, true))) {
      throw this.shapeError([name], `${name} must map words to numbers`);
    }
    const result: Record<string, number> = {};
    for (const [word, number] of Object.entries(value as Record<string, unknown>)) {
      if (typeof number !== 'number' || !Number.isFinite(number)) throw this.shapeError([name, word], `${name}.${word} must be a number`);
      result[word.toLowerCase()] = number;
    }
    return result;
  }
}
