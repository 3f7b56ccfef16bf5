import { describe, expect, it } from 'vitest';
import { computeScoreSummary, toDocumentScoreRow, toScoreMarkdown } from '../../src/evaluate/report.js';
import { scoreEntities } from '../../src/evaluate/typed-f1.js';

describe('score report', () => {
  const rowA = toDocumentScoreRow(
    'a',
    scoreEntities(
      [{ label: 'x', entityType: 'KeyArea' }, { label: 'noise', entityType: 'Industry' }],
      [{ label: 'x', entityType: 'KeyArea', alternatives: [] }, { label: 'y', entityType: 'Place', alternatives: [] }],
    ),
    { recall: 0.5, found: [], missing: [] },
  );
  const rowB = toDocumentScoreRow('b', scoreEntities([{ label: 'z', entityType: 'KeyArea' }], [{ label: 'z', entityType: 'KeyArea', alternatives: [] }]));

  it('reduces a document score to counts', () => {
    expect(rowA.entities).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(rowA.perType).toEqual({ Industry: { tp: 0, fp: 1, fn: 0 }, KeyArea: { tp: 1, fp: 0, fn: 0 }, Place: { tp: 0, fp: 0, fn: 1 } });
    expect(rowA.relations).toEqual({ found: 0, total: 0 });
  });

  it('micro-averages by summing counts over documents', () => {
    const summary = computeScoreSummary([rowA, rowB]);
    expect(summary.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(summary.micro.precision).toBeCloseTo(2 / 3);
    expect(summary.micro.recall).toBeCloseTo(2 / 3);
    expect(summary.microPerType.KeyArea).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(Object.keys(summary.microPerType)).toEqual(['Industry', 'KeyArea', 'Place']);
  });

  it('prints a markdown table with one row per document and a micro-average row', () => {
    const markdown = toScoreMarkdown(computeScoreSummary([rowA, rowB]));
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('| Document | Gold | Predicted | TP | FP | FN | Precision | Recall | F1 | Relations found |');
    expect(lines[2]).toBe('| a | 2 | 2 | 1 | 1 | 1 | 0.500 | 0.500 | 0.500 | 0/0 |');
    expect(lines[3]).toBe('| b | 1 | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 | – |');
    expect(lines[4]).toBe('| **micro-average** | 3 | 3 | 2 | 1 | 1 | 0.667 | 0.667 | 0.667 | 0/0 |');
    expect(markdown).toContain('| KeyArea | 2 | 0 | 0 | 1.000 | 1.000 | 1.000 |');
  });
});
