import { describe, expect, it } from 'vitest';
import { computePlanSummaries, groupByDocument, isInDocumentScope, planName, SHARED_BY_COLORS, sharedByColor, UNKNOWN_SHARE_COLOR } from '../../src/web/core/documents.js';
import { importGraphData } from '../../src/web/core/graph-loading.js';
import { loadPlans, loadSynthetic } from './helpers.js';

describe('isInDocumentScope', () => {
  const all = { shownDocuments: null, compare: null };
  const onlyAlpha = { shownDocuments: new Set(['alpha']), compare: null };
  const none = { shownDocuments: new Set<string>(), compare: null };
  const comparing = { shownDocuments: new Set(['gamma']), compare: { a: 'alpha', b: 'beta' } };
  it.each([
    ['all shown', ['gamma'], all, true],
    ['all shown, no document', [], all, true],
    ['its plan shown', ['alpha', 'gamma'], onlyAlpha, true],
    ['its plan not shown', ['beta', 'gamma'], onlyAlpha, false],
    ['no document, a filter on', [], onlyAlpha, false],
    ['every plan unticked', ['alpha'], none, false],
    ['comparing: in B', ['beta'], comparing, true],
    ['comparing ignores the plan list', ['gamma'], comparing, false],
  ])('%s', (_name, documents, scope, expected) => {
    expect(isInDocumentScope(documents, scope)).toBe(expected);
  });
});

describe('sharedByColor', () => {
  it.each([
    [0, UNKNOWN_SHARE_COLOR],
    [1, SHARED_BY_COLORS[0]],
    [2, SHARED_BY_COLORS[1]],
    [SHARED_BY_COLORS.length, SHARED_BY_COLORS.at(-1)],
    [SHARED_BY_COLORS.length + 4, SHARED_BY_COLORS.at(-1)],
  ])('%i plans → %s', (plans, color) => {
    expect(sharedByColor(plans)).toBe(color);
  });

  it('gives every step of the ramp its own colour', () => {
    expect(new Set([UNKNOWN_SHARE_COLOR, ...SHARED_BY_COLORS]).size).toBe(SHARED_BY_COLORS.length + 1);
  });
});

describe('computePlanSummaries', () => {
  it('lists the documents in graph order with their entity counts, short names and languages (English when unsaid)', () => {
    expect(computePlanSummaries(loadPlans())).toEqual([
      { id: 'alpha', title: 'The alpha plan', name: 'Alpha', entities: 4, language: 'en' },
      { id: 'beta', title: 'The beta plan', name: 'Beta', entities: 4, language: 'en' },
      { id: 'gamma', title: 'The gamma plan', name: 'Gamma', entities: 3, language: 'en' },
    ]);
  });

  it('has one entry for a single-document graph', () => {
    expect(computePlanSummaries(loadSynthetic(10, 1, 1))).toHaveLength(1);
  });

  it.each([
    [{ title: 'A long title', place: 'Hubei' }, 'Hubei'],
    [{ title: 'A long title', place: '  ' }, 'A long title'],
    [{ title: 'A long title' }, 'A long title'],
  ])('planName(%j) → %s', (doc, expected) => {
    expect(planName(doc)).toBe(expected);
  });
});

describe('groupByDocument', () => {
  const item = (document: string, n: number) => ({ document, n });
  it.each([
    ['graph order, items in order', [item('b', 1), item('a', 2), item('b', 3)], ['a', 'b'], [['a', [2]], ['b', [1, 3]]]],
    ['unknown documents last', [item('zz', 1), item('a', 2), item('c', 3)], ['a'], [['a', [2]], ['c', [3]], ['zz', [1]]]],
    ['nothing', [], ['a'], []],
  ] as const)('%s', (_name, items, order, expected) => {
    expect(groupByDocument(items, order).map((g) => [g.document, g.items.map((i) => i.n)])).toEqual(expected);
  });
});

describe('documents repaired on import', () => {
  it.each([
    ['listed documents are kept', { documents: ['x'], mentions: [{ document: 'y', text: 's' }] }, ['x']],
    ['missing ones come from the mentions, sorted and unique', { mentions: [{ document: 'b', text: 's' }, { document: 'a', text: 't' }, { document: 'b', text: 'u' }] }, ['a', 'b']],
    ['none at all', {}, []],
  ])('%s', (_name, attributes, expected) => {
    // Nodes carry `mentions`, edges `evidence`: the same records under each one's name.
    const { mentions, ...rest } = attributes as { mentions?: unknown };
    const { graph } = importGraphData({ nodes: [{ key: 'k', attributes: { x: 0, y: 0, ...attributes } }], edges: [{ source: 'k', target: 'k', attributes: { ...rest, evidence: mentions } }] });
    expect(graph.getNodeAttribute('k', 'documents')).toEqual(expected);
    expect(graph.getEdgeAttribute(graph.edges()[0]!, 'documents')).toEqual(expected);
  });
});
