import { describe, expect, it } from 'vitest';
import { extractText, labelsOf } from './helpers.js';

describe('bodies written in lower case', () => {
  it.each([
    ['an autonomous region', 'According to the development and reform commission of Ningxia Hui autonomous region, spending will rise.', 'development and reform commission of Ningxia Hui autonomous region'],
    ['a province', 'Officials at the development and reform commission of Yunnan province said the list is final.', 'development and reform commission of Yunnan province'],
    ['a bureau', 'The statistics bureau of Qinghai province released the outline.', 'statistics bureau of Qinghai province'],
  ])('%s', (_name, text, label) => {
    expect(labelsOf(extractText(text), 'Organization')).toContain(label);
  });

  it.each([
    ['no place after "of"', 'The development and reform commission of the city will review it.'],
    ['a lower-case head without a body', 'The department of tourism will grow.'],
  ])('reads no organisation from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'Organization')).toEqual([]);
  });
});
