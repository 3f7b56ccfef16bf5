import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLexicon, type Lexicon } from '../../src/extract/core/lexicon.js';
import { decodeUtf8, findInvalidUtf8 } from '../../src/ingest/decode-text.js';
import { parseDocument } from '../../src/ingest/parse-document.js';
import { DocumentError, LexiconError, PlangraphError } from '../../src/model/errors.js';
import type { PlanDocument } from '../../src/model/records.js';
import type { PlanGraph } from '../../src/graph/build-graph.js';
import { runPipeline, type PipelineResult } from '../../src/pipeline.js';
import { checkGexfFiles } from '../support/check-gexf.js';
import { tempDir } from '../support/temp-dir.js';
import { expectGraphInvariants } from '../robustness/graph-invariants.js';
import { corpus, documentFor, lexiconSpec, lexiconYaml, rawDocument } from './arbitraries.js';
import { GEXF_SAMPLE, PROPERTY_TIMEOUT, SEED, TOTAL_DOCUMENTS } from './settings.js';

const ROOT = resolve(import.meta.dirname, '../..');
const shipped = parseLexicon(readFileSync(resolve(ROOT, 'data/lexicon.yaml'), 'utf8'), 'data/lexicon.yaml').lexicon;
const parameters = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: Math.max(1, Math.round(numRuns)) });

let documentsBuilt = 0;

/**
 * Reads the files as the CLI does (bytes → decode → parse) and builds them.
 * Returns the project's typed error instead of throwing it; anything else
 * (a TypeError, a RangeError from a runaway regex) escapes and fails the property.
 */
function build(files: readonly (readonly [string, string])[], lexicon: Lexicon, viaBytes: boolean): PipelineResult | PlangraphError {
  documentsBuilt += files.length;
  try {
    const documents: PlanDocument[] = files.map(([path, raw]) => parseDocument(viaBytes ? decodeUtf8(new TextEncoder().encode(raw), path) : raw, path));
    return runPipeline(documents, lexicon, { skipLayout: true });
  } catch (error) {
    if (error instanceof PlangraphError) return error;
    throw error;
  }
}

function expectLocatedError(error: PlangraphError, paths: readonly string[]): void {
  expect(error).toBeInstanceOf(DocumentError);
  expect(paths).toContain(error.location?.file);
  expect(error.format()).toContain(`[${error.code}]`);
}

function expectWellFormed(result: PipelineResult | PlangraphError, paths: readonly string[]): void {
  if (result instanceof PlangraphError) {
    expectLocatedError(result, paths);
    return;
  }
  expectGraphInvariants(result.graph);
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
}

describe('property: building arbitrary documents', { timeout: PROPERTY_TIMEOUT }, () => {
  // Share of TOTAL_DOCUMENTS per property; the single-document property tops up to the total.
  const LEXICON_SHARE = 0.25;
  const CORPUS_SHARE = 0.25;

  it('ingests arbitrary bytes as text or as a located DocumentError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let text: string | undefined;
        try {
          text = decodeUtf8(bytes, 'bytes.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(DocumentError);
          const { code, message } = error as DocumentError;
          if (code === 'DOCUMENT_ENCODING') expect(message).toContain(`byte offset ${findInvalidUtf8(bytes)}`);
          else expect(code).toBe('DOCUMENT_BINARY');
          return;
        }
        expect(findInvalidUtf8(bytes)).toBe(-1);
        expect(text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      }),
      parameters(2000),
    );
  });

  it('accepts every lexicon built from the vocabularies, and builds documents in its words', () => {
    const runs = (TOTAL_DOCUMENTS * LEXICON_SHARE) / 2;
    fc.assert(
      fc.property(
        lexiconSpec.chain((spec) => fc.tuple(fc.constant(spec), fc.array(documentFor(spec), { minLength: 1, maxLength: 3 }))),
        ([spec, texts]) => {
          const { lexicon, diagnostics } = parseLexicon(lexiconYaml(spec), 'generated.yaml');
          for (const d of diagnostics) expect(d).toMatchObject({ severity: 'warning', code: 'LEXICON_DUPLICATE_ALIAS', file: 'generated.yaml' });
          const files = texts.map((text, i) => [`plans/generated-${i}.txt`, text] as const);
          expectWellFormed(build(files, lexicon, false), files.map(([path]) => path));
        },
      ),
      parameters(runs),
    );
  });

  it('builds corpora read as bytes, or names the file at fault', () => {
    const runs = (TOTAL_DOCUMENTS * CORPUS_SHARE) / 2.5;
    fc.assert(
      fc.property(corpus, (files) => {
        expectWellFormed(build(files, shipped, true), files.map(([path]) => path));
      }),
      parameters(runs),
    );
  });

  it('builds single documents with hostile characters in memory', () => {
    const runs = TOTAL_DOCUMENTS - documentsBuilt;
    fc.assert(
      fc.property(rawDocument, (raw) => {
        expectWellFormed(build([['plans/plan.txt', raw]], shipped, false), ['plans/plan.txt']);
      }),
      parameters(runs),
    );
  });

  it(`ran at least ${TOTAL_DOCUMENTS} generated documents`, () => {
    expect(documentsBuilt).toBeGreaterThanOrEqual(TOTAL_DOCUMENTS);
  });
});

describe('property: lexicon text', { timeout: PROPERTY_TIMEOUT }, () => {
  const VALID = 'listHeads:\n  - entityType: KeyArea\n    planRelation: hasKeyArea\n    phrases: [key areas]\ngazetteer:\n  - { label: Yangtze River Delta, entityType: Region, aliases: [YRD] }\nunits:\n  - { unit: yuan, phrases: [yuan] }\n';

  it('rejects any edit of a valid lexicon only with a located LexiconError', () => {
    const edit = fc.tuple(fc.nat(VALID.length), fc.nat(4), fc.oneof(fc.constantFrom('', ':', '-', '[', ']', '{', '}', '\t', '\n', ' ', '"', 'City', 'grows', '&a', '*a', '!!binary'), fc.string({ unit: 'binary', maxLength: 3 })));
    fc.assert(
      fc.property(edit, ([at, remove, insert]) => {
        const text = VALID.slice(0, at) + insert + VALID.slice(at + remove);
        try {
          parseLexicon(text, 'edited.yaml');
        } catch (error) {
          expect(error).toBeInstanceOf(LexiconError);
          const { location } = error as LexiconError;
          expect(location?.file).toBe('edited.yaml');
          expect(location?.line).toBeGreaterThanOrEqual(1);
          expect(location?.column).toBeGreaterThanOrEqual(1);
        }
      }),
      parameters(3000),
    );
  });
});

describe('property: GEXF conformance on a sample', { timeout: PROPERTY_TIMEOUT }, () => {
  it(`passes the conformance check for ${GEXF_SAMPLE} generated corpora, laid out`, async () => {
    const dir = tempDir('plangraph-property-gexf-');
    const files: { file: string; corpus: string }[] = [];
    for (const sample of fc.sample(corpus, { seed: SEED, numRuns: GEXF_SAMPLE * 3 })) {
      if (files.length === GEXF_SAMPLE) break;
      let graph: PlanGraph;
      try {
        graph = runPipeline(sample.map(([path, raw]) => parseDocument(raw, path)), shipped, { layout: { iterations: 20 } }).graph;
      } catch (error) {
        if (error instanceof PlangraphError) continue;
        throw error;
      }
      if (graph.order === 0) continue;
      const file = join(dir, `sample-${files.length}.gexf`);
      writeFileSync(file, expectGraphInvariants(graph).gexf);
      files.push({ file, corpus: JSON.stringify(sample) });
    }
    expect(files).toHaveLength(GEXF_SAMPLE);
    const results = await checkGexfFiles(files.map(({ file }) => file));
    results.forEach((result, i) => expect(result.ok, `seed ${SEED}, corpus ${files[i]!.corpus}\n${result.output}`).toBe(true));
  });
});
