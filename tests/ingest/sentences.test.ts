import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/sentences.js';

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'Sichuan will grow. Chengdu will lead.', ['Sichuan will grow.', 'Chengdu will lead.']],
    ['U.S. is not an ending', 'GDP is 4 trillion yuan (about 560 billion U.S. dollars). The city grows.', ['GDP is 4 trillion yuan (about 560 billion U.S. dollars).', 'The city grows.']],
    ['U.S. before a capital stays inside', 'Exports to the U.S. Market rose. Imports fell.', ['Exports to the U.S. Market rose.', 'Imports fell.']],
    ['e.g. and i.e.', 'Sectors, e.g. Biomedicine, grow. Others, i.e. Steel, shrink.', ['Sectors, e.g. Biomedicine, grow.', 'Others, i.e. Steel, shrink.']],
    ['No. with a number', 'Document No. 5 was issued. It took effect.', ['Document No. 5 was issued.', 'It took effect.']],
    ['decimals', 'Growth will reach 3.5 percent. Inflation stays at 2.1%.', ['Growth will reach 3.5 percent.', 'Inflation stays at 2.1%.']],
    ['initials', 'Professor J. K. Wang spoke. The forum closed.', ['Professor J. K. Wang spoke.', 'The forum closed.']],
    ['question and exclamation', 'Why now? Because it matters! Yes.', ['Why now?', 'Because it matters!', 'Yes.']],
    ['closing quote after the stop', '"We must act." Officials agreed.', ['"We must act."', 'Officials agreed.']],
    ['lower case after a stop is not a new sentence', 'See fig. below for details.', ['See fig. below for details.']],
    ['CJK full stops', '重庆将加快发展。成渝地区双城经济圈建设提速！目标是什么？', ['重庆将加快发展。', '成渝地区双城经济圈建设提速！', '目标是什么？']],
    ['a caption line without punctuation', 'The city grows.\nCity view of Chongqing (Photo/ Chongqing Daily)\nIt keeps growing.', ['The city grows.', 'City view of Chongqing (Photo/ Chongqing Daily)', 'It keeps growing.']],
    ['a heading line', 'Key targets\nGDP will double by 2035.', ['Key targets', 'GDP will double by 2035.']],
    ['blank lines and surrounding spaces', '  First one.  \n\n\n   Second one.   ', ['First one.', 'Second one.']],
    ['empty text', '', []],
  ])('%s', (_name, text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
  });

  it.each([
    ['Chongqing - China\'s Chongqing has outlined a roadmap. It sets targets.\nCity view. (Photo/ Chongqing Daily)\nMeasures include A, B and C.'],
    ['  padded  \n  lines.  Two here.  '],
  ])('offsets point into the text and indexes count up: %j', (text) => {
    const sentences = splitSentences(text);
    sentences.forEach((sentence, index) => {
      expect(sentence.index).toBe(index);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
    });
  });
});
