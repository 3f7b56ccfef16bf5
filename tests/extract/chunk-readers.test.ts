import { describe, expect, it } from 'vitest';
import { entityByLabel, extractText, labelsOf, relationLines } from './helpers.js';

// Plan-style sentences written for these tests; each shows one structure the chunk readers read.
describe('verb-phrase task lists', () => {
  it.each([
    ['a modal and three verb phrases', 'Lakeside will widen its harbour, train more nurses, and restore the old canal.', ['widen its harbour', 'train more nurses', 'restore the old canal']],
    ['"is to" and a shared object', 'The province is to consolidate and upgrade its fishing fleets and promote the growth of river tourism.', ['consolidate and upgrade its fishing fleets', 'promote the growth of river tourism']],
    ['a time frame after the last task', 'Lakeside will plant new forests and clean its rivers by 2030.', ['plant new forests', 'clean its rivers']],
    ['a participle that qualifies, not a task', 'Lakeside will host the River Fair, known as the summer market, and open a ferry line.', ['host the River Fair', 'open a ferry line']],
  ])('%s', (_name, text, tasks) => {
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(tasks);
  });

  it.each([
    ['a single verb phrase', 'Lakeside will widen its harbour.'],
    ['a subject that is not the plan', 'Officials will visit the harbour and meet the fishermen.'],
    ['partnerships', 'Lakeside will deepen cooperation with Hillview and strengthen ties with Riverton.'],
    ['a figure in the clause', 'Lakeside will keep growth at about 5 percent and raise incomes by 6 percent.'],
    ['verbs inside an embedded clause', 'The city will help local firms expand abroad and strengthen their brands.'],
  ])('reads no tasks from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual([]);
  });

  it('links each task to the plan with its sentence', () => {
    const extraction = extractText('Lakeside will widen its harbour and train more nurses.');
    expect(relationLines(extraction, 'hasPriorityTask')).toEqual(['Test plan -hasPriorityTask-> widen its harbour', 'Test plan -hasPriorityTask-> train more nurses']);
    const task = entityByLabel(extraction, 'PriorityTask', 'train more nurses')!;
    expect(task.mentions[0]!.text).toBe('Lakeside will widen its harbour and train more nurses.');
  });
});

describe('positioning goals', () => {
  it.each([
    ['"develop X into" three hubs', 'The plan will develop Lakeside into a hub of fine ceramics, a hub of river shipping, and a hub of reform and opening up.', ['hub of fine ceramics', 'hub of river shipping', 'hub of reform and opening up']],
    ['"become" with a head and its topics', 'By 2035 Lakeside will become a strong province in science, culture and health.', ['strong province in science', 'strong province in culture', 'strong province in health']],
    ['"build itself into"', 'The city will build itself into a regional trade center.', ['regional trade center']],
    ['a head shared by the items', 'Lakeside is set to become a national finance, shipping and logistics centers.', ['national finance center', 'shipping center', 'logistics centers']],
  ])('%s', (_name, text, goals) => {
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual(goals);
  });

  it.each([
    ['a state, not a goal', 'Exports will become more diverse.'],
    ['a goal with no goal noun', 'The city will turn its plans into action.'],
  ])('reads no goal from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual([]);
  });
});

describe('item blocks', () => {
  const block = [
    'Lakeside will focus on its modernization in four aspects:',
    '-widen the harbour and its approach roads;',
    '-train more nurses;',
    '-develop Lakeside into a hub of fine ceramics;',
    '-protect the wetlands; and',
  ].join('\n');

  it('types verb-initial items as tasks and records the declared count', () => {
    const extraction = extractText(block);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['widen the harbour and its approach roads', 'train more nurses', 'protect the wetlands']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['hub of fine ceramics']);
    const group = entityByLabel(extraction, 'Group', 'aspects')!;
    expect([group.declaredCount, group.namedCount]).toEqual([4, 4]);
    expect(relationLines(extraction, 'includes')).toContain('aspects -includes-> train more nurses');
  });

  it('reads imperative paragraphs after a lead as objectives', () => {
    const text = 'We have set the following objectives:\nStrengthen the port. Its capacity will grow.\nImprove river transport. Ferries will run hourly.\nThe budget was approved in March.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['Strengthen the port', 'Improve river transport']);
  });

  it('reads a heading that states a task', () => {
    expect(labelsOf(extractText('3. Building a modern fishing industry\nThe city has many boats.'), 'PriorityTask')).toEqual(['Building a modern fishing industry']);
  });
});

describe('noun phrases typed by their head', () => {
  it.each([
    ['an industry noun', 'Lakeside has grown its marine economy.', 'Industry', ['marine economy']],
    ['qualified industries', 'Strategic emerging industries drew new investment.', 'Industry', ['Strategic emerging industries']],
    ['a strategy', 'The province carries out the coastal revitalization strategy.', 'Initiative', ['coastal revitalization strategy']],
  ])('%s', (_name, text, entityType, labels) => {
    expect(labelsOf(extractText(text), entityType as 'Industry')).toEqual(labels);
  });

  it.each([
    ['an unqualified head', 'The economy grew.'],
    ['a generic qualifier', 'The city economy grew.'],
  ])('reads nothing from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'Industry')).toEqual([]);
  });

  it('reads no industry from an indefinite description', () => {
    expect(labelsOf(extractText('Ceramics is a signature sector.'), 'Industry')).not.toContain('signature sector');
  });
});

describe('target names', () => {
  it('keeps the qualifier of the value as a second name', () => {
    const extraction = extractText('Lakeside aims to achieve an annual average GDP growth of about 5 percent by 2030.');
    const [target] = extraction.entities.filter((entity) => entity.entityType === 'Target');
    expect(target?.label).toBe('annual average GDP growth: 5 percent');
    expect(target?.aliases).toContain('annual average GDP growth: about 5 percent');
  });
});
