import { PlangraphError } from '../../model/errors.js';

export interface ExtractOptions {
  /** Items longer than this are doubtful list readings and are reported, not kept. */
  maxItemWords: number;
  /** Words allowed between a list head and its introducer ("nine key areas crucial to this goal, including"). */
  maxHeadGap: number;
  /** Emit relatedTo links between the document's own concepts. */
  linkConcepts: boolean;
  /** Read photo captions and credits as plan content. */
  includeCaptions: boolean;
  /** One Group node per declared list ("nine key areas") carrying declaredCount and namedCount. */
  declaredListNodes: boolean;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  maxItemWords: 16,
  maxHeadGap: 8,
  linkConcepts: true,
  includeCaptions: false,
  declaredListNodes: true,
};

export function resolveExtractOptions(options: Partial<ExtractOptions> = {}): ExtractOptions {
  const resolved = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  for (const name of ['maxItemWords', 'maxHeadGap'] as const) {
    const value = resolved[name];
    if (!Number.isInteger(value) || value < 1) {
      throw new PlangraphError('EXTRACT_OPTIONS', `extractDocument: ${name} must be a positive integer, got ${String(value)}`, {
        hint: `omit it to use ${DEFAULT_EXTRACT_OPTIONS[name]}`,
      });
    }
  }
  return resolved;
}
