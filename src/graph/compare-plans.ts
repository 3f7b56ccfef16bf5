import type { EntityRecord, Extraction } from '../model/records.js';
import { ENTITY_TYPES, type EntityType } from '../model/vocabulary.js';
import { compareStrings, mergeEntities } from './merge-records.js';

export interface TypeComparison {
  entityType: EntityType;
  shared: string[];
  onlyA: string[];
  onlyB: string[];
}

export interface PlanComparison {
  a: string;
  b: string;
  types: TypeComparison[];
}

/**
 * Which concepts two plans share and which stand alone, per entity type.
 * Concepts are compared by the same content-derived keys the graph merges
 * on, so "shared" here means "one node in the merged graph". Each plan's own
 * Plan node and its list holders are left out: they are per-document by design.
 */
export function comparePlans(a: Extraction, b: Extraction): PlanComparison {
  const left = byKey(a.entities);
  const right = byKey(b.entities);
  const types: TypeComparison[] = [];
  for (const entityType of ENTITY_TYPES) {
    if (entityType === 'Plan') continue;
    const keys = [...new Set([...left.keys(), ...right.keys()])]
      .filter((key) => (left.get(key) ?? right.get(key))!.entityType === entityType)
      .sort(compareStrings);
    const row: TypeComparison = { entityType, shared: [], onlyA: [], onlyB: [] };
    for (const key of keys) {
      const inA = left.get(key);
      const inB = right.get(key);
      if (inA && inB) row.shared.push(inA.label);
      else if (inA) row.onlyA.push(inA.label);
      else row.onlyB.push(inB!.label);
    }
    if (keys.length > 0) types.push(row);
  }
  return { a: a.document.id, b: b.document.id, types };
}

/**
 * Keys without their document scope: a target, event or group is its own
 * node per plan, but two plans that state the same target ("GDP: 4 trillion
 * yuan") share it for comparison. List holders with a declared count are
 * bookkeeping of one document and are left out.
 */
function byKey(entities: readonly EntityRecord[]): Map<string, EntityRecord> {
  return new Map(
    mergeEntities(entities)
      .filter((e) => e.declaredCount === undefined)
      .map((e) => [e.key.replace(/@[^@]*$/, ''), e]),
  );
}

export function formatComparison(comparison: PlanComparison): string {
  const lines: string[] = [`A = ${comparison.a}`, `B = ${comparison.b}`, ''];
  lines.push('| type | shared | only A | only B |', '| --- | ---: | ---: | ---: |');
  for (const row of comparison.types) lines.push(`| ${row.entityType} | ${row.shared.length} | ${row.onlyA.length} | ${row.onlyB.length} |`);
  for (const row of comparison.types) {
    lines.push('', `## ${row.entityType}`);
    lines.push(`shared (${row.shared.length}): ${row.shared.join('; ') || '—'}`);
    lines.push(`only A (${row.onlyA.length}): ${row.onlyA.join('; ') || '—'}`);
    lines.push(`only B (${row.onlyB.length}): ${row.onlyB.join('; ') || '—'}`);
  }
  return lines.join('\n');
}
