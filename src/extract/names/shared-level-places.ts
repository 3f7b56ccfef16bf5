import { addName, contentSentences, namesIn, type ExtractContext } from '../core/context.js';
import { evidenceAt } from '../core/evidence.js';

// A capitalised name word: "Nanguan", "Xi'an", "Chun’an".
const NAME = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
/** "Chaoyang, Nanguan and Jiutai Districts", "Tiedong and Tiexi Districts": names sharing a plural level word. */
const SHARED_LEVEL = new RegExp(`((?:${NAME},\\s+)*(?:${NAME},?\\s+)?and\\s+${NAME})\\s+(Districts|Counties|Cities|Prefectures|Townships|Provinces)\\b`, 'gu');
const NAME_WORDS = new RegExp(NAME, 'gu');
const SINGULAR: Readonly<Record<string, string>> = { Districts: 'District', Counties: 'County', Cities: 'City', Prefectures: 'Prefecture', Townships: 'Township', Provinces: 'Province' };

/**
 * Places whose level word is written once for the list: "Changchun City's
 * Chaoyang, Nanguan, and Jiutai Districts" names three districts. Each name is a
 * Place labelled with the level ("Nanguan District"), the bare name an alias.
 * Runs before the place reader, which would read the run as one name.
 */
export function extractSharedLevelPlaces(context: ExtractContext): void {
  for (const view of contentSentences(context)) {
    const text = view.sentence.text;
    if (!/\s(?:Districts|Counties|Cities|Prefectures|Townships|Provinces)\b/u.test(text)) continue;
    for (const match of text.matchAll(SHARED_LEVEL)) {
      const level = SINGULAR[match[2]!]!;
      const names = [...match[1]!.matchAll(NAME_WORDS)];
      if (names.length < 2) continue;
      for (const name of names) {
        const start = match.index + name.index;
        const end = start + name[0].length;
        if (namesIn(context, view.sentence.index).some((known) => start < known.end && known.start < end)) continue;
        const key = context.store.addEntity({ entityType: 'Place', label: `${name[0]} ${level}`, aliases: [name[0]], evidence: evidenceAt(context.document, view.sentence, start, end) });
        addName(context, view.sentence.index, { key, entityType: 'Place', start, end });
      }
    }
  }
}
