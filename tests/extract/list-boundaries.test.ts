import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { extractText, labelsOf } from './helpers.js';

describe('where an item list ends and what opens it', () => {
  it.each<[string, string, EntityType, string[]]>([
    ['", <verb> the" after a noun list', 'The county will upgrade traditional industries such as paper-making, silk and porcelain, make the river its trade route and open new markets.', 'Industry', ['paper-making', 'silk', 'porcelain']],
    ['", relying on" after a noun list', 'The city will foster future industries such as quantum sensing, fusion energy and brain-computer interfaces, relying on its universities.', 'Industry', ['quantum sensing', 'fusion energy', 'brain-computer interfaces']],
    ['", and <gerund>" after a noun list', 'The port will expand emerging industries such as drones, robotics and biochips, and building a modern logistics system covering cold chains and warehousing.', 'Industry', ['drones', 'robotics', 'biochips']],
    ['"with priority given to" after a counted head', 'The city names ten key industrial chains, with priority given to rare earths, optical fibre and display panels.', 'Industry', ['rare earths', 'optical fibre', 'display panels']],
    ['"new growth in" in an industrial sentence', 'The industrial base will cultivate new growth in sodium batteries, smart glass and the bioeconomy.', 'Industry', ['sodium batteries', 'smart glass', 'bioeconomy']],
  ])('%s', (_name, text, entityType, expected) => {
    expect(labelsOf(extractText(text), entityType)).toEqual(expected);
  });

  it('keeps "point to <count> <head>:" as a counted list of its own', () => {
    const extraction = extractText('The plan lists key areas: schools and clinics. The reviewers point to three strategic opportunities: rising demand, new rail links and cheaper power.');
    expect(labelsOf(extraction, 'StrategicOpportunity')).toEqual(['rising demand', 'new rail links', 'cheaper power']);
    expect(extraction.entities.find((entity) => entity.entityType === 'Group' && entity.declaredCount === 3)).toBeDefined();
  });
});

describe('bold-style paragraph leads', () => {
  const layout = [
    'Here are the key areas the plan highlights.',
    '',
    'Water supply: The county will build two reservoirs and repair canals.',
    '',
    'Rural roads: Every village will get a paved road, a bus stop and street lights.',
    '',
    "Children's health: Clinics will add paediatricians.",
  ].join('\n');

  it('reads each lead as a key area in one Group, and no list after its colon', () => {
    const extraction = extractText(layout);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['water supply', 'rural roads', "children's health"]);
    expect(labelsOf(extraction, 'Group')).toEqual(['key areas (Test plan)']);
    expect(labelsOf(extraction, 'Industry')).toEqual([]);
  });

  it('reads no leads when only one paragraph has one', () => {
    const extraction = extractText('Note: the county will repair canals.\n\nThe county will build reservoirs.');
    expect(labelsOf(extraction, 'KeyArea')).toEqual([]);
  });
});
