import type { Evidence } from '../../model/records.js';

/** A sentence cut around the highlighted span, offsets clamped so bad evidence never throws. */
export interface EvidenceParts {
  before: string;
  mention: string;
  after: string;
}

export function splitEvidence(evidence: Pick<Evidence, 'start' | 'end' | 'sentenceStart' | 'text'>): EvidenceParts {
  const { text } = evidence;
  const clamp = (value: number) => Math.min(Math.max(Number.isFinite(value) ? value : 0, 0), text.length);
  const start = clamp(evidence.start - evidence.sentenceStart);
  const end = Math.max(start, clamp(evidence.end - evidence.sentenceStart));
  return { before: text.slice(0, start), mention: text.slice(start, end), after: text.slice(end) };
}

export interface MentionSpan {
  node: string;
  start: number;
  end: number;
}

/** A run of document text and the mentions covering it, innermost (shortest) first. */
export interface TextSegment {
  start: number;
  end: number;
  nodes: string[];
}

/**
 * Cuts a document at every mention boundary. Mentions may nest ("Chongqing"
 * inside "Chengdu–Chongqing economic circle"); each piece lists all the
 * mentions covering it so both stay clickable and markable.
 */
export function computeTextSegments(textLength: number, spans: readonly MentionSpan[]): TextSegment[] {
  const valid = spans
    .map((span) => ({ node: span.node, start: Math.max(0, span.start), end: Math.min(textLength, span.end) }))
    .filter((span) => span.end > span.start);
  const cuts = new Set<number>([0, textLength]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let next = 0;
  let open: typeof valid = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) open.push(byStart[next++]!);
    open = open.filter((span) => span.end > start);
    const covering = open
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const nodes = [...new Set(covering.map((span) => span.node))];
    const last = segments[segments.length - 1];
    if (last && nodes.length === 0 && last.nodes.length === 0) last.end = end;
    else segments.push({ start, end, nodes });
  }
  return segments;
}

/** Every mention of every node in one document, for computeTextSegments. */
export function collectMentionSpans(nodes: Iterable<[string, readonly Evidence[]]>, documentId: string): MentionSpan[] {
  const spans: MentionSpan[] = [];
  for (const [node, mentions] of nodes) {
    for (const mention of mentions) if (mention.document === documentId) spans.push({ node, start: mention.start, end: mention.end });
  }
  return spans;
}

/** Every mention of every node, by document: one pass instead of one per document. */
export function groupMentionSpansByDocument(nodes: Iterable<[string, readonly Evidence[]]>): Map<string, MentionSpan[]> {
  const byDocument = new Map<string, MentionSpan[]>();
  for (const [node, mentions] of nodes) {
    for (const mention of mentions) {
      const span = { node, start: mention.start, end: mention.end };
      const spans = byDocument.get(mention.document);
      if (spans) spans.push(span);
      else byDocument.set(mention.document, [span]);
    }
  }
  return byDocument;
}
