import { contentSentences, namesIn, type ExtractContext } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';
import { findPhrase } from '../core/text-match.js';
import { findProgrammeNames } from './programme-names.js';
import { goalStarts } from '../chunks/goal-phrases.js';
import type { SentenceView } from '../core/context.js';

/** A goal list ("become …", "develop X into …") opens before `start` in the same clause run (no ";" between). */
function inGoalList(context: ExtractContext, view: SentenceView, start: number): boolean {
  const tokens = view.tagged;
  return goalStarts(context.lexicon, tokens).some((at) => {
    const from = tokens[at]?.start ?? Infinity;
    return from <= start && !/[;；]/u.test(view.sentence.text.slice(from, start));
  });
}

/**
 * Programmes named in lower case by their form: "the common prosperity
 * demonstration zone". The words before the ending name it; a bare ending
 * ("a pilot zone") names nothing.
 */
export function extractNamedInitiatives(context: ExtractContext): void {
  const { lexicon, store, document } = context;
  for (const view of contentSentences(context)) {
    for (const suffix of lexicon.initiativeSuffixes) {
      for (const at of findPhrase(view.folded, suffix)) {
        const before = view.tokens.filter((token) => token.end <= at);
        let first = before.length;
        while (first > 0 && before.length - first < 4) {
          const token = before[first - 1]!;
          const word = token.lower;
          if (!token.isWord || lexicon.functionWords.includes(word) || lexicon.verbs.includes(word) || lexicon.verbPrefixes.includes(word) || /'s$/u.test(word)) break;
          first -= 1;
        }
        if (first === before.length) continue;
        const start = before[first]!.start;
        const end = at + suffix.length;
        if (namesIn(context, view.sentence.index).some((name) => start < name.end && name.start < end)) continue;
        // "aims to be a national pilot zone for …": the zone is a positioning goal the goal reader takes.
        if (inGoalList(context, view, start)) continue;
        store.addEntity({ entityType: 'Initiative', label: view.sentence.text.slice(start, end), evidence: evidenceAt(document, view.sentence, start, end) });
      }
    }
    // A programme named by form may contain a place ("Digital Fujian"); it may not cut into another name.
    const names = namesIn(context, view.sentence.index);
    for (const found of findProgrammeNames(view.sentence.text, lexicon.initiativeSuffixes)) {
      const clash = names.some((name) => found.start < name.end && name.start < found.end && !(name.start >= found.start && name.end <= found.end && (name.entityType === 'Place' || name.entityType === 'Region')));
      if (clash || inGoalList(context, view, found.start)) continue;
      store.addEntity({ entityType: 'Initiative', label: found.label, evidence: evidenceAt(document, view.sentence, found.start, found.end) });
    }
  }
}
