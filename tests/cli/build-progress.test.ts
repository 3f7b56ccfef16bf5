import { describe, expect, it } from 'vitest';
import { createBuildProgress, createTerminalProgress } from '../../src/cli/build-progress.js';
import { runBuild } from '../../src/cli/build-command.js';
import type { BuildArgs, CliIo } from '../../src/cli/main.js';
import { tempDir } from '../support/temp-dir.js';

/** A clock the test moves by hand. */
function fakeClock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('createBuildProgress', () => {
  it.each<[string, number[], string[]]>([
    ['a build shorter than the delay shows nothing', [0, 300, 600], []],
    ['reports after the delay are shown', [0, 500, 600, 10], ['stage 3', 'stage 4', '']],
    ['a build that is slow from the start shows every stage', [1500, 1, 1], ['stage 1', 'stage 2', 'stage 3', '']],
  ])('%s', (_name, steps, shown) => {
    const clock = fakeClock();
    const lines: string[] = [];
    const progress = createBuildProgress((text) => lines.push(text), { delayMs: 1000, now: clock.now });
    steps.forEach((ms, i) => {
      clock.advance(ms);
      progress.report(`stage ${i + 1}`);
    });
    progress.finish();
    progress.finish();
    expect(lines).toEqual(shown);
  });

  it.each<[string, number, string[]]>([
    ['a line written while progress shows lifts it out of the way and redraws it', 0, ['extraction [1/2] a', '', 'LOG a: 3 entities', 'extraction [1/2] a', '']],
    ['a line written before any progress shows is just written', 60_000, ['LOG a: 3 entities']],
  ])('%s', (_name, delayMs, shown) => {
    const lines: string[] = [];
    const progress = createBuildProgress((text) => lines.push(text), { delayMs });
    progress.report('extraction [1/2] a');
    progress.above(() => lines.push('LOG a: 3 entities'));
    progress.finish();
    expect(lines).toEqual(shown);
  });

  it('shows the latest stage when the delay passes while the event loop is free', async () => {
    const lines: string[] = [];
    const progress = createBuildProgress((text) => lines.push(text), { delayMs: 20 });
    progress.report('reading documents [1/2] a.txt');
    progress.report('reading documents [2/2] b.txt');
    await new Promise((resolve) => setTimeout(resolve, 60));
    progress.finish();
    expect(lines).toEqual(['reading documents [2/2] b.txt', '']);
  });
});

describe('createTerminalProgress', () => {
  it.each<[string, boolean | undefined, string[]]>([
    ['a terminal gets the line rewritten in place', true, ['\r\x1b[2Kextraction [1/2] a', '\r\x1b[2K']],
    ['a pipe or file gets nothing', false, []],
    ['a stream that does not say gets nothing', undefined, []],
  ])('%s', (_name, isTTY, written) => {
    const chunks: string[] = [];
    const progress = createTerminalProgress({ isTTY, write: (text) => chunks.push(text) });
    progress('extraction [1/2] a');
    progress('');
    expect(chunks).toEqual(written);
  });
});

describe('plangraph build: progress through the io hook', () => {
  const build = async (overrides: Partial<BuildArgs>, delayMs: number) => {
    const progress: string[] = [];
    const stdout: string[] = [];
    const io: CliIo = { stdout: (l) => stdout.push(l), stderr: () => {}, progress: (t) => progress.push(t) };
    const args: BuildArgs = { inputs: ['data/plans'], out: tempDir(), lexicon: undefined, quiet: false, csv: true, ...overrides };
    const code = await runBuild(args, io, { delayMs });
    return { code, progress, stdout };
  };

  it('reports every stage of a slow build, then clears the line', async () => {
    const { code, progress } = await build({}, 0);
    expect(code).toBe(0);
    for (const stage of [/^reading documents \[1\/1\] /, /^extraction \[1\/1\] chongqing/, /^building the graph/, /^computing metrics/, /^layout \(\d+ entities, \d+ relations\)$/, /^writing graph\.json to /, /^writing graph\.gexf to /, /^writing nodes\.csv to /, /^writing relations\.csv to /]) {
      expect(progress.some((line) => stage.test(line)), `${stage}`).toBe(true);
    }
    expect(progress.at(-1)).toBe('');
  });

  it.each<[string, Partial<BuildArgs>, number]>([
    ['--quiet', { quiet: true }, 0],
    ['a build faster than the delay', {}, 60_000],
  ])('%s shows no progress', async (_name, overrides, delayMs) => {
    const { code, progress, stdout } = await build(overrides, delayMs);
    expect(code).toBe(0);
    expect(progress).toEqual([]);
    expect(stdout.at(-1)).toMatch(/^built 1 document/);
  });
});
