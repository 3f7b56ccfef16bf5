import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs the CLI in-process with captured output, as a user would see it. */
export async function runCli(args: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), progress: () => {} });
  return { code, stdout, stderr };
}

export { tempDir } from './temp-dir.js';
