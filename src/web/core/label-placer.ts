export interface LabelRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Accepts label rectangles first come, first served, refusing any that would
 * touch one already accepted. Sigma's label grid thins labels per cell but
 * lets neighbours in adjacent cells run into each other; this closes that gap.
 * A frame rarely draws more than a few hundred labels, so a flat scan is enough.
 */
export class LabelPlacer {
  private rects: LabelRect[] = [];

  constructor(private readonly gap = 2) {}

  reset(): void {
    this.rects = [];
  }

  tryPlace(rect: LabelRect): boolean {
    const g = this.gap;
    for (const other of this.rects) {
      if (rect.left < other.right + g && other.left < rect.right + g && rect.top < other.bottom + g && other.top < rect.bottom + g) return false;
    }
    this.rects.push(rect);
    return true;
  }

  get placed(): readonly LabelRect[] {
    return this.rects;
  }
}
