import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { extractText, labelsOf } from './helpers.js';

describe('a subject list stops before its predicate', () => {
  it.each<[string, string, EntityType, string[]]>([
    ['"will be" after the last item', 'Strategic sectors such as robotics, drones and new materials will be expanded, and the county hopes to build a port.', 'Industry', ['robotics', 'drones', 'new materials']],
    ['", will also be" after a list set off by commas', 'Future industries, including fusion energy, space mining and the deep-sea economy, will also be nurtured.', 'Industry', ['fusion energy', 'space mining', 'deep-sea economy']],
    ['"are to be" after the last item', 'Old industries such as cement, glass and paper are to be upgraded through automation.', 'Industry', ['cement', 'glass', 'paper']],
    ['a relative clause with "will" stays inside its item', 'Measures include a fund that will back start-ups, and a port.', 'Initiative', ['fund that will back start-ups', 'port']],
  ])('%s', (_name, text, entityType, expected) => {
    expect(labelsOf(extractText(text), entityType)).toEqual(expected);
  });
});

describe('lists set off by dashes and lists of actions', () => {
  it('ends a dash list at its closing dash, even with a head inside it', () => {
    const extraction = extractText('The county will grow three pillar industries -- tea, bamboo, green industries and river tourism -- while laying out two future industries: drones and batteries.');
    expect(labelsOf(extraction, 'Industry')).toEqual(['tea', 'bamboo', 'green industries', 'river tourism', 'drones', 'batteries']);
    expect(labelsOf(extraction, 'Group')).toEqual(['pillar industries', 'future industries']);
  });

  it('splits actions led by an adverb, and keeps a quoted phrase inside its action', () => {
    const extraction = extractText('Measures include widening the "two-hour trade circle" around the capital, pooling medical and school resources, and jointly building logistics parks for cold chains and grain.');
    expect(labelsOf(extraction, 'Initiative')).toEqual(['widening the "two-hour trade circle" around the capital', 'pooling medical and school resources', 'jointly building logistics parks for cold chains and grain']);
  });
});

describe('industries named in prose', () => {
  it.each<[string, string, string[], string[]]>([
    ['a counted head followed by "of"', 'The city will strengthen its three leading industries of optics, drones and batteries.', ['optics', 'drones', 'batteries'], ['leading industries']],
    ['strengths in a list', 'The county will consolidate its strengths in shipbuilding, rail equipment and small and medium-sized engines.', ['shipbuilding', 'rail equipment', 'small and medium-sized engines'], []],
    ['qualified strengths are a group', 'The port will keep its traditional strengths in cranes, tyres and ferries.', ['cranes', 'tyres', 'ferries'], ['traditional strengths']],
    ['growth engines in fields such as', 'Industries will gain new growth engines in fields such as fusion energy, quantum computing and biomanufacturing.', ['fusion energy', 'quantum computing', 'biomanufacturing'], []],
    ['developed as new growth areas', 'Tea, textiles and wind turbine manufacturing will be developed as new growth areas.', ['Tea', 'textiles', 'wind turbine manufacturing'], []],
    ['"of which" after a counted head', 'The county will run an action plan for eight key industrial chains, of which tea, bamboo and batteries are singled out.', ['tea', 'bamboo', 'batteries'], ['key industrial chains']],
    ['a colon list after industrial bases', 'The province will focus on building three billion-yuan-level industrial bases: steel, cement and paper.', ['steel', 'cement', 'paper'], ['billion-yuan-level industrial bases']],
  ])('%s', (_name, text, industries, groups) => {
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'Industry')).toEqual(industries);
    expect(labelsOf(extraction, 'Group')).toEqual(groups);
    expect(labelsOf(extraction, 'KeyArea')).toEqual([]);
  });

  it.each([
    ['a predicate that names no growth area', 'Schools and clinics will be developed as community hubs.'],
    ['strengths outside a list', 'Its strengths lie in its people.'],
    ['strengths in a clause', 'The city wants to turn its strengths in science and education into real productive forces for the whole country.'],
  ])('reads no industries from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'Industry')).toEqual([]);
  });
});

describe('lists continued from the sentence before', () => {
  it.each<[string, string, EntityType, string[]]>([
    ['a subject list named as priorities, with "along with"', 'The city will plan ahead for future industries. Fusion energy, 7G and neural chips were named as priorities, along with space mining.', 'Industry', ['Fusion energy', '7G', 'neural chips', 'space mining']],
    ['a ranking that tops the list', 'The plan sets out six key tasks. Topping the list is rural revitalization, followed by building ports, boosting trade, and green growth.', 'PriorityTask', ['rural revitalization', 'building ports', 'boosting trade', 'green growth']],
    ['one more item also on the list', 'The plan lists four key tasks. They include building roads and expanding ports. Improving rural clinics is also on the list.', 'PriorityTask', ['building roads', 'expanding ports', 'Improving rural clinics']],
  ])('%s', (_name, text, entityType, expected) => {
    expect(labelsOf(extractText(text), entityType)).toEqual(expected);
  });

  it.each([
    ['no list before', 'Hot pot and tea were named as priorities by the visitors.'],
    ['a counted noun of its own in a quote', 'Ten key tasks are listed. "The aim of building two centres — a logistics centre and a data centre — is clear," he said.'],
  ])('carries nothing with %s', (_name, text) => {
    const extraction = extractText(text);
    expect(extraction.entities.filter((entity) => ['Industry', 'PriorityTask', 'Initiative'].includes(entity.entityType)).map((entity) => entity.label)).toEqual([]);
  });
});
