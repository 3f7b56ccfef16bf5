import { describe, expect, it } from 'vitest';
import { computeVisibility, isNodeVisible } from '../../src/web/core/filters.js';
import { computeFocus } from '../../src/web/core/focus.js';
import { findShortestPath } from '../../src/web/core/neighbourhood.js';
import { computeHiddenReasons, revealNode } from '../../src/web/core/reveal.js';
import { INITIAL_VIEW_STATE, type ViewState } from '../../src/web/core/state.js';
import { parseUrlView, formatUrlView } from '../../src/web/core/url-state.js';
import { loadPlans } from './helpers.js';

// loadPlans: alpha → shared → everywhere ← gamma → gamma only; beta → shared; beta → beta only;
// "alpha only" and "unclaimed" have no relation.
describe('neighbourhood filter', () => {
  const plans = loadPlans();
  const near = (centre: string, steps: number): ViewState => ({ ...INITIAL_VIEW_STATE, neighbourhood: { centre, steps } });
  const drawn = (state: ViewState) => plans.filterNodes((node) => computeVisibility(plans, state).isNodeVisible(node)).sort();

  it.each([
    [1, ['Place:shared', 'Plan:alpha']],
    [2, ['Place:shared', 'Plan:alpha', 'Plan:beta', 'Region:everywhere']],
    [3, ['Industry:beta only', 'Place:shared', 'Plan:alpha', 'Plan:beta', 'Plan:gamma', 'Region:everywhere']],
  ])('within %i steps of alpha, relations read both ways', (steps, expected) => {
    expect(drawn(near('Plan:alpha', steps))).toEqual(expected);
    // The one-node check agrees with the cached pass.
    expect(plans.filterNodes((node) => isNodeVisible(plans, node, near('Plan:alpha', steps))).sort()).toEqual(expected);
  });

  it('combines with the other filters', () => {
    expect(drawn({ ...near('Plan:alpha', 2), hiddenEntityTypes: new Set(['Plan']) })).toEqual(['Place:shared', 'Region:everywhere']);
  });

  it('names itself as the reason an entity is hidden, and "Show it" lifts it', () => {
    const state = near('Plan:alpha', 1);
    expect(computeHiddenReasons(plans, 'Plan:gamma', state)).toEqual([{ kind: 'neighbourhood', centre: 'Plan:alpha', steps: 1 }]);
    expect(revealNode(plans, 'Plan:gamma')(state).neighbourhood).toBeNull();
    expect(revealNode(plans, 'Place:shared')(state)).toBe(state);
  });

  it('travels in the address bar, and a step count out of range is dropped', () => {
    const state = { ...near('Plan:alpha', 2), pathFrom: 'Plan:beta' };
    expect(parseUrlView(formatUrlView(state))).toMatchObject({ neighbourhood: { centre: 'Plan:alpha', steps: 2 }, pathFrom: 'Plan:beta' });
    expect(parseUrlView('?near=Plan%3Aalpha&steps=7').neighbourhood).toBeNull();
    expect(parseUrlView('?near=Plan%3Aalpha').neighbourhood).toEqual({ centre: 'Plan:alpha', steps: 1 });
  });
});

describe('shortest path', () => {
  const plans = loadPlans();

  it('follows relations either way and lists each hop with its edges', () => {
    const path = findShortestPath(plans, 'Plan:alpha', 'Industry:gamma only')!;
    expect(path.nodes).toEqual(['Plan:alpha', 'Place:shared', 'Region:everywhere', 'Plan:gamma', 'Industry:gamma only']);
    expect(path.hops.map((hop) => hop.edges)).toEqual([
      ['Plan:alpha->Place:shared'],
      ['Place:shared->Region:everywhere'],
      ['Plan:gamma->Region:everywhere'],
      ['Plan:gamma->Industry:gamma only'],
    ]);
  });

  it('is null between unlinked entities and a single node for the same one', () => {
    expect(findShortestPath(plans, 'Plan:alpha', 'Place:alpha only')).toBeNull();
    expect(findShortestPath(plans, 'Plan:alpha', 'Plan:alpha')).toEqual({ nodes: ['Plan:alpha'], hops: [] });
  });

  it('is what stands out while its end is selected; hovering another node takes over', () => {
    const state: ViewState = { ...INITIAL_VIEW_STATE, pathFrom: 'Plan:beta', selection: { kind: 'node', key: 'Plan:gamma' } };
    const focus = computeFocus(plans, state)!;
    expect([...focus.nodes]).toEqual(['Plan:beta', 'Place:shared', 'Region:everywhere', 'Plan:gamma']);
    expect(focus.edges.size).toBe(3);
    expect(focus.centre).toBe('Plan:gamma');
    expect(computeFocus(plans, { ...state, hoveredNode: 'Plan:alpha' })!.centre).toBe('Plan:alpha');
  });
});
