import { namesIn, type ExtractContext } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import type { Lexicon } from '../core/lexicon.js';
import { perLexicon } from '../core/lexicon-cache.js';
import { escapeRegExp } from '../core/text-match.js';
import { chineseSentences, documentPlaceSurfaceOf, foldChinese, longestFirst, unquote } from './chinese-text.js';

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
  }
}

function findPeriodPlan(context: ExtractContext): (PlanName & { withPlace: boolean }) | undefined {
  const place = documentPlaceSurfaceOf(context);
  for (const { view, text } of chineseSentences(context)) {
    const period = PERIOD_PLAN.exec(text);
    if (!period || view.line.kind === 'heading') continue;
    let start = period.index;
    const withPlace = place !== undefined && text.slice(Math.max(0, start - place.length), start) === place;
    if (withPlace) start -= place!.length;
    const end = period.index + period[0].length;
    const label = view.sentence.text.slice(start, end);
    return { sentence: view.sentence.index, start, end, label, aliases: [unquote(label)], withPlace };
  }
  return undefined;
}

const PERIOD_PLAN = /[“"]?十[一二三四五六七八九]五[”"]?(?:规划纲要|规划建议|规划)/u;

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
    title: new RegExp(`《([^《》]{2,80}?(?:${names}))》`, 'gu'),
    // （以下简称《建议》） / （下称“成都‘十五五’规划建议”）
    alias: new RegExp(`[（(](?:${cues})[“《]?([^）)]{2,40}?)[”》]?[）)]`, 'u'),
    // 关于制定…的建议 without title marks.
    bare: new RegExp(`关于制定[^，。；（《]{4,60}?的(?:${names})`, 'u'),
    shortName: new RegExp(`^(?:本)?(?:${names})$`, 'u'),
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
  for (const { view, text } of sentences) {
    for (const match of text.matchAll(patterns.title)) {
      const title = match[1]!;
      if (patterns.shortName.test(title)) continue;
      const start = match.index;
      const end = start + match[0].length;
      found = { sentence: view.sentence.index, start, end, label: view.sentence.text.slice(start + 1, end - 1), aliases: [view.sentence.text.slice(start, end)] };
      break;
    }
    if (found) break;
  }
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
        const label = `${place ?? ''}${report[0]}`;
        found = { sentence: view.sentence.index, start: report.index, end: report.index + report[0].length, label, aliases: [report[0]] };
        break;
      }
    }
  }
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
