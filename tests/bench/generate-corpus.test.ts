import { describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedItems } from '../../bench/generate-corpus.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import { readLexicon } from '../../src/io/read-lexicon.js';
import { runPipeline } from '../../src/pipeline.js';
import type { EntityType } from '../../src/model/vocabulary.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('generateCorpus', () => {
  it('gives the same bytes for the same seed', () => {
    const a = generateCorpus({ seed: 42, documents: 4 });
    const b = generateCorpus({ seed: 42, documents: 4 });
    expect(a.map((d) => [d.name, d.text])).toEqual(b.map((d) => [d.name, d.text]));
  });

  it('gives different documents for a different seed', () => {
    const a = generateCorpus({ seed: 42, documents: 4 }).map((d) => d.text);
    const b = generateCorpus({ seed: 43, documents: 4 }).map((d) => d.text);
    expect(a).not.toEqual(b);
  });

  it('gives unique file names, so document ids never collide', () => {
    const names = generateCorpus({ seed: 3, documents: 300 }).map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([1, 7, 99])('writes documents of about 500 words (seed %i)', (seed) => {
    for (const document of generateCorpus({ seed, documents: 20 })) {
      expect(words(document.text)).toBeGreaterThanOrEqual(450);
      expect(words(document.text)).toBeLessThanOrEqual(600);
    }
  });

  it('rejects a negative document count', () => {
    expect(() => generateCorpus({ documents: -1 })).toThrow(RangeError);
  });
});

describe('the extractor on a generated corpus', () => {
  const cases: [EntityType, keyof GeneratedItems][] = [
    ['KeyArea', 'keyAreas'],
    ['StrategicOpportunity', 'opportunities'],
    ['PriorityTask', 'priorityTasks'],
    ['Industry', 'industries'],
  ];

  it.each(cases)('finds %s entities for at least four in five generated %s', async (entityType, field) => {
    const { lexicon } = await readLexicon();
    const corpus = generateCorpus({ seed: 2026, documents: 6 });
    const documents = corpus.map((d) => parseDocument(d.text, d.name));
    const { graph } = runPipeline(documents, lexicon, { skipLayout: true });
    const found = new Set<string>();
    graph.forEachNode((_key, a) => {
      if (a.entityType === entityType) found.add(a.label.toLowerCase());
    });
    const generated = [...new Set(corpus.flatMap((d) => d.items[field] as string[]))];
    const recovered = generated.filter((name) => found.has(name.toLowerCase()));
    expect(generated.length).toBeGreaterThan(10);
    expect(recovered.length / generated.length).toBeGreaterThanOrEqual(0.8);
  });
});
