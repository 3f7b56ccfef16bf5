import type { ExtractContext } from './context.js';
export function extractChineseLists(context: ExtractContext): void { void context; }
