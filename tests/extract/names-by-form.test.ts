import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { extractText, labelsOf } from './helpers.js';

describe('names recognised by form and by class', () => {
  it.each<[string, string, EntityType, string[]]>([
    ['a proper noun before a lower-case district and province', "Riverton district in Lakeside, the capital of East Hillshire's Moorland province, issued its plan.", 'Place', ['Riverton district', 'Moorland province']],
    ['no country after "central and western"', 'Lakeside will be a research center in central and western China.', 'Place', []],
    ['a common word before a lower-case level', 'The smart city and the digital district will open in May.', 'Place', []],
    ['a company ending in Group', 'The Hunan Iron Works Group will move its blast furnaces.', 'Organization', ['Hunan Iron Works Group']],
    ['a company joined by "&"', 'The Gansu Power & Water Corporation will build a new dam.', 'Organization', ['Gansu Power & Water Corporation']],
    ['a laboratory and an oilfield after a possessive', "Sinopec's Shengli Oilfield will share data with the Jialing Laboratories.", 'Organization', ['Shengli Oilfield', 'Jialing Laboratories', 'Sinopec']],
    ['a corps joined by "and"', 'The Forest Protection and Patrol Corps will add rangers.', 'Organization', ['Forest Protection and Patrol Corps']],
    ['a people\'s congress keeps its place', 'The draft goes to the 13th Hunan Provincial People\'s Congress next month.', 'Organization', ["Hunan Provincial People's Congress"]],
    ['a postposed party name stays whole', 'The Gansu Provincial Committee of the Communist Party of China (CPC) met on Monday.', 'Organization', ['Gansu Provincial Committee of the Communist Party of China (CPC)']],
    ['companies from the lexicon class', 'Data centres of Huawei and Alibaba opened in the valley.', 'Organization', ['Huawei', 'Alibaba']],
    ['a counted session of a named body', 'The plan was approved at the third session of the 13th Hunan Provincial People\'s Congress.', 'Event', ["third session of the 13th Hunan Provincial People's Congress"]],
    ['named games', 'The city hosted the 12th National Winter Games last year.', 'Event', ['12th National Winter Games']],
    ['a zone, a desert, a bay, a peninsula and a pass by form', 'Routes link the Lanzhou Experimental Zone, the Kumtag Desert, Daya Bay, the Leizhou Peninsula and Jiayu Pass.', 'Place', ['Lanzhou Experimental Zone', 'Kumtag Desert', 'Daya Bay', 'Leizhou Peninsula', 'Jiayu Pass']],
    ['coordinated islands and border ports', 'Ferries will link Xiamen and Kinmen, and trains will run through Manzhouli and Erenhot.', 'Place', ['Xiamen', 'Kinmen', 'Manzhouli', 'Erenhot']],
    ['a bracketed place inside a zone name', 'The China (Gansu) Pilot Free Trade Zone will open next year.', 'Region', ['China (Gansu) Pilot Free Trade Zone']],
    ['a capitalised demonstration area with "and"', 'The China-Africa Economic and Trade Demonstration Area will grow.', 'Region', ['China-Africa Economic and Trade Demonstration Area']],
    ['world regions from the lexicon class', 'Trade with the Russian Far East and the Korean Peninsula will grow.', 'Region', ['Russian Far East', 'Korean Peninsula']],
    ['programmes named in quotes, in capitals, in apposition and by purpose', 'Gansu joins the "Green Rivers, Blue Skies" campaign and the Hexi Corridor Windbreak Program. Smart Gansu, a project started in 2015, will grow. The city will set up a pilot zone for cross-border data trade in all sectors.', 'Initiative', ['Green Rivers, Blue Skies campaign', 'Hexi Corridor Windbreak Program', 'Smart Gansu', 'pilot zone for cross-border data trade']],
    ['a named strategy in lower case', 'Hebei will serve the Beijing-Tianjin-Hebei coordinated development strategy.', 'Initiative', ['Beijing-Tianjin-Hebei coordinated development strategy']],
  ])('%s', (_name, text, entityType, expected) => {
    expect(labelsOf(extractText(text), entityType)).toEqual(expected);
  });

  it.each<[string, string, EntityType]>([
    ['a company name written as a common word', 'Farmers will plant apple orchards and amazon lilies.', 'Organization'],
    ['a level body without a place', 'The provincial people\'s congress will meet in spring.', 'Place'],
    ['an ordinal session without a named host', 'The second session will be held soon.', 'Event'],
    ['a possessive before a strategy', "China's innovation-driven development strategy guides the plan.", 'Initiative'],
  ])('reads no extra names from %s', (_name, text, entityType) => {
    expect(labelsOf(extractText(text), entityType)).toEqual([]);
  });
});

describe('a news dateline', () => {
  it('names no place: it says where the story was filed', () => {
    const extraction = extractText('Hefei, March 3 (Staff reporter) Anhui released its plan on Monday. Anhui will widen its roads and train more nurses.');
    expect(extraction.entities.some((entity) => entity.entityType === 'Place' && entity.label === 'Hefei')).toBe(false);
    expect(extractText('Hefei and Wuhu will build a bridge, a ferry and a canal.').entities.some((entity) => entity.label === 'Hefei')).toBe(true);
  });
});

describe('a wharf or a pier', () => {
  it('is a place named with its suffix', () => {
    const places = labelsOf(extractText('Ferries will call at Shiqiao Wharf and at the new Beihai Pier next year.'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['Shiqiao Wharf', 'Beihai Pier']));
  });
});
