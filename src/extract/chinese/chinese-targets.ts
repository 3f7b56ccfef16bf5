import type { TargetAttributes } from '../../model/records.js';
import { namesIn, type ExtractContext } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp } from '../core/text-match.js';
import { chineseSentences, longestFirst, splitClauses, type Clause } from './chinese-text.js';
import { sectionGroup, sectionOf } from './chinese-sections.js';

const targetPatterns = perLexicon((lexicon: Lexicon) => {
  const alt = (words: readonly string[]) => longestFirst(words).map(escapeRegExp).join('|');
  // "8%", "1:1.7", and ranges "7.5%—8%" (the lower figure is the value).
  const value = '(\\d+(?:\\.\\d+)?(?:[∶：]\\d+(?:\\.\\d+)?)?(?:%?[—–~～-]\\d+(?:\\.\\d+)?)?)';
  const unit = `(${alt(lexicon.zhUnits)})?`;
  const approx = `(${alt(lexicon.zhApproximators)})?`;
  return {
    // "研发投入强度达到2.8%以上", "单位GDP能耗较2020年下降12%", "社会消费品零售总额增长6%左右".
    // "地区生产总值迈上2万亿元新台阶": a closer after the figure adds nothing to its value.
    figure: new RegExp(`^(.{2,40}?)(较\\d{4}年)?(${alt(lexicon.zhTargetVerbs)}|${alt(lexicon.zhChangeVerbs)})${value}${unit}${approx}(${alt(lexicon.zhFigureClosers)})?$`, 'u'),
    // "保持年均增速快于全国平均水平", "空气质量总体达标".
    // "经济总量力争达到全国中位以上水平": the verb before the comparison belongs to neither side.
    comparison: new RegExp(`^(?:保持)?(.{2,24}?)((?:力争|努力)?(?:达到|保持在|保持|进入|位居|居于)?)(${alt(lexicon.zhComparisons)})$`, 'u'),
    // "新建…基地100个".
    // "新建…基地100个", "城镇新增就业70万人以上": a count verb, what it counts, a figure and a unit at the end.
    count: new RegExp(`^(.{0,8}?(?:${alt(lexicon.zhCountVerbs)}).{2,30}?)${value}(${alt(lexicon.zhUnits)})${approx}$`, 'u'),
    // "居民消费价格涨幅3%左右": a rate noun and its figure, no verb between.
    rate: new RegExp(`^(.{1,24}?(?:${alt(lexicon.zhRateNouns)}))(?:为|在)?${value}${unit}${approx}$`, 'u'),
    past: new RegExp(`^(?:${alt(lexicon.zhPastMarkers)})`, 'u'),
    // "2020年末总人口…": a figure at the end of a year, with no 到 before it, is a status reported, not a target.
    status: /(?<![到至]|\d)\d{4}年(?:末|底)/u,
    statusTarget: /(?:到|至)\d{4}年/u,
    // "“十四五”期间", "到2025年", "其中", "提出": what opens a target clause before its indicator.
    // A bullet the line opens with ("●力争…") is no part of the indicator either.
    lead: new RegExp(`^[●•·▪■◆]*\\s*(?:“?十[一二三四五六七八九]五”?(?:时期|期间))?(?:到|至)?(?:\\d{4}年(?:底|末)?|今年|明年)?(?:其中|全年|力争|确保|努力|预计)?(?:${alt(lexicon.zhLeadVerbs)})?`, 'u'),
    year: /(?:到|至)(\d{4})年/u,
    // "2025年，…": a year opening the sentence sets the year of its targets.
    openingYear: /^(\d{4})年[，,]/u,
    // "…在2020年基础上实现翻一番": a multiple of a base year, with no figure written.
    doubling: /^(.{2,30}?)((?:在\d{4}年(?:的)?基础上|比\d{4}年)?(?:实现)?翻(一|两|二)番(以上)?)$/u,
    // "全市…", "全省…": the scope a Chinese indicator opens with, which a reader may leave out.
    scope: /^(?:全[市省区县国]|本[市省区县])/u,
    thresholdVerbs: new Set(['超过', '突破']),
    sectionYear: /^(\d{4})年/u,
    changeVerbs: new Set(lexicon.zhChangeVerbs),
    verbs: longestFirst([...lexicon.zhTargetVerbs, ...lexicon.zhChangeVerbs]),
    // One figure alone: "2300亿元", "5%左右".
    figureOnly: new RegExp(`^\\d+(?:\\.\\d+)?%?(?:${alt(lexicon.zhUnits)})?(?:${alt(lexicon.zhApproximators)})?$`, 'u'),
    units: longestFirst(lexicon.zhUnits),
  };
});

/**
 * Targets in a Chinese plan, one per clause: an indicator, a target verb and
 * a figure with unit and qualifier ("…达到3%以上", "…增长5%左右"), a
 * comparison without a figure ("…高于全国平均水平"), or a count to build
 * ("新建…100个"). Figures under a review heading ("…工作回顾") are results, not targets.
 */
export function extractChineseTargets(context: ExtractContext): void {
  const { document, store, lexicon } = context;
  const patterns = targetPatterns(lexicon);
  for (const { view, text } of chineseSentences(context)) {
    const section = sectionOf(context, view.line);
    if (section?.kind === 'past') continue;
    if (patterns.status.test(text) && !patterns.statusTarget.test(text)) continue;
    const year = patterns.year.exec(text)?.[1] ?? patterns.openingYear.exec(text)?.[1] ?? (section ? patterns.sectionYear.exec(section.title)?.[1] : undefined);
    const names = namesIn(context, view.sentence.index);
    const add = (target: ReadTarget, end: number): void => {
      const evidence = evidenceAt(document, view.sentence, target.start, end);
      if (target.attributes && year !== undefined) target.attributes.year = Number(year);
      const key = store.addEntity({ entityType: 'Target', label: target.label, ...(target.aliases.length > 0 ? { aliases: target.aliases } : {}), evidence, ...(target.attributes ? { target: target.attributes } : {}) });
      store.addRelation(context.plan.key, 'hasTarget', key, evidence);
      if (section?.kind === 'target') store.addRelation(key, 'partOf', sectionGroup(context, section), evidence);
    };
    for (const whole of splitClauses(text)) {
      const respective = readRespectively(whole, view.sentence.text, patterns);
      if (respective.length > 0) {
        for (const target of respective) add(target, whole.end);
        continue;
      }
      for (const clause of splitFigureRun(whole, patterns)) {
        const target = readTarget(clause, view.sentence.text, patterns, names);
        if (target) add(target, clause.end);
        else for (const shared of readSharedPredicate(clause, view.sentence.text, patterns, names)) add(shared, clause.end);
      }
    }
  }
}

/**
 * "交通、水利、能源、市政领域投资分别达2300亿元、600亿元、1700亿元、1400亿元": indicators
 * and figures paired in order by 分别. The last indicator's words after its name
 * ("领域投资") are shared by the others, whose names are as long as the first's.
 */
function readRespectively(clause: Clause, original: string, patterns: ReturnType<typeof targetPatterns>): ReadTarget[] {
  const at = clause.text.indexOf('分别');
  if (at < 0) return [];
  const lead = patterns.lead.exec(clause.text)?.[0].length ?? 0;
  const items = original.slice(clause.start + lead, clause.start + at).split(/、|和|及/u);
  const rest = original.slice(clause.start + at + 2, clause.end);
  const verb = patterns.verbs.find((word) => rest.startsWith(word));
  if (verb === undefined || items.length < 2) return [];
  const values = rest.slice(verb.length).split(/、|和/u);
  if (values.length !== items.length || !values.every((value) => patterns.figureOnly.test(value)) || items.some((item) => !isIndicator(item))) return [];
  const last = items[items.length - 1]!;
  const nameLength = items[0]!.length;
  const shared = last.length > nameLength + 1 ? last.slice(nameLength) : '';
  const changed = patterns.changeVerbs.has(verb);
  return items.map((item, index) => {
    const indicator = index < items.length - 1 ? `${item}${shared}` : item;
    const named = changed ? `${indicator}${verb}` : indicator;
    const value = values[index]!;
    return { start: clause.start + lead, label: `${named}: ${value}`, aliases: [], attributes: { indicator: named, value: Number(/\d+(?:\.\d+)?/u.exec(value)![0]), unit: patterns.units.find((unit) => value.includes(unit)) ?? '' } };
  });
}

interface ReadTarget {
  start: number;
  label: string;
  aliases: string[];
  attributes?: TargetAttributes;
}

/**
 * "…超过15万元、居民…增长5.5%左右": two targets joined by 、, each with its figure;
 * split where the part before 、 ends in a figure and the part after has one.
 */
function splitFigureRun(clause: Clause, patterns: ReturnType<typeof targetPatterns>): Clause[] {
  const parts: Clause[] = [];
  let from = 0;
  const text = clause.text;
  for (let i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) {
    const before = text.slice(from, i);
    if (!/\d/u.test(before) || !/\d/u.test(text.slice(i + 1))) continue;
    if (!patterns.units.some((unit) => before.endsWith(unit)) && !/[\d%]$|(?:以上|左右|以内|以下)$/u.test(before)) continue;
    parts.push({ start: clause.start + from, end: clause.start + i, text: before });
    from = i + 1;
  }
  if (from === 0) return [clause];
  parts.push({ start: clause.start + from, end: clause.end, text: text.slice(from) });
  return parts;
}

/** The rate noun a list of indicators shares with its last item ("A、B年均增速高于…"). */
const SHARED_TAIL = /(?:年均)?(?:增速|增幅|增长率|涨幅|增长)$/u;
const MAX_SHARED_ITEM = 16;

/**
 * "全区第一产业增加值、农村居民人均可支配收入年均增速高于全国平均水平": indicators
 * joined by 、 share the figure or comparison after the last one, and its rate noun.
 * The last one is read as a target of its own; each earlier one takes its value.
 */
function readSharedPredicate(clause: Clause, original: string, patterns: ReturnType<typeof targetPatterns>, names: readonly { start: number; end: number }[]): ReadTarget[] {
  const lead = patterns.lead.exec(clause.text)?.[0].length ?? 0;
  const last = clause.text.lastIndexOf('、');
  if (last <= lead) return [];
  const tailClause: Clause = { start: clause.start + last + 1, end: clause.end, text: clause.text.slice(last + 1) };
  const final = readTarget(tailClause, original, patterns, names);
  if (!final) return [];
  const items = clause.text.slice(lead, last).split('、');
  if (items.some((item) => item.length < 2 || item.length > MAX_SHARED_ITEM || !/^\p{Script=Han}+$/u.test(item))) return [];
  const lastIndicator = final.attributes?.indicator ?? final.label.slice(0, final.label.indexOf(': '));
  const tail = SHARED_TAIL.exec(lastIndicator)?.[0] ?? '';
  const value = final.label.slice(final.label.indexOf(': ') + 2);
  const scope = patterns.scope.exec(items[0]!)?.[0] ?? '';
  const read: ReadTarget[] = items.map((item, index) => {
    const indicator = `${item}${tail}`;
    const short = index === 0 && scope ? `${item.slice(scope.length)}${tail}` : undefined;
    return {
      start: clause.start + lead,
      label: `${indicator}: ${value}`,
      aliases: short ? [`${short}: ${value}`] : [],
      ...(final.attributes ? { attributes: { ...final.attributes, indicator } } : {}),
    };
  });
  return [...read, final];
}

function readTarget(clause: Clause, original: string, patterns: ReturnType<typeof targetPatterns>, names: readonly { start: number; end: number }[]): ReadTarget | undefined {
  const lead = patterns.lead.exec(clause.text)?.[0].length ?? 0;
  const body = clause.text.slice(lead);
  const start = clause.start + lead;
  const surface = original.slice(start, clause.end);
  // "全市地区生产总值", "江苏人均地区生产总值": the indicator without the scope or place it opens with.
  const unscoped = (indicator: string): string | undefined => {
    const scope = patterns.scope.exec(indicator)?.[0].length ?? names.find((name) => name.start === start)?.end;
    const cut = scope === undefined ? 0 : scope > indicator.length ? scope - start : scope;
    return cut > 0 && indicator.length - cut >= 2 ? indicator.slice(cut) : undefined;
  };
  const figure = patterns.past.test(body) ? null : patterns.figure.exec(body);
  if (figure) {
    const [, indicator, , verb, value, unit, approx, closer] = figure as unknown as [string, string, string | undefined, string, string, string | undefined, string | undefined, string | undefined];
    const figureEnd = figure[0].length - (closer?.length ?? 0);
    if (!isIndicator(indicator)) return undefined;
    const indicatorSurface = surface.slice(0, indicator.length);
    const verbSurface = surface.slice(figure[0].indexOf(verb, indicator.length), figure[0].indexOf(verb, indicator.length) + verb.length);
    const changed = patterns.changeVerbs.has(verb);
    const named = changed ? `${indicatorSurface}${verbSurface}` : indicatorSurface;
    const valueAt = figureEnd - value.length - (unit?.length ?? 0) - (approx?.length ?? 0);
    const valueSurface = surface.slice(valueAt, figureEnd);
    // A threshold verb is the figure's qualifier ("突破2.3万亿元" = more than 2.3 trillion).
    const values = patterns.thresholdVerbs.has(verb) ? [valueSurface, `${verbSurface}${valueSurface}`] : [valueSurface];
    const short = unscoped(indicatorSurface);
    const names = short === undefined ? [named] : [named, changed ? `${short}${verbSurface}` : short];
    const labels = names.flatMap((name) => values.map((shown) => `${name}: ${shown}`));
    return {
      start,
      label: labels[0]!,
      aliases: labels.slice(1),
      attributes: { indicator: named, value: Number(value.split(/[∶：%—–~～-]/u)[0]), unit: unit ?? '' },
    };
  }
  const doubling = patterns.past.test(body) ? null : patterns.doubling.exec(body);
  if (doubling) {
    const [, indicator, change, times] = doubling as unknown as [string, string, string, string];
    if (!isIndicator(indicator)) return undefined;
    const indicatorSurface = surface.slice(0, indicator.length);
    const short = unscoped(indicatorSurface);
    const changeSurface = surface.slice(indicator.length);
    const shown = change.slice(change.indexOf('翻'));
    return {
      start,
      label: `${indicatorSurface}: ${shown}`,
      aliases: [`${indicatorSurface}: ${changeSurface}`, ...(short ? [`${short}: ${shown}`, `${short}: ${changeSurface}`] : [])],
      attributes: { indicator: indicatorSurface, value: times === '一' ? 2 : 4, unit: 'times' },
    };
  }
  if (patterns.past.test(body)) return undefined;
  const count = patterns.count.exec(body) ?? patterns.rate.exec(body);
  if (count) {
    const [whole, counted, number, unit] = count as unknown as [string, string, string, string | undefined];
    if (!isIndicator(counted)) return undefined;
    const named = surface.slice(0, counted.length);
    const valueSurface = surface.slice(counted.length, whole.length).replace(/^(?:为|在)/u, '');
    return { start, label: `${named}: ${valueSurface}`, aliases: [surface], attributes: { indicator: named, value: Number(number.split(/[∶：]/u)[0]), unit: unit ?? '' } };
  }
  const comparison = patterns.comparison.exec(body);
  if (comparison) {
    const [whole, indicator, verb, compared] = comparison as unknown as [string, string, string, string];
    if (!isIndicator(indicator)) return undefined;
    const at = whole.length - compared.length - verb.length - indicator.length;
    const named = surface.slice(at, at + indicator.length);
    const level = surface.slice(at + indicator.length + verb.length);
    const aliases = verb ? [`${named}: ${verb}${level}`, surface] : [surface];
    return { start, label: `${named}: ${level}`, aliases };
  }
  return undefined;
}

/** An indicator is a noun phrase: no figure, no clause mark, no quoted slogan. */
function isIndicator(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && !/[，、；“”《》]|\d{3,}/u.test(text);
}
