import type { ExtractContext, SentenceView } from '../core/context.js';
import { addItems, ordinalLead, segmentEnd, type ListTarget } from './list-reading.js';

// "it will", "the province would", "Anhui is to": the subject of an ordinal sentence is not part of its item.
const SUBJECT = /^(?:it|we|they|the\s+(?:province|city|region|country|government|municipality)|\p{Lu}[\p{L}'’-]*)\s+(?:will|would|shall|is\s+to|plans\s+to|aims\s+to)\s+(?:also\s+)?/u;
// "pilot-scale testing platforms will be built …": a passive item is its subject.
const PASSIVE = /\s+(?:will|would|shall)\s+be\s+\p{L}+/u;
// ", relying on …", ", which …": a trailing participle or relative clause elaborates the item.
const ELABORATION = /,\s+(?:\p{L}+ing|which|who|where)\b/u;

/**
 * One item per ordinal sentence after a list head: "The proposals outline 10
 * major tasks. First, accelerating … Second, building …" and numbered lines
 * "(1) Build …". The whole sentence is the item; its own commas do not split it.
 */
export function readOrdinalItem(context: ExtractContext, view: SentenceView, target: ListTarget): boolean {
  const text = view.sentence.text;
  const lead = ordinalLead(text);
  if (lead === undefined) return false;
  let from = lead;
  const subject = SUBJECT.exec(text.slice(from));
  if (subject) from += subject[0].length;
  let end = segmentEnd(view, from, undefined);
  const passive = PASSIVE.exec(text.slice(from, end));
  if (passive && !subject) end = from + passive.index;
  const elaboration = ELABORATION.exec(text.slice(from, end));
  if (elaboration) end = from + elaboration.index;
  return addItems(context, view, target, from, end, true) > 0;
}
