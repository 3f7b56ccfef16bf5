import { describe, expect, it } from 'vitest';
import type { Gold, GoldEntity } from '../../src/evaluate/gold.js';
import { checkDeclaredCounts, scoreRelations, type CountedEntity, type KeyedEntity, type KeyedRelation } from '../../src/evaluate/relations.js';

const goldEntities: GoldEntity[] = [
  { label: 'Chongqing 15th Five-Year Plan', entityType: 'Plan', alternatives: ['15th Five-Year Plan'] },
  { label: 'rural revitalization', entityType: 'KeyArea', alternatives: [] },
  { label: 'promoting rural revitalization', entityType: 'PriorityTask', alternatives: [] },
  { label: 'Chongqing', entityType: 'Place', alternatives: [] },
  { label: 'Chengdu–Chongqing economic circle', entityType: 'Region', alternatives: [] },
];
const ref = (index: number) => ({ label: goldEntities[index]!.label, entityType: goldEntities[index]!.entityType });
const gold: Pick<Gold, 'entities' | 'relations'> = {
  entities: goldEntities,
  relations: [
    { source: ref(0), relation: 'hasKeyArea', target: ref(1) },
    { source: ref(1), relation: 'relatedTo', target: ref(2) },
    { source: ref(3), relation: 'cooperatesWith', target: ref(4) },
  ],
};

const entities: KeyedEntity[] = [
  { key: 'p', label: '15th Five-Year Plan', entityType: 'Plan' },
  { key: 'ka', label: 'Rural revitalization', entityType: 'KeyArea' },
  { key: 'pt', label: 'promoting rural revitalization', entityType: 'PriorityTask' },
  { key: 'cq', label: 'Chongqing', entityType: 'Place' },
  { key: 'cc', label: 'Chengdu-Chongqing economic circle', entityType: 'Region' },
  { key: 'cc-wrong-type', label: 'Chengdu-Chongqing economic circle', entityType: 'Place' },
];

describe('scoreRelations', () => {
  it.each<{ name: string; relations: KeyedRelation[]; missing: string[] }>([
    {
      name: 'all stated, endpoints by alternative and typographic variant',
      relations: [
        { source: 'p', relation: 'hasKeyArea', target: 'ka' },
        { source: 'ka', relation: 'relatedTo', target: 'pt' },
        { source: 'cq', relation: 'cooperatesWith', target: 'cc' },
      ],
      missing: [],
    },
    {
      name: 'relatedTo counts in either direction, other relations do not',
      relations: [
        { source: 'ka', relation: 'hasKeyArea', target: 'p' },
        { source: 'pt', relation: 'relatedTo', target: 'ka' },
        { source: 'cc', relation: 'cooperatesWith', target: 'cq' },
      ],
      missing: ['hasKeyArea', 'cooperatesWith'],
    },
    {
      name: 'an endpoint of the wrong type does not count',
      relations: [{ source: 'cq', relation: 'cooperatesWith', target: 'cc-wrong-type' }],
      missing: ['hasKeyArea', 'relatedTo', 'cooperatesWith'],
    },
    {
      name: 'a different relation between the right endpoints does not count',
      relations: [{ source: 'p', relation: 'hasPriorityTask', target: 'ka' }],
      missing: ['hasKeyArea', 'relatedTo', 'cooperatesWith'],
    },
  ])('$name', ({ relations, missing }) => {
    const result = scoreRelations(entities, relations, gold);
    expect(result.missing.map((relation) => relation.relation)).toEqual(missing);
    expect(result.recall).toBeCloseTo((3 - missing.length) / 3);
  });
});

describe('checkDeclaredCounts', () => {
  const counted: CountedEntity[] = [
    { label: 'Chongqing 15th Five-Year Plan', entityType: 'Plan' },
    { label: 'key areas', entityType: 'Group', declaredCount: 9, namedCount: 8 },
    { label: 'priority tasks', entityType: 'Group', declaredCount: 13, namedCount: 8 },
    { label: 'strategic clusters', entityType: 'Group', declaredCount: 6, namedCount: 6 },
    { label: 'strategic opportunities', entityType: 'StrategicOpportunity', declaredCount: 6, namedCount: 6 },
  ];

  it.each([
    ['all lists found', [{ list: 'KeyArea', declared: 9, named: 8 }, { list: 'PriorityTask', declared: 13, named: 8 }], []],
    ['wrong named count is missing', [{ list: 'KeyArea', declared: 9, named: 9 }], ['KeyArea']],
    ['one entity answers for one list only', [{ list: 'A', declared: 13, named: 8 }, { list: 'B', declared: 13, named: 8 }], ['B']],
  ])('%s', (_name, declared, missing) => {
    expect(checkDeclaredCounts(counted, declared).missing.map((count) => count.list)).toEqual(missing);
  });

  it('prefers the entity whose type names the list', () => {
    const result = checkDeclaredCounts(counted, [{ list: 'StrategicOpportunity', declared: 6, named: 6 }]);
    expect(result.found[0]?.entity.label).toBe('strategic opportunities');
  });
});
