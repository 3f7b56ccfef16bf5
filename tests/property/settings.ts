/**
 * Property runs are settable so a quick local run and a long soak use the same
 * tests: PLANGRAPH_PROPERTY_RUNS is the number of generated documents in total,
 * PLANGRAPH_PROPERTY_SEED fixes the stream (a failure prints the seed and path
 * to replay it).
 */
export const TOTAL_DOCUMENTS = positive(process.env['PLANGRAPH_PROPERTY_RUNS'], 10_000);
export const SEED = Number.parseInt(process.env['PLANGRAPH_PROPERTY_SEED'] ?? '20260105', 10);
/** The conformance check spawns xmllint and Python, so only a sample of generated graphs goes through it. */
export const GEXF_SAMPLE = positive(process.env['PLANGRAPH_PROPERTY_GEXF_SAMPLE'], 20);

/** Generous per-test limit: a shared 2-core machine can run these several times slower than usual. */
export const PROPERTY_TIMEOUT = 300_000;

function positive(value: string | undefined, fallback: number): number {
  const parsed = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}
