import { describe, expect, it } from 'vitest';
import { mergeEntities, mergeRelations } from '../../src/graph/merge-records.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { entity, planDocument, relation } from '../support/records.js';

describe('mergeEntities', () => {
  it('joins records with one key, keeping every mention and the first label', () => {
    const a = entity('Region', 'Yangtze River Delta', 'a', 10);
    const b = { ...entity('Region', 'Yangtze River Delta', 'b', 5), label: 'yangtze river delta', aliases: ['长三角'] };
    const [merged, ...rest] = mergeEntities([b, a].reverse());
    expect(rest).toHaveLength(0);
    expect(merged!.label).toBe('Yangtze River Delta');
    expect(merged!.aliases).toEqual(['yangtze river delta', '长三角']);
    expect(merged!.mentions.map((m) => m.document)).toEqual(['a', 'b']);
  });

  it('drops duplicate mentions and sorts by key', () => {
    const a = entity('Industry', 'robots');
    const merged = mergeEntities([entity('KeyArea', 'zeta'), a, { ...a }]);
    expect(merged.map((e) => e.key)).toEqual(['Industry:robots', 'KeyArea:zeta']);
    expect(merged[0]!.mentions).toHaveLength(1);
  });

  it('keeps different types apart', () => {
    expect(mergeEntities([entity('Place', 'Wuhan'), entity('Region', 'Wuhan')])).toHaveLength(2);
  });
});

describe('mergeRelations + buildGraph', () => {
  const plan = entity('Plan', 'Plan');
  const area = entity('KeyArea', 'green growth');
  const other = entity('KeyArea', 'not in graph');

  it('gives one edge per (source, relation, target) with all evidence', () => {
    const merged = mergeRelations([relation(plan, 'hasKeyArea', area, 'a', 0), relation(plan, 'hasKeyArea', area, 'b', 4), relation(plan, 'relatedTo', area)]);
    expect(merged).toHaveLength(2);
    const { graph } = buildGraph([planDocument('a'), planDocument('b')], [plan, area], merged, 'test');
    expect(graph.size).toBe(2);
    const edges = graph.edges(plan.key, area.key);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.getEdgeAttribute('Plan:plan|hasKeyArea|KeyArea:green growth', 'documents')).toEqual(['a', 'b']);
    expect(edges.map((e) => graph.getEdgeAttribute(e, 'relation')).sort()).toEqual(['hasKeyArea', 'relatedTo']);
  });

  it('drops relations to unknown entities with a warning, never a crash', () => {
    const { graph, diagnostics } = buildGraph([planDocument('doc')], [plan], mergeRelations([relation(plan, 'hasKeyArea', other)]), 't');
    expect(graph.size).toBe(0);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'RELATION_DANGLING' })]);
  });

  it('stores domain type as entityType, never as the renderer key type', () => {
    const { graph } = buildGraph([planDocument('doc')], [plan, area], [], 't');
    graph.forEachNode((_n, a) => {
      expect(a).not.toHaveProperty('type');
      expect(a.entityType).toBeDefined();
    });
  });
});
