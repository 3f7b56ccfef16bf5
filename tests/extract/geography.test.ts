import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { extractText, labelsOf, relationLines } from './helpers.js';

describe('generic geography', () => {
  it.each<[string, string, EntityType, string[]]>([
    ['countries, including neighbours and partners', 'Xinjiang will expand trade with Kazakhstan, Kyrgyzstan and Germany.', 'Place', ['Xinjiang', 'Kazakhstan', 'Kyrgyzstan', 'Germany']],
    ['prefecture-level cities', 'New rail lines will link Ganzhou, Baotou and Zunyi.', 'Place', ['Ganzhou', 'Baotou', 'Zunyi']],
    ['continents and world regions', 'Exports to Africa, Latin America and the Middle East rose.', 'Region', ['Africa', 'Latin America', 'Middle East']],
    ['agreements and corridors', 'Ports will serve the RCEP market, the China-Pakistan Economic Corridor and more China-Europe freight trains.', 'Region', ['Regional Comprehensive Economic Partnership', 'China-Pakistan Economic Corridor', 'China-Europe Railway Express']],
    ['city clusters by form', 'It will grow the Changsha-Zhuzhou-Xiangtan metropolitan circle, the Central Plains urban agglomeration and the Jiaodong City Belt.', 'Region', ['Changsha-Zhuzhou-Xiangtan metropolitan circle', 'Central Plains urban agglomeration', 'Jiaodong City Belt']],
    ['mountains, rivers, canals and lakes by form', 'Crews will protect the Wuyi Mountains, the Minjiang River and the Grand Canal, and clean up Chaohu.', 'Place', ['Wuyi Mountains', 'Minjiang River', 'Grand Canal', 'Chaohu Lake']],
    ['an airport zone by form', 'The Changsha Airport Economy Zone will host logistics firms.', 'Place', ['Changsha Airport Economy Zone']],
    ['a valley "of" a region becomes a region', 'Firms will join the Jiulong Science and Innovation Valley of the Pearl River Delta.', 'Region', ['Jiulong Science and Innovation Valley of the Pearl River Delta']],
    ['a possessive owner is not part of the name', "Southwest China's Guizhou Province will grow.", 'Place', ['Guizhou']],
    ['a compass word makes the country a description', 'Factories in Northeast China and East China will share orders with Japan.', 'Place', ['Japan']],
    ['the country named on its own is a place', "China's Yunnan Province will grow.", 'Place', ['China', 'Yunnan']],
    ['cities that name a route are not named on their own', 'The Wuhu-Hefei high-speed railway and the Lishui-Wenzhou expressway will open, and Hefei will host the fair.', 'Place', ['Hefei']],
    ['the river named for its basin', 'Dams along the Yellow River will be reinforced.', 'Region', ['Yellow River Basin']],
  ])('%s', (_name, text, entityType, expected) => {
    expect(labelsOf(extractText(text), entityType)).toEqual(expected);
  });

  it.each<[string, string, EntityType]>([
    ['the pronoun "us"', 'Investors told us the rules were clear.', 'Place'],
    ['two names joined by "and" before a suffix', 'Firms moved between the Greater Bay Area and Hainan Free Trade Port.', 'Place'],
  ])('reads no spurious name from %s', (_name, text, entityType) => {
    const labels = labelsOf(extractText(text), entityType);
    expect(labels.filter((label) => / and |United States/u.test(label))).toEqual([]);
  });

  it('types each partner in a cooperation list', () => {
    const extraction = extractText('Guangxi will deepen cooperation with Cambodia, Thailand and Malaysia.', { place: 'Guangxi' });
    expect(relationLines(extraction, 'cooperatesWith')).toEqual(['Guangxi -cooperatesWith-> Cambodia', 'Guangxi -cooperatesWith-> Thailand', 'Guangxi -cooperatesWith-> Malaysia']);
  });
});

describe('organisations named by level or by "of <place>"', () => {
  it.each([
    ['a commission "of" a region', 'said an official of the Development and Reform Commission of Ningxia Hui Autonomous Region.', ['Development and Reform Commission of Ningxia Hui Autonomous Region']],
    ['an information office of a people\'s government', 'The briefing was held by the information office of the Jilin provincial people\'s government.', ["information office of the Jilin provincial people's government"]],
    ['a people\'s government with its place', 'The Hunan provincial people\'s government approved it.', ["Hunan provincial people's government"]],
    ['a people\'s congress by level', 'The draft goes to the municipal people\'s congress in January.', ["municipal people's congress"]],
    ['a university', 'Labs will rely on the University of Electronic Science and Technology of China.', ['University of Electronic Science and Technology of China']],
  ])('%s', (_name, text, expected) => {
    expect(labelsOf(extractText(text), 'Organization')).toEqual(expected);
  });

  it.each([
    ['"the provincial government" alone', 'The provincial government will fund it.'],
    ['a commission "of" something that is not a place', 'The Development and Reform Commission of the future will be smaller.'],
  ])('does not over-read %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'Organization').filter((label) => /^the provincial government|of the future/iu.test(label))).toEqual([]);
  });
});
