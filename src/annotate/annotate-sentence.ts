import type { PartOfSpeech, QuantityKind, QuantitySpan, TaggedToken } from './tagged-token.js';
import type { ItemEntity, ItsFunction } from 'wink-nlp';
import { englishPipeline } from './nlp.js';

export interface TaggedSentence {
  tokens: TaggedToken[];
  quantities: QuantitySpan[];
}

const TYPOGRAPHIC_HYPHENS = /[\u2010\u2011]/gu;
const QUANTITY_KINDS = new Set<QuantityKind>(['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'DATE', 'DURATION', 'TIME']);

/**
 * One sentence → tokens with part of speech, lemma and sentence offsets, plus
 * the model's number, percent, money and date spans. Sentence boundaries are
 * ours (they must stay the same for evidence), so the model reads each sentence
 * on its own.
 */
export function tagSentence(original: string): TaggedSentence {
  const nlp = englishPipeline();
  const its = nlp.its;
  // "low‑altitude", "technology‑intensive": typographic hyphens read as the ASCII one, so the model joins the
  // compound as it would "low-altitude". One character for one, so offsets stay the sentence's.
  const text = original.replace(TYPOGRAPHIC_HYPHENS, '-');
  const doc = nlp.readDoc(text);
  // The model's typings declare some token properties with a span signature; all four read one string per token.
  const column = (property: unknown) => doc.tokens().out(property as ItsFunction<string>) as string[];
  const values = column(its.value);
  const lemmas = column(its.lemma);
  const tags = column(its.pos);
  const kinds = column(its.type);
  const tokens: TaggedToken[] = [];
  const tokenAt: number[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    const kind = kinds[index];
    if (kind === 'tabCRLF' || /^\s+$/u.test(value)) return;
    // The model may normalise a token ("’" → "'"); fall back to its length at the cursor.
    let start = text.indexOf(value, cursor);
    if (start === -1 || start - cursor > 8) {
      start = cursor;
      while (start < text.length && /\s/u.test(text[start]!)) start += 1;
    }
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    tokenAt[index] = tokens.length;
    const surface = text.slice(start, end);
    tokens.push({
      text: surface,
      lower: surface.toLowerCase(),
      lemma: (lemmas[index] ?? surface).toLowerCase(),
      pos: (tags[index] ?? 'X') as PartOfSpeech,
      start,
      end,
      isWord: kind === 'word' || kind === 'number' || /[\p{L}\p{N}]/u.test(surface),
    });
  });
  const quantities: QuantitySpan[] = [];
  doc.entities().each((entity: ItemEntity) => {
    const kind = (entity.out(its.type) as string).toUpperCase() as QuantityKind;
    const range = entity.tokens();
    const firstRaw = range.itemAt(0).index();
    const lastRaw = range.itemAt(range.length() - 1).index();
    const first = tokenAt[firstRaw];
    const last = tokenAt[lastRaw];
    if (first === undefined || last === undefined) return;
    const span: QuantitySpan = { kind: QUANTITY_KINDS.has(kind) ? kind : 'OTHER', first, last: last + 1, start: tokens[first]!.start, end: tokens[last]!.end };
    for (let i = first; i <= last; i += 1) tokens[i]!.quantity = quantities.length;
    quantities.push(span);
  });
  return { tokens, quantities };
}
