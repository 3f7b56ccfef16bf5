import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { extractText, labelsOf, relationLines } from './helpers.js';

const LIST_TYPES: EntityType[] = ['KeyArea', 'StrategicOpportunity', 'PriorityTask', 'Industry', 'Initiative'];

describe('industry lists read without an introducer', () => {
  it.each<[string, string, string | undefined, string[]]>([
    ['a head followed by "focusing on"', 'Jiangxi will plan ahead for future industries focusing on deep-sea mining, solid-state batteries and gene therapy.', 'future industries', ['deep-sea mining', 'solid-state batteries', 'gene therapy']],
    ['a fronted head with "will focus on"', 'For emerging industries, Hunan will focus on rail transit equipment, drones and precision medicine.', 'emerging industries', ['rail transit equipment', 'drones', 'precision medicine']],
    ['a dash-delimited list closed by a second dash', 'Five strategic clusters -- petrochemicals, steel, shipbuilding, and pharmaceuticals and medical devices -- will be modernised.', 'strategic clusters', ['petrochemicals', 'steel', 'shipbuilding', 'pharmaceuticals and medical devices']],
    ['a group "in" its sectors', 'Fujian will nurture national-level clusters in lithium batteries, marine equipment and footwear.', 'national-level clusters', ['lithium batteries', 'marine equipment', 'footwear']],
    ['chains "of" their products', 'Gansu will lengthen the industrial chains of nickel, cobalt and rare earths.', undefined, ['nickel', 'cobalt', 'rare earths']],
    ['a development cue in an industrial sentence', 'Jilin will upgrade its automobile industry and accelerate the development of rail vehicles, ice-snow equipment and bio-based materials.', undefined, ['rail vehicles', 'ice-snow equipment', 'bio-based materials', 'automobile industry']],
    ['a list that stops before ", and <verb>"', 'Hainan will grow emerging sectors including seed breeding, deep-sea technology and aerospace, and build a free trade port supply chain.', 'emerging sectors', ['seed breeding', 'deep-sea technology', 'aerospace']],
  ])('%s', (_name, text, group, members) => {
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'Industry')).toEqual(members);
    expect(labelsOf(extraction, 'KeyArea')).toEqual([]);
    expect(labelsOf(extraction, 'Group')).toEqual(group ? [group] : []);
    if (group) expect(relationLines(extraction, 'includes')).toEqual(members.map((member) => `${group} -includes-> ${member}`));
  });

  it('reads a quoted, counted group (named without its count) and its members', () => {
    const extraction = extractText('Guizhou will strengthen the "four pillars" of liquor, tobacco, big data and tourism.');
    expect(labelsOf(extraction, 'Group')).toEqual(['pillars']);
    expect(extraction.entities.find((entity) => entity.entityType === 'Group')!.aliases).toContain('four pillars');
    expect(labelsOf(extraction, 'Industry')).toEqual(['liquor', 'tobacco', 'big data', 'tourism']);
    expect(extraction.entities.find((entity) => entity.entityType === 'Group')).toMatchObject({ declaredCount: 4, namedCount: 4 });
  });

  it.each([
    ['places after "clusters in"', 'The province will build clusters in Wuhu and Bengbu.'],
    ['a development cue outside industry', 'The city will accelerate the development of parks, libraries and sports venues for residents.'],
    ['actions after a development cue', 'The industrial base will accelerate the development of upgrading plants and expanding ports.'],
    ['a range instead of a count', 'Each county should find two or three industry chains to lead.'],
    ['a quoted count without a list', 'The region launched the "three reforms" of 2024.'],
  ])('reads no industries from %s', (_name, text) => {
    const extraction = extractText(text);
    // The sentence may still state one task ("build clusters in Wuhu and Bengbu"); no list of things is read from it.
    const things: EntityType[] = LIST_TYPES.filter((type) => type !== 'PriorityTask');
    expect(extraction.entities.filter((entity) => things.includes(entity.entityType) || entity.entityType === 'Group').map((entity) => entity.label)).toEqual([]);
  });
});
