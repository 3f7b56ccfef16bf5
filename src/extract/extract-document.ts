import { annotateDocument } from '../annotate/annotate-document.js';
import type { Extraction, PlanDocument } from '../model/records.js';
import { linkConcepts } from './concept-links.js';
import { viewSentences, type ExtractContext } from './context.js';
import { extractCooperation } from './cooperation.js';
import { extractEnumerations } from './enumerations.js';
import { extractEvents } from './events.js';
import { ExtractionStore } from './extraction-store.js';
import type { Lexicon } from './lexicon.js';
import { resolveExtractOptions, type ExtractOptions } from './options.js';
import { extractOrganizations } from './organizations.js';
import { extractNamedInitiatives } from './named-initiatives.js';
import { extractPlaceNames } from './place-names.js';
import { extractPlan } from './plan.js';
import { extractTargets } from './targets.js';
import { extractBlockLists } from './block-lists.js';
import { extractGoalPhrases } from './goal-phrases.js';
import { extractHeadNounPhrases } from './head-noun-phrases.js';
import { extractNumberTargets } from './number-targets.js';
import { extractCountedGroups } from './counted-groups.js';
import { extractTaskPhrases } from './task-phrases.js';
import { extractChineseNames } from './chinese-names.js';
import { extractChinesePlan } from './chinese-plan.js';
import { extractChineseTargets } from './chinese-targets.js';
import { extractChineseLists } from './chinese-lists.js';
import { extractChineseHeadNouns } from './chinese-head-nouns.js';

/**
 * Plan text → entities, relations and diagnostics. Pure and deterministic:
 * the same document and lexicon give the same extraction, in document order.
 * Doubtful readings become warnings; nothing here throws on content.
 */
export function extractDocument(document: PlanDocument, lexicon: Lexicon, options: Partial<ExtractOptions> = {}): Extraction {
  const resolved = resolveExtractOptions(options);
  const store = new ExtractionStore(lexicon);
  const annotated = annotateDocument(document);
  const context: ExtractContext = {
    document,
    lexicon,
    options: resolved,
    store,
    sentences: viewSentences(annotated, lexicon),
    annotated,
    plan: { key: `Plan:${document.id}`, label: document.title },
    names: new Map(),
  };
  if ((document.language ?? 'en') === 'zh') {
    // Chinese plans have readers of their own over the same annotation: names first,
    // so lists and targets can leave a known name whole.
    extractChineseNames(context);
    extractChinesePlan(context);
    extractChineseTargets(context);
    extractChineseLists(context);
    extractChineseHeadNouns(context);
    return finishExtraction(context, resolved.linkConcepts);
  }
  // Organisations and named events before places, so a city inside "CPC Chongqing Municipal
  // Committee" or "China International Import Expo" stays part of that name.
  extractOrganizations(context);
  extractEvents(context);
  extractPlaceNames(context);
  extractPlan(context);
  extractTargets(context);
  extractNumberTargets(context);
  extractEnumerations(context);
  extractNamedInitiatives(context);
  // Chunk readers over the annotation: what the frames above did not read.
  extractGoalPhrases(context);
  extractBlockLists(context);
  extractTaskPhrases(context);
  extractCountedGroups(context);
  extractHeadNounPhrases(context);
  extractCooperation(context);
  return finishExtraction(context, resolved.linkConcepts);
}

function finishExtraction(context: ExtractContext, link: boolean): Extraction {
  const { store, lexicon, document } = context;
  const entities = store.entityList();
  const relations = store.relationList();
  if (link) relations.push(...linkConcepts(entities, lexicon));
  return { document, entities, relations, diagnostics: store.diagnostics };
}
