import write from 'graphology-gexf/common/writer.js';
import type { PlanGraph } from '../graph/build-graph.js';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-attributes.js';
import { flattenEvidence } from './flatten-evidence.js';
import { toXmlSafeText } from './xml-text.js';

export interface GexfOptions {
  /** Written to <meta><description>. */
  description: string;
  pretty: boolean;
}

export const DEFAULT_GEXF_OPTIONS: GexfOptions = { description: 'plangraph knowledge graph', pretty: true };

type Scalar = string | number | boolean;

/**
 * GEXF 1.3 through graphology-gexf, shared by the CLI and the explorer.
 * Domain values become declared attributes (arrays and evidence flattened to
 * strings); colour, size and position go to viz. `pedantic` keeps <meta> to
 * the elements the schema allows.
 */
export function toGexf(graph: PlanGraph, options: Partial<GexfOptions> = {}): string {
  const o = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const exportable = graph.nullCopy();
  exportable.replaceAttributes({ creator: 'plangraph', description: toXmlSafeText(o.description) } as never);
  graph.forEachNode((node, attributes) => exportable.addNode(node, attributes));
  graph.forEachEdge((edge, attributes, source, target) => exportable.addDirectedEdgeWithKey(edge, source, target, attributes));

  return write<NodeAttributes, EdgeAttributes>(exportable, {
    version: '1.3',
    pedantic: true,
    pretty: o.pretty,
    formatNode: (_key, a) => ({
      label: toXmlSafeText(a.label),
      attributes: compact({
        entityType: a.entityType,
        aliases: a.aliases.join('; '),
        documents: a.documents.join('; '),
        declaredCount: a.declaredCount,
        namedCount: a.namedCount,
        indicator: a.indicator,
        value: a.value,
        unit: a.unit,
        year: a.year,
        degree: a.degree,
        centrality: a.centrality,
        community: a.community,
        mentions: flattenEvidence(a.mentions),
      }),
      viz: { color: toRgb(a.color), size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_key, a) => ({
      label: a.relation,
      // kind keeps the (source, target, kind) triple unique, as GEXF 1.3 asks of parallel edges.
      kind: a.relation,
      weight: a.evidence.length,
      attributes: compact({ relation: a.relation, documents: a.documents.join('; '), evidence: flattenEvidence(a.evidence) }),
      viz: { color: toRgb(a.color), thickness: a.size },
    }),
  });
}

/** Drops empty values (the writer would declare them anyway) and makes strings XML-safe and trimmed. */
function compact(values: Record<string, Scalar | undefined>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) continue;
    const clean = typeof value === 'string' ? toXmlSafeText(value).trim() : value;
    if (clean === '') continue;
    out[name] = clean;
  }
  return out;
}

/** `#rrggbb` → `rgb(r,g,b)`, so the writer emits r/g/b attributes, which every GEXF reader knows. */
export function toRgb(color: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return color;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  return `rgb(${r},${g},${b})`;
}
