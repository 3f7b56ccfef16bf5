import { describe, expect, it } from 'vitest';
import { detectLanguage, parseLanguageTag } from '../../src/ingest/language.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import { DocumentError } from '../../src/model/errors.js';

describe('detectLanguage', () => {
  it.each([
    ['Chinese prose', '到2030年，全省地区生产总值达到5万亿元左右。', 'zh'],
    ['Chinese quoting Latin abbreviations', '推动5G网络和GDP核算体系建设，支持AI产业发展。', 'zh'],
    ['English prose', 'Lakeside will widen its harbour and train more nurses by 2030.', 'en'],
    ['English with a Chinese gloss', 'The Yangtze River Delta (长三角) will deepen integration across its cities and counties.', 'en'],
    ['figures only', '2025 2030 5%', 'en'],
  ])('%s', (_name, text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('parseLanguageTag', () => {
  it.each([
    ['zh', 'zh'], ['zh-CN', 'zh'], ['zh_Hant', 'zh'], ['Chinese', 'zh'], ['中文', 'zh'], ['en', 'en'], ['en-GB', 'en'], ['English', 'en'], ['fr', undefined],
  ])('%s', (tag, language) => {
    expect(parseLanguageTag(tag)).toBe(language);
  });
});

describe('language of a parsed document', () => {
  it.each([
    ['detected from Chinese text', '加快建设现代化产业体系。\n', 'zh'],
    ['detected from English text', 'Lakeside will widen its harbour.\n', 'en'],
    ['from language: in front matter', '---\nlanguage: zh\n---\nPlan summary in English.\n', 'zh'],
    ['from lang: in front matter', '---\nlang: en\n---\n加快建设现代化产业体系。\n', 'en'],
  ])('%s', (_name, raw, language) => {
    expect(parseDocument(raw, 'plans/a.txt').language).toBe(language);
  });

  it('rejects a language it does not read, with the file and a hint', () => {
    const read = () => parseDocument('---\nlanguage: fr\n---\nTexte du plan.\n', 'plans/fr.txt');
    expect(read).toThrow(DocumentError);
    try {
      read();
    } catch (error) {
      expect((error as DocumentError).code).toBe('DOCUMENT_LANGUAGE');
      expect((error as DocumentError).location?.file).toBe('plans/fr.txt');
    }
  });
});
