import { describe, expect, it } from 'vitest';
import { createPins } from '../../src/web/core/pins.js';
import { loadPlans } from './helpers.js';

describe('pinned nodes', () => {
  it('moves a node, reports the pinned set once per change, and forgets it on unpin or clear', () => {
    const graph = loadPlans();
    const reports: string[][] = [];
    const pins = createPins(graph, (pinned) => reports.push([...pinned].sort()));
    pins.place('Plan:alpha', 10, 20);
    pins.place('Plan:alpha', 11, 21);
    pins.place('Plan:beta', -3, 4);
    expect(graph.getNodeAttributes('Plan:alpha')).toMatchObject({ x: 11, y: 21 });
    expect(pins.positionOf('Plan:alpha')).toEqual({ x: 11, y: 21 });
    expect(reports).toEqual([['Plan:alpha'], ['Plan:alpha', 'Plan:beta']]);
    pins.unpin('Plan:alpha');
    pins.unpin('Plan:alpha');
    expect(pins.nodes()).toEqual(['Plan:beta']);
    pins.clear();
    pins.clear();
    expect(reports).toEqual([['Plan:alpha'], ['Plan:alpha', 'Plan:beta'], ['Plan:beta'], []]);
    // The graph keeps the dropped position; only the pin is gone.
    expect(graph.getNodeAttributes('Plan:beta')).toMatchObject({ x: -3, y: 4 });
    pins.place('Nowhere', 1, 1);
    expect(pins.nodes()).toEqual([]);
  });
});
