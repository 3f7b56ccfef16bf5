import type { ExtractContext } from '../core/context.js';
import { perLexicon } from '../core/lexicon-cache.js';
import type { Lexicon } from '../core/lexicon.js';
import { qualifierBefore } from './target-label.js';

const aliasWordsFor = perLexicon((lexicon: Lexicon) => ({
  changes: new Map([...lexicon.growthVerbs.map((verb) => [verb.toLowerCase(), 'growth'] as const), ...lexicon.reductionVerbs.map((verb) => [verb.toLowerCase(), 'reduction'] as const)]),
}));

/** Words between a change verb and its figure: "grow by", "grow at an average annual rate of". */
const TO_FIGURE = /^(?:by|at|to)?\s*(?:(?:an?|the)\s+)?(?:(?:average|annual|yearly)\s+)*(?:(?:growth\s+)?rate\s+of\s+)?(?:(?:about|around|over|more\s+than|at\s+least|roughly|some)\s+)?$/iu;
const YEARLY = /\b(?:each|every|a|per)\s+year\b|\bannual(?:ly)?\b|\byearly\b|\bper\s+annum\b/iu;

/**
 * The other names readers give a target that the sentence words around its figure,
 * added once all target readers have run, whatever reader found the target:
 *  - a change the verb states ("GDP will grow by 10 percent each year" is "GDP growth",
 *    "annual GDP growth"), when the indicator does not say it already;
 *  - the qualifier written before the figure ("more than 95 percent").
 */
export function addTargetAliases(context: ExtractContext): void {
  const { changes } = aliasWordsFor(context.lexicon);
  for (const entity of context.store.entityList()) {
    if (entity.entityType !== 'Target') continue;
    const colon = entity.label.indexOf(': ');
    const mention = entity.mentions[0];
    if (colon < 0 || !mention) continue;
    const [indicator, value] = [entity.label.slice(0, colon), entity.label.slice(colon + 2)];
    const sentence = context.sentences[mention.sentence]?.sentence.text;
    if (!sentence) continue;
    const at = sentence.indexOf(value, Math.max(0, mention.start - mention.sentenceStart));
    if (at < 0) continue;
    const before = sentence.slice(Math.max(0, at - 80), at);
    const aliases: string[] = [];
    const qualifier = qualifierBefore(context.lexicon, context.sentences[mention.sentence]!, at);
    const shown = qualifier && !value.toLowerCase().startsWith(qualifier.toLowerCase()) ? `${qualifier} ${value}` : value;
    if (shown !== value) aliases.push(`${indicator}: ${shown}`);
    if (/%|percent/iu.test(value)) {
      // The last change verb before the figure with nothing but "by", "at a rate of" … between them.
      const verb = [...before.matchAll(/\b[a-z]+\b/giu)].reverse().find((word) => changes.has(word[0].toLowerCase()) && TO_FIGURE.test(`${before.slice(word.index + word[0].length).trim()} `.trimStart()));
      const noun = verb ? changes.get(verb[0].toLowerCase()) : undefined;
      if (noun && !new RegExp(`\\b${noun}\\b`, 'iu').test(indicator)) {
        const changed = `${indicator} ${noun}`;
        for (const figure of new Set([value, shown])) aliases.push(`${changed}: ${figure}`);
        if (YEARLY.test(sentence)) for (const figure of new Set([value, shown])) aliases.push(`annual ${changed}: ${figure}`);
      }
    }
    for (const alias of aliases) if (!entity.aliases.includes(alias) && alias !== entity.label) entity.aliases.push(alias);
  }
}
