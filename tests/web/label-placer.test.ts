import { describe, expect, it } from 'vitest';
import { LabelPlacer } from '../../src/web/core/label-placer.js';

const rect = (left: number, top: number, width = 50, height = 12) => ({ left, top, right: left + width, bottom: top + height });

describe('LabelPlacer', () => {
  it.each([
    ['far apart', rect(0, 0), rect(200, 0), true],
    ['overlapping horizontally', rect(0, 0), rect(30, 5), false],
    ['within the gap', rect(0, 0), rect(51, 0), false],
    ['just beyond the gap', rect(0, 0), rect(53, 0), true],
    ['stacked with room', rect(0, 0), rect(0, 15), true],
    ['stacked too tight', rect(0, 0), rect(0, 13), false],
  ])('%s', (_name, first, second, accepted) => {
    const placer = new LabelPlacer(2);
    expect(placer.tryPlace(first)).toBe(true);
    expect(placer.tryPlace(second)).toBe(accepted);
    expect(placer.placed).toHaveLength(accepted ? 2 : 1);
  });

  it('forgets everything on reset', () => {
    const placer = new LabelPlacer();
    placer.tryPlace(rect(0, 0));
    placer.reset();
    expect(placer.tryPlace(rect(0, 0))).toBe(true);
  });
});
