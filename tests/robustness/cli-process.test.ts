import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { runCli } from '../support/run-cli.js';
import { checkGexfFile } from '../support/check-gexf.js';
import { runProcess } from './run-process.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PLANS = join(ROOT, 'data/plans');
const FIXTURES = join(ROOT, 'tests/fixtures/documents');

/** One line on stderr, no stack trace: what the user reads when a build fails. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^plangraph: error: /);
  expect(lines[0]).toMatch(pattern);
}

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));
}

describe('the real plangraph process', { timeout: 120_000 }, () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  let good: Map<string, Buffer>;

  beforeAll(async () => {
    const run = await runProcess(['build', PLANS, '--out', out, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    good = snapshot(out);
    expect([...good.keys()]).toEqual(['graph.gexf', 'graph.json']);
  }, 120_000);

  const write = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  // Spawning costs a second or two each, so only cases whose exit code matters most run as a
  // process; tests/cli covers the rest in-process.
  it.concurrent.each([
    ['no arguments', () => [], 2, /usage/i],
    [
      'a file that is not UTF-8',
      () => ['build', write('latin1.txt', Uint8Array.from([...Buffer.from('Key areas include caf'), 0xe9, 0x2e])), '--out', out],
      1,
      /latin1\.txt: is not valid UTF-8 \(invalid byte 0xe9 at byte offset 21\) — re-save the file as UTF-8/,
    ],
    ['an unknown flag', () => ['build', PLANS, '--out', out, '--colour'], 2, /--colour.*run plangraph --help \[BAD_ARGUMENTS\]$/],
  ])('%s → exit code and one located line from the process', async (name, args, code, pattern) => {
    const run = await runProcess(args());
    expect(run.code).toBe(code);
    if (name === 'no arguments') expect(run.stderr).toMatch(pattern);
    else expectOneLine(run.stderr, pattern);
    expect(snapshot(out)).toEqual(good);
  });

  it('keeps previous outputs when a folder is in the way of one output file', async () => {
    const blocked = join(dir, 'blocked');
    mkdirSync(join(blocked, 'graph.gexf'), { recursive: true });
    writeFileSync(join(blocked, 'graph.json'), 'previous');
    const run = await runProcess(['build', PLANS, '--out', blocked]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /blocked\/graph\.gexf: is in the way of an output file.*previous outputs kept.*\[OUTPUT_NOT_WRITABLE\]$/);
    expect(readFileSync(join(blocked, 'graph.json'), 'utf8')).toBe('previous');
    expect(readdirSync(blocked).sort()).toEqual(['graph.gexf', 'graph.json']);
  });
});

describe('a lexicon given with --lexicon', { timeout: 120_000 }, () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  const lexicon = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const VALID_HEAD = 'listHeads:\n  - entityType: KeyArea\n    planRelation: hasKeyArea\n    phrases: [key areas]\n';

  it.each([
    ['a syntax error', 'syntax.yaml', `${VALID_HEAD}gazetteer: [\n`, /syntax\.yaml:\d+:\d+: invalid YAML.*\[LEXICON_SYNTAX\]$/],
    [
      'an unknown entity type',
      'type.yaml',
      'gazetteer:\n  - { label: Chengdu, entityType: City }\n',
      /type\.yaml:2:\d+: unknown entity type "City" — use one of: Plan, Place, Region, .*Group \[LEXICON_UNKNOWN_TYPE\]$/,
    ],
    [
      'an unknown relation',
      'relation.yaml',
      'listHeads:\n  - entityType: Industry\n    planRelation: grows\n    phrases: [sectors]\n',
      /relation\.yaml:3:\d+: unknown relation "grows" — use one of: hasTarget, .*relatedTo \[LEXICON_UNKNOWN_TYPE\]$/,
    ],
    ['an empty lexicon', 'empty.yaml', '# nothing yet\n', /empty\.yaml:1:1: the lexicon is empty.*\[LEXICON_EMPTY\]$/],
  ])('%s → exit 1 and the located line', async (_name, file, text, pattern) => {
    const run = await runCli(['build', PLANS, '--out', out, '--lexicon', lexicon(file, text)]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr.join('\n'), pattern);
    expect(() => readdirSync(out)).toThrow();
  });

  it('builds with a warning naming both entries when one alias is claimed twice', async () => {
    const path = lexicon(
      'duplicate.yaml',
      `${VALID_HEAD}gazetteer:\n  - { label: Chongqing, entityType: Place, aliases: [CQ] }\n  - { label: Chongqing Municipality, entityType: Place, aliases: [CQ] }\n`,
    );
    const run = await runCli(['build', PLANS, '--out', out, '--lexicon', path, '--quiet']);
    expect(run.code, run.stderr.join('\n')).toBe(0);
    const warning = run.stderr.find((line) => line.includes('LEXICON_DUPLICATE_ALIAS'));
    expect(warning).toMatch(/^plangraph: warning: .*duplicate\.yaml:7:\d+: "CQ" is claimed by both "Chongqing" and "Chongqing Municipality"/);
  });

  it('reports a bad lexicon from the real process with exit code 1', async () => {
    const run = await runProcess(['build', PLANS, '--out', out, '--lexicon', lexicon('process.yaml', 'gazetteer:\n  - { label: X, entityType: Town }\n')]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /process\.yaml:2:\d+: unknown entity type "Town"/);
  });
});

describe('determinism across processes', { timeout: 120_000 }, () => {
  it('builds a multi-document corpus byte for byte alike from two working directories', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const [runA, runB] = await Promise.all([
      runProcess(['build', PLANS, FIXTURES, '--out', 'out', '--quiet'], { cwd: a }),
      // Relative inputs, given in the other order, from the repository root.
      runProcess(['build', 'tests/fixtures/documents', 'data/plans', '--out', join(b, 'out'), '--quiet'], { cwd: ROOT }),
    ]);
    expect(runA.code, runA.stderr).toBe(0);
    expect(runB.code, runB.stderr).toBe(0);
    expect(runA.stdout).toMatch(/^built 5 documents: /m);
    for (const file of ['graph.json', 'graph.gexf']) {
      const left = readFileSync(join(a, 'out', file));
      const right = readFileSync(join(b, 'out', file));
      expect(left.equals(right), file).toBe(true);
    }
    const json = JSON.parse(readFileSync(join(a, 'out', 'graph.json'), 'utf8'));
    expect(json.attributes.documents).toHaveLength(5);
    const check = await checkGexfFile(join(a, 'out', 'graph.gexf'));
    expect(check.ok, check.output).toBe(true);
  });
});
