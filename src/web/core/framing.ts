import type { CameraView } from './state.js';

/** A rectangle in viewport pixels (origin at the canvas's top-left corner). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Extent of the nodes to frame, in sigma's framed-graph coordinates (y grows upwards). */
export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface FramingOptions {
  /** Room kept between the framed nodes and the free area's edges, in pixels. */
  margin: number;
  /** Extra room on the right, where labels run. */
  labelMargin: number;
  /** The closest zoom (smallest camera ratio) a framing may choose, so one node is not blown up. */
  minRatio: number;
}

export const DEFAULT_FRAMING: FramingOptions = { margin: 24, labelMargin: 48, minRatio: 0.08 };

const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The largest rectangle of the stage that no panel covers, preferring the one
 * in which a graph of the given aspect ratio (width / height) is drawn largest.
 * Panels float over the canvas (toolbar, legend), so their edges are the only
 * candidate edges: a handful of panels gives a few hundred candidates.
 */
export function computeFreeArea(stage: Size, panels: readonly Rect[], aspect = 1): Rect {
  const whole: Rect = { left: 0, top: 0, right: stage.width, bottom: stage.height };
  const obstacles = panels
    .map((p) => ({ left: Math.max(0, p.left), top: Math.max(0, p.top), right: Math.min(stage.width, p.right), bottom: Math.min(stage.height, p.bottom) }))
    .filter((p) => area(p) > 0);
  if (obstacles.length === 0) return whole;
  const lefts = [0, ...obstacles.map((o) => o.right)];
  const rights = [stage.width, ...obstacles.map((o) => o.left)];
  const tops = [0, ...obstacles.map((o) => o.bottom)];
  const bottoms = [stage.height, ...obstacles.map((o) => o.top)];
  const ratio = aspect > 0 && Number.isFinite(aspect) ? aspect : 1;
  let best: Rect | null = null;
  let bestScale = -1;
  let bestArea = -1;
  for (const left of lefts)
    for (const right of rights) {
      if (right <= left) continue;
      for (const top of tops)
        for (const bottom of bottoms) {
          if (bottom <= top) continue;
          const candidate = { left, top, right, bottom };
          if (obstacles.some((o) => overlaps(o, candidate))) continue;
          // How large a graph of this aspect can be drawn here; the area breaks ties.
          const scale = Math.min((right - left) / ratio, bottom - top);
          const size = area(candidate);
          if (scale > bestScale + 1e-9 || (Math.abs(scale - bestScale) <= 1e-9 && size > bestArea)) {
            best = candidate;
            bestScale = scale;
            bestArea = size;
          }
        }
    }
  return best ?? whole;
}

/**
 * The camera that draws `extent` as large as it fits inside `free`, centred
 * there. `pixelsPerUnit` is how many viewport pixels one framed-graph unit
 * spans at ratio 1 (sigma scales both axes alike); the camera's point is drawn
 * at the viewport's centre, and a ratio r shrinks distances by 1/r.
 */
export function computeFramingCamera(extent: Extent, free: Rect, viewport: Size, pixelsPerUnit: number, options: FramingOptions = DEFAULT_FRAMING): CameraView {
  const width = Math.max(1, free.right - free.left - 2 * options.margin - options.labelMargin);
  const height = Math.max(1, free.bottom - free.top - 2 * options.margin);
  const ratio = Math.max(options.minRatio, (pixelsPerUnit * (extent.maxX - extent.minX)) / width, (pixelsPerUnit * (extent.maxY - extent.minY)) / height);
  // Centre of the drawable part of the free area (labels need room to the right).
  const targetX = free.left + options.margin + width / 2;
  const targetY = (free.top + free.bottom) / 2;
  const centreX = (extent.minX + extent.maxX) / 2;
  const centreY = (extent.minY + extent.maxY) / 2;
  return {
    x: centreX - ((targetX - viewport.width / 2) * ratio) / pixelsPerUnit,
    y: centreY + ((targetY - viewport.height / 2) * ratio) / pixelsPerUnit,
    ratio,
    angle: 0,
  };
}

/** The extent of a set of points; null when there is none. */
export function computeExtent(points: Iterable<{ x: number; y: number }>): Extent | null {
  let extent: Extent | null = null;
  for (const { x, y } of points) {
    if (!extent) extent = { minX: x, minY: y, maxX: x, maxY: y };
    else {
      extent.minX = Math.min(extent.minX, x);
      extent.minY = Math.min(extent.minY, y);
      extent.maxX = Math.max(extent.maxX, x);
      extent.maxY = Math.max(extent.maxY, y);
    }
  }
  return extent;
}

/** Where a framed-graph point is drawn under `camera` (angle 0), in viewport pixels. */
export function toViewport(point: { x: number; y: number }, camera: CameraView, viewport: Size, pixelsPerUnit: number): { x: number; y: number } {
  return {
    x: viewport.width / 2 + (pixelsPerUnit * (point.x - camera.x)) / camera.ratio,
    y: viewport.height / 2 - (pixelsPerUnit * (point.y - camera.y)) / camera.ratio,
  };
}

export interface ClearFramingInput {
  points: readonly { x: number; y: number }[];
  panels: readonly Rect[];
  viewport: Size;
  pixelsPerUnit: number;
  options?: FramingOptions;
}

const BISECTION_STEPS = 14;

/**
 * The largest view of `points` in which none of them is drawn under a panel.
 * Framing the bounding box inside the free rectangle is always clear, but a
 * graph rarely fills its box: where the panels cover an empty corner, the
 * graph may be drawn larger. The camera is searched between the free-area
 * framing (clear) and the whole-canvas framing (largest), keeping the last
 * clear one.
 */
export function computeClearFramingCamera(input: ClearFramingInput): CameraView | null {
  const { points, panels, viewport, pixelsPerUnit } = input;
  const options = input.options ?? DEFAULT_FRAMING;
  const extent = computeExtent(points);
  if (!extent) return null;
  const aspect = (extent.maxX - extent.minX || 1) / (extent.maxY - extent.minY || 1);
  const safe = computeFramingCamera(extent, computeFreeArea(viewport, panels, aspect), viewport, pixelsPerUnit, options);
  const largest = computeFramingCamera(extent, { left: 0, top: 0, right: viewport.width, bottom: viewport.height }, viewport, pixelsPerUnit, options);
  const m = options.margin;
  const keepOut = panels.map((p) => ({ left: p.left - m, top: p.top - m, right: p.right + m, bottom: p.bottom + m }));
  const isClear = (camera: CameraView) =>
    points.every((point) => {
      const p = toViewport(point, camera, viewport, pixelsPerUnit);
      return p.x >= m && p.y >= m && p.x <= viewport.width - m && p.y <= viewport.height - m && !keepOut.some((r) => p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom);
    });
  const between = (t: number): CameraView => ({
    x: safe.x + (largest.x - safe.x) * t,
    y: safe.y + (largest.y - safe.y) * t,
    ratio: safe.ratio + (largest.ratio - safe.ratio) * t,
    angle: 0,
  });
  if (largest.ratio >= safe.ratio) return safe;
  if (isClear(largest)) return largest;
  let low = 0;
  let high = 1;
  for (let i = 0; i < BISECTION_STEPS; i++) {
    const mid = (low + high) / 2;
    if (isClear(between(mid))) low = mid;
    else high = mid;
  }
  return between(low);
}
