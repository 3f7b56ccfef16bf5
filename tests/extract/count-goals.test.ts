import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

const TITLE = 'Outline of the 15th Five-Year Plan (2026-2030)';

function targetsOf(text: string) {
  return extractText(text, { title: TITLE }).entities.filter((entity) => entity.entityType === 'Target');
}

describe('count goals after a forward verb', () => {
  it.each([
    ['a yearly count', 'The coastal county plans to receive 80 million tourist visits a year by 2030.', 'tourist visits: 80 million a year', 'tourist visits', 80e6, 2030],
    ['annually', 'The lake district aims to attract 12 million visitors annually.', 'visitors: 12 million annually', 'visitors', 12e6, 2030],
    ['new jobs', 'The prefecture will create 300,000 new jobs by 2028.', 'new jobs: 300,000', 'new jobs', 300000, 2028],
    ['an approximator', 'The city will cultivate more than 400 specialized enterprises.', 'specialized enterprises: 400', 'specialized enterprises', 400, 2030],
    ['welcome', 'The island is set to welcome 9 million cruise passengers a year.', 'cruise passengers: 9 million a year', 'cruise passengers', 9e6, 2030],
  ])('%s', (_name, text, label, indicator, value, year) => {
    const targets = targetsOf(text);
    expect(targets.map((t) => t.label)).toEqual([label]);
    expect(targets[0]!.target).toEqual({ indicator, value, unit: indicator, year });
  });

  it.each([
    ['a past rise', 'Tourist visits rose to 150 million last year.'],
    ['a past tense verb', 'The valley attracted 20 million visitors in 2024.'],
    ['counted since a past year', 'Since 2019, the county has worked to create 40,000 jobs.'],
    ['no future marker', 'Parks that attract 5 million visitors are listed.'],
    ['a measured quantity, not a count', 'The province will build 900 kilometers of expressways through the hills.'],
    ['a year after the verb', 'The zone will add 2027 as a milestone year.'],
  ])('keeps %s out of the count goals', (_name, text) => {
    expect(targetsOf(text).filter((t) => t.target?.unit !== 'km')).toEqual([]);
  });
});
