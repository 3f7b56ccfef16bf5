import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const VERSION = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

describe('plangraph without a command', () => {
  it.each<[string[], number, 'stdout' | 'stderr', RegExp]>([
    [['--version'], 0, 'stdout', new RegExp(`^plangraph ${VERSION.replace(/\./g, '\\.')}$`)],
    [['-v'], 0, 'stdout', /^plangraph \d+\.\d+\.\d+/],
    [['--help'], 0, 'stdout', /^plangraph — turn development-plan documents/],
    [[], 2, 'stderr', /^plangraph — turn development-plan documents/],
  ])('%j exits %i and prints to %s', async (args, code, stream, text) => {
    const run = await runCli(args);
    expect(run.code).toBe(code);
    expect(run[stream][0]).toMatch(text);
  });
});
