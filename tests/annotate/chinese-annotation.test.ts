import { describe, expect, it } from 'vitest';
import { annotateDocument } from '../../src/annotate/annotate-document.js';
import { segmentChineseSentence } from '../../src/annotate/segment-chinese.js';
import { readStructure } from '../../src/annotate/structure.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import type { PlanDocument } from '../../src/model/records.js';

// Sentences written for these tests in plan style.
describe('Chinese sentences', () => {
  it.each([
    ['full stops, exclamation and question marks', '建设绿色家园。推动产业升级！如何实现？', ['建设绿色家园。', '推动产业升级！', '如何实现？']],
    ['semicolons that separate clauses', '全省生产总值增长6%左右；城镇新增就业50万人以上。', ['全省生产总值增长6%左右；', '城镇新增就业50万人以上。']],
    ['a short tail after a semicolon stays', '主要目标；其他。', ['主要目标；其他。']],
    ['marks inside quotes end nothing', '提出“稳中求进。以进促稳”的要求。', ['提出“稳中求进。以进促稳”的要求。']],
    ['half-width marks as Chinese pages use them', '扩大内需;稳定就业!', ['扩大内需;', '稳定就业!']],
    ['a decimal point is no full stop', '实施改革2.0版。', ['实施改革2.0版。']],
    ['each line is a paragraph', '一、主要目标\n到2030年实现翻番', ['一、主要目标', '到2030年实现翻番']],
  ])('%s', (_name, text, sentences) => {
    expect(splitSentences(text, 'zh').map((s) => s.text)).toEqual(sentences);
  });

  it('keeps document offsets', () => {
    const text = '加快建设；推动发展和改革。';
    for (const sentence of splitSentences(text, 'zh')) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('English documents do not split at semicolons', () => {
    expect(splitSentences('Lakeside will grow; Hillview will not.').length).toBe(1);
  });
});

describe('Chinese words', () => {
  it('segments words with sentence offsets and marks figures and punctuation', () => {
    const { tokens } = segmentChineseSentence('推动经济增长5%。');
    expect(tokens.map((t) => t.text).join('')).toBe('推动经济增长5%。');
    for (const token of tokens) expect('推动经济增长5%。'.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.find((t) => t.text === '5')?.pos).toBe('NUM');
    expect(tokens.find((t) => t.text === '。')?.pos).toBe('PUNCT');
    expect(tokens.some((t) => t.text === '推动')).toBe(true);
  });

  it('annotates a Chinese document with the segmenter, an English one with the tagger', () => {
    const zh: PlanDocument = { id: 'zh', path: 'zh.txt', title: 'zh', text: '推动产业升级。', bodyLine: 1, language: 'zh' };
    const en: PlanDocument = { id: 'en', path: 'en.txt', title: 'en', text: 'Lakeside will grow.', bodyLine: 1, language: 'en' };
    expect(annotateDocument(zh).sentences[0]!.tokens.every((t) => t.pos === 'X' || t.pos === 'PUNCT' || t.pos === 'NUM')).toBe(true);
    expect(annotateDocument(en).sentences[0]!.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')).toBe(true);
  });
});

describe('Chinese layout', () => {
  it.each([
    ['一、 section number', '一、主要目标', 'item', 'chinese-number', '主要目标'],
    ['（二） section number', '（二）重点任务', 'item', 'chinese-number', '重点任务'],
    ['1. item number against the text', '1.加快建设产业体系；', 'item', 'number', '加快建设产业体系；'],
    ['（3） item number', '（3）扩大有效投资；', 'item', 'number', '扩大有效投资；'],
    ['dashed item', '——推动要素自由流动。', 'item', 'dash', '推动要素自由流动。'],
    ['short line without final mark', '基本原则', 'heading', 'none', '基本原则'],
    ['long sentence', '到2030年，全省地区生产总值达到5万亿元左右，居民收入增长和经济增长同步，城乡差距明显缩小。', 'paragraph', 'none', '到2030年，全省地区生产总值达到5万亿元左右，居民收入增长和经济增长同步，城乡差距明显缩小。'],
  ])('%s', (_name, text, kind, marker, content) => {
    const [line] = readStructure(text).lines;
    expect(line!.kind).toBe(kind);
    expect(line!.marker).toBe(marker);
    expect(text.slice(line!.contentStart, line!.end)).toBe(content);
  });

  it('reads a "标签：内容" line', () => {
    const text = '主要目标：全省生产总值增长6%左右。';
    const [line] = readStructure(text).lines;
    expect(text.slice(line!.contentStart, line!.labelEnd)).toBe('主要目标');
  });

  it('a lead ending in a colon opens a block of dashed items', () => {
    const text = '实现以下主要目标：\n——经济实力明显增强。\n——生态环境持续改善。';
    const { lists } = readStructure(text);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.items).toHaveLength(2);
  });
});
