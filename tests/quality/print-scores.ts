/**
 * Prints the extractor's typed entity scores against every gold fixture as a
 * markdown table: `npx tsx tests/quality/print-scores.ts [<documents dir> <gold dir>] [--details]`.
 * Without folders it scores the shipped gold set; with them, any other set
 * (`tests/fixtures/heldout tests/fixtures/heldout/gold`). Folders are relative
 * to the repository root. `--details` adds the false positives and negatives of each document.
 */
import { computeScoreSummary, toScoreMarkdown } from '../../src/evaluate/report.js';
import { describeEntityErrors, describeMissingRelations, evaluateCase, createExtractor, loadGoldCases } from './quality-harness.js';

const details = process.argv.includes('--details');
const folders = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (folders.length !== 0 && folders.length !== 2) {
  process.stderr.write('usage: print-scores.ts [<documents dir> <gold dir>] [--details]\n');
  process.exit(2);
}
const trim = (dir: string) => dir.replace(/\/+$/u, '');
const cases = folders.length === 2 ? loadGoldCases(trim(folders[1]!), [trim(folders[0]!)]) : loadGoldCases();
const extract = createExtractor();
const results = cases.map((goldCase) => ({ goldCase, result: evaluateCase(goldCase, extract(goldCase.document)) }));
process.stdout.write(toScoreMarkdown(computeScoreSummary(results.map(({ result }) => result.row))));
if (details) {
  for (const { goldCase, result } of results) {
    process.stdout.write(`\n${describeEntityErrors(goldCase, result.entities)}\n`);
    if (result.relations.missing.length > 0) process.stdout.write(`${describeMissingRelations(goldCase, result.relations.missing)}\n`);
  }
}
