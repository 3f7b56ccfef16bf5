import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/run-cli.js';
import { checkGexfFile } from '../support/check-gexf.js';
import { parse } from 'csv-parse/sync';

const PLANS = 'data/plans';

describe('plangraph build', () => {
  it('builds the bundled plans into graph.json and a GEXF that passes the conformance check', async () => {
    const out = tempDir();
    const run = await runCli(['build', PLANS, '--out', out]);
    expect(run.code, run.stderr.join('\n')).toBe(0);
    expect(run.stdout[0]).toMatch(/^chongqing-15th-five-year-plan: \d+ entities, \d+ relations, \d+ warnings$/);
    expect(run.stdout.at(-1)).toMatch(/^built 1 document: \d+ entities, \d+ relations/);
    const json = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(json.options).toMatchObject({ type: 'directed', multi: true });
    const result = await checkGexfFile(join(out, 'graph.gexf'));
    expect(result.ok, result.output).toBe(true);
    expect([result.nodes, result.edges]).toEqual([json.nodes.length, json.edges.length]);
    expect(readdirSync(out).sort()).toEqual(['graph.gexf', 'graph.json']);
  });

  it('with --csv also writes nodes.csv and relations.csv that a CSV parser reads back as the graph', async () => {
    const out = tempDir();
    const run = await runCli(['build', PLANS, '--out', out, '--csv', '--quiet']);
    expect(run.code, run.stderr.join('\n')).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['graph.gexf', 'graph.json', 'nodes.csv', 'relations.csv']);
    expect(run.stdout.at(-1)).toMatch(/nodes\.csv, .*relations\.csv$/);
    const json = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as {
      nodes: { key: string; attributes: { entityType: string } }[];
      edges: { source: string; target: string; attributes: { relation: string } }[];
    };
    const read = (name: string) => parse(readFileSync(join(out, name), 'utf8'), { columns: true }) as Record<string, string>[];
    const nodes = read('nodes.csv');
    expect(nodes.map((n) => `${n[':ID']} ${n[':LABEL']}`).sort()).toEqual(json.nodes.map((n) => `${n.key} ${n.attributes.entityType}`).sort());
    const relations = read('relations.csv');
    expect(relations.map((r) => `${r[':START_ID']} ${r[':TYPE']} ${r[':END_ID']}`).sort()).toEqual(
      json.edges.map((e) => `${e.source} ${e.attributes.relation} ${e.target}`).sort(),
    );
    expect(relations.every((r) => r.evidence!.length > 0)).toBe(true);
  });

  it('gives byte-identical outputs for two builds from different working directories', async () => {
    const a = tempDir();
    const b = tempDir();
    await runCli(['build', PLANS, '--out', a, '--csv']);
    const cwd = process.cwd();
    const absolutePlans = join(cwd, PLANS);
    process.chdir(b);
    try {
      await runCli(['build', absolutePlans, '--out', 'nested', '--csv']);
    } finally {
      process.chdir(cwd);
    }
    for (const file of ['graph.json', 'graph.gexf', 'nodes.csv', 'relations.csv']) {
      expect(readFileSync(join(b, 'nested', file)).equals(readFileSync(join(a, file)))).toBe(true);
    }
  });
});

describe('plangraph build: bad input', () => {
  const dir = tempDir();
  const write = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  mkdirSync(join(dir, 'empty-folder'));
  writeFileSync(join(dir, 'a-file'), 'not a folder');

  it.each([
    ['no arguments', [], 2, /usage/i],
    ['unknown flag', ['build', PLANS, '--out', join(dir, 'o'), '--frobnicate'], 2, /frobnicate.*BAD_ARGUMENTS/],
    ['unknown command', ['frobnicate'], 2, /unknown command "frobnicate".*UNKNOWN_COMMAND/],
    ['missing --out', ['build', PLANS], 2, /--out.*MISSING_OUT/],
    ['missing path', ['build', join(dir, 'nope.txt'), '--out', join(dir, 'o')], 2, /nope\.txt: no such file or folder.*PATH_NOT_FOUND/],
    ['folder without documents', ['build', join(dir, 'empty-folder'), '--out', join(dir, 'o')], 2, /empty-folder: folder holds no plan documents.*NO_DOCUMENTS/],
    ['empty document', ['build', write('empty.txt', ''), '--out', join(dir, 'o')], 1, /empty\.txt:1: has no text.*DOCUMENT_EMPTY/],
    ['binary file', ['build', write('pic.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), '--out', join(dir, 'o')], 1, /pic\.txt: looks like a binary file \(NUL byte at offset 4\).*DOCUMENT_BINARY/],
    ['not UTF-8', ['build', write('gbk.txt', Uint8Array.from([0x41, 0x42, 0xd6, 0xd8, 0xc7, 0xec])), '--out', join(dir, 'o')], 1, /gbk\.txt: is not valid UTF-8 \(invalid byte 0xd6 at byte offset 2\).*DOCUMENT_ENCODING/],
    ['unwritable output', ['build', PLANS, '--out', join(dir, 'a-file', 'sub')], 1, /a-file\/sub: cannot write to output folder.*OUTPUT_NOT_WRITABLE/],
    ['missing lexicon', ['build', PLANS, '--out', join(dir, 'o'), '--lexicon', join(dir, 'none.yaml')], 1, /none\.yaml: cannot read lexicon.*LEXICON_NOT_FOUND/],
  ])('%s → one clear line and a non-zero exit', async (_name, args, code, pattern) => {
    const run = await runCli(args as string[]);
    expect(run.code).toBe(code);
    expect(run.stderr.join('\n')).toMatch(pattern);
    expect(run.stderr.join('\n')).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });

  it('leaves previous good outputs untouched when a build fails', async () => {
    const out = tempDir();
    expect((await runCli(['build', PLANS, '--out', out])).code).toBe(0);
    const before = readFileSync(join(out, 'graph.json'));
    const run = await runCli(['build', write('empty2.txt', '   '), '--out', out]);
    expect(run.code).toBe(1);
    expect(readFileSync(join(out, 'graph.json')).equals(before)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['graph.gexf', 'graph.json']);
  });
});
