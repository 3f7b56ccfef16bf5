import { describe, expect, it } from 'vitest';
import { computeImageLegend, computeImageTitle, computeImageView } from '../../src/web/core/image-export.js';
import { INITIAL_VIEW_STATE, type ViewState } from '../../src/web/core/state.js';
import { loadPlans } from './helpers.js';

const plans = loadPlans();
const filtered: ViewState = {
  ...INITIAL_VIEW_STATE,
  selection: { kind: 'node', key: 'Plan:alpha' },
  hoveredNode: 'Plan:beta',
  camera: { x: 0.1, y: 0.2, ratio: 0.1, angle: 0 },
  hiddenEntityTypes: new Set(['Industry']),
  colorBy: 'shared',
};

describe('computeImageView', () => {
  it.each([
    ['whole graph: no filter, the colouring kept', 'all', { hiddenEntityTypes: new Set(), compare: null, colorBy: 'shared' }],
    ['visible only: the filters kept', 'visible', { hiddenEntityTypes: new Set(['Industry']), colorBy: 'shared' }],
  ] as const)('%s; never the hover, selection or camera', (_name, scope, expected) => {
    const view = computeImageView(filtered, scope);
    expect(view).toMatchObject({ ...expected, selection: null, hoveredNode: null, camera: null });
  });
});

describe('computeImageLegend', () => {
  it.each([
    ['by type: the drawn types', { ...INITIAL_VIEW_STATE, hiddenEntityTypes: new Set(['Industry']) }, 'Entity types', ['Place', 'Plan', 'Region']],
    ['shared by N plans (one node no plan claims)', { ...INITIAL_VIEW_STATE, colorBy: 'shared' }, 'Shared by', ['0 plans', '1 plan', '2 plans', '3 plans']],
    ['comparison: only the sides drawn', { ...INITIAL_VIEW_STATE, compare: { a: 'alpha', b: 'gamma' } }, 'Comparison', ['Only Alpha', 'Both', 'Only Gamma']],
  ] as [string, ViewState, string, string[]][])('%s', (_name, view, title, names) => {
    const legend = computeImageLegend(plans, view);
    expect(legend.title).toBe(title);
    expect(legend.rows.map((row) => row.name).sort()).toEqual([...names].sort());
    expect(legend.rows.every((row) => row.count > 0)).toBe(true);
  });

  it('titles the image with the graph name and what it shows', () => {
    expect(computeImageTitle(plans, 'all')).toBe('Three plans');
    expect(computeImageTitle(plans, 'visible')).toBe('Three plans (filtered view)');
  });
});
