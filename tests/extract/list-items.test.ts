import { describe, expect, it } from 'vitest';
import { splitListItems } from '../../src/extract/frames/list-items.js';

describe('splitListItems', () => {
  it.each([
    ['A, B, and C', ['A', 'B', 'C']],
    ['A, B and C', ['A', 'B', 'C']],
    ['high-quality development, reform and opening-up, and social welfare', ['high-quality development', 'reform and opening-up', 'social welfare']],
    ['industrial upgrading, advancing reforms, and pushing forward green and safe growth', ['industrial upgrading', 'advancing reforms', 'pushing forward green and safe growth']],
    ['intelligent green energy equipment and connected electric vehicles', ['intelligent green energy equipment', 'connected electric vehicles']],
    ['electronic information, food and light industry, and energy and chemicals', ['electronic information', 'food and light industry', 'energy and chemicals']],
    ['steel, petrochemicals and building materials', ['steel', 'petrochemicals', 'building materials']],
    ['building a strong province; improving social security; promoting culture', ['building a strong province', 'improving social security', 'promoting culture']],
    ['a campaign to convert 1,000 factories a year, and a fund', ['a campaign to convert 1,000 factories a year', 'a fund']],
    ['Tianfu Granary (天府粮仓, a grain base), and forests', ['Tianfu Granary (天府粮仓, a grain base)', 'forests']],
    ['biomedicine, new materials, etc.', ['biomedicine', 'new materials']],
    ['ports as well as airports', ['ports', 'airports']],
    ['  lone item.  ', ['lone item']],
  ])('%s', (text, expected) => {
    const items = splitListItems(text);
    expect(items.map((item) => item.text)).toEqual(expected);
    for (const item of items) expect(text.slice(item.start, item.end)).toBe(item.text);
  });
});

describe('"as well as" in the last item', () => {
  it('joins the items; an "and" before it stays inside the item', () => {
    expect(splitListItems('boat building, the drying of fish and seaweed as well as net making').map((item) => item.text)).toEqual(['boat building', 'the drying of fish and seaweed', 'net making']);
  });
});
