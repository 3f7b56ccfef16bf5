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
    const next = actions.applySharedView({ selection: { kind: 'node', key: 'x' }, query: 'q', hiddenEntityTypes: ['Place'], hiddenRelations: [], camera: null })({ ...INITIAL_VIEW_STATE, camera });
    expect(next.selection).toEqual({ kind: 'node', key: 'x' });
    expect([...next.hiddenEntityTypes]).toEqual(['Place']);
    expect(next.camera).toBe(camera);
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
