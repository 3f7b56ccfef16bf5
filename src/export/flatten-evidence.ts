import type { Evidence } from '../model/records.js';

/**
 * GEXF attribute values are scalars, and graphology-gexf would write an
 * object as "[object Object]", so evidence is flattened to one readable
 * string: `document#sentence[start-end] sentence text`, items joined by ` | `.
 */
export function flattenEvidence(evidence: readonly Evidence[]): string {
  return evidence.map((e) => `${e.document}#${e.sentence}[${e.start}-${e.end}] ${e.text}`).join(' | ');
}
