import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import { DEFAULT_EXTRACT_OPTIONS } from '../../src/extract/core/options.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import { PlangraphError } from '../../src/model/errors.js';
import { RELATIONS, ENTITY_TYPES } from '../../src/model/vocabulary.js';
import { entityByLabel, extractText, planDocument, readRepoFile, relationLines, shippedLexicon } from './helpers.js';

const SEED = 'data/plans/chongqing-15th-five-year-plan.txt';
const FIXTURES = ['tests/fixtures/documents/hubei-15th-five-year-plan.txt', 'tests/fixtures/documents/shenzhen-15th-five-year-plan.txt', 'tests/fixtures/documents/sichuan-15th-five-year-plan.txt', 'tests/fixtures/documents/zhejiang-15th-five-year-plan.txt'];

function extractFile(path: string) {
  return extractDocument(parseDocument(readRepoFile(path), path), shippedLexicon());
}

describe('extractDocument on the Chongqing article', () => {
  const extraction = extractFile(SEED);
  const count = (type: string) => extraction.entities.filter((entity) => entity.entityType === type).length;

  it.each([
    ['Plan', 1],
    ['Place', 2],
    ['Region', 4],
    ['Organization', 1],
    ['Event', 1],
    ['Target', 2],
    // The eight listed key areas and the positioning goal "build itself into a leading international exchange center …".
    ['KeyArea', 9],
    ['StrategicOpportunity', 6],
    ['PriorityTask', 10],
    ['Industry', 15],
    ['Initiative', 7],
    ['Group', 6],
  ])('finds %s × %d', (type, expected) => {
    expect(count(type)).toBe(expected);
  });

  it('reads the positioning goal as a key area of the plan', () => {
    expect(extraction.entities.some((e) => e.entityType === 'KeyArea' && e.label === 'leading international exchange center in central and western China')).toBe(true);
  });

  it('names the plan after its place and ordinal, keyed by document id', () => {
    expect(extraction.entities.find((e) => e.entityType === 'Plan')).toMatchObject({ key: 'Plan:chongqing-15th-five-year-plan', label: 'Chongqing 15th Five-Year Plan' });
  });

  it.each([
    ['Key areas (Chongqing 15th Five-Year Plan)', 9, 8],
    ['Strategic opportunities (Chongqing 15th Five-Year Plan)', 6, 6],
    ['Priority tasks (Chongqing 15th Five-Year Plan)', 13, 8],
  ])('%s: declared %d, named %d', (label, declared, named) => {
    expect(entityByLabel(extraction, 'Group', label)).toMatchObject({ declaredCount: declared, namedCount: named });
  });

  it('reads the targets with values, units and years', () => {
    expect(entityByLabel(extraction, 'Target', 'GDP: 4 trillion yuan')?.target).toEqual({ indicator: 'GDP', value: 4e12, unit: 'yuan', year: 2030 });
    expect(entityByLabel(extraction, 'Target', 'per capita GDP: 140,000 yuan')?.target).toEqual({ indicator: 'per capita GDP', value: 140000, unit: 'yuan', year: 2030 });
  });

  it('links key areas, tasks and opportunities that share a concept', () => {
    expect(relationLines(extraction, 'relatedTo')).toEqual(expect.arrayContaining([
      'rural revitalization -relatedTo-> promoting rural revitalization',
      'cultural development -relatedTo-> strengthening cultural development',
      'industrial system upgrading -relatedTo-> industrial upgrading',
      'industrial upgrading -relatedTo-> technological innovation as a catalyst for industrial upgrading',
      'megacity governance -relatedTo-> improved governance capacity in the megacity',
    ]));
    expect(relationLines(extraction, 'relatedTo')).not.toContain('high-quality development -relatedTo-> cultural development');
  });

  it('states the announcement and the partners', () => {
    expect(relationLines(extraction, 'announcedBy')).toEqual(['Chongqing 15th Five-Year Plan -announcedBy-> CPC Chongqing Municipal Committee']);
    expect(relationLines(extraction, 'announcedAt')).toEqual(['Chongqing 15th Five-Year Plan -announcedAt-> press conference on November 25']);
    expect(relationLines(extraction, 'coversPlace')).toEqual(['Chongqing 15th Five-Year Plan -coversPlace-> Chongqing']);
    expect(relationLines(extraction, 'cooperatesWith')).toHaveLength(4);
  });

  it('keeps sentence fragments, pronouns and captions out', () => {
    const labels = extraction.entities.map((e) => e.label.toLowerCase());
    for (const bad of ['taken together', 'these tasks', 'chongqing daily', 'western china', 'southwest china']) expect(labels).not.toContain(bad);
    expect(new Set(extraction.entities.map((e) => e.key)).size).toBe(extraction.entities.length);
  });
});

describe.each([SEED, ...FIXTURES])('invariants on %s', (path) => {
  const extraction = extractFile(path);

  it('is deterministic', () => {
    expect(extractFile(path)).toEqual(extraction);
  });

  it('uses only the closed vocabularies and known keys', () => {
    const keys = new Set(extraction.entities.map((e) => e.key));
    for (const entity of extraction.entities) expect(ENTITY_TYPES).toContain(entity.entityType);
    for (const relation of extraction.relations) {
      expect(RELATIONS).toContain(relation.relation);
      expect(keys.has(relation.source)).toBe(true);
      expect(keys.has(relation.target)).toBe(true);
    }
  });

  it('gives every relation and mention evidence whose span lies inside its sentence', () => {
    const text = extraction.document.text;
    const all = [...extraction.relations.map((r) => r.evidence), ...extraction.entities.flatMap((e) => e.mentions)];
    expect(all.length).toBeGreaterThan(0);
    for (const evidence of all) {
      expect(evidence.document).toBe(extraction.document.id);
      expect(text.slice(evidence.sentenceStart, evidence.sentenceStart + evidence.text.length)).toBe(evidence.text);
      expect(evidence.start).toBeGreaterThanOrEqual(evidence.sentenceStart);
      expect(evidence.end).toBeLessThanOrEqual(evidence.sentenceStart + evidence.text.length);
      expect(evidence.end).toBeGreaterThan(evidence.start);
    }
  });

  it('gives every entity at least one mention', () => {
    for (const entity of extraction.entities) expect(entity.mentions.length).toBeGreaterThan(0);
  });
});

describe('extractDocument edge cases', () => {
  it('falls back to the title when the text names no plan', () => {
    const extraction = extractText('Measures include a port fund and a rail fund.', { title: 'Fujian roadmap' });
    expect(extraction.entities.find((e) => e.entityType === 'Plan')).toMatchObject({ key: 'Plan:test-plan', label: 'Fujian roadmap' });
  });

  it('locates warnings in the original file through bodyLine', () => {
    const extraction = extractDocument(planDocument('First line.\nThey include ports and airports.', { bodyLine: 6 }), shippedLexicon());
    expect(extraction.diagnostics).toEqual([expect.objectContaining({ code: 'LIST_WITHOUT_HEAD', file: 'plans/test-plan.txt', line: 7, column: 6, severity: 'warning' })]);
  });

  it('handles an empty body', () => {
    const extraction = extractText('');
    expect(extraction.entities).toEqual([]);
    expect(extraction.relations).toEqual([]);
  });

  it('can leave concept links to the graph stage', () => {
    const text = 'The plan names two key areas: rural revitalization and tourism. Two priority tasks are set out: promoting rural revitalization and building roads.';
    expect(relationLines(extractText(text), 'relatedTo')).toHaveLength(1);
    expect(relationLines(extractText(text, {}, { linkConcepts: false }), 'relatedTo')).toEqual([]);
  });

  it.each([[{ maxItemWords: 0 }], [{ maxHeadGap: 2.5 }]])('rejects invalid options %j', (options) => {
    expect(() => extractText('x', {}, options)).toThrow(PlangraphError);
  });

  it('exports its defaults', () => {
    expect(DEFAULT_EXTRACT_OPTIONS.linkConcepts).toBe(true);
  });
});
