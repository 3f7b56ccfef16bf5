import type { LabelRect } from './label-placer.js';

/**
 * Rectangles bucketed by the grid cells they cover, so "does anything touch
 * this box?" looks at the few rectangles nearby instead of all of them. A
 * frame of a large graph hands the label drawer thousands of labels; scanning
 * every placed label and every node disc for each of them grew with the
 * square of that count (seconds per frame at 50k nodes).
 */
export class RectGrid<T extends LabelRect = LabelRect> {
  private readonly cells = new Map<string, T[]>();

  constructor(private readonly cellSize = 96) {}

  insert(rect: T): void {
    this.forCells(rect, 0, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(rect);
      else this.cells.set(key, [rect]);
    });
  }

  /** Whether a stored rectangle that `accept`s comes within `gap` of `rect`. */
  touches(rect: LabelRect, gap: number, accept: (other: T) => boolean = () => true): boolean {
    let found = false;
    this.forCells(rect, gap, (key) => {
      if (found) return;
      for (const other of this.cells.get(key) ?? []) {
        if (rect.left < other.right + gap && other.left < rect.right + gap && rect.top < other.bottom + gap && other.top < rect.bottom + gap && accept(other)) {
          found = true;
          return;
        }
      }
    });
    return found;
  }

  clear(): void {
    this.cells.clear();
  }

  private forCells(rect: LabelRect, gap: number, visit: (key: string) => void): void {
    const size = this.cellSize;
    const x0 = Math.floor((rect.left - gap) / size);
    const x1 = Math.floor((rect.right + gap) / size);
    const y0 = Math.floor((rect.top - gap) / size);
    const y1 = Math.floor((rect.bottom + gap) / size);
    for (let x = x0; x <= x1; x += 1) for (let y = y0; y <= y1; y += 1) visit(`${x},${y}`);
  }
}
