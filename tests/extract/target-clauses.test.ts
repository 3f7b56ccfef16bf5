import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

const TITLE = { title: 'Outline of the 15th Five-Year Plan (2026-2030)' };

function targetLabels(text: string): string[] {
  return extractText(text, TITLE).entities.filter((entity) => entity.entityType === 'Target').map((entity) => entity.label);
}

describe('indicators stop at clause starts', () => {
  it.each([
    ['"call for" is the subject\'s verb, not the indicator', 'The outline calls for a per capita income growth of about 6 percent.', ['per capita income growth: 6 percent']],
    ['an -ing adjective stays inside the indicator', 'Output of the leading manufacturing industries will account for 40 percent of the industrial total.', ['Output of the leading manufacturing industries: 40 percent']],
    ['a year and "and for" start a new indicator', 'The plan calls for the urbanization rate to exceed 70 percent by 2030 and for spending on education to rise to 4 percent of GDP.', ['urbanization rate: 70 percent', 'spending on education: 4 percent of GDP']],
    ['a location after "at" stays inside the indicator', 'Cargo throughput at Ningbo Port is set to top 1.5 billion tonnes.', ['cargo throughput at Ningbo Port: 1.5 billion tonnes']],
    ['"will be kept above"', 'Annual cotton output will be kept above 5 million tonnes.', ['Annual cotton output: 5 million tonnes']],
    ['"will be stable at over"', 'The wetland protection rate will be stable at over 55 percent.', ['wetland protection rate: 55 percent']],
    ['"push … above"', 'Factories will push annual robot output above 200,000 units.', ['annual robot output: 200,000 units']],
    ['container units', 'Port throughput is expected to reach 40 million TEUs.', ['Port throughput: 40 million TEUs']],
  ])('%s', (_name, text, expected) => {
    expect(targetLabels(text).map((label) => label.charAt(0).toLowerCase() + label.slice(1))).toEqual(expected.map((label) => label.charAt(0).toLowerCase() + label.slice(1)));
  });

  it.each([
    ['the size of a fund being set up', 'The city will launch a venture fund of 20 billion yuan for start-ups.'],
    ['the size of a park being established', 'Officials plan to establish an industrial park of 3,000 square meters.'],
    ['a past figure joined by "while"', 'Exports hit 900 billion yuan in 2024, while wind capacity topped 40 gigawatts.'],
    ['a past "exceeded"', 'Retail sales exceeded 2 trillion yuan.'],
  ])('keeps %s out of the targets', (_name, text) => {
    expect(targetLabels(text)).toEqual([]);
  });
});

describe('denominators, verb frames and units of targets', () => {
  it.each([
    ['a share of GDP after "its"', 'The county will lift the added value of its tea economy to over 9 percent of its GDP by 2030.', ['tea economy: 9 percent of GDP']],
    ['a share of power generation', 'Hydropower will account for more than 60 percent of its power generation by 2030.', ['hydropower: 60 percent of power generation']],
    ['"in its total …" inside the indicator', 'The county will raise the share of biomass power in its total energy consumption to 18 percent.', ['share of biomass power in total energy consumption: 18 percent']],
    ['a long "share of … of …" indicator', 'The city will raise the share of the core industries of the green economy to 14 percent of GDP.', ['share of the core industries of the green economy: 14 percent of GDP']],
    ['a bracketed acronym inside the indicator', 'The county aims to raise its information and communications technology (ICT) spending to around 2.5 percent of GDP.', ['information and communications technology (ICT) spending: 2.5 percent of GDP']],
    ['years after "life expectancy"', 'The average life expectancy of local residents will stay above 81 years.', ['average life expectancy: 81 years']],
    ['a concentration unit', 'The county will bring the average PM10 concentration below 50 micrograms per cubic meter by 2030.', ['average PM10 concentration: 50 micrograms per cubic meter']],
    ['"sets … at"', "The plan sets the county's installed solar capacity at more than 40 gigawatts by 2030.", ['installed solar capacity: 40 gigawatts']],
    ['"double … to"', 'The region plans to nearly double its installed wind capacity to 60 million kilowatts by 2030.', ['installed wind capacity: 60 million kilowatts']],
    ['"have … contribute"', 'By 2030, the city aims to have the five pillar industries contribute more than 55 percent of its GDP.', ['five pillar industries: 55 percent of GDP']],
    ['a rate "at" its level', 'The county will keep an average annual output growth rate at about 6% through 2030.', ['average annual output growth rate: 6%']],
    ['a plural possessive inside the indicator', "The county will lift local farmers' consumption rate to 40% by 2030.", ["local farmers' consumption rate: 40%"]],
    ['a measure before the figure and its subject before the verb', 'Ferry lines will stretch to a total length of 900 kilometers by 2030.', ['ferry lines: 900 kilometers']],
    ['a measure before the figure and the measured thing after it', 'The county will have a total length of 4,000 km of cycle paths in 2030.', ['cycle paths: 4,000 km']],
    ['a growth rate whose indicator follows the figure, shared by a second figure', 'The county will strive for a growth rate of around 8 percent in farm output and more than 12 percent in fixed-asset investment.', ['farm output growth: around 8 percent', 'fixed-asset investment growth: 12 percent']],
    ['a share of the city’s GDP with a curly apostrophe', 'Spending on research will account for 4 percent of the city’s GDP.', ['spending on research: 4 percent of GDP']],
    ['a count per head of population', 'The number of ferry licences will reach 12 pieces per 10,000 people by 2030.', ['ferry licences: 12 per 10,000 people']],
    ['figures before their change noun, the indicator after "in"', 'The main expected goals are: 5%-6% increase in local farm output, 8% increase in ferry traffic and 4% increase in retail sales.', ['local farm output growth: 5%-6%', 'ferry traffic growth: 8%', 'retail sales growth: 4%']],
    ['two indicators sharing one figure', 'The county will keep the surveyed jobless rate and the registered urban unemployment rate within 3.5%.', ['surveyed jobless rate: 3.5%', 'registered urban unemployment rate: 3.5%']],
    ['a range of two percentages', 'The forest cover of the county will reach 41% to 43% by 2030.', ['forest cover of the county: 41% to 43%']],
    ['a range whose lower end has no unit', 'The county expects its economy to grow by 5-6 percent a year.', ['economy: 5-6 percent']],
    ['"share of days with …"', 'We want the share of days with clean air to stay above 92 percent.', ['share of days with clean air: 92 percent']],
  ])('%s', (_name, text, expected) => {
    expect(targetLabels(text).map((label) => label.charAt(0).toLowerCase() + label.slice(1))).toEqual(expected);
  });

  it.each([
    ['years that are not a life expectancy', 'The county will keep the average service life of bridges above 50 years.'],
    ['"with" after a sentence of past figures', "The county's output reached 90 billion yuan in 2024, with growth of 6.2 percent, outpacing the provincial average."],
    ['figures counted since a past year', 'Since 2018, more than 3,000 projects have been started in the zone, with total investment exceeding 600 billion yuan.'],
    ['a figure at the end of a past year', "The county's solar capacity passed 20 million kilowatts at the end of 2024, half of its total."],
    ['a figure placed in a past year after a long measured noun', 'The county became the first in the province with more than 30 GW of installed offshore wind capacity in 2024.'],
    ['the capacity of a facility', 'Key projects include a chemical fibre base with an annual capacity of 150,000 tonnes.'],
    ['a bracketed aside that is not an acronym', 'The county will raise spending (see below) to 3 percent of GDP.'],
  ])('keeps %s out of the targets', (_name, text) => {
    expect(targetLabels(text)).toEqual([]);
  });
});
