import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/targets/targets.js';
import { extractText, labelsOf, relationLines, shippedLexicon } from './helpers.js';

describe('findQuantities', () => {
  it.each([
    ['4 trillion yuan', 4e12, 'yuan'],
    ['140,000 yuan', 140000, 'yuan'],
    ['560 billion U.S. dollars', 560e9, 'USD'],
    ['13.5%', 13.5, 'percent'],
    ['75 percent', 75, 'percent'],
    ['2.8% of GDP', 2.8, 'percent of GDP'],
    ['RMB 2 billion', 2e9, 'yuan'],
    ['36 million tonnes', 36e6, 'tonnes'],
    ['1,200 kilometers', 1200, 'km'],
    ['4万亿元', 4e12, 'yuan'],
  ])('%s → %d %s', (text, value, unit) => {
    const [quantity] = findQuantities(`reach ${text} soon`, shippedLexicon());
    expect(quantity).toMatchObject({ value, unit, text });
  });

  it.each([
    ['9 percent of its GDP', 9, 'percent of GDP', '9 percent of GDP'],
    ["40 percent of the city's GDP", 40, 'percent of GDP', '40 percent of GDP'],
    ['60% of power generation', 60, 'percent of power generation', '60% of power generation'],
    ['25 micrograms per cubic meter', 25, 'micrograms per cubic meter', '25 micrograms per cubic meter'],
  ])('%s → %d %s, written without the possessive', (text, value, unit, written) => {
    const [quantity] = findQuantities(`reach ${text} soon`, shippedLexicon());
    expect(quantity).toMatchObject({ value, unit, text: written });
  });

  it.each([['in 2030'], ['80 years'], ['13 priority tasks'], ['the next five years'], ['No. 5'], ['17.8 million people']])('finds no quantity in %j', (text) => {
    expect(findQuantities(text, shippedLexicon())).toEqual([]);
  });
});

describe('targets', () => {
  it.each([
    ['a target of', 'Chongqing set a GDP target of 4 trillion yuan (about 560 billion U.S. dollars) by 2030.', 'GDP: 4 trillion yuan', 'GDP', 4e12, 'yuan', 2030],
    ['to reach', 'The plan projects per capita GDP to reach 140,000 yuan by 2030.', 'per capita GDP: 140,000 yuan', 'per capita GDP', 140000, 'yuan', 2030],
    ['raise … to', 'Guangdong will raise the urbanization rate to 78 percent.', 'urbanization rate: 78 percent', 'urbanization rate', 78, 'percent', 2030],
    ['cut … by', 'Zhejiang plans to cut energy intensity by 13.5% in 2030.', 'energy intensity: 13.5%', 'energy intensity', 13.5, 'percent', 2030],
    ['keep … above', 'The province will keep annual grain output above 36 million tonnes.', 'annual grain output: 36 million tonnes', 'annual grain output', 36e6, 'tonnes', 2030],
    ['keep … at around', 'Hubei aims to keep annual GDP growth at around 5.5 percent.', 'annual GDP growth: 5.5 percent', 'annual GDP growth', 5.5, 'percent', 2030],
    ['expected to exceed', "By 2028, Jiangsu’s GDP is expected to exceed 16 trillion yuan.", 'GDP: 16 trillion yuan', 'GDP', 16e12, 'yuan', 2028],
    ['a spelled-out indicator', 'Spending on research and development is expected to reach 2.8 percent of GDP.', 'spending on research and development: 2.8 percent of GDP', 'spending on research and development', 2.8, 'percent of GDP', 2030],
    ['held at', 'GDP will grow, with R&D spending held at around 6% of GDP.', 'R&D spending: 6% of GDP', 'R&D spending', 6, 'percent of GDP', 2030],
    ['a bare indicator before the value', 'The outline sets R&D spending 2.8% of GDP as a goal.', 'R&D spending: 2.8% of GDP', 'R&D spending', 2.8, 'percent of GDP', 2030],
    ['drop by', 'By 2030, CO2 emissions per unit of GDP will drop by 17 percent.', 'CO2 emissions per unit of GDP: 17 percent', 'CO2 emissions per unit of GDP', 17, 'percent', 2030],
    ['the measured thing after the value', 'The province will build 1,000 kilometers of new expressways.', 'new expressways: 1,000 kilometers', 'new expressways', 1000, 'km', 2030],
    ['the number of …', 'It plans to increase the number of high-tech enterprises to 40,000 by 2028.', 'high-tech enterprises: 40,000', 'number of high-tech enterprises', 40000, 'high-tech enterprises', 2028],
  ])('%s', (_name, text, label, indicator, value, unit, year) => {
    const extraction = extractText(text, { title: 'Outline of the 15th Five-Year Plan (2026-2030)' });
    const targets = extraction.entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((t) => t.label)).toEqual([label]);
    expect(targets[0]!.target).toEqual({ indicator, value, unit, year });
    expect(relationLines(extraction, 'hasTarget')).toHaveLength(1);
  });

  it('records the parenthetical currency as an alias, not a second target', () => {
    const extraction = extractText('The city set a GDP target of 4 trillion yuan (about 560 billion U.S. dollars).');
    const targets = extraction.entities.filter((entity) => entity.entityType === 'Target');
    expect(targets).toHaveLength(1);
    expect(targets[0]!.aliases).toEqual(['about 560 billion U.S. dollars']);
  });

  it.each([
    ['a past growth figure', "Hubei's economy grew 5.8 percent last year to about 6 trillion yuan."],
    ['a figure of a past year', 'Shenzhen reported GDP of 3.68 trillion yuan in 2024.'],
    ['a past average', 'The economy grew by an average of 5.9 percent a year over the past five years.'],
    ['reached in a past year', "Zhejiang's per capita disposable income reached about 67,000 yuan in 2024."],
    ['a population', 'Shenzhen is a city of 17.8 million people.'],
    ['a count without "number of"', 'A campaign will convert 1,000 factories a year.'],
  ])('keeps %s out of the targets', (_name, text) => {
    const extraction = extractText(text, { title: '15th Five-Year Plan (2026-2030)' });
    expect(extraction.entities.filter((entity) => entity.entityType === 'Target')).toEqual([]);
  });

  it('takes the year from the plan period when the sentence has none, from the ordinal when no period is written', () => {
    const written = extractText('Shaanxi will lift the forest coverage rate to 46 percent.', { title: 'Shaanxi plan (2026–2030)' });
    expect(written.entities.find((e) => e.entityType === 'Target')?.target?.year).toBe(2030);
    const ordinal = extractText('Under the 14th Five-Year Plan, Shaanxi will lift the forest coverage rate to 46 percent.');
    expect(ordinal.entities.find((e) => e.entityType === 'Target')?.target?.year).toBe(2025);
  });

  it('warns about a value whose indicator cannot be named', () => {
    const extraction = extractText('Officials said: 5 percent, they hope.');
    expect(extraction.diagnostics.map((d) => d.code)).toContain('TARGET_WITHOUT_INDICATOR');
  });
});

describe('target verb frames and background figures', () => {
  it.each<[string, string, string[]]>([
    ['"is expected to remain above"', 'Wetland coverage is expected to remain above 12 percent by 2030.', ['wetland coverage: 12 percent']],
    ['"is set to pass" with a counted noun', 'The number of public chargers in service is set to pass 90,000 by 2030.', ['public chargers in service: 90,000']],
    ['"will be extended to"', 'Metro lines in operation will be extended to around 300 kilometers by 2030.', ['metro lines in operation: 300 kilometers']],
    ['"push … past"', 'The city strives to push its GDP past 3 trillion yuan by 2030.', ['GDP: 3 trillion yuan']],
    ['"is to cover no less than" with a hyphenated -ing compound', 'Energy-saving lighting is to cover no less than 90 percent of streets by 2030.', ['energy-saving lighting: 90 percent']],
    ['"want … to exceed"', 'We want the forest rate to exceed 40 percent by 2030.', ['forest rate: 40 percent']],
    ['new units', 'Total computing power will exceed 30 EFLOPS and green power output should reach 50 billion kWh by 2030.', ['total computing power: 30 EFLOPS', 'green power output: 50 billion kWh']],
  ])('%s', (_name, text, expected) => {
    expect(labelsOf(extractText(text), 'Target')).toEqual(expected);
  });

  it.each([
    ['a reported change', "The city's GDP reached 1.2 trillion yuan in 2024, up 4.8 percent year on year."],
    ['past output', 'Last year, the province produced 30 million tonnes of grain.'],
    ['a past total', 'The tourism sector generated more than 200 billion yuan in 2024.'],
    ['spending without an indicator', 'The city will spend no less than 3 percent of its budget on parks.'],
  ])('reads no target from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'Target')).toEqual([]);
  });
});
