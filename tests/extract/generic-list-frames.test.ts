import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { extractText, labelsOf } from './helpers.js';

describe('lists opened by generic heads in a fixed frame', () => {
  it.each<[string, string, EntityType, string[]]>([
    ['qualified infrastructure before "includes"', 'Major infrastructure includes a river tunnel, a freight airport and two reservoirs.', 'Initiative', ['river tunnel', 'freight airport', 'two reservoirs']],
    ['qualified facilities before "include"', "New public facilities include a children's hospital, a concert hall and a sports park.", 'Initiative', ["children's hospital", 'concert hall', 'sports park']],
    ['qualified platforms before "include"', 'Key innovation platforms include a biotech park, a data exchange and a seed bank.', 'Initiative', ['biotech park', 'data exchange', 'seed bank']],
    ['a fronted head with a prepositional phrase before the copula', 'Among the key tasks in the proposals are repairing old bridges, greening river banks, training nurses and opening night markets.', 'PriorityTask', ['repairing old bridges', 'greening river banks', 'training nurses', 'opening night markets']],
    ['a fronted head with "set out in" before the copula', 'Among the priorities set out in the plan are cleaner buses, faster broadband and cheaper childcare.', 'PriorityTask', ['cleaner buses', 'faster broadband', 'cheaper childcare']],
    ['a counted generic noun with a qualifier before a colon', 'The proposals single out six areas for breakthroughs: seed breeding, river ecology, cold-chain logistics, rural broadband, elder care and textile design.', 'KeyArea', ['seed breeding', 'river ecology', 'cold-chain logistics', 'rural broadband', 'elder care', 'textile design']],
    ['a counted generic noun right before a colon', 'The county picks four directions: marine energy, robotics, tea and tourism.', 'KeyArea', ['marine energy', 'robotics', 'tea', 'tourism']],
  ])('reads %s', (_name, text, entityType, expected) => {
    expect(labelsOf(extractText(text), entityType)).toEqual(expected);
  });

  it.each<[string, string, EntityType]>([
    ['unqualified facilities', 'The facilities include a gym, a pool and a library.', 'Initiative'],
    ['qualified infrastructure without "include"', 'Rural infrastructure such as roads, bridges and wells will be repaired.', 'Initiative'],
    ['a fronted noun that heads no list', 'Among the attendees were officials from the county, farmers and teachers.', 'PriorityTask'],
    ['a fronted head with a clause, not a phrase, before the copula', 'Among the tasks that the mayor discussed with reporters at length on Monday are roads, bridges and wells.', 'PriorityTask'],
    ['a counted noun whose qualifier is not a prepositional phrase', 'The mayor toured six areas last week: the docks, the old town and the campus.', 'KeyArea'],
    ['an uncounted generic noun before a colon', 'Areas for breakthroughs: seed breeding, river ecology and elder care.', 'KeyArea'],
    ['a counted generic noun without a colon', 'Flooding hit three areas in the north, the east and the south.', 'KeyArea'],
  ])('reads nothing from %s', (_name, text, entityType) => {
    expect(labelsOf(extractText(text), entityType)).toEqual([]);
  });

  it('holds a counted generic list in a Group that declares its count', () => {
    const extraction = extractText('The proposals single out three fields for new growth: hydrogen, robotics and tea.');
    const groups = extraction.entities.filter((entity) => entity.entityType === 'Group');
    expect(groups.map((group) => [group.declaredCount, group.namedCount])).toEqual([[3, 3]]);
  });

  it('adds no Group for a counted generic noun outside its frame', () => {
    expect(labelsOf(extractText('Heavy rain hit six areas of the county on Monday.'), 'Group')).toEqual([]);
  });
});
