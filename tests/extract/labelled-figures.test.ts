import { describe, expect, it } from 'vitest';
import { extractText, labelsOf, entityByLabel } from './helpers.js';

// A goals table written for these tests: one indicator per line, a base year and a target year.
const TABLE = [
  'Targets of the Lakeside County outline',
  'Farm output: 2.1 billion yuan in 2025; 2.6 billion yuan in 2030; an average annual growth rate of 4.5%.',
  'The number of hospital beds: 1,800 beds in 2025; 2,400 beds in 2030.',
  'The average annual growth of tourist arrivals: 7%.',
].join('\n');

describe('goals tables set out as labelled lines', () => {
  it('reads each line as one target of its label, valued at the latest year, the rate as another name', () => {
    const extraction = extractText(TABLE, { title: 'Targets of the Lakeside County outline' });
    expect(labelsOf(extraction, 'Target')).toEqual(['farm output: 2.6 billion yuan', 'number of hospital beds: 2,400 beds', 'average annual growth of tourist arrivals: 7%']);
    const farm = entityByLabel(extraction, 'Target', 'farm output: 2.6 billion yuan')!;
    expect(farm.aliases).toContain('farm output: 4.5%');
    expect(farm.target).toMatchObject({ indicator: 'farm output', value: 2.6, year: 2030 });
    expect(labelsOf(extraction, 'KeyArea')).toEqual([]);
  });

  it("reads no target from a line of one year's figure, nor a yearless line outside a table", () => {
    expect(labelsOf(extractText('Farm output: 2.1 billion yuan in 2025.'), 'Target')).toEqual([]);
    expect(labelsOf(extractText('Average rainfall: 900 millimetres.'), 'Target')).toEqual([]);
  });
});
