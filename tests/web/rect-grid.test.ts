import { describe, expect, it } from 'vitest';
import { RectGrid } from '../../src/web/core/rect-grid.js';

describe('RectGrid', () => {
  const box = (left: number, top: number, right: number, bottom: number, size = 1) => ({ left, top, right, bottom, size });

  it('finds a rectangle within the gap, across cell borders, and not one farther away', () => {
    const grid = new RectGrid<ReturnType<typeof box>>(50);
    grid.insert(box(90, 90, 110, 110));
    expect(grid.touches(box(111, 95, 130, 105), 2)).toBe(true);
    expect(grid.touches(box(113, 95, 130, 105), 2)).toBe(false);
    expect(grid.touches(box(0, 0, 10, 10), 2)).toBe(false);
  });

  it('asks the filter about each touching rectangle', () => {
    const grid = new RectGrid<ReturnType<typeof box>>(50);
    grid.insert(box(0, 0, 20, 20, 3));
    grid.insert(box(10, 10, 30, 30, 8));
    expect(grid.touches(box(15, 15, 16, 16), 0, (other) => other.size > 5)).toBe(true);
    expect(grid.touches(box(15, 15, 16, 16), 0, (other) => other.size > 10)).toBe(false);
  });

  it('forgets everything on clear', () => {
    const grid = new RectGrid(50);
    grid.insert(box(0, 0, 20, 20));
    grid.clear();
    expect(grid.touches(box(0, 0, 20, 20), 2)).toBe(false);
  });
});
