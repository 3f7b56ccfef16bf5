import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { extractText, labelsOf, relationLines } from './helpers.js';

describe('places and regions', () => {
  it.each<[string, string, EntityType, string[]]>([
    ['gazetteer places with case and suffix variants', 'Hubei province works with Jiangxi Province and HUNAN.', 'Place', ['Hubei', 'Jiangxi', 'Hunan']],
    ['the longest name wins', 'Chongqing joins the Chengdu–Chongqing economic circle and the Guangdong-Hong Kong-Macao Greater Bay Area.', 'Region', ['Chengdu-Chongqing economic circle', 'Guangdong-Hong Kong-Macao Greater Bay Area']],
    ['Chinese names resolve to the canonical label', '重庆 will deepen ties with 京津冀 and 粤港澳大湾区.', 'Region', ['Beijing-Tianjin-Hebei region', 'Guangdong-Hong Kong-Macao Greater Bay Area']],
    ['a new area by form, with its gloss', 'The Liangjiang New Area (两江新区) will expand.', 'Place', ['Liangjiang New Area']],
    ['"the city of X"', 'The city of Mianyang will host labs.', 'Place', ['Mianyang']],
    ['a named zone "of" a known place', 'The cluster is anchored by the Optics Valley of China in Wuhan.', 'Place', ['Optics Valley of China', 'Wuhan']],
    ['a region by form', 'Hebei will join the Bohai Rim Economic Zone.', 'Region', ['Bohai Rim Economic Zone']],
    ['directional descriptors are not regions', 'The gateway links western China with central China.', 'Region', []],
  ])('%s', (_name, text, entityType, expected) => {
    expect(labelsOf(extractText(text), entityType)).toEqual(expected);
  });

  it('skips photo captions and credits', () => {
    const extraction = extractText('Chongqing grows.\nCity view of southwest China\'s Chongqing Municipality. (Photo/ Chongqing Daily)\nIt keeps growing.');
    expect(extraction.entities.map((e) => e.label)).toEqual(['Chongqing', 'Test plan']);
    expect(extraction.entities.find((e) => e.label === 'Chongqing')!.mentions).toHaveLength(1);
  });
});

describe('organizations and events', () => {
  it.each([
    ['a party committee', 'The CPC Chongqing Municipal Committee held a meeting.', ['CPC Chongqing Municipal Committee']],
    ['a commission with "and"', 'The Shenzhen Municipal Development and Reform Commission will draft it.', ['Shenzhen Municipal Development and Reform Commission']],
    ['a lower-case government', 'It was released by the Hubei provincial government.', ['Hubei provincial government']],
    ['a ministry', 'The Ministry of Commerce and the NDRC approved it.', ['Ministry of Commerce', 'National Development and Reform Commission']],
    ['an ordinal is not part of the name', 'It was adopted by the 12th CPC Sichuan Provincial Committee.', ['CPC Sichuan Provincial Committee']],
  ])('%s', (_name, text, expected) => {
    expect(labelsOf(extractText(text), 'Organization')).toEqual(expected);
  });

  it.each([
    ['a dated press conference of a committee', "Chongqing outlined its roadmap, according to a press conference of the CPC Chongqing Municipal Committee on November 25.", 'press conference on November 25', 'CPC Chongqing Municipal Committee'],
    ['a conference held by a government', 'The proposals were released at a press conference held by the Hubei provincial government on December 5.', 'press conference on December 5', 'Hubei provincial government'],
    ['a named plenary session', 'Sichuan adopted its proposals at the Sixth Plenary Session of the 12th CPC Sichuan Provincial Committee, which closed in Chengdu.', 'Sixth Plenary Session of the 12th CPC Sichuan Provincial Committee', 'CPC Sichuan Provincial Committee'],
  ])('%s', (_name, text, event, organization) => {
    const extraction = extractText(text, { title: 'The plan' });
    expect(labelsOf(extraction, 'Event')).toEqual([event]);
    expect(relationLines(extraction, 'announcedAt')).toEqual([`The plan -announcedAt-> ${event}`]);
    expect(relationLines(extraction, 'announcedBy')).toEqual([`The plan -announcedBy-> ${organization}`]);
  });

  it('does not take "the session" alone for an event', () => {
    expect(labelsOf(extractText('"It matters," an official said at the session.'), 'Event')).toEqual([]);
  });
});

describe('cooperation', () => {
  it.each([
    ['ties with a list of regions', 'Chongqing will deepen coordination within the Chengdu–Chongqing economic circle, while strengthening ties with the Yangtze River Delta, the Guangdong-Hong Kong-Macao Greater Bay Area and the Beijing-Tianjin-Hebei region.', 'Chongqing', [
      'Chongqing -cooperatesWith-> Chengdu-Chongqing economic circle',
      'Chongqing -cooperatesWith-> Yangtze River Delta',
      'Chongqing -cooperatesWith-> Guangdong-Hong Kong-Macao Greater Bay Area',
      'Chongqing -cooperatesWith-> Beijing-Tianjin-Hebei region',
    ]],
    ['only the names right after the cue', 'Sichuan will work with Chongqing to turn the upper reaches of the Yangtze River Economic Belt into a growth pole.', 'Sichuan', ['Sichuan -cooperatesWith-> Chongqing']],
    ['the subject is the document place when the sentence names none', 'The province will work with Shanghai, Jiangsu and Anhui on integration.', 'Zhejiang', ['Zhejiang -cooperatesWith-> Shanghai', 'Zhejiang -cooperatesWith-> Jiangsu', 'Zhejiang -cooperatesWith-> Anhui']],
    ['a later cue keeps the first subject', 'Shenzhen will deepen cooperation with Hong Kong and Macao, and expand links with the Hainan Free Trade Port.', 'Shenzhen', ['Shenzhen -cooperatesWith-> Hong Kong', 'Shenzhen -cooperatesWith-> Macao', 'Shenzhen -cooperatesWith-> Hainan Free Trade Port']],
    ['being in a region is not cooperation', 'Hubei is part of the Yangtze River Economic Belt.', 'Hubei', []],
  ])('%s', (_name, text, place, expected) => {
    const body = text.includes(place) ? text : `${place} grows. ${text}`;
    expect(relationLines(extractText(body, { place }), 'cooperatesWith')).toEqual(expected);
  });
});

describe('organisations named before a possessive', () => {
  it('keeps the whole name of a body whose head carries the possessive', () => {
    const extraction = extractText('On Wednesday, the CPC Lakeside Municipal Committee’s proposals and the Hillview Provincial Government\'s outline were released.');
    expect(labelsOf(extraction, 'Organization')).toEqual(['CPC Lakeside Municipal Committee', 'Hillview Provincial Government']);
  });
});

describe('places that share one level word', () => {
  it('reads each name before a plural level as a place of that level, the bare name an alias', () => {
    const extraction = extractText('The area covers the Chaoyang, Nanguan, and Jiutai Districts and the Tiedong and Tiexi Counties.');
    expect(labelsOf(extraction, 'Place')).toEqual(['Chaoyang District', 'Nanguan District', 'Jiutai District', 'Tiedong County', 'Tiexi County']);
    expect(extraction.entities.find((entity) => entity.label === 'Nanguan District')!.aliases).toContain('Nanguan');
  });
});

describe('events with their date and lists that end on "other …"', () => {
  it('gives an event the name without its date too', () => {
    const event = extractText('The plan was released at a press conference on December 24, 2021.').entities.find((entity) => entity.entityType === 'Event')!;
    expect(event.aliases).toContain('press conference');
  });

  it('reads no sector from "and many other key sectors" closing a list', () => {
    const extraction = extractText('The plan covers the economy, ferry safety, river protection and many other key sectors.');
    expect(labelsOf(extraction, 'Industry')).toEqual([]);
  });
});
