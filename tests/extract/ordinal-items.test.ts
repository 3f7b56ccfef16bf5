import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { extractText, labelsOf } from './helpers.js';

describe('ordinal and numbered items after a list head', () => {
  it.each<[string, string, EntityType, string[], number | undefined]>([
    [
      'ordinal sentences after a declared list',
      'The outline sets out eight key tasks. First, modernising the port cluster along the coast. Second, building Fuzhou into a digital economy hub. Third, restoring the Minjiang River ecosystem.',
      'PriorityTask',
      ['modernising the port cluster along the coast', 'building Fuzhou into a digital economy hub', 'restoring the Minjiang River ecosystem'],
      8,
    ],
    [
      'numbered lines after "which include:"',
      'The blueprint lists 9 major tasks, which include:\n(1) Deepen reform of state-owned forest farms.\n(2) Expand ice and snow tourism.\n(3) Open wider to Northeast Asia.',
      'PriorityTask',
      ['Deepen reform of state-owned forest farms', 'Expand ice and snow tourism', 'Open wider to Northeast Asia'],
      9,
    ],
    [
      'ordinal measures lose their subject, their passive tail and their elaboration',
      'The city will take four steps. First, it will enlarge the Lanzhou new materials park, drawing on local universities. Second, a talent fund will be created this year.',
      'Initiative',
      ['enlarge the Lanzhou new materials park', 'talent fund'],
      undefined,
    ],
    [
      'ordinals inside a colon list',
      'Tibet lists three main tasks: first, improving border infrastructure; second, protecting plateau ecology; third, expanding clean power.',
      'PriorityTask',
      ['improving border infrastructure', 'protecting plateau ecology', 'expanding clean power'],
      3,
    ],
    [
      'semicolons after "including:"',
      'The proposals set out 14 key tasks, including: raising grain yields; renewing old neighbourhoods; and widening pension coverage.',
      'PriorityTask',
      ['raising grain yields', 'renewing old neighbourhoods', 'widening pension coverage'],
      14,
    ],
  ])('%s', (_name, text, entityType, expected, declared) => {
    const extraction = extractText(text);
    expect(labelsOf(extraction, entityType)).toEqual(expected);
    if (declared !== undefined) expect(extraction.entities.find((entity) => entity.entityType === 'Group')).toMatchObject({ declaredCount: declared, namedCount: expected.length });
  });

  it.each([
    ['an ordinal sentence with no list before it', 'The weather was mild. First, farmers planted wheat early.'],
    ['an ordinal sentence after an unrelated sentence', 'The plan has ten key tasks. Officials met reporters on Monday. Second, the hall was full.'],
  ])('reads nothing from %s', (_name, text) => {
    const extraction = extractText(text);
    expect([...labelsOf(extraction, 'PriorityTask'), ...labelsOf(extraction, 'Initiative')]).toEqual([]);
  });
});

describe('inverted and caused lists', () => {
  it('reads "Among the key projects are A, B and C"', () => {
    const extraction = extractText('Among the key projects are a hydrogen pipeline to Ordos, a cross-border data center in Horgos and the Tianshan ecological corridor.');
    expect(labelsOf(extraction, 'Initiative')).toEqual(['hydrogen pipeline to Ordos', 'cross-border data center in Horgos', 'Tianshan ecological corridor']);
  });

  it('reads opportunities "brought by" a list and keeps a name joined by "and" whole', () => {
    const extraction = extractText('The region will seize opportunities brought by the Silk Road and Belt partnership and the opening of new air routes.');
    expect(labelsOf(extraction, 'StrategicOpportunity')).toEqual(['Silk Road and Belt partnership', 'opening of new air routes']);
  });

  it('still splits two capitalised names joined by a single "and"', () => {
    const extraction = extractText('Guangdong will deepen integration with Hong Kong and Macao.');
    expect(labelsOf(extraction, 'Place')).toEqual(['Guangdong', 'Hong Kong', 'Macao']);
  });
});
