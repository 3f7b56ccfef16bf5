import { describe, expect, it } from 'vitest';
import { entityKey, foldForMatch, normalizeLabel } from '../../src/extract/core/normalize.js';
import { extractText } from './helpers.js';

describe('normalizeLabel', () => {
  it.each([
    ['Chengdu–Chongqing economic circle', 'chengdu-chongqing economic circle'],
    ['Chengdu—Chongqing Economic Circle', 'chengdu-chongqing economic circle'],
    ['Chengdu‑Chongqing  economic\tcircle', 'chengdu-chongqing economic circle'],
    ['Beijing - Tianjin − Hebei', 'beijing-tianjin-hebei'],
    ['The low-altitude economy.', 'low-altitude economy'],
    ['a new round of western development', 'new round of western development'],
    ['An “AI+” action program', 'ai+ action program'],
    ['‘20+8’ industrial cluster program', '20+8 industrial cluster program'],
    ["the city's elevated role", "city's elevated role"],
    ['press conference (November 25)', 'press conference (november 25)'],
    ['ＧＤＰ：4 trillion yuan', 'gdp:4 trillion yuan'],
    ['Theme parks', 'theme parks'],
  ])('%s → %s', (label, expected) => {
    expect(normalizeLabel(label)).toBe(expected);
  });

  it('keys by type and normalised label', () => {
    expect(entityKey('Region', 'The Yangtze River Delta')).toBe('Region:yangtze river delta');
    expect(entityKey('KeyArea', 'Rural revitalization')).toBe(entityKey('KeyArea', 'rural revitalization'));
  });

  it('folds text one character for one', () => {
    const text = 'Chengdu–Chongqing’s İstanbul';
    expect(foldForMatch(text)).toHaveLength(text.length);
    expect(foldForMatch('Chengdu–Chongqing’s')).toBe("chengdu-chongqing's");
  });

  it('resolves lexicon aliases before keying, so spellings of one region merge', () => {
    const extraction = extractText('Zhejiang will work with the YRD. It will deepen cooperation within the 长三角. The Yangtze River Delta region grows.', { place: 'Zhejiang' });
    const regions = extraction.entities.filter((entity) => entity.entityType === 'Region');
    expect(regions.map((region) => region.key)).toEqual(['Region:yangtze river delta']);
    expect(regions[0]!.label).toBe('Yangtze River Delta');
    expect(regions[0]!.mentions).toHaveLength(3);
    expect(regions[0]!.aliases).toEqual(expect.arrayContaining(['YRD', '长三角', 'Yangtze River Delta region']));
  });
});
