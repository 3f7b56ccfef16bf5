import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../src/web/core/filters.js';
import { computeHiddenReasons, revealNode } from '../../src/web/core/reveal.js';
import { INITIAL_VIEW_STATE, type ViewState } from '../../src/web/core/state.js';
import { loadPlans } from './helpers.js';

const plans = loadPlans();
const state = (changes: Partial<ViewState>): ViewState => ({ ...INITIAL_VIEW_STATE, ...changes });

describe('revealNode', () => {
  it.each([
    ['a hidden type', 'Industry:beta only', state({ hiddenEntityTypes: new Set(['Industry', 'Place']) }), ['entityType'], { hiddenEntityTypes: new Set(['Place']) }],
    ['an unticked plan', 'Industry:beta only', state({ shownDocuments: new Set(['alpha']) }), ['plans'], { shownDocuments: new Set(['alpha', 'beta']) }],
    ['its last plan ticked again: every plan shown', 'Industry:gamma only', state({ shownDocuments: new Set(['alpha', 'beta']) }), ['plans'], { shownDocuments: null }],
    ['outside the comparison', 'Industry:gamma only', state({ compare: { a: 'alpha', b: 'beta' } }), ['compare'], { compare: null }],
    ['an unlinked entity', 'Place:alpha only', state({ hideIsolated: true }), ['isolated'], { hideIsolated: false }],
    ['two filters at once', 'Industry:beta only', state({ hiddenEntityTypes: new Set(['Industry']), shownDocuments: new Set(['alpha']) }), ['entityType', 'plans'], { hiddenEntityTypes: new Set(), shownDocuments: new Set(['alpha', 'beta']) }],
  ])('%s', (_name, node, before, reasons, expected) => {
    expect(computeHiddenReasons(plans, node, before).map((r) => r.kind)).toEqual(reasons);
    expect(computeVisibility(plans, before).isNodeVisible(node)).toBe(false);
    const after = revealNode(plans, node)(before);
    expect(after).toMatchObject(expected);
    expect(computeVisibility(plans, after).isNodeVisible(node)).toBe(true);
    expect(computeHiddenReasons(plans, node, after)).toEqual([]);
  });

  it('leaves a drawn node\'s view as it is', () => {
    const before = state({ hiddenEntityTypes: new Set(['Place']) });
    expect(revealNode(plans, 'Industry:beta only')(before)).toBe(before);
  });
});
