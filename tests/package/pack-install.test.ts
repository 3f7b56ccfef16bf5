import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGexfFile } from '../support/check-gexf.js';
import { tempDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const PLAN = join(ROOT, 'data/plans/chongqing-15th-five-year-plan.txt');
const OTHER_PLAN = join(ROOT, 'tests/fixtures/documents/hubei-15th-five-year-plan.txt');

interface PackedFile {
  path: string;
}

/**
 * What a planner gets from `npm pack` → `npm install -g`: the tarball is packed
 * from this checkout (lib/ as the tests' global setup compiled it), installed
 * into a temporary prefix, and run from a folder outside the repository.
 */
describe('the packed package', { timeout: 240_000 }, () => {
  const work = tempDir('plangraph-pack-');
  const prefix = join(work, 'prefix');
  const installed = join(prefix, 'lib', 'node_modules', 'plangraph');
  const bin = join(prefix, 'bin', 'plangraph');
  let packed: PackedFile[] = [];

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'lib', 'cli', 'main.js'))) throw new Error('lib/ is not compiled: run `npm run compile` (the tests\' global setup does it first)');
    // Scripts off: lib/ is already compiled, and recompiling it here would race the tests that run bin/plangraph.js.
    const pack = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT });
    const [result] = JSON.parse(pack.stdout) as [{ filename: string; files: PackedFile[] }];
    packed = result.files;
    await run('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', join(work, result.filename)], { cwd: work });
  }, 240_000);

  it('holds the compiled CLI, the library with its declarations and the lexicon, and no TypeScript sources', () => {
    const paths = packed.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'bin/plangraph.js', 'lib/cli/main.js', 'lib/index.js', 'lib/index.d.ts', 'data/lexicon.yaml']));
    expect(paths.filter((path) => /\.ts$/.test(path) && !path.endsWith('.d.ts'))).toEqual([]);
    expect(paths.filter((path) => /^(src|tests|bench|eval)\//.test(path))).toEqual([]);
  });

  it('installs without a TypeScript runtime', () => {
    expect(existsSync(bin)).toBe(true);
    for (const where of [join(installed, 'node_modules'), join(prefix, 'lib', 'node_modules')]) {
      expect(existsSync(join(where, 'tsx')), `tsx in ${where}`).toBe(false);
      expect(existsSync(join(where, 'typescript')), `typescript in ${where}`).toBe(false);
    }
  });

  it('prints its version', async () => {
    const { stdout } = await run(bin, ['--version'], { cwd: work });
    expect(stdout.trim()).toBe(`plangraph ${VERSION}`);
  });

  it('builds a plan outside the repository, byte for byte as the checkout does', async () => {
    const plans = join(work, 'my-plans');
    mkdirSync(plans);
    copyFileSync(PLAN, join(plans, 'chongqing.txt'));
    const { stdout } = await run(bin, ['build', 'my-plans', '--out', 'out'], { cwd: work });
    expect(stdout).toMatch(/^built 1 document: \d+ entities, \d+ relations/m);
    const check = await checkGexfFile(join(work, 'out', 'graph.gexf'));
    expect(check.ok, check.output).toBe(true);

    const reference = join(work, 'reference');
    await run(process.execPath, [join(ROOT, 'bin', 'plangraph.js'), 'build', plans, '--out', reference, '--quiet'], { cwd: ROOT });
    for (const file of ['graph.json', 'graph.gexf']) {
      expect(readFileSync(join(work, 'out', file)).equals(readFileSync(join(reference, file))), file).toBe(true);
    }
  });

  it('compares two plans', async () => {
    const { stdout } = await run(bin, ['compare', PLAN, OTHER_PLAN], { cwd: work });
    expect(stdout).toContain('A = chongqing-15th-five-year-plan');
    expect(stdout).toMatch(/\| type \| shared \| only A \| only B \|/);
  });

  it('serves the library entry to JavaScript and to TypeScript', async () => {
    const consumer = join(work, 'consumer');
    mkdirSync(join(consumer, 'node_modules'), { recursive: true });
    symlinkSync(installed, join(consumer, 'node_modules', 'plangraph'));
    const script = [
      "import { readDocument, readLexicon, runPipeline, toGexf } from 'plangraph';",
      `const { lexicon } = await readLexicon();`,
      `const { graph } = runPipeline([await readDocument(${JSON.stringify(PLAN)})], lexicon, { skipLayout: true });`,
      "console.log(graph.order > 0 && toGexf(graph).startsWith('<?xml'));",
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer });
    expect(stdout.trim()).toBe('true');

    writeFileSync(
      join(consumer, 'use.ts'),
      [
        "import { runPipeline, type PipelineResult, type NodeAttributes } from 'plangraph';",
        'export const build: typeof runPipeline = runPipeline;',
        "export const types = (result: PipelineResult): NodeAttributes['entityType'][] => result.graph.mapNodes((_key, a) => a.entityType);",
      ].join('\n'),
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [] }, files: ['use.ts'] }),
    );
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], { cwd: consumer });
  });
});
