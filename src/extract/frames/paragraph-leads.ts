import { lowerInitialCapital } from '../core/normalize.js';
import { contentSentences, type ExtractContext, type SentenceView } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import { findPhrases } from '../core/text-match.js';

/** A bold-style paragraph lead ("Energy security: Xinjiang will …"), sentence-relative. */
export interface ParagraphLead {
  sentenceIndex: number;
  end: number;
  /** Offset of the colon after the lead. */
  colon: number;
}

// A short noun phrase of two to five words, or one word of four letters or more ("Opening-up").
const LEAD = /^(\p{Lu}[\p{L}'’-]{3,}(?:\s+[\p{L}'’-]+){0,4}|\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,4}):\s+\S/u;
// One lead is a label ("Note: …"); a layout with leads repeats them across paragraphs.
const MIN_LEADS = 3;

/** Paragraphs that open with "Short Noun Phrase:" when the document uses them as a layout. */
export function findParagraphLeads(context: ExtractContext): ParagraphLead[] {
  const text = context.document.text;
  const leads: ParagraphLead[] = [];
  for (const view of contentSentences(context)) {
    const lineStart = text.lastIndexOf('\n', view.sentence.start - 1) + 1;
    if (text.slice(lineStart, view.sentence.start).trim() !== '') continue;
    // Every lead ends in a colon; testing for one first spares LEAD's backtracking on most sentences.
    const match = view.sentence.text.includes(':') ? LEAD.exec(view.sentence.text) : null;
    if (!match || /\b(?:said|says|asked|according)\b/iu.test(match[1]!)) continue;
    leads.push({ sentenceIndex: view.sentence.index, end: match[1]!.length, colon: match[1]!.length });
  }
  return leads.length >= MIN_LEADS ? leads : [];
}

/**
 * The leads are the document's key areas. A key-area head named shortly
 * before the first lead ("Here are the key areas …") becomes their Group.
 */
export function extractParagraphLeads(context: ExtractContext, leads: ParagraphLead[]): void {
  const { lexicon, store, plan, document } = context;
  const spec = lexicon.listHeads.find((head) => head.entityType === 'KeyArea');
  if (!spec || leads.length === 0) return;
  const sentences = contentSentences(context);
  const first = sentences.findIndex((view) => view.sentence.index === leads[0]!.sentenceIndex);
  let groupKey: string | undefined;
  for (const view of sentences.slice(Math.max(0, first - 3), first)) {
    const head = findPhrases(view.folded, spec.phrases)[0];
    if (!head) continue;
    const phrase = view.sentence.text.slice(head.start, head.end);
    const evidence = evidenceAt(document, view.sentence, head.start, head.end);
    groupKey = store.addEntity({ entityType: 'Group', label: `${phrase} (${plan.label})`, aliases: [phrase], evidence });
    store.addRelation(plan.key, 'includes', groupKey, evidence);
  }
  const byIndex = new Map(sentences.map((view) => [view.sentence.index, view] as [number, SentenceView]));
  for (const lead of leads) {
    const view = byIndex.get(lead.sentenceIndex)!;
    const written = view.sentence.text.slice(0, lead.end);
    // A sentence-initial capital is typography; an acronym's capitals are not.
    const label = lowerInitialCapital(written);
    const evidence = evidenceAt(document, view.sentence, 0, lead.end);
    const key = store.addEntity({ entityType: 'KeyArea', label, evidence });
    store.addRelation(plan.key, spec.planRelation, key, evidence);
    if (groupKey) store.addRelation(groupKey, 'includes', key, evidence);
  }
}
