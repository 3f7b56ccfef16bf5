import { RectGrid } from './rect-grid.js';

export interface LabelRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** The node whose label this is, and the text drawn (for scripts and tests). */
  node?: string;
  text?: string;
}

/**
 * Accepts label rectangles first come, first served, refusing any that would
 * touch one already accepted or a reserved area (the disc of a larger node, so
 * a long label never runs under a hub and reads as its name). Sigma's label
 * grid thins labels per cell but lets neighbours in adjacent cells run into
 * each other; this closes that gap.
 */
export class LabelPlacer {
  private rects: LabelRect[] = [];
  // Accepted labels by grid cell: a frame may place thousands, and each new one is checked against them.
  private readonly grid = new RectGrid();

  constructor(private readonly gap = 2) {}

  reset(): void {
    this.rects = [];
    this.grid.clear();
  }

  /** Whether `rect` is clear of every accepted label, of `obstacles` and of what `blocked` reports. */
  fits(rect: LabelRect, obstacles: readonly LabelRect[] = [], blocked: (rect: LabelRect, gap: number) => boolean = () => false): boolean {
    const g = this.gap;
    const touches = (other: LabelRect) => rect.left < other.right + g && other.left < rect.right + g && rect.top < other.bottom + g && other.top < rect.bottom + g;
    return !this.grid.touches(rect, g) && !obstacles.some(touches) && !blocked(rect, g);
  }

  /** Accepts `rect` whether or not it fits (for labels that must be drawn). */
  place(rect: LabelRect): void {
    this.rects.push(rect);
    this.grid.insert(rect);
  }

  tryPlace(rect: LabelRect, obstacles: readonly LabelRect[] = []): boolean {
    if (!this.fits(rect, obstacles)) return false;
    this.place(rect);
    return true;
  }

  get placed(): readonly LabelRect[] {
    return this.rects;
  }
}
