import type { SentenceView } from '../core/context.js';
import type { ExtractContext } from '../core/context.js';
import { splitListItems } from './list-items.js';
import { addItems, type ListTarget } from './list-reading.js';

// "Topping the list is A, followed by B, C and D": the ranked items of the list named before.
const TOPPING = /^(?:topping|heading|leading)\s+the\s+list\s+(?:is|are)\s+(?<first>.+?),\s+followed\s+by\s+(?<rest>.+?)[.\s]*$/u;
// "A, B and C were named as priorities, along with D": a subject list of the head named before.
const NAMED_AS = /^(?<items>.+?)\s+(?:are|were|have\s+been|has\s+been|will\s+be)\s+(?:also\s+)?(?:named|listed|singled\s+out|identified|chosen|selected)\s+as\s+(?:(?:key|top|main|major|the)\s+)*(?:priorities|focus(?:es)?)\b(?:,\s+along\s+with\s+(?<extra>.+?))?[.\s]*$/u;
// "D is also on the list": one more item of the list named before.
const ALSO_LISTED = /^(?<item>.+?)\s+(?:is|are)\s+also\s+(?:on|among)\s+(?:the\s+list|them)[.\s]*$/u;

/**
 * Sentences that continue the list head of the previous sentence without an
 * introducer: a ranking ("Topping the list is …, followed by …"), a subject
 * list named as priorities, or one more item "also on the list".
 */
export function extractCarriedLists(context: ExtractContext, view: SentenceView, carry: ListTarget): boolean {
  const folded = view.folded;
  const topping = TOPPING.exec(folded);
  if (topping?.groups) {
    const first = spanOf(folded, topping, 'first');
    const rest = spanOf(folded, topping, 'rest');
    addItems(context, view, carry, first[0], first[1], true);
    addItems(context, view, carry, rest[0], rest[1]);
    return true;
  }
  const named = NAMED_AS.exec(folded);
  if (named?.groups) {
    const [from, to] = spanOf(folded, named, 'items');
    if (splitListItems(view.sentence.text.slice(from, to)).length < 2) return false;
    addItems(context, view, carry, from, to);
    if (named.groups['extra']) {
      const [extraFrom, extraTo] = spanOf(folded, named, 'extra');
      addItems(context, view, carry, extraFrom, extraTo, true);
    }
    return true;
  }
  const also = ALSO_LISTED.exec(folded);
  if (also?.groups) {
    const [from, to] = spanOf(folded, also, 'item');
    addItems(context, view, carry, from, to, true);
    return true;
  }
  return false;
}

/** The sentence-relative span of a named group (each group's text occurs once after the ones before it). */
function spanOf(folded: string, match: RegExpExecArray, name: string): [number, number] {
  const value = match.groups![name]!;
  const order = ['first', 'items', 'item', 'rest', 'extra'];
  let from = match.index;
  for (const earlier of order.slice(0, order.indexOf(name))) {
    const text = match.groups![earlier];
    if (text) from = folded.indexOf(text, from) + text.length;
  }
  const start = folded.indexOf(value, from);
  return [start, start + value.length];
}
