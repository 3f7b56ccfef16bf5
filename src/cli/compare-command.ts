import { readDocument } from '../io/read-documents.js';
import { readLexicon } from '../io/read-lexicon.js';
import { extractDocument } from '../extract/extract-document.js';
import { comparePlans, formatComparison } from '../graph/compare-plans.js';
import type { CliIo } from './main.js';

export interface CompareArgs {
  a: string;
  b: string;
  lexicon: string | undefined;
  json: boolean;
}

export async function runCompare(args: CompareArgs, io: CliIo): Promise<number> {
  const { lexicon } = await readLexicon(args.lexicon);
  const [a, b] = [await readDocument(args.a), await readDocument(args.b)];
  const comparison = comparePlans(extractDocument(a, lexicon), extractDocument(b, lexicon));
  io.stdout(args.json ? JSON.stringify(comparison, null, 2) : formatComparison(comparison));
  return 0;
}
