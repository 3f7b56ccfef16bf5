import { describe, expect, it } from 'vitest';
import { collectMentionSpans, computeTextSegments, splitEvidence } from '../../src/web/core/text-segments.js';

describe('splitEvidence', () => {
  const sentence = 'Chongqing will strengthen ties with the Yangtze River Delta.';
  it.each([
    ['a mention inside the sentence', { start: 140, end: 159, sentenceStart: 100 }, { before: 'Chongqing will strengthen ties with the ', mention: 'Yangtze River Delta', after: '.' }],
    ['the whole sentence', { start: 100, end: 160, sentenceStart: 100 }, { before: '', mention: sentence, after: '' }],
    ['offsets past the end (clamped)', { start: 150, end: 999, sentenceStart: 100 }, { before: sentence.slice(0, 50), mention: sentence.slice(50), after: '' }],
    ['end before start (empty mention)', { start: 120, end: 110, sentenceStart: 100 }, { before: sentence.slice(0, 20), mention: '', after: sentence.slice(20) }],
    ['offsets before the sentence', { start: 0, end: 5, sentenceStart: 100 }, { before: '', mention: '', after: sentence }],
  ])('%s', (_name, offsets, expected) => {
    expect(splitEvidence({ ...offsets, text: sentence })).toEqual(expected);
  });
});

describe('computeTextSegments', () => {
  const text = 'the Chengdu–Chongqing economic circle grows';
  //            0   4       12       21                37
  it.each([
    ['no mentions', [], [{ start: 0, end: 43, nodes: [] }]],
    [
      'one mention',
      [{ node: 'circle', start: 4, end: 37 }],
      [{ start: 0, end: 4, nodes: [] }, { start: 4, end: 37, nodes: ['circle'] }, { start: 37, end: 43, nodes: [] }],
    ],
    [
      'a nested mention lists the innermost node first',
      [{ node: 'circle', start: 4, end: 37 }, { node: 'cq', start: 12, end: 21 }],
      [
        { start: 0, end: 4, nodes: [] },
        { start: 4, end: 12, nodes: ['circle'] },
        { start: 12, end: 21, nodes: ['cq', 'circle'] },
        { start: 21, end: 37, nodes: ['circle'] },
        { start: 37, end: 43, nodes: [] },
      ],
    ],
    [
      'out-of-range and empty spans are ignored',
      [{ node: 'x', start: 50, end: 60 }, { node: 'y', start: 5, end: 5 }],
      [{ start: 0, end: 43, nodes: [] }],
    ],
  ])('%s', (_name, spans, expected) => {
    const segments = computeTextSegments(text.length, spans);
    expect(segments).toEqual(expected);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('collects only the spans of the requested document', () => {
    const spans = collectMentionSpans(
      [['a', [{ document: 'd1', sentence: 0, start: 1, end: 2, sentenceStart: 0, text: '' }, { document: 'd2', sentence: 0, start: 3, end: 4, sentenceStart: 0, text: '' }]]],
      'd1',
    );
    expect(spans).toEqual([{ node: 'a', start: 1, end: 2 }]);
  });
});
