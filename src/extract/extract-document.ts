import { annotateDocument } from '../annotate/annotate-document.js';
import type { Extraction, PlanDocument } from '../model/records.js';
import { linkConcepts } from './concept-links.js';
import { viewSentences, type ExtractContext } from './core/context.js';
import { extractCooperation } from './names/cooperation.js';
import { extractEnumerations } from './frames/enumerations.js';
import { extractEvents } from './names/events.js';
import { ExtractionStore } from './core/extraction-store.js';
import type { Lexicon } from './core/lexicon.js';
import { resolveExtractOptions, type ExtractOptions } from './core/options.js';
import { extractOrganizations } from './names/organizations.js';
import { extractNamedInitiatives } from './names/named-initiatives.js';
import { extractPlaceNames } from './names/place-names.js';
import { extractSharedLevelPlaces } from './names/shared-level-places.js';
import { extractPlan } from './names/plan.js';
import { extractTargets } from './targets/targets.js';
import { extractBlockLists, relateLabelledLines } from './chunks/block-lists.js';
import { extractLabelledFigures } from './targets/labelled-figures.js';
import { extractGoalPhrases } from './chunks/goal-phrases.js';
import { extractGoalStates } from './chunks/goal-states.js';
import { extractHeadNounPhrases } from './chunks/head-noun-phrases.js';
import { extractNumberTargets } from './targets/number-targets.js';
import { extractComparisonTargets } from './targets/comparison-targets.js';
import { addTargetAliases } from './targets/target-aliases.js';
import { extractCountedGroups } from './chunks/counted-groups.js';
import { extractTaskPhrases } from './chunks/task-phrases.js';
import { extractChineseNames } from './chinese/chinese-names.js';
import { extractChinesePlaceForms } from './chinese/chinese-place-forms.js';
import { extractChinesePlan } from './chinese/chinese-plan.js';
import { extractChineseTargets } from './chinese/chinese-targets.js';
import { extractChineseLists } from './chinese/chinese-lists.js';
import { extractChineseHeadNouns } from './chinese/chinese-head-nouns.js';
import { extractChineseGoalStates } from './chinese/chinese-goal-states.js';
import { extractChineseCountedLists } from './chinese/chinese-counted-lists.js';
import { extractChineseVerbClauses } from './chinese/chinese-verb-clauses.js';

/**
 * Plan text → entities, relations and diagnostics. Pure and deterministic:
 * the same document and lexicon give the same extraction, in document order.
 * Doubtful readings become warnings; nothing here throws on content.
 *
 * The document is annotated once (src/annotate: sentences, tagged tokens,
 * quantities, layout); the readers below all read that annotation, layer by layer:
 *   names/    organisations, events, places and regions, the plan itself
 *   targets/  quantities with their indicators
 *   frames/   list heads of the lexicon with their introducers
 *   chunks/   coordination over the tags: goals, item blocks, task phrases, counted groups, head nouns
 *   chinese/  the same layers for Chinese plans
 * Each reader adds through core/ (store, evidence, phrase items), so a later
 * reader sees what an earlier one typed and leaves it whole.
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
    extractChinesePlaceForms(context);
    extractChinesePlan(context);
    extractChineseTargets(context);
    extractChineseLists(context);
    extractChineseCountedLists(context);
    extractChineseGoalStates(context);
    extractChineseHeadNouns(context);
    extractChineseVerbClauses(context);
    return finishExtraction(context, resolved.linkConcepts);
  }
  // Organisations and named events before places, so a city inside "CPC Chongqing Municipal
  // Committee" or "China International Import Expo" stays part of that name.
  extractOrganizations(context);
  extractEvents(context);
  extractSharedLevelPlaces(context);
  extractPlaceNames(context);
  extractPlan(context);
  extractLabelledFigures(context);
  extractTargets(context);
  extractNumberTargets(context);
  extractComparisonTargets(context);
  extractEnumerations(context);
  extractNamedInitiatives(context);
  // Chunk readers over the annotation: what the frames above did not read.
  extractGoalPhrases(context);
  extractGoalStates(context);
  const labelled = extractBlockLists(context);
  extractTaskPhrases(context);
  extractCountedGroups(context);
  extractHeadNounPhrases(context);
  extractCooperation(context);
  relateLabelledLines(context, labelled);
  addTargetAliases(context);
  return finishExtraction(context, resolved.linkConcepts);
}

function finishExtraction(context: ExtractContext, link: boolean): Extraction {
  const { store, lexicon, document } = context;
  const entities = store.entityList();
  const relations = store.relationList();
  if (link) relations.push(...linkConcepts(entities, lexicon));
  return { document, entities, relations, diagnostics: store.diagnostics };
}
