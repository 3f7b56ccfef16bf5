import { contentSentences, namesIn, type ExtractContext, type NameMention } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import { findPhrases } from '../core/text-match.js';

const LIST_GLUE = /^\s*,?\s*(?:and\s+|or\s+)?(?:the\s+)?/iu;

/**
 * "strengthening ties with X, Y and Z", "deepen coordination within X",
 * "work with X": the subject place cooperates with each named partner. Only the
 * run of names right after the cue counts, so "work with Chongqing to turn the
 * upper reaches of the Yangtze River Economic Belt …" names one partner.
 */
export function extractCooperation(context: ExtractContext): void {
  const { store, document, lexicon } = context;
  for (const view of contentSentences(context)) {
    const names = namesIn(context, view.sentence.index).filter((name) => name.entityType === 'Place' || name.entityType === 'Region');
    const seenPartners = new Set<NameMention>();
    for (const cue of findPhrases(view.folded, lexicon.cooperationCues)) {
      const partners: NameMention[] = [];
      let at = cue.end;
      for (;;) {
        const glue = LIST_GLUE.exec(view.sentence.text.slice(at));
        const next = names.find((name) => name.start === at + (glue?.[0].length ?? 0));
        if (!next) break;
        partners.push(next);
        at = next.end;
      }
      if (partners.length === 0) continue;
      // The sentence's subject comes first; partners named by an earlier cue are not subjects.
      const subject = names.find((name) => name.entityType === 'Place' && name.end <= cue.start && !seenPartners.has(name));
      partners.forEach((partner) => seenPartners.add(partner));
      const subjectKey = subject?.key ?? context.documentPlaceKey;
      if (!subjectKey) continue;
      const start = subject ? subject.start : cue.start;
      for (const partner of partners) {
        if (partner.key === subjectKey) continue;
        store.addRelation(subjectKey, 'cooperatesWith', partner.key, evidenceAt(document, view.sentence, start, partner.end));
      }
    }
  }
}
