import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { entityByLabel, extractText, labelsOf } from './helpers.js';

describe('names that hold other names', () => {
  it.each<[string, string, EntityType, string[]]>([
    ['an event name with a bracketed place', 'The city will host the Silk Road (Kashgar) International Trade Expo again.', 'Event', ['Silk Road (Kashgar) International Trade Expo']],
    ['an event name joined by "and"', 'Wuhu hosts the China-Europe Economic and Trade Expo every year.', 'Event', ['China-Europe Economic and Trade Expo']],
    ['a forum with a second trigger is one event', 'It will host the Lijiang Forum for Asia Annual Conference.', 'Event', ['Lijiang Forum for Asia Annual Conference']],
    ['a meeting with a capitalised "of the" tail', 'Tianjin will host the Annual Meeting of the Young Founders.', 'Event', ['Annual Meeting of the Young Founders']],
    ['the annual session of a body', "The outline was adopted at the annual session of the provincial people's congress.", 'Event', ["annual session of the provincial people's congress"]],
    ['a forum named as organiser is a body', 'The meeting is organized by the World Trade Forum.', 'Organization', ['World Trade Forum']],
    ['an institute "for" its field', 'A researcher with the Yunnan Institute for Border Trade and Logistics spoke.', 'Organization', ['Yunnan Institute for Border Trade and Logistics']],
    ['an organization named after a city', 'Members of the Harbin Cooperation Organization met.', 'Organization', ['Harbin Cooperation Organization']],
  ])('%s', (_name, text, entityType, expected) => {
    expect(labelsOf(extractText(text), entityType)).toEqual(expected);
  });

  it.each([
    ['a country inside an event name', 'The city will host the China International Trade Expo.'],
    ['a continent inside an event name', 'It will host the Lijiang Forum for Asia Annual Conference.'],
    ['a city inside an organisation name', 'Members of the Harbin Cooperation Organization met.'],
  ])('keeps no place from %s', (_name, text) => {
    const extraction = extractText(text);
    expect([...labelsOf(extraction, 'Place'), ...labelsOf(extraction, 'Region')]).toEqual([]);
  });
});

describe('places by form', () => {
  it.each<[string, string, string[]]>([
    ['grottoes, islands and leagues', 'Visitors crowd the Dazu Grottoes, Meizhou Island and the Alxa League.', ['Dazu Grottoes', 'Meizhou Island', 'Alxa League']],
    ['two national parks joined by "and"', 'The plan centres on Hulun National Park and Lugu Lake National Park.', ['Hulun National Park', 'Lugu Lake National Park']],
    ['a special area of a longer zone', 'Measures include opening up the Nansha Special Area of the China (Fujian) Pilot Free Trade Zone.', ['Nansha Special Area']],
    ['a science city and an industrial park', 'Firms move to the Pearl Bay Science and Technology City and the China-Malaysia Qinzhou Industrial Park.', ['Pearl Bay Science and Technology City', 'China-Malaysia Qinzhou Industrial Park']],
    ['a capitalised pilot zone', 'It will expand the China-Arab Economic and Trade Cooperation Pilot Zone.', ['China-Arab Economic and Trade Cooperation Pilot Zone']],
  ])('%s', (_name, text, expected) => {
    expect(labelsOf(extractText(text), 'Place')).toEqual(expected);
  });

  it('reads no place from a lower-case industrial park', () => {
    expect(labelsOf(extractText('Ordos will pilot a green hydrogen industrial park.'), 'Place')).toEqual(['Ordos']);
  });
});

describe('a party committee named with "of the CPC"', () => {
  it('is the same body as the one named in full, and the session it held keeps the tail', () => {
    const text = 'The proposals of the Lakeside Municipal Committee of the Communist Party of China were adopted at the 3rd plenary session of the 11th Lakeside Municipal Committee of the CPC on Monday.';
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'Organization')).toEqual(['Lakeside Municipal Committee of the Communist Party of China']);
    expect(entityByLabel(extraction, 'Organization', 'Lakeside Municipal Committee of the Communist Party of China')?.aliases).toContain('Lakeside Municipal Committee of the CPC');
    expect(labelsOf(extraction, 'Event')).toEqual(['3rd plenary session of the 11th Lakeside Municipal Committee of the CPC']);
  });
});

describe('"People\'s" inside a body\'s name', () => {
  it('reads "People\'s" as part of the name, not as an owner that cuts it', () => {
    const extraction = extractText("The General Office of Lakeside Provincial People's Government issued the notice on Monday.");
    expect(labelsOf(extraction, 'Organization')).toEqual(["General Office of Lakeside Provincial People's Government"]);
  });
});
