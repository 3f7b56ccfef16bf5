import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW_STATE, type ViewState } from '../../src/web/core/state.js';
import { formatUrlView, isHistoryStep, parseUrlView } from '../../src/web/core/url-state.js';

describe('parseUrlView', () => {
  it.each([
    ['', { selection: null, query: '', hiddenEntityTypes: [], hiddenRelations: [], shownDocuments: null, colorBy: 'type', compare: null, camera: null }],
    ['?plans=beta,alpha', { shownDocuments: ['beta', 'alpha'] }],
    ['?plans=', { shownDocuments: [] }],
    ['?color=shared', { colorBy: 'shared' }],
    ['?color=rainbow', { colorBy: 'type' }],
    ['?color=community&size=degree', { colorBy: 'community', sizeBy: 'degree' }],
    ['?size=huge', { sizeBy: 'centrality' }],
    ['?planA=alpha&planB=beta', { compare: { a: 'alpha', b: 'beta' } }],
    ['?planA=alpha', { compare: null }],
    ['?node=Place%3Achongqing', { selection: { kind: 'node', key: 'Place:chongqing' } }],
    ['?edge=e1', { selection: { kind: 'edge', key: 'e1' } }],
    ['?node=a&edge=e1', { selection: { kind: 'node', key: 'a' } }],
    ['?q=%E9%95%BF%E4%B8%89%E8%A7%92', { query: '长三角' }],
    ['?hide=Place,Region,,', { hiddenEntityTypes: ['Place', 'Region'] }],
    ['?hideRel=partOf', { hiddenRelations: ['partOf'] }],
    ['?cam=0.5,0.25,0.8', { camera: { x: 0.5, y: 0.25, ratio: 0.8, angle: 0 } }],
    ['?cam=0.5,0.25,0.8,1.5', { camera: { x: 0.5, y: 0.25, ratio: 0.8, angle: 1.5 } }],
    ['?cam=0.5,0.25,0', { camera: null }],
    ['?cam=a,b,c', { camera: null }],
    ['?cam=1,2', { camera: null }],
    ['?graph=other.json', { selection: null }],
  ])('%s', (search, expected) => {
    expect(parseUrlView(search)).toMatchObject(expected);
  });
});

describe('the unlinked-entities switch in the address', () => {
  it.each([
    ['?isolated=hide', true],
    ['?isolated=show', false],
    ['', false],
  ])('%s → %s', (search, hide) => {
    expect(parseUrlView(search).hideIsolated).toBe(hide);
  });

  it('is written only when on', () => {
    const base = { selection: null, query: '', hiddenEntityTypes: new Set<string>(), hiddenRelations: new Set<string>(), shownDocuments: null, colorBy: 'type' as const, compare: null, camera: null };
    expect(formatUrlView({ ...base, hideIsolated: true })).toBe('?isolated=hide');
    expect(formatUrlView({ ...base, hideIsolated: false })).toBe('');
  });
});

describe('formatUrlView', () => {
  const state: ViewState = {
    ...INITIAL_VIEW_STATE,
    selection: { kind: 'node', key: 'Region:yangtze river delta' },
    query: ' Yangtze ',
    hiddenEntityTypes: new Set(['Target', 'Place']),
    hiddenRelations: new Set(['partOf']),
    shownDocuments: new Set(['sichuan', 'chongqing']),
    colorBy: 'shared',
    sizeBy: 'plans',
    compare: { a: 'chongqing', b: 'sichuan' },
    camera: { x: 0.123456, y: 0.5, ratio: 0.4, angle: 0 },
  };

  it('round-trips through parseUrlView', () => {
    const view = parseUrlView(formatUrlView(state));
    expect(view).toEqual({
      selection: state.selection,
      query: 'Yangtze',
      hiddenEntityTypes: ['Place', 'Target'],
      hiddenRelations: ['partOf'],
      shownDocuments: ['chongqing', 'sichuan'],
      colorBy: 'shared',
      sizeBy: 'plans',
      compare: { a: 'chongqing', b: 'sichuan' },
      hideIsolated: false,
      neighbourhood: null,
      pathFrom: null,
      camera: { x: 0.1235, y: 0.5, ratio: 0.4, angle: 0 },
    });
  });

  it.each([
    ['every plan', null, null],
    ['none', new Set<string>(), ''],
    ['some, sorted', new Set(['b', 'a']), 'a,b'],
  ])('writes %s as plans=%j', (_name, shownDocuments, expected) => {
    const params = new URLSearchParams(formatUrlView({ ...INITIAL_VIEW_STATE, shownDocuments }));
    expect(params.get('plans')).toBe(expected);
    expect(parseUrlView(params.toString()).shownDocuments).toEqual(shownDocuments === null ? null : [...shownDocuments].sort());
  });

  it('keeps parameters that are not part of the view and drops empty ones', () => {
    expect(formatUrlView(INITIAL_VIEW_STATE, '?graph=other.json&node=old&q=x')).toBe('?graph=other.json');
    expect(formatUrlView(INITIAL_VIEW_STATE, '')).toBe('');
  });

  it('is stable: equal views give equal URLs whatever the set order', () => {
    const other = { ...state, hiddenEntityTypes: new Set(['Place', 'Target']) };
    expect(formatUrlView(other)).toBe(formatUrlView(state));
  });
});

describe('isHistoryStep', () => {
  const base = INITIAL_VIEW_STATE;
  it.each([
    ['a new selection', { ...base, selection: { kind: 'node', key: 'a' } } as ViewState, true],
    ['a hidden type', { ...base, hiddenEntityTypes: new Set(['Place']) }, true],
    ['a hidden relation', { ...base, hiddenRelations: new Set(['partOf']) }, true],
    ['a camera move', { ...base, camera: { x: 1, y: 1, ratio: 1, angle: 0 } }, false],
    ['typing', { ...base, query: 'abc' }, false],
    ['an equal set in a new object', { ...base, hiddenEntityTypes: new Set<string>() }, false],
    ['a plan filter', { ...base, shownDocuments: new Set(['a']) }, true],
    ['every plan unticked', { ...base, shownDocuments: new Set<string>() }, true],
    ['shared-by colours', { ...base, colorBy: 'shared' as const }, true],
    ['sizes by degree', { ...base, sizeBy: 'degree' as const }, true],
    ['a comparison', { ...base, compare: { a: 'a', b: 'b' } }, true],
  ])('%s → %s', (_name, next, expected) => {
    expect(isHistoryStep(base, next)).toBe(expected);
  });
});
