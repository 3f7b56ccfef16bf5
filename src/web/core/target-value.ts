import type { ExplorerNodeAttributes } from './types.js';

type TargetFields = Pick<ExplorerNodeAttributes, 'label' | 'indicator' | 'value' | 'unit'>;

/**
 * A target's value as the plan wrote it ("4 trillion yuan", "5万亿元左右"), not
 * the normalised number (4,000,000,000,000): the label the builder gives a
 * target is "<indicator>: <value as written>". A label of another shape falls
 * back to the number and its unit.
 */
export function computeStatedValue(a: TargetFields, formatNumber: (value: number) => string): string | null {
  if (a.value === undefined) return null;
  // The indicator in the label may be shortened ("high-tech enterprises: 40,000" for "number of high-tech enterprises").
  const prefix = a.indicator !== undefined && a.label.startsWith(`${a.indicator}: `) ? a.indicator.length + 2 : a.label.lastIndexOf(': ') + 2;
  const written = prefix >= 2 ? a.label.slice(prefix).trim() : '';
  if (written !== '') return written;
  return `${formatNumber(a.value)}${a.unit ? ` ${a.unit}` : ''}`;
}
