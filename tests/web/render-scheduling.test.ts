import { describe, expect, it } from 'vitest';
import { computeVisibility, createVisibilityCache, isEdgeVisible, isNodeVisible, type FilterState } from '../../src/web/core/filters.js';
import { createFrameScheduler, type FrameClock } from '../../src/web/core/frame-scheduler.js';
import { INITIAL_VIEW_STATE, type ViewState } from '../../src/web/core/state.js';
import { groupMentionSpansByDocument, collectMentionSpans } from '../../src/web/core/text-segments.js';
import { loadPlans, loadSynthetic } from './helpers.js';

/** A clock whose frames run only when the test says so. */
function manualClock(): FrameClock & { tick(): void; waiting(): number } {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  return {
    request(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancel: (handle) => void callbacks.delete(handle),
    tick() {
      const due = [...callbacks.values()];
      callbacks.clear();
      due.forEach((callback) => callback());
    },
    waiting: () => callbacks.size,
  };
}

describe('createFrameScheduler', () => {
  it('collapses any number of requests into one run in the next frame', () => {
    const clock = manualClock();
    let runs = 0;
    const scheduler = createFrameScheduler(() => runs++, clock);
    scheduler.request();
    scheduler.request();
    scheduler.request();
    expect(runs).toBe(0);
    expect(clock.waiting()).toBe(1);
    expect(scheduler.pending).toBe(true);
    clock.tick();
    expect(runs).toBe(1);
    expect(scheduler.pending).toBe(false);
    clock.tick();
    expect(runs).toBe(1);
  });

  it.each([
    ['flush runs a pending request at once and drops its frame', (s: ReturnType<typeof createFrameScheduler>) => s.flush(), 1],
    ['cancel drops a pending request', (s: ReturnType<typeof createFrameScheduler>) => s.cancel(), 0],
  ])('%s', (_name, act, expectedRuns) => {
    const clock = manualClock();
    let runs = 0;
    const scheduler = createFrameScheduler(() => runs++, clock);
    scheduler.request();
    act(scheduler);
    expect(runs).toBe(expectedRuns);
    expect(clock.waiting()).toBe(0);
    clock.tick();
    expect(runs).toBe(expectedRuns);
  });

  it('flush without a pending request does nothing', () => {
    let runs = 0;
    createFrameScheduler(() => runs++, manualClock()).flush();
    expect(runs).toBe(0);
  });

  it('a request made while running waits for the following frame', () => {
    const clock = manualClock();
    let runs = 0;
    const scheduler: ReturnType<typeof createFrameScheduler> = createFrameScheduler(() => {
      runs++;
      if (runs === 1) scheduler.request();
    }, clock);
    scheduler.request();
    clock.tick();
    expect(runs).toBe(1);
    expect(scheduler.pending).toBe(true);
    clock.tick();
    expect(runs).toBe(2);
  });
});

describe('computeVisibility', () => {
  const synthetic = loadSynthetic(48, 2, 9);
  const plans = loadPlans();
  const states: [string, ReturnType<typeof loadPlans>, FilterState][] = [
    ['nothing filtered', synthetic, INITIAL_VIEW_STATE],
    ['a type hidden', synthetic, { ...INITIAL_VIEW_STATE, hiddenEntityTypes: new Set(['Place']) }],
    ['a relation hidden', synthetic, { ...INITIAL_VIEW_STATE, hiddenRelations: new Set([synthetic.getEdgeAttribute(synthetic.edges()[0]!, 'relation')]) }],
    ['one plan shown', plans, { ...INITIAL_VIEW_STATE, shownDocuments: new Set(['alpha']) }],
    ['no plan shown', plans, { ...INITIAL_VIEW_STATE, shownDocuments: new Set() }],
    ['comparing', plans, { ...INITIAL_VIEW_STATE, compare: { a: 'alpha', b: 'beta' } }],
  ];

  it.each(states)('agrees with the per-item checks: %s', (_name, graph, state) => {
    const visibility = computeVisibility(graph, state);
    graph.forEachNode((node) => expect(visibility.isNodeVisible(node), node).toBe(isNodeVisible(graph, node, state)));
    graph.forEachEdge((edge) => expect(visibility.isEdgeVisible(edge), edge).toBe(isEdgeVisible(graph, edge, state)));
    expect(visibility.nodes).toBe(graph.filterNodes((node) => isNodeVisible(graph, node, state)).length);
    expect(visibility.edges).toBe(graph.filterEdges((edge) => isEdgeVisible(graph, edge, state)).length);
  });

  it('the cache recomputes only when a filter field is replaced', () => {
    const cache = createVisibilityCache(plans);
    const state: ViewState = { ...INITIAL_VIEW_STATE, shownDocuments: new Set(['alpha']) };
    const first = cache(state);
    const hovered: ViewState = { ...state, hoveredNode: 'Plan:alpha', selection: { kind: 'node', key: 'Plan:beta' } };
    expect(cache(hovered)).toBe(first);
    const widened = cache({ ...state, shownDocuments: new Set(['alpha', 'beta']) });
    expect(widened).not.toBe(first);
    expect(widened.nodes).toBeGreaterThan(first.nodes);
  });
});

describe('groupMentionSpansByDocument', () => {
  it('gives each document the spans collectMentionSpans finds for it, in the same order', () => {
    const graph = loadPlans();
    const nodes = graph.mapNodes((node, a): [string, (typeof a)['mentions']] => [node, a.mentions]);
    const grouped = groupMentionSpansByDocument(nodes);
    for (const id of ['alpha', 'beta', 'gamma', 'unknown']) expect(grouped.get(id) ?? []).toEqual(collectMentionSpans(nodes, id));
  });
});
