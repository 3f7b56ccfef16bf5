import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalizeSearchText, tokenizeForIndex, tokenizeForQuery } from '../../src/web/core/search-index.js';
import { loadSynthetic } from './helpers.js';

const index = buildSearchIndex(loadSynthetic(60));

describe('search index', () => {
  it.each([
    ['Yangtze', 'Yangtze River Delta'],
    ['yangtze river', 'Yangtze River Delta'],
    ['Yangtse', 'Yangtze River Delta'],
    ['Chongqin', 'Chongqing'],
    ['YANGTZE RIVER DELTA', 'Yangtze River Delta'],
    ['长三角', 'Yangtze River Delta'],
    ['半导体', 'power semiconductors'],
    ['功率半导体', 'power semiconductors'],
    ['semicond', 'power semiconductors'],
    ['conductors', 'power semiconductors'],
    ['semiconductor', 'power semiconductors'],
    ['Chengdu-Chongqing', 'Chengdu–Chongqing economic circle'],
    ['chengdu chongqing economic', 'Chengdu–Chongqing economic circle'],
    ['Chóngqìng', 'Chongqing'],
    ['重庆', 'Chongqing'],
  ])('%s → %s', (query, label) => {
    expect(index.search(query)[0]?.label).toBe(label);
  });

  it.each(['', '   ', '—', '!!', 'y', 'Y '])('finds nothing for %j', (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it('reports the entity type and the alias that matched', () => {
    expect(index.search('长三角')[0]).toMatchObject({ entityType: 'Region', alias: '长三角' });
    expect(index.search('Yangtze')[0]?.alias).toBeNull();
  });

  it.each([
    ['ya', 'Yangtze River Delta'],
    ['chon', 'Chongqing'],
  ])('matches short words from their start: %s → %s', (query, label) => {
    expect(index.search(query).map((hit) => hit.label)).toContain(label);
  });

  it('does not match a short query inside a word', () => {
    expect(index.search('gtz')).toEqual([]);
    expect(index.search('gtze')[0]?.label).toBe('Yangtze River Delta');
  });

  it('respects the limit', () => {
    expect(index.search('the', 3).length).toBeLessThanOrEqual(3);
  });
});

describe('tokenizer', () => {
  it.each([
    ['Chengdu–Chongqing', ['chengdu', 'chongqing']],
    ['Guangdong-Hong Kong-Macao', ['guangdong', 'hong', 'kong', 'macao']],
    ['Café Über', ['cafe', 'uber']],
    ['长三角', ['长', '三', '角', '长三', '三角']],
    ['GDP 4万亿', ['gdp', '4', '万', '亿', '万亿']],
  ])('indexes %j as %j', (text, tokens) => {
    expect(tokenizeForIndex(text)).toEqual(tokens);
  });

  it.each([
    ['半导体', ['半导', '导体']],
    ['渝', ['渝']],
    ['power 半导体', ['power', '半导', '导体']],
  ])('queries %j with bigrams %j', (text, tokens) => {
    expect(tokenizeForQuery(text)).toEqual(tokens);
  });

  it('normalises case and diacritics but keeps Hangul whole', () => {
    expect(normalizeSearchText('ÀÉÎ 한국')).toBe('aei 한국');
  });
});
