import type { DocumentLanguage } from '../model/vocabulary.js';

const HAN = /\p{Script=Han}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/**
 * The language a text is written in, from its letters: Chinese when Han
 * characters outnumber Latin letters by word. A Chinese character is about a
 * word's worth of meaning, an English word about five letters, so a Chinese
 * plan quoting "GDP" or "5G" stays Chinese and an English article with a
 * few 长三角-style glosses stays English.
 */
export function detectLanguage(text: string): DocumentLanguage {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const han = sample.match(HAN)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  return han > latin / 5 && han >= 2 ? 'zh' : 'en';
}

/**
 * A front-matter language value → a language plangraph reads, or undefined
 * when it names none ("zh-Hant", "zh_CN", "Chinese", "中文" are Chinese).
 */
export function parseLanguageTag(value: string): DocumentLanguage | undefined {
  const tag = value.trim().toLowerCase();
  if (/^(?:zh|cmn|chi|zho)(?:[-_].*)?$|^chinese$|^中文$|^汉语$|^漢語$/u.test(tag)) return 'zh';
  if (/^en(?:[-_].*)?$|^eng(?:lish)?$/u.test(tag)) return 'en';
  return undefined;
}
