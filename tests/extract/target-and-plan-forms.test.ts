import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/records.js';
import { entityByLabel, extractText, labelsOf } from './helpers.js';

// Plan-style sentences written for these tests; each shows one way a target, a counted
// list or the plan's own name is written.
const targets = (extraction: Extraction) => extraction.entities.filter((entity) => entity.entityType === 'Target');

describe('count goals', () => {
  it('reads things to build, with a digit inside their name', () => {
    expect(labelsOf(extractText('Lakeside will construct 2,000 5G base stations by 2027.'), 'Target')).toEqual(['5G base stations: 2,000']);
  });

  it('reads what the place will be home to, with the qualifier as another name', () => {
    const found = targets(extractText('By 2027 Lakeside will also be home to more than 300 research institutes.'));
    expect(found.map((target) => target.label)).toEqual(['research institutes: 300']);
    expect(found[0]!.aliases).toContain('research institutes: more than 300');
  });

  it('keeps what the counted things have in the name, the short name as an alias', () => {
    const found = targets(extractText('The county will foster 40 farms with organic certification and train 500 rangers.'));
    expect(found.map((target) => target.label)).toEqual(['farms with organic certification: 40', 'rangers: 500']);
    expect(found[0]!.aliases).toContain('farms: 40');
  });
});

describe('count goals with longer names', () => {
  it('reads a counted name of four words', () => {
    expect(labelsOf(extractText('By 2028, the province will establish about 12 advanced green manufacturing bases that lead the region.'), 'Target')).toEqual(['advanced green manufacturing bases: 12']);
  });
});

describe('figures with their units and verbs', () => {
  it.each([
    ['cubic meters', 'The annual water supply will reach over 900 million cubic meters by 2028.', 'annual water supply: 900 million cubic meters'],
    ['tons of standard coal', 'By 2028 the county aims to bring its energy output to 5 million tons of standard coal.', 'energy output: 5 million tons of standard coal'],
    ['"stabilize at"', 'The annual grain output will stabilize at 3 million tons by 2028.', 'annual grain output: 3 million tons'],
    ['"is targeted to"', 'Spending on research is targeted to account for 3 percent of GDP in 2028.', 'spending on research: 3 percent of GDP'],
    ['"are anticipated to" after an earlier figure', 'Its grain output is expected to reach 3 million tons by 2028 while its exports are anticipated to surpass $2 billion.', 'grain output: 3 million tons'],
  ])('%s', (_name, text, label) => {
    expect(labelsOf(extractText(text), 'Target')[0]).toEqual(label);
  });

  it('names the second figure of a sentence by its own subject', () => {
    expect(labelsOf(extractText('Its grain output is expected to reach 3 million tons by 2028 while its exports are anticipated to surpass $2 billion.'), 'Target')).toEqual(['grain output: 3 million tons', 'exports: $2 billion']);
  });

  it('reads no change verb in "increase rate"', () => {
    expect(labelsOf(extractText('Exports will grow, with the annual increase rate at about 9 percent.'), 'Target')).not.toContain('rate: 9 percent');
  });

  it('reads a long indicator after "the added value of", the plan’s own place kept out of its length', () => {
    const found = targets(extractText('By 2028, the added value of the main sectors of the ocean economy in the city is expected to account for 12 percent of GDP.'));
    expect(found.map((target) => target.label)).toEqual(['main sectors of the ocean economy in the city: 12 percent of GDP']);
    expect(found[0]!.aliases).toContain('main sectors of the ocean economy: 12 percent of GDP');
  });

  it('gives an indicator with a lower-case scope after "in" a name without it', () => {
    const found = targets(extractText('The county will raise the forest coverage rate in towns of the north to 40 percent by 2028.'));
    expect(found.map((target) => target.label)).toEqual(['forest coverage rate in towns of the north: 40 percent']);
    expect(found[0]!.aliases).toContain('forest coverage rate: 40 percent');
  });
});

describe('a multiple stated of several subjects', () => {
  it('reads each subject of "are expected to be double of <year>"', () => {
    const found = targets(extractText('By 2030, the county’s output, per capita income and farm revenue are expected to be double of 2024.'));
    expect(found.map((target) => target.label)).toEqual(['output: double of 2024', 'per capita income: double of 2024', 'farm revenue: double of 2024']);
    expect(found[1]!.target).toMatchObject({ indicator: 'per capita income', value: 2, unit: 'times the 2024 level' });
  });

  it('reads "will be double the <year> level" of one subject', () => {
    expect(labelsOf(extractText('Household income will be double the 2024 level by 2035.'), 'Target')).toEqual(['household income: double the 2024 level']);
  });

  it('reads no multiple without a base year', () => {
    expect(labelsOf(extractText('Household income will be double by 2035.'), 'Target')).toEqual([]);
  });
});

describe('the plan named by its period', () => {
  it('reads "Five-Year-Plan" written with a hyphen', () => {
    const extraction = extractText('Jiangxi unveiled its goals for the 16th Five-Year-Plan (2031-35) period.', { title: 'Jiangxi sets goals' });
    expect(labelsOf(extraction, 'Plan')).toEqual(['Jiangxi 16th Five-Year Plan']);
  });

  it('takes the plan a headline names over one the body recalls more often', () => {
    const text = ['Outline of the 16th Five-Year Plan of Jiangxi Province', 'During the 15th Five-Year Plan period the province grew fast.', 'The goals of the 15th Five-Year Plan were met.'].join('\n');
    expect(labelsOf(extractText(text, { title: 'Outline of the 16th Five-Year Plan of Jiangxi Province' }), 'Plan')).toEqual(['Jiangxi 16th Five-Year Plan']);
  });

  it('reads a plan written with a figure ("16th 5-year plan") as the Five-Year Plan', () => {
    const extraction = extractText('Under its 16th 5-year plan for water supply, Jiangxi will build two reservoirs.', { title: 'By 2035 Jiangxi will build two reservoirs, a draft promises' });
    expect(labelsOf(extraction, 'Plan')).toEqual(['Jiangxi 16th Five-Year Plan']);
  });

  it('names a text about a "report on government work" after the report, not after its first sentence', () => {
    const text = 'In her report on government work, delivered to the provincial congress, the governor of Jiangxi set a growth target of about 6 percent.';
    expect(labelsOf(extractText(text, { title: text }), 'Plan')).toEqual(['Jiangxi government work report']);
  });

  it('reads a quoted statement that mentions the plan as no title of another plan', () => {
    const text = 'The governor was quoted as saying, "Jiangxi will open two new river ports during the 16th Five-Year Plan (2031-2035)."';
    expect(labelsOf(extractText(text, { title: text }), 'Plan')).toEqual(['Jiangxi 16th Five-Year Plan']);
  });

  it('names a plan issued as "Opinions" by its title', () => {
    const text = 'Lakeside: "Two Belts" to take shape by 2030\n\nThe provincial government issued the Guiding Opinions on Building Green Industrial Belts in Lakeside to speed up new industrialization.';
    expect(labelsOf(extractText(text, { title: 'Lakeside: "Two Belts" to take shape by 2030' }), 'Plan')).toEqual(['Guiding Opinions on Building Green Industrial Belts in Lakeside']);
  });

  it('gives a plan named with a place level the name without it', () => {
    const extraction = extractText('Lakeside District released its 16th Five-Year Plan.');
    expect(entityByLabel(extraction, 'Plan', 'Lakeside District 16th Five-Year Plan')?.aliases).toContain('Lakeside 16th Five-Year Plan');
  });
});

describe('counted areas in a sentence about industries', () => {
  it('types the items of "areas" as industries when the clause is about industries', () => {
    const text = 'The county will upgrade its traditional industries, focusing on three areas with local strengths: tea, bamboo products and stone processing industries.';
    expect(labelsOf(extractText(text), 'Industry')).toEqual(expect.arrayContaining(['tea', 'bamboo products', 'stone processing industries']));
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual([]);
  });

  it('keeps the items of "areas" as key areas otherwise', () => {
    const text = 'The county will focus on three areas: water safety, clean air and rural schools.';
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual(['water safety', 'clean air', 'rural schools']);
  });
});

describe('values past a threshold, and areas named after "of"', () => {
  it('gives a value after "exceed" the name readers write with "over"', () => {
    const found = targets(extractText('The output of the port will exceed 90 million tons by 2028.'));
    expect(found.map((target) => target.label)).toEqual(['output of the port: 90 million tons']);
    expect(found[0]!.aliases).toEqual(expect.arrayContaining(['output of the port: over 90 million tons', 'output of the port: exceed 90 million tons']));
  });

  it('reads the concepts a plan implements as key areas', () => {
    expect(labelsOf(extractText('The county will implement the concepts of coordinated development, green development and shared development.'), 'KeyArea')).toEqual(['coordinated development', 'green development', 'shared development']);
  });

  it('reads the items of "in the key areas of A, B and C" as key areas', () => {
    expect(labelsOf(extractText('The plan sets tasks in the key areas of water safety, rural schools and clean energy.'), 'KeyArea')).toEqual(['water safety', 'rural schools', 'clean energy']);
  });
});

describe('the headline', () => {
  it('is no task, even when it opens with a capitalised word that could be a verb', () => {
    const text = ['Highlights of the county work report', 'The county will widen its roads and train more nurses.'].join('\n');
    expect(labelsOf(extractText(text, { title: 'Highlights of the county work report' }), 'PriorityTask')).toEqual(['widen its roads', 'train more nurses']);
  });
});

describe('a plan described by what it is for', () => {
  it('reads "an outline for the <lower-case words> of the <Name>"', () => {
    const text = 'The State Council on Monday issued an outline for the integrated development of the Pearl River Delta. The region will widen its ports.';
    expect(labelsOf(extractText(text, { title: 'Outline issued' }), 'Plan')).toEqual(['outline for the integrated development of the Pearl River Delta']);
  });
});

describe('a multiple of an owner\'s indicator', () => {
  it('reads "double <Place>\'s GDP" as a target of GDP, not of the place', () => {
    expect(labelsOf(extractText('The county will double Lakeside’s GDP by 2030.'), 'Target')).toEqual(['GDP: double']);
  });

  it('gives each indicator joined by "and" the multiple, with a base year after "by <year>"', () => {
    const found = targets(extractText('The county will double its GDP and per capita income by 2030 from the 2020 level.'));
    expect(found.map((target) => target.label)).toEqual(['GDP: double', 'per capita income: double']);
    expect(found[1]!.aliases).toContain('per capita income: double the 2020 level');
  });
});

describe('the place after "of" in an indicator', () => {
  it('is left out of one of the target\'s names', () => {
    const target = extractText('The economic growth rate of Lakeside is expected to exceed 9 percent in the period.').entities.find((entity) => entity.entityType === 'Target')!;
    expect(target.aliases).toContain('economic growth rate: over 9 percent');
  });
});

describe('plans named by a quoted title', () => {
  it('reads another plan the text names by its quoted title, related to the plan it is about', () => {
    const text = 'The Lakeside provincial government issued the "Fourteenth Five-Year Plan for the Development of River Ferries in Lakeside Province", a special plan of the province\'s 14th Five-Year Plan.';
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'Plan')).toContain('Fourteenth Five-Year Plan for the Development of River Ferries in Lakeside Province');
    expect(extraction.relations.some((relation) => relation.relation === 'relatedTo' && relation.target.startsWith('Plan:'))).toBe(true);
  });
});
