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
 * each other; this closes that gap. A frame rarely draws more than a few
 * hundred labels, so a flat scan is enough.
 */
export class LabelPlacer {
  private rects: LabelRect[] = [];

  constructor(private readonly gap = 2) {}

  reset(): void {
    this.rects = [];
  }

  /** Whether `rect` is clear of every accepted label and of `obstacles`. */
  fits(rect: LabelRect, obstacles: readonly LabelRect[] = []): boolean {
    const g = this.gap;
    const touches = (other: LabelRect) => rect.left < other.right + g && other.left < rect.right + g && rect.top < other.bottom + g && other.top < rect.bottom + g;
    return !this.rects.some(touches) && !obstacles.some(touches);
  }

  /** Accepts `rect` whether or not it fits (for labels that must be drawn). */
  place(rect: LabelRect): void {
    this.rects.push(rect);
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
