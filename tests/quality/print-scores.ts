/**
 * Prints the extractor's typed entity scores against every gold fixture as a
 * markdown table: `npx tsx tests/quality/print-scores.ts [--details]`.
 * `--details` adds the false positives and negatives of each document.
 */
import { computeScoreSummary, toScoreMarkdown } from '../../src/evaluate/report.js';
import { describeEntityErrors, describeMissingRelations, evaluateCase, createExtractor, loadGoldCases } from './quality-harness.js';

const details = process.argv.includes('--details');
const extract = createExtractor();
const results = loadGoldCases().map((goldCase) => ({ goldCase, result: evaluateCase(goldCase, extract(goldCase.document)) }));
process.stdout.write(toScoreMarkdown(computeScoreSummary(results.map(({ result }) => result.row))));
if (details) {
  for (const { goldCase, result } of results) {
    process.stdout.write(`\n${describeEntityErrors(goldCase, result.entities)}\n`);
    if (result.relations.missing.length > 0) process.stdout.write(`${describeMissingRelations(goldCase, result.relations.missing)}\n`);
  }
}
