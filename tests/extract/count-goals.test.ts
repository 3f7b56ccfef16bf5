import { describe, expect, it } from 'vitest';
import { extractText, labelsOf } from './helpers.js';

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

describe('counted groups whose items the sentence names', () => {
  const items = ['river shipping hub', 'inland trade hub', 'leading zone for digital services'];

  it('reads a quoted group name followed by "include" as a Group with its items', () => {
    const extraction = extractText('The "Three Hubs" include the river shipping hub, the inland trade hub, and the leading zone for digital services.');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(items);
    const group = extraction.entities.find((entity) => entity.entityType === 'Group')!;
    expect([group.declaredCount, group.namedCount]).toEqual([3, 3]);
    expect(group.aliases).toContain('Three Hubs');
  });

  it('reads "build three hubs: …" as a group of three, not as a count to reach', () => {
    const extraction = extractText('By 2030 Riverton will build three hubs: the river shipping hub, the inland trade hub and the leading zone for digital services.');
    expect(labelsOf(extraction, 'Target')).toEqual([]);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(items);
  });

  it('keeps an item an earlier reader typed and reads the others', () => {
    const extraction = extractText('The "Three Zones" include the pilot zone for green farming, the inland trade zone and the leading zone for digital services.');
    const group = extraction.entities.find((entity) => entity.entityType === 'Group')!;
    expect(group.namedCount).toBe(3);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['inland trade zone', 'leading zone for digital services']);
  });

  it('does not make a group of counted places', () => {
    expect(labelsOf(extractText('The province borders four provinces, including Hunan and Hubei, and will open two more ports.'), 'Group')).toEqual([]);
  });
});
