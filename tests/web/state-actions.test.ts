import { describe, expect, it } from 'vitest';
import * as actions from '../../src/web/core/actions.js';
import { createStore, INITIAL_VIEW_STATE, type ViewState } from '../../src/web/core/state.js';

const withSelection: ViewState = { ...INITIAL_VIEW_STATE, selection: { kind: 'node', key: 'a' } };

describe('actions', () => {
  it.each([
    ['selectNode sets a node selection', INITIAL_VIEW_STATE, actions.selectNode('a'), { selection: { kind: 'node', key: 'a' } }],
    ['selectEdge sets an edge selection', withSelection, actions.selectEdge('e'), { selection: { kind: 'edge', key: 'e' } }],
    ['clearSelection empties it', withSelection, actions.clearSelection(), { selection: null }],
    ['hoverNode records the hovered node', INITIAL_VIEW_STATE, actions.hoverNode('b'), { hoveredNode: 'b' }],
    ['setQuery stores the text', INITIAL_VIEW_STATE, actions.setQuery('长三角'), { query: '长三角' }],
    ['setExportScope switches scope', INITIAL_VIEW_STATE, actions.setExportScope('visible'), { exportScope: 'visible' }],
    ['setLayoutRunning flags the worker', INITIAL_VIEW_STATE, actions.setLayoutRunning(true), { layoutRunning: true }],
  ] as const)('%s', (_name, state, action, expected) => {
    expect(action(state)).toMatchObject(expected);
  });

  it.each([
    ['selecting the selected node', withSelection, actions.selectNode('a')],
    ['clearing an empty selection', INITIAL_VIEW_STATE, actions.clearSelection()],
    ['hovering nothing again', INITIAL_VIEW_STATE, actions.hoverNode(null)],
    ['the same query', INITIAL_VIEW_STATE, actions.setQuery('')],
    ['the same camera', { ...INITIAL_VIEW_STATE, camera: { x: 1, y: 2, ratio: 1, angle: 0 } }, actions.setCamera({ x: 1, y: 2, ratio: 1, angle: 0 })],
  ] as const)('returns the same object for %s (no re-render)', (_name, state, action) => {
    expect(action(state)).toBe(state);
  });

  it.each([
    ['entity type', actions.toggleEntityType, 'hiddenEntityTypes'],
    ['relation', actions.toggleRelation, 'hiddenRelations'],
  ] as const)('toggling a %s twice hides then shows it without mutating the old set', (_name, toggle, field) => {
    const once = toggle('Region')(INITIAL_VIEW_STATE);
    expect([...once[field]]).toEqual(['Region']);
    expect(INITIAL_VIEW_STATE[field].size).toBe(0);
    expect(toggle('Region')(once)[field].size).toBe(0);
  });

  it('applySharedView replaces the shared part and keeps the camera when the URL has none', () => {
    const camera = { x: 0.5, y: 0.5, ratio: 2, angle: 0 };
    const next = actions.applySharedView({
      selection: { kind: 'node', key: 'x' },
      query: 'q',
      hiddenEntityTypes: ['Place'],
      hiddenRelations: [],
      shownDocuments: ['alpha'],
      colorBy: 'shared',
      compare: { a: 'alpha', b: 'beta' },
      camera: null,
    })({ ...INITIAL_VIEW_STATE, camera });
    expect(next.selection).toEqual({ kind: 'node', key: 'x' });
    expect([...next.hiddenEntityTypes]).toEqual(['Place']);
    expect([...next.shownDocuments!]).toEqual(['alpha']);
    expect(next).toMatchObject({ colorBy: 'shared', compare: { a: 'alpha', b: 'beta' } });
    expect(next.camera).toBe(camera);
  });
});

describe('plan actions', () => {
  const all = ['alpha', 'beta', 'gamma'];
  const shown = (ids: string[] | null) => ({ ...INITIAL_VIEW_STATE, shownDocuments: ids === null ? null : new Set(ids) });
  const comparing = (a: string, b: string) => ({ ...INITIAL_VIEW_STATE, compare: { a, b } });
  const list = (state: ViewState) => (state.shownDocuments === null ? null : [...state.shownDocuments].sort());

  it.each([
    ['unticking one of all', shown(null), actions.toggleDocument('beta', all), ['alpha', 'gamma']],
    ['ticking the last one back means all', shown(['alpha', 'gamma']), actions.toggleDocument('beta', all), null],
    ['unticking the only one leaves none', shown(['alpha']), actions.toggleDocument('alpha', all), []],
    ['setShownDocuments drops unknown ids', shown(null), actions.setShownDocuments(['beta', 'nope'], all), ['beta']],
    ['setShownDocuments with every id is all', shown(['alpha']), actions.setShownDocuments(['gamma', 'beta', 'alpha'], all), null],
    ['show all', shown(['alpha']), actions.setShownDocuments(null, all), null],
  ])('%s', (_name, state, action, expected) => {
    expect(list(action(state))).toEqual(expected);
  });

  it.each([
    ['the same set again', shown(['alpha', 'beta']), actions.setShownDocuments(['beta', 'alpha'], all)],
    ['all again', shown(null), actions.setShownDocuments(null, all)],
    ['the same colouring', INITIAL_VIEW_STATE, actions.setColorBy('type')],
    ['the same pair', comparing('alpha', 'beta'), actions.setCompare({ a: 'alpha', b: 'beta' })],
    ['a side while not comparing', INITIAL_VIEW_STATE, actions.setComparePlan('a', 'beta')],
    ["A taking B's plan (refused, not swapped)", comparing('alpha', 'beta'), actions.setComparePlan('a', 'beta')],
    ["B taking A's plan (refused, not swapped)", comparing('alpha', 'beta'), actions.setComparePlan('b', 'alpha')],
    ['a known graph', comparing('alpha', 'beta'), actions.restrictToDocuments(all)],
  ] as const)('returns the same object for %s', (_name, state, action) => {
    expect(action(state)).toBe(state);
  });

  it.each([
    ['A changes', comparing('alpha', 'beta'), actions.setComparePlan('a', 'gamma'), { a: 'gamma', b: 'beta' }],
    ['B changes', comparing('alpha', 'beta'), actions.setComparePlan('b', 'gamma'), { a: 'alpha', b: 'gamma' }],
    ['leaving', comparing('alpha', 'beta'), actions.setCompare(null), null],
  ] as const)('comparison: %s', (_name, state, action, expected) => {
    expect(action(state).compare).toEqual(expected);
  });

  it.each([
    ['unknown plans in the list are dropped', { ...shown(['alpha', 'nope']) }, all, { shownDocuments: ['alpha'] }],
    ['a list of only unknown plans becomes all', shown(['nope']), all, { shownDocuments: null }],
    ['an empty list stays empty', shown([]), all, { shownDocuments: [] }],
    ['comparing with an unknown plan stops', comparing('alpha', 'nope'), all, { compare: null }],
    ['comparing a plan with itself stops', comparing('alpha', 'alpha'), all, { compare: null }],
    ['one document: no filter, no comparison, type colours', { ...comparing('alpha', 'beta'), shownDocuments: new Set(['alpha']), colorBy: 'shared' as const }, ['alpha'], { shownDocuments: null, compare: null, colorBy: 'type' }],
  ])('restrictToDocuments: %s', (_name, state, ids, expected) => {
    const next = actions.restrictToDocuments(ids)(state);
    const { shownDocuments, ...rest } = expected as { shownDocuments?: string[] | null };
    if ('shownDocuments' in expected) expect(list(next)).toEqual(shownDocuments);
    expect(next).toMatchObject(rest);
  });
});

describe('createStore', () => {
  it('notifies listeners with the new and previous state, and not for no-op actions', () => {
    const store = createStore();
    const calls: [ViewState['selection'], ViewState['selection']][] = [];
    const unsubscribe = store.subscribe((state, previous) => calls.push([state.selection, previous.selection]));
    store.update(actions.selectNode('a'));
    store.update(actions.selectNode('a'));
    unsubscribe();
    store.update(actions.clearSelection());
    expect(calls).toEqual([[{ kind: 'node', key: 'a' }, null]]);
    expect(store.get().selection).toBeNull();
  });
});
