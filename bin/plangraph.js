#!/usr/bin/env node
// Runs the compiled CLI in lib/ (tsc's output of src/), so a start costs no TypeScript compilation.
// The package ships lib/ alone. In a checkout, where src/ sits beside it, lib/ is compiled first
// when it is missing or older than a source file, so the command always runs the current sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = join(root, 'lib', 'cli', 'main.js');

function isStale() {
  if (!existsSync(compiled)) return true;
  const builtAt = statSync(compiled).mtimeMs;
  return readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true }).some(
    (entry) => entry.isFile() && entry.name.endsWith('.ts') && statSync(join(entry.parentPath, entry.name)).mtimeMs > builtAt,
  );
}

/** `npm run compile` without starting npm, and without emptying lib/ first: other processes may be running it. */
function compile() {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    process.stderr.write('plangraph: error: lib/ needs compiling and TypeScript is not installed; run `npm install` in the plangraph folder\n');
    process.exit(70);
  }
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(compiled)) {
    process.stderr.write(`plangraph: error: compiling src/ to lib/ failed (tsc exit ${result.status}); run \`npm run compile\` to see why\n`);
    process.exit(70);
  }
}

if (existsSync(join(root, 'src', 'cli', 'main.ts')) && isStale()) compile();
const { main } = await import('../lib/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
