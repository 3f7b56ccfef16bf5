import { namesIn, type ExtractContext } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp } from '../core/text-match.js';
import { chineseSentences, documentPlaceSurfaceOf, foldChinese, longestFirst, parseChineseNumber, placeWithoutLevel, unquote } from './chinese-text.js';

/** Other plans the text names by title in 《》 ("国家印发实施《…总体规划》"): plans of their own, related to this one. */
function recordOtherPlans(context: ExtractContext, found: PlanName, title: RegExp, shortName: RegExp): void {
  const { store, document } = context;
  const own = new Set([found.label, ...found.aliases].map((name) => unquote(name).replace(/[《》]/gu, '')));
  for (const { view, text } of chineseSentences(context)) {
    for (const match of text.matchAll(title)) {
      const label = view.sentence.text.slice(match.index + 1, match.index + match[0].length - 1);
      if (shortName.test(match[1]!) || own.has(unquote(label))) continue;
      const evidence = evidenceAt(document, view.sentence, match.index, match.index + match[0].length);
      const key = store.addEntity({ entityType: 'Plan', label, aliases: [view.sentence.text.slice(match.index, match.index + match[0].length)], evidence });
      store.addRelation(context.plan.key, 'relatedTo', key, evidence);
    }
    // "实现“十三五”规划胜利收官": a plan of another period the text names.
    for (const match of text.matchAll(PERIOD_PLANS)) {
      const label = view.sentence.text.slice(match.index, match.index + match[0].length);
      // The plan's own period names the plan itself, in full or short.
      if ([...own].some((name) => name.includes(unquote(label)) || name.includes(`十${match[1]}五`) || name.includes(`第十${match[1]}个五年`))) continue;
      // "在“十四五”规划收官之年" names a time; "“十三五”规划圆满收官" names the plan it completes.
      const after = text.slice(match.index + match[0].length);
      if (PERIOD_AS_TIME.test(after) && !COMPLETED.test(after)) continue;
      const evidence = evidenceAt(document, view.sentence, match.index, match.index + match[0].length);
      const key = store.addEntity({ entityType: 'Plan', label, aliases: [unquote(label)], evidence });
      store.addRelation(context.plan.key, 'relatedTo', key, evidence);
    }
  }
}

function findPeriodPlan(context: ExtractContext): (PlanName & { withPlace: boolean }) | undefined {
  const place = documentPlaceSurfaceOf(context);
  const sentences = chineseSentences(context);
  // A text that looks back on the last plan ("“十三五”规划圆满收官") and ahead to the next is about the next.
  const periods = sentences.flatMap(({ text }) => [...text.matchAll(PERIOD_PLANS)].map((match) => match[1]!));
  const latest = periods.sort().pop();
  for (const { view, text } of sentences) {
    const period = [...text.matchAll(PERIOD_PLANS)].find((match) => match[1] === latest);
    if (!period || view.line.kind === 'heading') continue;
    // "在“十四五”规划收官之年": the period's plan used as a time is not the plan the text is about.
    if (PERIOD_AS_TIME.test(text.slice(period.index + period[0].length))) continue;
    let start = period.index;
    const written = place === undefined ? undefined : [place, placeWithoutLevel(place, context.lexicon)].find((form) => text.slice(0, start).endsWith(form));
    const withPlace = written !== undefined;
    if (written !== undefined) start -= written.length;
    const end = period.index + period[0].length;
    const label = view.sentence.text.slice(start, end);
    return { sentence: view.sentence.index, start, end, label, aliases: [unquote(label)], withPlace };
  }
  return undefined;
}

const PERIOD = /[“"]?十([一二三四五六七八九])五[”"]?/u;

/** The plan named after the latest period the text mentions and its place: "武汉“十四五”规划", with the document's title as another name. */
function periodOfPlace(context: ExtractContext): PlanName | undefined {
  const place = documentPlaceSurfaceOf(context);
  if (place === undefined) return undefined;
  const mentions = chineseSentences(context).flatMap(({ view, text }) => {
    const match = PERIOD.exec(text);
    return match && view.line.kind !== 'heading' ? [{ view, match }] : [];
  });
  const latest = mentions.sort((a, b) => (a.match[1]! < b.match[1]! ? 1 : a.match[1]! > b.match[1]! ? -1 : a.view.sentence.index - b.view.sentence.index))[0];
  if (!latest) return undefined;
  const period = `十${latest.match[1]}五`;
  const label = `${placeWithoutLevel(place, context.lexicon)}“${period}”规划`;
  const start = latest.match.index;
  return { sentence: latest.view.sentence.index, start, end: start + latest.match[0].length, label, aliases: [context.document.title].filter((title): title is string => Boolean(title)) };
}

const PERIOD_PLANS = /[“"]?十([一二三四五六七八九])五[”"]?(?:规划纲要|规划建议|规划)/gu;
const COMPLETED = /^(?:的)?(?:胜利|圆满|顺利|全面)/u;
const PERIOD_AS_TIME = /^(?:的)?(?:胜利|圆满|顺利|全面)?(?:收官|完成|开局|起步|实施以来|期间|时期|以来)/u;

interface PlanName {
  sentence: number;
  start: number;
  end: number;
  label: string;
  aliases: string[];
}

const planPatterns = perLexicon((lexicon: Lexicon) => {
  const names = longestFirst(lexicon.zhPlanNames).map(escapeRegExp).join('|');
  const cues = longestFirst(lexicon.zhAliasCues).map(escapeRegExp).join('|');
  return {
    // 《…规划纲要》, 《…的建议》: a title ending in a word a plan calls itself.
    // "《…纲要（草案）》": a draft's bracketed note may close the title.
    title: new RegExp(`《([^《》]{2,80}?(?:${names})(?:[（(][^（）()]{1,6}[）)])?)》`, 'gu'),
    // （以下简称《建议》） / （下称“成都‘十五五’规划建议”）
    alias: new RegExp(`[（(](?:${cues})[“《]?([^）)]{2,40}?)[”》]?[）)]`, 'u'),
    // 关于制定…的建议 without title marks.
    bare: new RegExp(`关于制定[^，。；（《]{4,60}?的(?:${names})`, 'u'),
    shortName: new RegExp(`^(?:本)?(?:${names})(?:[（(][^（）()]{1,6}[）)])?$`, 'u'),
    report: /政府工作报告/u,
    release: new RegExp(`(?:${longestFirst(lexicon.zhReleaseVerbs).map(escapeRegExp).join('|')})`, 'u'),
  };
});

/**
 * The plan of a Chinese document: the first title in 《》 that names a plan
 * (《…规划纲要》, 《…的建议》), with the short names the text gives it
 * (“以下简称《建议》”); else a "关于制定…的建议" phrase, else "<place>政府工作报告".
 * Falls back to the document title.
 */
export function extractChinesePlan(context: ExtractContext): void {
  const { document, store, lexicon } = context;
  const patterns = planPatterns(lexicon);
  const sentences = chineseSentences(context);
  let found: PlanName | undefined;
  // The plan a text is about is the first title that names its place or a five-year plan;
  // a bare title before it ("《总体方案》") is another document the text cites.
  const place = documentPlaceSurfaceOf(context);
  const titles: PlanName[] = [];
  for (const { view, text } of sentences) {
    for (const match of text.matchAll(patterns.title)) {
      if (patterns.shortName.test(match[1]!)) continue;
      const start = match.index;
      const end = start + match[0].length;
      titles.push({ sentence: view.sentence.index, start, end, label: view.sentence.text.slice(start + 1, end - 1), aliases: [view.sentence.text.slice(start, end)] });
    }
  }
  const owned = (title: PlanName) => /五年规划|规划纲要|规划建议/u.test(title.label) || (place !== undefined && foldChinese(title.label, lexicon).includes(placeWithoutLevel(place, lexicon)));
  found = titles.find(owned) ?? titles[0];
  if (!found) {
    for (const { view, text } of sentences) {
      const bare = patterns.bare.exec(text);
      if (bare) {
        found = { sentence: view.sentence.index, start: bare.index, end: bare.index + bare[0].length, label: view.sentence.text.slice(bare.index, bare.index + bare[0].length), aliases: [] };
        break;
      }
    }
  }
  // "杭州“十四五”规划", "广西十四五规划纲要": the plan by its period's name, with the place before it when written.
  // Without a title in 《》 it names the plan; named with the document's place in a sentence before the first
  // title, it is the plan the text is about, and the later title is another plan the text cites.
  const periodPlan = findPeriodPlan(context);
  if (periodPlan && (!found || (periodPlan.withPlace && periodPlan.sentence < found.sentence))) found = periodPlan;
  if (!found) {
    const place = documentPlaceSurfaceOf(context);
    for (const { view, text } of sentences) {
      const report = patterns.report.exec(text);
      if (report) {
        // "省政府工作报告" is the province's: its level stays in the name, after the place ("江苏省政府工作报告").
        const before = text.slice(0, report.index);
        const end = report.index + report[0].length;
        const writtenPlace = place === undefined ? undefined : [place, placeWithoutLevel(place, lexicon)].find((form) => before.endsWith(form));
        const level = longestFirst(lexicon.zhLevels).find((word) => before.endsWith(word));
        const start = report.index - (writtenPlace?.length ?? level?.length ?? 0);
        const written = view.sentence.text.slice(start, end);
        // "省政府工作报告" without its place is still the province's: the place is put before it once.
        const label = writtenPlace !== undefined || place === undefined ? written : `${level && place.endsWith(level) ? place.slice(0, -level.length) : place}${written}`;
        found = { sentence: view.sentence.index, start, end, label, aliases: [...new Set([written, report[0]])] };
        break;
      }
    }
  }
  // "“十四五”期间，武汉将…": a text that speaks of a period and a place, without naming its plan, is about that place's plan for the period.
  if (!found) found = periodOfPlace(context);
  const key = context.plan.key;
  if (!found) {
    const first = sentences[0]?.view.sentence;
    if (first) store.addEntity({ key, entityType: 'Plan', label: document.title, evidence: evidenceAt(document, first, 0, first.text.length) });
    return;
  }
  // Short names given in brackets right after the title or anywhere later ("（以下简称《建议》）").
  for (const { view, text } of sentences) {
    if (view.sentence.index < found.sentence) continue;
    const alias = patterns.alias.exec(text);
    if (alias && alias.index >= (view.sentence.index === found.sentence ? found.end - 1 : 0)) found.aliases.push(unquote(view.sentence.text.slice(alias.index + 1, alias.index + alias[0].length - 1).replace(/^[^“《]*?(?=[“《])|^(?:以下简称|以下称|下称|简称)/u, '')));
  }
  found.aliases.push(...periodNames(context, found.label));
  context.plan = { key, label: found.label };
  const sentence = sentences.find((s) => s.view.sentence.index === found.sentence)!.view.sentence;
  store.addEntity({ key, entityType: 'Plan', label: found.label, aliases: found.aliases.filter((a) => a !== ''), evidence: evidenceAt(document, sentence, found.start, found.end) });
  if (context.documentPlaceKey) store.addRelation(key, 'coversPlace', context.documentPlaceKey, evidenceAt(document, sentence, found.start, found.end));
  linkPlanNames(context, found, patterns.release);
  recordOtherPlans(context, found, patterns.title, patterns.shortName);
}

/**
 * Who issued the plan and where: in a sentence that names the plan (or its
 * short name) with a release verb ("印发", "审议通过"), the organisations named
 * before the verb announced it and the sessions named there are where; places
 * and regions inside the plan's own title are what it covers.
 */
function linkPlanNames(context: ExtractContext, found: PlanName, release: RegExp): void {
  const { document, store, lexicon } = context;
  const key = context.plan.key;
  const names = [found.label, ...found.aliases].map((name) => foldChinese(unquote(name).replace(/[《》]/gu, ''), lexicon)).filter((name) => name.length >= 2);
  for (const { view, text } of chineseSentences(context)) {
    const plain = unquote(text);
    if (!names.some((name) => plain.includes(name))) continue;
    const verb = release.exec(text);
    const mentions = namesIn(context, view.sentence.index);
    for (const mention of mentions) {
      const evidence = evidenceAt(document, view.sentence, mention.start, mention.end);
      if (mention.entityType === 'Event') store.addRelation(key, 'announcedAt', mention.key, evidence);
      else if (mention.entityType === 'Organization' && verb && mention.start < verb.index) store.addRelation(key, 'announcedBy', mention.key, evidence);
      else if ((mention.entityType === 'Place' || mention.entityType === 'Region') && view.sentence.index === found.sentence && mention.start >= found.start && mention.end <= found.end) {
        store.addRelation(key, 'coversPlace', mention.key, evidence);
      }
    }
  }
}

/**
 * The names a five-year plan goes by besides its title: "<place>“十五五”规划", "“十五五”规划"
 * and "<Place> 15th Five-Year Plan", read from the title's period ("第十五个五年规划", "十五五").
 * They let the Chinese plan and English coverage of it meet under one name.
 */
function periodNames(context: ExtractContext, title: string): string[] {
  const { lexicon } = context;
  const folded = foldChinese(unquote(title), lexicon);
  const period = /第(十[一二三四五六七八九])个五年规划/u.exec(folded)?.[1] ?? /(十[一二三四五六七八九])五(?:规划|时期)/u.exec(folded)?.[1];
  if (period === undefined) return [];
  const ordinal = parseChineseNumber(period, lexicon);
  const name = `${period}五`;
  const surface = documentPlaceSurfaceOf(context);
  const bare = surface === undefined ? undefined : placeWithoutLevel(surface, lexicon);
  const places = [...new Set([surface, bare].filter((place): place is string => place !== undefined && folded.includes(place)))];
  const english = context.documentPlaceKey ? context.store.get(context.documentPlaceKey)?.label : undefined;
  return [
    ...places.flatMap((place) => [`${place}“${name}”规划`, `${place}${name}规划`]),
    `“${name}”规划`,
    ...(english && ordinal !== undefined && /^[\x20-\x7e]+$/u.test(english) ? [`${english} ${ordinal}th Five-Year Plan`] : []),
  ];
}
