import { describe, expect, it } from 'vitest';
import { computeStatedValue } from '../../src/web/core/target-value.js';
import { formatNumber } from '../../src/web/views/dom.js';

describe('computeStatedValue: a target as the plan wrote it', () => {
  it.each([
    ['a large number in words', { label: 'GDP: 4 trillion yuan', indicator: 'GDP', value: 4e12, unit: 'yuan' }, '4 trillion yuan'],
    ['digits with separators', { label: 'per capita GDP: 140,000 yuan', indicator: 'per capita GDP', value: 140000, unit: 'yuan' }, '140,000 yuan'],
    ['a Chinese value with its qualifier', { label: '全省地区生产总值: 5万亿元左右', indicator: '全省地区生产总值', value: 5, unit: '万亿元' }, '5万亿元左右'],
    ['a percent sign where the unit says percent', { label: 'carbon intensity: 18%', indicator: 'carbon intensity', value: 18, unit: 'percent' }, '18%'],
    ['a label that shortens the indicator', { label: 'high-tech enterprises: 40,000', indicator: 'number of high-tech enterprises', value: 40000, unit: 'high-tech enterprises' }, '40,000'],
    ['a label without a written value', { label: 'GDP', indicator: 'GDP', value: 4e12, unit: 'yuan' }, '4,000,000,000,000 yuan'],
    ['no value at all', { label: 'Chongqing', indicator: undefined, value: undefined, unit: undefined }, null],
  ])('%s', (_name, attributes, expected) => {
    expect(computeStatedValue(attributes, formatNumber)).toBe(expected);
  });
});
