import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model/vocabulary.js';
import { entityByLabel, extractText, labelsOf, relationLines } from './helpers.js';

describe('enumerations typed by their head', () => {
  it.each<[string, string, EntityType, string[]]>([
    ['key areas after "including"', 'Guangdong outlines seven key areas crucial to growth, including digital economy, marine economy, and urban renewal.', 'KeyArea', ['digital economy', 'marine economy', 'urban renewal']],
    ['colon list of opportunities', 'Officials listed four strategic opportunities for the province: a new round of western development, the construction of the Chengdu-Chongqing economic circle, and the rapid spread of artificial intelligence.', 'StrategicOpportunity', ['new round of western development', 'construction of the Chengdu-Chongqing economic circle', 'rapid spread of artificial intelligence']],
    ['dash list of key areas', 'The roadmap identifies three key areas – technological self-reliance, urban renewal and better public services.', 'KeyArea', ['technological self-reliance', 'urban renewal', 'better public services']],
    ['"among them" after a declared task list', 'Ten key tasks are listed, among them expanding effective investment, improving housing supply, and raising the quality of education.', 'PriorityTask', ['expanding effective investment', 'improving housing supply', 'raising the quality of education']],
    ['semicolon list of tasks', 'The plan sets out three major tasks: building a strong manufacturing base; restoring river and lake ecosystems; improving social security.', 'PriorityTask', ['building a strong manufacturing base', 'restoring river and lake ecosystems', 'improving social security']],
    ['sectors such as', 'Hubei will reinforce sectors such as optoelectronics, automobiles, and biomedicine.', 'Industry', ['optoelectronics', 'automobiles', 'biomedicine']],
    ['measures include', 'Measures include improving the province\'s logistics network, expanding export credit programs, and streamlining customs clearance.', 'Initiative', ['improving the province\'s logistics network', 'expanding export credit programs', 'streamlining customs clearance']],
    ['projects such as', 'The city will launch projects such as a western science city and a new airport.', 'Initiative', ['western science city', 'new airport']],
    ['means after "by"', 'Henan aims to become a logistics hub by building more freight routes, upgrading border ports, and attracting express carriers.', 'Initiative', ['building more freight routes', 'upgrading border ports', 'attracting express carriers']],
    ['"Among them are" after a declared head', 'The proposals set out 11 key tasks. Among them are building a manufacturing base, and deepening reform of state-owned enterprises.', 'PriorityTask', ['building a manufacturing base', 'deepening reform of state-owned enterprises']],
    ['a focus cue followed by a headed list', 'Guangdong will focus on eight key areas, namely marine economy, green transition, and opening-up.', 'KeyArea', ['marine economy', 'green transition', 'opening-up']],
    ['focus list without a head', 'Anhui province will focus on new energy vehicles, quantum science and green development over the next five years.', 'KeyArea', ['new energy vehicles', 'quantum science', 'green development']],
  ])('%s', (_name, text, entityType, expected) => {
    expect(labelsOf(extractText(text), entityType)).toEqual(expected);
  });

  // One verb phrase the plan commits to is a task of its own; what matters here is that no list is read from it.
  it.each([
    ['a lone "such as" after an ordinary noun', 'The city will help enterprises such as Changan and Seres expand abroad.', ['help enterprises such as Changan and Seres expand abroad']],
    ['a list of places', 'Delegations came from provinces including Hunan, Jiangxi and Anhui.', []],
    ['a focus on one thing', 'The province will focus on developing tourism.', ['developing tourism']],
    ['by plus a single means', 'The city will grow by reinforcing sectors.', ['grow by reinforcing sectors']],
  ])('reads no list items from %s', (_name, text, tasks) => {
    const extraction = extractText(text);
    const listTypes: EntityType[] = ['KeyArea', 'StrategicOpportunity', 'Industry', 'Initiative'];
    expect(extraction.entities.filter((entity) => listTypes.includes(entity.entityType)).map((e) => e.label)).toEqual([]);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(tasks);
  });
});

describe('list heads carried across sentences', () => {
  it('continues a declared head into "These include" and "The plan also points to"', () => {
    const extraction = extractText(
      'The 15th Five-Year Plan outlines five major strategic opportunities for Hunan. These include the rise of the central region, and deeper links with the Greater Bay Area. The plan also points to digital transformation as a growth driver, and broader opening-up.',
      { place: 'Hunan' },
    );
    expect(labelsOf(extraction, 'StrategicOpportunity')).toEqual(['rise of the central region', 'deeper links with the Greater Bay Area', 'digital transformation as a growth driver', 'broader opening-up']);
    const holder = extraction.entities.find((entity) => entity.entityType === 'Group');
    expect(holder).toMatchObject({ declaredCount: 5, namedCount: 4 });
  });

  it('carries a task head into "They span", but not past an unrelated sentence', () => {
    const extraction = extractText('Twelve priority tasks have been laid out. They span upgrading industry, boosting demand, and protecting the environment. Taken together, these tasks form a blueprint. The weather was fine. They include rain and snow.');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['upgrading industry', 'boosting demand', 'protecting the environment']);
    expect(extraction.entities.find((entity) => entity.entityType === 'Group')).toMatchObject({ declaredCount: 12, namedCount: 3 });
  });

  it('reads "The first five are:" after a declared list', () => {
    const extraction = extractText('The proposals lay out 12 major tasks. The first three are: building a modern industrial system, expanding domestic demand, and advancing new urbanization.');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['building a modern industrial system', 'expanding domestic demand', 'advancing new urbanization']);
  });

  it('warns when a list refers back to nothing', () => {
    const extraction = extractText('They include ports, airports and railways.');
    expect(extraction.diagnostics.map((d) => d.code)).toContain('LIST_WITHOUT_HEAD');
    expect(extraction.entities.filter((e) => e.entityType !== 'Plan')).toEqual([]);
  });
});

describe('groups', () => {
  it.each([
    ['new pillar industries, including', 'It will also develop new pillar industries, including hydrogen energy and smart vehicles.', 'new pillar industries', ['hydrogen energy', 'smart vehicles']],
    ['strategic clusters in sectors such as', 'Jiangsu plans to develop strategic clusters in sectors such as biomedicine, nanomaterials, and the marine economy.', 'strategic clusters', ['biomedicine', 'nanomaterials', 'marine economy']],
    ['future industries like', 'The city will cultivate future industries like humanoid robots and commercial spaceflight.', 'future industries', ['humanoid robots', 'commercial spaceflight']],
    ['a declared group', 'Five emerging industry clusters will be expanded: optoelectronic information, new energy vehicles, life and health, high-end equipment, and satellite navigation.', 'emerging industry clusters', ['optoelectronic information', 'new energy vehicles', 'life and health', 'high-end equipment', 'satellite navigation']],
    ['a fronted topic', 'In future industries, the city will place early bets on quantum technology, 6G communications and brain–computer interfaces.', 'future industries', ['quantum technology', '6G communications', 'brain–computer interfaces']],
  ])('%s', (_name, text, group, members) => {
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'Group')).toEqual([group]);
    expect(labelsOf(extraction, 'Industry')).toEqual(members);
    expect(relationLines(extraction, 'includes')).toEqual(members.map((member) => `${group} -includes-> ${member}`));
    expect(relationLines(extraction, 'develops')).toEqual([`Test plan -develops-> ${group}`]);
  });

  it('splits two lists in one sentence at the second head', () => {
    const extraction = extractText('Shenzhen will strengthen pillar industries such as information technology, high-end equipment and digital creative industries, and accelerate emerging industries including artificial intelligence and synthetic biology.');
    expect(relationLines(extraction, 'includes')).toEqual([
      'pillar industries -includes-> information technology',
      'pillar industries -includes-> high-end equipment',
      'pillar industries -includes-> digital creative industries',
      'emerging industries -includes-> artificial intelligence',
      'emerging industries -includes-> synthetic biology',
    ]);
  });

  it('leaves no group node for a head the text never fills', () => {
    const extraction = extractText('The share of core digital economy industries will rise. Emerging industries matter.');
    expect(labelsOf(extraction, 'Group')).toEqual([]);
  });

  it('keeps a declared list holder even when no item is named', () => {
    const extraction = extractText('The plan names nine key areas.', { title: 'Hebei plan' });
    expect(extraction.entities.find((e) => e.entityType === 'Group')).toMatchObject({ label: 'Key areas (Hebei plan)', declaredCount: 9, namedCount: 0 });
  });

  it('links the plan to each item of a declared list and the holder includes them', () => {
    const extraction = extractText('Sichuan sets out three key areas: innovation, green growth and openness.', { title: 'Sichuan plan' });
    expect(relationLines(extraction, 'hasKeyArea')).toEqual(['Sichuan plan -hasKeyArea-> innovation', 'Sichuan plan -hasKeyArea-> green growth', 'Sichuan plan -hasKeyArea-> openness']);
    expect(relationLines(extraction, 'includes')).toEqual([
      'Sichuan plan -includes-> Key areas (Sichuan plan)',
      'Key areas (Sichuan plan) -includes-> innovation',
      'Key areas (Sichuan plan) -includes-> green growth',
      'Key areas (Sichuan plan) -includes-> openness',
    ]);
  });
});

describe('item labels', () => {
  it.each([
    ['leading article and self-reference', 'These include the city\'s elevated role as a pivot, its deeper integration with markets, and the further rise of the region.', ['elevated role as a pivot', 'deeper integration with markets', 'further rise of the region']],
    ['an item that ends in a glossed name is that name', 'Measures include a new-era Tianfu Granary (天府粮仓) and a grain fund.', ['Tianfu Granary', 'grain fund']],
    ['no duplicates when an item repeats', 'Measures include a port fund and a rail fund. Other measures include a port fund and a ferry fund.', ['port fund', 'rail fund', 'ferry fund']],
  ])('%s', (_name, text, expected) => {
    const carried = text.startsWith('These') ? `Hainan outlines three strategic opportunities. ${text}` : text;
    const extraction = extractText(carried);
    const types: EntityType[] = ['StrategicOpportunity', 'Initiative'];
    expect(extraction.entities.filter((e) => types.includes(e.entityType)).map((e) => e.label)).toEqual(expected);
  });

  it('reports an item too long to be an item', () => {
    const extraction = extractText('Measures include a plan that will in the coming years gradually bring every single county in the whole province onto one shared digital platform for services, and a fund.', {}, { maxItemWords: 12 });
    expect(extraction.diagnostics.map((d) => d.code)).toContain('LIST_ITEM_TOO_LONG');
    expect(labelsOf(extraction, 'Initiative')).toEqual(['fund']);
  });
});
