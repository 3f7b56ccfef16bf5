import type { PlanGraph } from '../graph/build-graph.js';
import type { Positions } from './compute-layout.js';

/**
 * Sigma draws a label to the right of its node at a fixed pixel size, so at
 * the default zoom each node occupies a wide rectangle, not a disc.
 * graphology-layout-noverlap only separates discs; this pass separates the
 * node+label rectangles as sigma would draw them in a reference viewport.
 */
export interface LabelOptions {
  /** Smaller side of the viewport the graph is fitted into at the default zoom, in pixels. */
  viewportSize: number;
  /** Sigma's default stage padding. */
  stagePadding: number;
  fontSize: number;
  /** Average Latin glyph width as a share of the font size; CJK glyphs count as a full em. */
  latinCharWidth: number;
  /** Gap kept between rectangles, pixels. */
  margin: number;
  maxPasses: number;
}

export const DEFAULT_LABEL_OPTIONS: LabelOptions = {
  viewportSize: 800,
  stagePadding: 30,
  fontSize: 12,
  latinCharWidth: 0.58,
  margin: 2,
  maxPasses: 400,
};

export interface Box {
  node: string;
  /** Node centre. */
  x: number;
  y: number;
  /** Extent around the centre: left of centre, right of centre (label), half height. */
  left: number;
  right: number;
  half: number;
}

export function estimateLabelWidth(label: string, options: LabelOptions): number {
  let ems = 0;
  for (const char of label) ems += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(char) ? 1 : options.latinCharWidth;
  return ems * options.fontSize;
}

/** Pixels per graph unit when sigma fits these positions into the reference viewport. */
export function viewportScale(positions: Positions, options: LabelOptions): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return (options.viewportSize - 2 * options.stagePadding) / extent;
}

/** The rectangles sigma would draw, in pixels, at the default zoom. */
export function computeLabelBoxes(graph: PlanGraph, positions: Positions, options: LabelOptions): Box[] {
  const scale = viewportScale(positions, options);
  const boxes: Box[] = [];
  graph.forEachNode((node, attributes) => {
    const p = positions.get(node)!;
    const radius = attributes.size;
    boxes.push({
      node,
      x: p.x * scale,
      y: p.y * scale,
      left: radius + options.margin,
      right: radius + 3 + estimateLabelWidth(attributes.label, options) + options.margin,
      half: Math.max(radius, options.fontSize / 2 + 1) + options.margin,
    });
  });
  return boxes;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x - a.left < b.x + b.right && b.x - b.left < a.x + a.right && Math.abs(a.y - b.y) < a.half + b.half;
}

export function countOverlaps(boxes: readonly Box[]): number {
  let count = 0;
  forEachCandidatePair(boxes, (a, b) => { if (boxesOverlap(a, b)) count++; });
  return count;
}

export function separateLabels(graph: PlanGraph, positions: Positions, options: LabelOptions): Positions {
  const scale = viewportScale(positions, options);
  const boxes = computeLabelBoxes(graph, positions, options);
  const side = options.viewportSize - 2 * options.stagePadding;
  // Pushing boxes apart widens the drawing, and sigma shrinks a wider drawing
  // to fit the screen while labels keep their pixel size. So after every
  // pass the drawing is scaled back to the viewport: the boxes are packed
  // into a fixed frame instead of chasing a frame that keeps growing. Dense
  // graphs may have no overlap-free packing; the best state seen is kept.
  let best = snapshot(boxes);
  let bestOverlaps = Infinity;
  for (let pass = 0; pass <= options.maxPasses; pass++) {
    const overlaps = countOverlaps(boxes);
    if (overlaps < bestOverlaps) {
      bestOverlaps = overlaps;
      best = snapshot(boxes);
    }
    if (overlaps === 0 || pass === options.maxPasses) break;
    pushApartOnce(boxes);
    fitInto(boxes, side);
  }
  const next: Positions = new Map();
  for (const [node, p] of best) next.set(node, { x: p.x / scale, y: p.y / scale });
  return next;
}

function snapshot(boxes: readonly Box[]): Map<string, { x: number; y: number }> {
  return new Map(boxes.map((b) => [b.node, { x: b.x, y: b.y }]));
}

function fitInto(boxes: Box[], side: number): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x); maxX = Math.max(maxX, b.x);
    minY = Math.min(minY, b.y); maxY = Math.max(maxY, b.y);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  if (extent <= side) return;
  const factor = side / extent;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  for (const b of boxes) {
    b.x = cx + (b.x - cx) * factor;
    b.y = cy + (b.y - cy) * factor;
  }
}

/** Moves each overlapping pair apart along the axis that needs the smaller move. Deterministic: boxes keep graph order. */
function pushApartOnce(boxes: Box[]): boolean {
  {
    let moved = false;
    forEachCandidatePair(boxes, (a, b) => {
      if (!boxesOverlap(a, b)) return;
      moved = true;
      const [first, second] = a.x <= b.x ? [a, b] : [b, a];
      const overlapX = first.x + first.right - (second.x - second.left);
      const [top, bottom] = a.y <= b.y ? [a, b] : [b, a];
      const overlapY = top.y + top.half - (bottom.y - bottom.half);
      if (overlapY <= overlapX) {
        const step = overlapY / 2 + 0.01;
        top.y -= step;
        bottom.y += step;
      } else {
        const step = overlapX / 2 + 0.01;
        first.x -= step;
        second.x += step;
      }
    });
    return moved;
  }
}

/** Uniform grid so the pass stays near-linear: only boxes in neighbouring cells are compared. */
function forEachCandidatePair(boxes: readonly Box[], visit: (a: Box, b: Box) => void): void {
  if (boxes.length < 2) return;
  let cell = 1;
  for (const box of boxes) cell = Math.max(cell, box.left + box.right, box.half * 2);
  const grid = new Map<string, number[]>();
  boxes.forEach((box, index) => {
    const key = `${Math.floor(box.x / cell)},${Math.floor(box.y / cell)}`;
    const list = grid.get(key);
    if (list) list.push(index);
    else grid.set(key, [index]);
  });
  boxes.forEach((a, i) => {
    const cx = Math.floor(a.x / cell);
    const cy = Math.floor(a.y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j > i) visit(a, boxes[j]!);
        }
      }
    }
  });
}
