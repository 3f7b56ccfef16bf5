import { buildGraph, type PlanGraph } from '../../src/graph/build-graph.js';
import { mergeEntities, mergeRelations } from '../../src/graph/merge-records.js';
import { applyMetrics, computeMetrics } from '../../src/graph/compute-metrics.js';
import { applyVisualAttributes } from '../../src/graph/visual-attributes.js';
import type { EntityRecord, RelationRecord } from '../../src/model/records.js';
import { ENTITY_TYPES } from '../../src/model/vocabulary.js';
import { entity, planDocument, relation } from './records.js';

/**
 * A plan-shaped graph built without the extractor: one plan, `lists` lists
 * of `perList` items each with plan-like labels, plus a few cross links.
 * Labels may be replaced to probe exporters with hostile text.
 */
export function makeSmallGraph(lists = 5, perList = 10, label: (i: number, j: number) => string = (i, j) => `${["green", "digital", "rural", "smart", "open"][j % 5]} item ${i}-${j}`): PlanGraph {
  const plan = entity('Plan', 'Test 15th Five-Year Plan');
  const entities: EntityRecord[] = [plan];
  const relations: RelationRecord[] = [];
  for (let i = 0; i < lists; i++) {
    const group = entity('Group', `group ${i}`);
    entities.push(group);
    relations.push(relation(plan, 'develops', group));
    for (let j = 0; j < perList; j++) {
      const type = ENTITY_TYPES[(i + 3) % ENTITY_TYPES.length]!;
      const item = { ...entity(type, label(i, j), 'doc', i * 100 + j), key: `${type}:item-${i}-${j}` };
      entities.push(item);
      relations.push(relation(group, 'includes', item));
      if (j % 3 === 0 && i > 0) relations.push({ ...relation(item, 'relatedTo', entities[entities.length - perList - 2]!) });
    }
  }
  const { graph } = buildGraph([planDocument('doc')], mergeEntities(entities), mergeRelations(relations), 'small');
  applyMetrics(graph, computeMetrics(graph));
  applyVisualAttributes(graph);
  return graph;
}
