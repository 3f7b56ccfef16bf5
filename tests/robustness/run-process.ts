import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../bin/plangraph.js');

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  milliseconds: number;
}

/** Runs the real `bin/plangraph.js` as a user would, so exit codes come from the process itself. */
export function runProcess(args: readonly string[], options: { cwd?: string } = {}): Promise<ProcessRun> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr, milliseconds: performance.now() - started }));
  });
}
