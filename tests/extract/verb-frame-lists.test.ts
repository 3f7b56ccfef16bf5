import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { extractText, labelsOf } from './helpers.js';

describe('lists read from verb frames', () => {
  it.each<[string, string, EntityType, string[]]>([
    ['actions after "Efforts will be made to"', 'Efforts will be made to extend the Lanzhou metro, renovate old river ports and open a seed bank in Tianshui.', 'PriorityTask', ['extend the Lanzhou metro', 'renovate old river ports', 'open a seed bank in Tianshui']],
    ['objects sharing the verb after "Efforts will be made to"', 'Efforts will be made to build a grain logistics park in Zhoukou, a cold-chain centre near the airport and inland ports along the canal.', 'PriorityTask', ['build a grain logistics park in Zhoukou', 'cold-chain centre near the airport', 'inland ports along the canal']],
    ['gerund actions with inner commas', 'Measures include offering migrant workers equal access to schools, clinics and housing, linking towns and villages with roads, water and broadband, and helping mountain counties attract investment.', 'Initiative', ['offering migrant workers equal access to schools, clinics and housing', 'linking towns and villages with roads, water and broadband', 'helping mountain counties attract investment']],
    ['"identifies … as the main directions"', 'The proposals identify rural revival, clean air, digital government and border trade as the main directions for Gansu.', 'KeyArea', ['rural revival', 'clean air', 'digital government', 'border trade']],
    ['"make … the main lines of its work"', 'Hunan will make water security, urban renewal and elderly care the main lines of its work.', 'KeyArea', ['water security', 'urban renewal', 'elderly care']],
    ['a subject list of growth drivers', 'Hot-spring tourism, forest food and sports events are expected to become new growth drivers for the mountain region.', 'Industry', ['Hot-spring tourism', 'forest food', 'sports events']],
    ['inline ordinals under a counted head', "Among the nine key tasks, the city will, first, modernise its ports; second, train skilled workers, technicians and engineers; and third, repair old housing.", 'PriorityTask', ['modernise its ports', 'train skilled workers, technicians and engineers', 'repair old housing']],
    ['a ranked excerpt of a counted list', 'Of the eight major tasks, the plan places rebuilding the rail network at the top, followed by greening the coast and reviving old towns.', 'PriorityTask', ['rebuilding the rail network', 'greening the coast', 'reviving old towns']],
  ])('%s', (_name, text, entityType, expected) => {
    expect(labelsOf(extractText(text), entityType)).toEqual(expected);
  });

  it.each<[string, string, EntityType]>([
    ['one action after "Efforts will be made to"', 'Efforts will be made to turn the old mill into a museum.', 'Initiative'],
    ['actions after "Measures will be taken to", as measures', 'Measures will be taken to widen the ferry piers and open night markets.', 'Initiative'],
    ['a single main direction', 'The plan names innovation as the main direction.', 'KeyArea'],
    ['growth drivers with long clauses as subjects', 'Whether the county can attract young people from the cities, build schools and keep clinics open will become new growth drivers of debate.', 'Industry'],
    ['ordinals in a sentence without a list head', 'The mayor said that, first, the roads are old and, second, the bridges are narrow.', 'PriorityTask'],
  ])('reads nothing from %s', (_name, text, entityType) => {
    expect(labelsOf(extractText(text), entityType)).toEqual([]);
  });

  it('keeps each action with its object: a bare verb shares the next one, an object list stays in its action', () => {
    const text = 'More efforts will be made to plan and build a river port, and improve the quality of schools, clinics and care homes.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['plan and build a river port', 'improve the quality of schools, clinics and care homes']);
  });

  it('reads the actions after "measures will be taken to" as tasks', () => {
    expect(labelsOf(extractText('Measures will be taken to widen the ferry piers, open night markets and train more guides.'), 'PriorityTask')).toEqual(['widen the ferry piers', 'open night markets', 'train more guides']);
  });

  it('reads one Group for a counted list announced twice', () => {
    const extraction = extractText('The outline sets out six major tasks for the city. The six tasks are: (1) building ports; (2) greening parks; (3) training workers; (4) repairing roads; (5) opening markets; and (6) caring for elders.');
    expect(labelsOf(extraction, 'Group')).toHaveLength(1);
    expect(labelsOf(extraction, 'PriorityTask')).toHaveLength(6);
  });

  it('merges chained items when a counted list declares fewer items than its commas make', () => {
    const extraction = extractText('Gansu will build five industrial clusters -- wind power, steel, iron and alloys, wool, yarn and carpets, herbal medicine, and nonferrous metals.');
    expect(labelsOf(extraction, 'Industry')).toEqual(['wind power', 'steel, iron and alloys', 'wool, yarn and carpets', 'herbal medicine', 'nonferrous metals']);
  });
});
