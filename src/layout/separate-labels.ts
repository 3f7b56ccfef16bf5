import type { PlanGraph } from '../graph/build-graph.js';
import type { Positions } from './compute-layout.js';
import { truncateLabel, LABEL_FONT_SIZE, STAGE_PADDING } from '../graph/visual-attributes.js';

/**
 * Sigma draws a label to the right of its node at a fixed pixel size, so at
 * the default zoom each node occupies a wide rectangle, not a disc.
 * graphology-layout-noverlap only separates discs; this pass separates the
 * node+label rectangles as sigma would draw them in a reference viewport.
 */
export interface LabelOptions {
  /** Smaller side of the viewport the graph is fitted into at the default zoom, in pixels. */
  viewportSize: number;
  /** The renderer's stage padding. */
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
  stagePadding: STAGE_PADDING,
  fontSize: LABEL_FONT_SIZE,
  latinCharWidth: 0.58,
  margin: 2,
  maxPasses: 3000,
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
  for (const char of truncateLabel(label)) ems += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(char) ? 1 : options.latinCharWidth;
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

/** `slack` shrinks both boxes by that many pixels on every side before testing. */
export function boxesOverlap(a: Box, b: Box, slack = 0): boolean {
  return (
    a.x - a.left + slack < b.x + b.right - slack &&
    b.x - b.left + slack < a.x + a.right - slack &&
    Math.abs(a.y - b.y) < a.half + b.half - 2 * slack
  );
}

export function countOverlaps(boxes: readonly Box[], slack = 0): number {
  let count = 0;
  forEachCandidatePair(boxes, (a, b) => { if (boxesOverlap(a, b, slack)) count++; });
  return count;
}

/**
 * Share of the frame that the label boxes would cover if laid edge to edge.
 * Past about half, no arrangement shows every label, and the explorer's
 * label-collision filter has to choose; the separation pass is skipped there.
 */
export function labelCoverage(graph: PlanGraph, options: LabelOptions): number {
  const side = options.viewportSize - 2 * options.stagePadding;
  let area = 0;
  graph.forEachNode((_node, a) => {
    const width = 2 * a.size + 3 + estimateLabelWidth(a.label, options) + 2 * options.margin;
    const height = 2 * (Math.max(a.size, options.fontSize / 2 + 1) + options.margin);
    area += width * height;
  });
  return area / (side * side);
}

export function separateLabels(graph: PlanGraph, positions: Positions, options: LabelOptions): Positions {
  const scale = viewportScale(positions, options);
  // Boxes are pushed with extra slack so the final re-fit, which shrinks the
  // drawing a little, does not bring them back into contact.
  const boxes = computeLabelBoxes(graph, positions, { ...options, margin: options.margin + PUSH_SLACK });
  const side = options.viewportSize - 2 * options.stagePadding;
  // Pushing boxes apart widens the drawing, and sigma shrinks a wider drawing
  // to fit the screen while labels keep their pixel size. So after every
  // pass the drawing is scaled back to the viewport: the boxes are packed
  // into a fixed frame instead of chasing a frame that keeps growing. Dense
  // graphs may have no overlap-free packing; the best state seen is kept.
  let best = snapshot(boxes);
  let bestOverlaps = countOverlaps(boxes, PUSH_SLACK);
  // Work is capped at about PASS_BUDGET box moves so large graphs stay fast.
  const passes = Math.min(options.maxPasses, Math.ceil(PASS_BUDGET / Math.max(boxes.length, 1)));
  for (let pass = 1; pass <= passes && bestOverlaps > 0; pass++) {
    const moved = pushApartOnce(boxes);
    // Re-fitting after every pass can freeze a jam (each push undone by the
    // shrink); letting pushes accumulate for a few passes breaks it.
    if (!moved || pass % FIT_EVERY === 0 || pass === passes) {
      fitInto(boxes, side);
      const overlaps = countOverlaps(boxes, PUSH_SLACK);
      if (overlaps < bestOverlaps) {
        bestOverlaps = overlaps;
        best = snapshot(boxes);
      }
    }
  }
  const next: Positions = new Map();
  for (const [node, p] of best) next.set(node, { x: p.x / scale, y: p.y / scale });
  return next;
}

function snapshot(boxes: readonly Box[]): Map<string, { x: number; y: number }> {
  return new Map(boxes.map((b) => [b.node, { x: b.x, y: b.y }]));
}

const PUSH_SLACK = 0;
const PASS_BUDGET = 1_000_000;
const FIT_EVERY = 2;

/**
 * Scales each axis on its own back into the frame. Labels are wide and short,
 * so most pushes are vertical; fitting the axes separately lets a tall
 * drawing spread sideways into room a uniform shrink would leave empty.
 */
function fitInto(boxes: Box[], side: number): void {
  for (const axis of ['x', 'y'] as const) {
    let min = Infinity;
    let max = -Infinity;
    for (const b of boxes) {
      min = Math.min(min, b[axis]);
      max = Math.max(max, b[axis]);
    }
    if (max - min <= side) continue;
    const factor = side / (max - min);
    const centre = (min + max) / 2;
    for (const b of boxes) b[axis] = centre + (b[axis] - centre) * factor;
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
