import { describe, expect, it } from 'vitest';
import type { GoldEntity } from '../../src/evaluate/gold.js';
import { computePrecisionRecall, normaliseLabel, scoreEntities, type PredictedEntity } from '../../src/evaluate/typed-f1.js';

const gold = (entityType: GoldEntity['entityType'], label: string, ...alternatives: string[]): GoldEntity => ({ label, entityType, alternatives });
const predicted = (entityType: string, label: string, ...aliases: string[]): PredictedEntity => ({ label, entityType, aliases });

describe('normaliseLabel', () => {
  it.each([
    ['Rural Revitalization', 'rural revitalization'],
    ['the low-altitude economy', 'low-altitude economy'],
    ['A new round of western development', 'new round of western development'],
    ['an inland gateway', 'inland gateway'],
    ['Chengdu–Chongqing economic circle', 'chengdu-chongqing economic circle'],
    ['Chengdu—Chongqing economic circle', 'chengdu-chongqing economic circle'],
    ['brain\u2010computer interfaces', 'brain-computer interfaces'],
    ['environmental protection.', 'environmental protection'],
    ['social welfare, ', 'social welfare'],
    ['  high-quality \n development  ', 'high-quality development'],
    ['ＧＤＰ: 4 trillion yuan', 'gdp: 4 trillion yuan'],
    ['4.5\u00a0trillion yuan', '4.5 trillion yuan'],
    ['“AI+” action program', 'ai+ action program'],
    ['‘20+8’ industrial cluster program', '20+8 industrial cluster program'],
    ["'415X' clusters", '415x clusters'],
    ['people’s livelihoods', "people's livelihoods"],
    ['Tianfu Granary (天府粮仓)', 'tianfu granary (天府粮仓)'],
    ['theme parks', 'theme parks'],
    ['Anhui', 'anhui'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseLabel(input)).toBe(expected);
  });
});

describe('scoreEntities', () => {
  const goldList = [
    gold('KeyArea', 'rural revitalization'),
    gold('PriorityTask', 'promoting rural revitalization'),
    gold('Region', 'Chengdu–Chongqing economic circle'),
    gold('Event', 'press conference on November 25', 'press conference', 'Event: press conference'),
  ];

  it.each<{ name: string; predicted: PredictedEntity[]; tp: number; fp: string[]; fn: string[] }>([
    {
      name: 'exact labels',
      predicted: [predicted('KeyArea', 'rural revitalization'), predicted('PriorityTask', 'promoting rural revitalization'), predicted('Region', 'Chengdu–Chongqing economic circle'), predicted('Event', 'press conference on November 25')],
      tp: 4, fp: [], fn: [],
    },
    {
      name: 'typographic variants and alternatives',
      predicted: [predicted('KeyArea', 'The Rural Revitalization.'), predicted('Region', 'Chengdu-Chongqing Economic Circle'), predicted('Event', 'Event: press conference')],
      tp: 3, fp: [], fn: ['promoting rural revitalization'],
    },
    {
      name: 'a label with the wrong type does not match',
      predicted: [predicted('PriorityTask', 'rural revitalization'), predicted('KeyArea', 'promoting rural revitalization')],
      tp: 0, fp: ['rural revitalization', 'promoting rural revitalization'], fn: ['rural revitalization', 'promoting rural revitalization', 'Chengdu–Chongqing economic circle', 'press conference on November 25'],
    },
    {
      name: 'a predicted alias can match',
      predicted: [predicted('Event', 'news briefing', 'press conference')],
      tp: 1, fp: [], fn: ['rural revitalization', 'promoting rural revitalization', 'Chengdu–Chongqing economic circle'],
    },
    {
      name: 'a duplicate prediction counts once',
      predicted: [predicted('KeyArea', 'rural revitalization'), predicted('KeyArea', 'Rural revitalization')],
      tp: 1, fp: ['Rural revitalization'], fn: ['promoting rural revitalization', 'Chengdu–Chongqing economic circle', 'press conference on November 25'],
    },
    {
      name: 'a partial label is not a match',
      predicted: [predicted('Region', 'Chengdu'), predicted('Event', 'conference')],
      tp: 0, fp: ['Chengdu', 'conference'], fn: ['rural revitalization', 'promoting rural revitalization', 'Chengdu–Chongqing economic circle', 'press conference on November 25'],
    },
  ])('$name', ({ predicted: input, tp, fp, fn }) => {
    const score = scoreEntities(input, goldList);
    expect(score.truePositives).toBe(tp);
    expect(score.falsePositives.map((entity) => entity.label)).toEqual(fp);
    expect(score.falseNegatives.map((entity) => entity.label)).toEqual(fn);
    expect(score.precision).toBeCloseTo(input.length === 0 ? 1 : tp / input.length);
    expect(score.recall).toBeCloseTo(tp / goldList.length);
  });

  it('finds the maximal one-to-one matching instead of the greedy one', () => {
    // "Macau" first takes "Macao" (by alternative); only re-routing it through its alias frees "Macao" for the second prediction.
    const goldPair = [gold('Place', 'Macao', 'Macau'), gold('Place', 'Macau SAR')];
    const input = [predicted('Place', 'Macau', 'Macau SAR'), predicted('Place', 'Macao')];
    const score = scoreEntities(input, goldPair);
    expect(score.truePositives).toBe(2);
    expect(score.matches.map((match) => [match.predicted.label, match.gold.label])).toEqual([
      ['Macau', 'Macau SAR'],
      ['Macao', 'Macao'],
    ]);
  });

  it('prefers a match on the gold label over one through an alternative', () => {
    const goldPair = [gold('Industry', 'new materials'), gold('Industry', 'advanced new materials', 'new materials')];
    const score = scoreEntities([predicted('Industry', 'new materials')], goldPair);
    expect(score.matches[0]?.gold.label).toBe('new materials');
    expect(score.falseNegatives.map((entity) => entity.label)).toEqual(['advanced new materials']);
  });

  it('reports per-type counts for every type present, sorted', () => {
    const score = scoreEntities([predicted('KeyArea', 'rural revitalization'), predicted('Industry', 'biomedicine')], goldList);
    expect(Object.keys(score.perType)).toEqual(['Event', 'Industry', 'KeyArea', 'PriorityTask', 'Region']);
    expect(score.perType.KeyArea).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(score.perType.Industry).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 1, f1: 0 });
    expect(score.perType.Region).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 1, recall: 0, f1: 0 });
  });

  it('is deterministic: the same input gives the same result', () => {
    const input = [predicted('KeyArea', 'rural revitalization'), predicted('KeyArea', 'rural revitalization'), predicted('Event', 'press conference')];
    expect(scoreEntities(input, goldList)).toEqual(scoreEntities(input, goldList));
  });
});

describe('computePrecisionRecall', () => {
  it.each([
    [{ tp: 0, fp: 0, fn: 0 }, { precision: 1, recall: 1, f1: 1 }],
    [{ tp: 0, fp: 0, fn: 3 }, { precision: 1, recall: 0, f1: 0 }],
    [{ tp: 0, fp: 2, fn: 0 }, { precision: 0, recall: 1, f1: 0 }],
    [{ tp: 3, fp: 1, fn: 1 }, { precision: 0.75, recall: 0.75, f1: 0.75 }],
    [{ tp: 9, fp: 1, fn: 0 }, { precision: 0.9, recall: 1, f1: 18 / 19 }],
  ])('%j → %j', (counts, expected) => {
    const result = computePrecisionRecall(counts);
    expect(result.precision).toBeCloseTo(expected.precision);
    expect(result.recall).toBeCloseTo(expected.recall);
    expect(result.f1).toBeCloseTo(expected.f1);
  });
});
