import MiniSearch, { type SearchResult } from 'minisearch';
import type { ExplorerGraph } from './types.js';

const HAN_RUN = /\p{Script=Han}+/u;
const TOKEN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
/** Shortest Latin infix that can be found: shorter pieces would match almost everything. */
const MIN_INFIX = 3;

/**
 * Case-, diacritic- and dash-insensitive form. Marks are stripped from the
 * decomposed text and the rest recomposed, so scripts that rely on
 * decomposition (Hangul) survive; any dash or punctuation becomes a separator.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

/**
 * Han text has no spaces, so a run is indexed as its characters and their
 * bigrams; a query uses only the bigrams (or the single character), which
 * makes "半导体" match inside "功率半导体" without every "体" matching too.
 */
function tokenizeWith(text: string, forQuery: boolean): string[] {
  const tokens: string[] = [];
  for (const match of normalizeSearchText(text).matchAll(TOKEN)) {
    const token = match[0];
    if (!HAN_RUN.test(token)) {
      tokens.push(token);
      continue;
    }
    const chars = [...token];
    if (chars.length === 1 || !forQuery) tokens.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

export const tokenizeForIndex = (text: string): string[] => tokenizeWith(text, false);
export const tokenizeForQuery = (text: string): string[] => tokenizeWith(text, true);

/**
 * MiniSearch matches prefixes; indexing the suffixes of a word as well turns
 * prefix search into infix search ("conductor" finds "semiconductors"). The
 * suffixes live in fields of their own so that very short queries can skip
 * them: a one- or two-letter prefix over every suffix of every word matched a
 * large share of the index and made the first keystrokes slow on big graphs.
 */
function innerSuffixes(term: string): string[] | null {
  if (HAN_RUN.test(term) || term.length <= MIN_INFIX) return null;
  const terms: string[] = [];
  for (let i = 1; i + MIN_INFIX <= term.length; i++) terms.push(term.slice(i));
  return terms;
}

const WORD_FIELDS = ['label', 'aliases'];
const ALL_FIELDS = [...WORD_FIELDS, 'labelInfix', 'aliasesInfix'];
/** A Latin query shorter than this is not searched at all: one letter would match nearly every entity. */
const MIN_QUERY_LENGTH = 2;

const isHan = (term: string) => HAN_RUN.test(term);

export interface SearchHit {
  key: string;
  label: string;
  entityType: string;
  /** The alias that matched, when the label itself did not. */
  alias: string | null;
  score: number;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

interface IndexedEntity {
  id: string;
  label: string;
  aliases: string[];
  entityType: string;
}

/** Built once per graph: labels and aliases of every node. */
export function buildSearchIndex(graph: ExplorerGraph): SearchIndex {
  const mini = new MiniSearch<IndexedEntity>({
    fields: ALL_FIELDS,
    storeFields: ['label', 'entityType'],
    extractField: (entity, field) => {
      const value = entity[field.replace(/Infix$/, '') as keyof IndexedEntity];
      return Array.isArray(value) ? value.join('\n') : value;
    },
    tokenize: tokenizeForIndex,
    processTerm: (term, field) => (field?.endsWith('Infix') ? innerSuffixes(term) : term),
    searchOptions: {
      tokenize: tokenizeForQuery,
      processTerm: (term) => term,
      boost: { label: 2, aliases: 1, labelInfix: 1, aliasesInfix: 0.5 },
      prefix: (term) => !isHan(term),
      // Typos are tolerated on words long enough for one edit to be a typo rather than another word.
      fuzzy: (term) => (isHan(term) || term.length < 4 ? false : 0.2),
      weights: { fuzzy: 0.3, prefix: 0.6 },
      // 0.2 of a long word would allow three or more edits, which only add noise and time.
      maxFuzzy: 2,
    },
  });
  const entities: IndexedEntity[] = [];
  graph.forEachNode((key, attributes) => {
    entities.push({ id: key, label: attributes.label, aliases: attributes.aliases, entityType: attributes.entityType });
  });
  mini.addAll(entities);

  function toHit(result: SearchResult): SearchHit {
    const label = String(result['label']);
    const aliases = graph.getNodeAttribute(String(result.id), 'aliases');
    const labelMatched = Object.values(result.match).some((fields) => fields.includes('label') || fields.includes('labelInfix'));
    let alias: string | null = null;
    if (!labelMatched) {
      alias = aliases.find((candidate) => result.terms.some((term) => normalizeSearchText(candidate).includes(term))) ?? aliases[0] ?? null;
    }
    return { key: String(result.id), label, entityType: String(result['entityType']), alias, score: result.score };
  }

  return {
    search(query, limit = 8) {
      const terms = tokenizeForQuery(query);
      if (terms.length === 0) return [];
      if (terms.every((term) => !isHan(term)) && normalizeSearchText(query).replace(/[^\p{L}\p{N}]/gu, '').length < MIN_QUERY_LENGTH) return [];
      // Short words are matched from their start only; longer ones anywhere inside a word.
      const fields = terms.some((term) => !isHan(term) && term.length <= MIN_INFIX) ? WORD_FIELDS : ALL_FIELDS;
      // Every word must match; if that finds nothing, any word may.
      let results = mini.search(query, { combineWith: 'AND', fields });
      if (results.length === 0) results = mini.search(query, { combineWith: 'OR', fields });
      return results.slice(0, limit).map(toHit);
    },
  };
}
