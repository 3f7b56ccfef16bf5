import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoldFileError, parseGold } from '../../src/evaluate/gold.js';

const minimal = {
  document: 'doc',
  entities: [
    { label: 'Chongqing 15th Five-Year Plan', entityType: 'Plan' },
    { label: 'rural revitalization', entityType: 'KeyArea', alternatives: ['Rural Revitalization'] },
  ],
  declaredCounts: [{ list: 'KeyArea', declared: 9, named: 8 }],
  relations: [
    { source: { label: 'Chongqing 15th Five-Year Plan', entityType: 'Plan' }, relation: 'hasKeyArea', target: { label: 'rural revitalization', entityType: 'KeyArea' } },
  ],
};

const variant = (change: (copy: Record<string, unknown>) => void): string => {
  const copy = structuredClone(minimal) as unknown as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
};

describe('parseGold', () => {
  it('reads a well-formed fixture, filling optional fields', () => {
    const gold = parseGold(JSON.stringify({ document: 'doc', entities: [{ label: 'Chongqing', entityType: 'Place' }] }), 'doc.json');
    expect(gold).toEqual({ document: 'doc', notes: [], entities: [{ label: 'Chongqing', entityType: 'Place', alternatives: [] }], declaredCounts: [], relations: [] });
    expect(parseGold(JSON.stringify(minimal), 'doc.json').relations).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{ "document": ', 'GOLD_JSON', ''],
    ['an array root', '[]', 'GOLD_SHAPE', '(root)'],
    ['a missing document id', variant((c) => delete c.document), 'GOLD_SHAPE', 'document'],
    ['an unknown entity type', variant((c) => ((c.entities as Record<string, unknown>[])[1]!.entityType = 'Theme')), 'GOLD_SHAPE', 'entities[1].entityType'],
    ['a non-string alternative', variant((c) => ((c.entities as Record<string, unknown>[])[1]!.alternatives = [3])), 'GOLD_SHAPE', 'entities[1].alternatives[0]'],
    ['a repeated entity', variant((c) => (c.entities as unknown[]).push({ label: 'rural revitalization', entityType: 'KeyArea' })), 'GOLD_SHAPE', 'entities[2]'],
    ['more named than declared', variant((c) => (c.declaredCounts = [{ list: 'KeyArea', declared: 2, named: 3 }])), 'GOLD_SHAPE', 'declaredCounts[0]'],
    ['an unknown relation', variant((c) => ((c.relations as Record<string, unknown>[])[0]!.relation = 'likes')), 'GOLD_SHAPE', 'relations[0].relation'],
    ['an endpoint missing from entities', variant((c) => ((c.relations as Record<string, unknown>[])[0]!.target = { label: 'social welfare', entityType: 'KeyArea' })), 'GOLD_SHAPE', 'relations[0].target'],
  ])('rejects %s with a located error', (_name, text, code, path) => {
    let caught: unknown;
    try {
      parseGold(text, 'tests/fixtures/gold/doc.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GoldFileError);
    const error = caught as GoldFileError;
    expect(error.code).toBe(code);
    expect(error.location?.file).toBe('tests/fixtures/gold/doc.json');
    expect(error.message.startsWith(path)).toBe(true);
    expect(error.format()).toContain('tests/fixtures/gold/doc.json');
  });

  it('locates a JSON syntax error by line', () => {
    expect(() => parseGold('{\n  "document": "doc",\n  oops\n}', 'bad.json')).toThrow(GoldFileError);
    try {
      parseGold('{\n  "document": "doc",\n  oops\n}', 'bad.json');
    } catch (error) {
      expect((error as GoldFileError).location?.line).toBe(3);
    }
  });

  const goldDir = 'tests/fixtures/gold';
  it.each(readdirSync(goldDir).filter((name) => name.endsWith('.json')))('fixture %s parses and names its own document', (name) => {
    const gold = parseGold(readFileSync(`${goldDir}/${name}`, 'utf8'), `${goldDir}/${name}`);
    expect(gold.document).toBe(name.replace(/\.json$/, ''));
    expect(gold.entities.length).toBeGreaterThan(0);
  });
});
