import { describe, expect, it } from 'vitest';
import { foldChinese, parseChineseNumber, splitClauses, splitEnumeration, taskVerbEnd } from '../../src/extract/chinese/chinese-text.js';
import { shippedLexicon } from './helpers.js';

describe('foldChinese', () => {
  it.each([
    ['traditional to simplified', '發展規劃綱要', '发展规划纲要'],
    ['half-width marks to full-width', '扩大内需,稳定就业;(一)', '扩大内需，稳定就业；（一）'],
    ['straight quotes open and close', '"双城记"', '“双城记”'],
    ['corner brackets to quotes', '「一帶一路」', '“一带一路”'],
  ])('%s', (_name, text, folded) => {
    const result = foldChinese(text, shippedLexicon());
    expect(result).toBe(folded);
    expect(result.length).toBe(text.length);
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['五', 5], ['两', 2], ['十', 10], ['十三', 13], ['二十', 20], ['四十二', 42], ['二〇三五', 2035], ['42', 42], ['多', undefined],
  ])('%s', (text, value) => {
    expect(parseChineseNumber(text, shippedLexicon())).toBe(value);
  });
});

describe('clauses and enumerations', () => {
  it('splits clauses at ，；。： outside quotes and brackets', () => {
    const text = '总体要求是，坚持“稳中求进，以进促稳”，扩大投资（含民间投资，外资）。';
    expect(splitClauses(text).map((c) => c.text)).toEqual(['总体要求是', '坚持“稳中求进，以进促稳”', '扩大投资（含民间投资，外资）']);
  });

  it('splits an enumeration at 、 with offsets', () => {
    const text = '电子信息、新材料、“航空、航天”制造';
    const items = splitEnumeration(text, 0, text.length);
    expect(items.map((i) => i.text)).toEqual(['电子信息', '新材料', '“航空、航天”制造']);
    for (const item of items) expect(text.slice(item.start, item.end)).toBe(item.text);
  });
});

describe('taskVerbEnd', () => {
  it.each([
    ['a task verb', '推动产业升级', 2],
    ['adverbs before the verb', '深入推进科技创新', 4],
    ['a longer verb first', '加快建设现代化产业体系', 4],
    ['two adverbs', '持续用力扩大内需', 6],
    ['a noun phrase', '经济实力明显增强', undefined],
    ['a preposition', '在中部地区崛起中发挥作用', undefined],
  ])('%s', (_name, text, end) => {
    expect(taskVerbEnd(text, shippedLexicon())).toBe(end);
  });
});
