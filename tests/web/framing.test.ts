import { describe, expect, it } from 'vitest';
import { computeClearFramingCamera, computeFramingCamera, computeFreeArea, DEFAULT_FRAMING, toViewport, type Rect } from '../../src/web/core/framing.js';

const STAGE = { width: 1000, height: 800 };
const TOOLBAR: Rect = { left: 12, top: 12, right: 560, bottom: 52 };
const LEGEND: Rect = { left: 12, top: 400, right: 262, bottom: 788 };

describe('computeFreeArea', () => {
  it.each([
    ['no panel: the whole stage', [], 1, { left: 0, top: 0, right: 1000, bottom: 800 }],
    ['a toolbar across the top: everything under it', [TOOLBAR], 1, { left: 0, top: 52, right: 1000, bottom: 800 }],
    ['toolbar and legend, a square graph: right of the legend', [TOOLBAR, LEGEND], 1, { left: 262, top: 52, right: 1000, bottom: 800 }],
    ['toolbar and legend, a very wide graph: the band above the legend', [TOOLBAR, LEGEND], 6, { left: 0, top: 52, right: 1000, bottom: 400 }],
    ['toolbar and legend, a very tall graph: right of the toolbar, full height', [TOOLBAR, LEGEND], 0.3, { left: 560, top: 0, right: 1000, bottom: 800 }],
    ['a panel outside the stage is ignored', [{ left: 1200, top: 0, right: 1400, bottom: 800 }], 1, { left: 0, top: 0, right: 1000, bottom: 800 }],
  ])('%s', (_name, panels, aspect, expected) => {
    expect(computeFreeArea(STAGE, panels, aspect)).toEqual(expected);
  });
});

describe('computeFramingCamera', () => {
  it('draws the extent inside the free rectangle, margins kept', () => {
    const extent = { minX: 0.1, minY: 0.2, maxX: 0.9, maxY: 0.7 };
    const free = { left: 262, top: 52, right: 1000, bottom: 800 };
    const camera = computeFramingCamera(extent, free, STAGE, 700);
    const corners = [toViewport({ x: 0.1, y: 0.2 }, camera, STAGE, 700), toViewport({ x: 0.9, y: 0.7 }, camera, STAGE, 700)];
    for (const p of corners) {
      expect(p.x).toBeGreaterThanOrEqual(free.left + DEFAULT_FRAMING.margin - 1e-6);
      expect(p.x).toBeLessThanOrEqual(free.right - DEFAULT_FRAMING.margin - DEFAULT_FRAMING.labelMargin + 1e-6);
      expect(p.y).toBeGreaterThanOrEqual(free.top + DEFAULT_FRAMING.margin - 1e-6);
      expect(p.y).toBeLessThanOrEqual(free.bottom - DEFAULT_FRAMING.margin + 1e-6);
    }
  });

  it('does not zoom closer than minRatio on a single point', () => {
    expect(computeFramingCamera({ minX: 0.5, minY: 0.5, maxX: 0.5, maxY: 0.5 }, { left: 0, top: 0, right: 1000, bottom: 800 }, STAGE, 700).ratio).toBe(DEFAULT_FRAMING.minRatio);
  });
});

describe('computeClearFramingCamera', () => {
  const inside = (p: { x: number; y: number }, r: Rect) => p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom;

  it('keeps every point out from under the panels, and uses an empty corner to draw larger', () => {
    // A graph whose bottom-left corner is empty: the legend may cover that corner.
    const points = [
      { x: 0, y: 1 },
      { x: 1, y: 1 },
      { x: 1, y: 0 },
      { x: 0.5, y: 0.5 },
    ];
    const camera = computeClearFramingCamera({ points, panels: [TOOLBAR, LEGEND], viewport: STAGE, pixelsPerUnit: 700 })!;
    for (const point of points) {
      const p = toViewport(point, camera, STAGE, 700);
      expect(inside(p, TOOLBAR) || inside(p, LEGEND)).toBe(false);
    }
    const boxOnly = computeFramingCamera({ minX: 0, minY: 0, maxX: 1, maxY: 1 }, computeFreeArea(STAGE, [TOOLBAR, LEGEND]), STAGE, 700);
    expect(camera.ratio).toBeLessThan(boxOnly.ratio);
  });

  it('returns null with nothing to frame', () => {
    expect(computeClearFramingCamera({ points: [], panels: [], viewport: STAGE, pixelsPerUnit: 700 })).toBeNull();
  });
});
