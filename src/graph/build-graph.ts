import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Diagnostic, EntityRecord, PlanDocument } from '../model/records.js';
import type { DocumentInfo, EdgeAttributes, GraphAttributes, NodeAttributes } from '../model/graph-attributes.js';
import { documentsOf, type MergedRelation } from './merge-records.js';

// Typed through graphology-types: graphology's own declarations resolve under moduleResolution
// "bundler" only, and this type is part of the published library's declarations.
export type PlanGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuiltGraph {
  graph: PlanGraph;
  diagnostics: Diagnostic[];
}

/**
 * Merged records → graphology multi directed graph with domain attributes
 * only. Metrics, visual attributes and positions are added by later stages,
 * so each starts from placeholders here.
 */
export function buildGraph(
  documents: readonly PlanDocument[],
  entities: readonly EntityRecord[],
  relations: readonly MergedRelation[],
  name: string,
): BuiltGraph {
  const graph: PlanGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ name, documents: documents.map(toDocumentInfo) });
  const diagnostics: Diagnostic[] = [];

  for (const entity of entities) graph.addNode(entity.key, toNodeAttributes(entity));

  for (const relation of relations) {
    if (relation.source === relation.target) continue;
    const missing = [relation.source, relation.target].find((key) => !graph.hasNode(key));
    if (missing !== undefined) {
      const first = relation.evidence[0];
      const document = documents.find((d) => d.id === first?.document);
      diagnostics.push({
        severity: 'warning',
        code: 'RELATION_DANGLING',
        message: `relation ${relation.relation} refers to unknown entity ${missing}; dropped`,
        file: document?.path ?? first?.document ?? '<graph>',
        line: document?.bodyLine ?? 1,
        column: 1,
      });
      continue;
    }
    graph.addDirectedEdgeWithKey(relation.key, relation.source, relation.target, {
      relation: relation.relation,
      evidence: relation.evidence,
      documents: documentsOf(relation.evidence),
      size: 1,
      color: '#999999',
    });
  }
  return { graph, diagnostics };
}

function toNodeAttributes(entity: EntityRecord): NodeAttributes {
  const attributes: NodeAttributes = {
    label: entity.label,
    entityType: entity.entityType,
    aliases: entity.aliases,
    mentions: entity.mentions,
    documents: documentsOf(entity.mentions),
    degree: 0,
    centrality: 0,
    community: 0,
    x: 0,
    y: 0,
    size: 1,
    color: '#999999',
  };
  if (entity.declaredCount !== undefined) attributes.declaredCount = entity.declaredCount;
  if (entity.namedCount !== undefined) attributes.namedCount = entity.namedCount;
  if (entity.language !== undefined) attributes.language = entity.language;
  if (entity.target) {
    attributes.indicator = entity.target.indicator;
    attributes.value = entity.target.value;
    attributes.unit = entity.target.unit;
    if (entity.target.year !== undefined) attributes.year = entity.target.year;
  }
  return attributes;
}

function toDocumentInfo(document: PlanDocument): DocumentInfo {
  const info: DocumentInfo = { id: document.id, title: document.title, text: document.text };
  if (document.place !== undefined) info.place = document.place;
  if (document.date !== undefined) info.date = document.date;
  if (document.source !== undefined) info.source = document.source;
  info.language = document.language ?? 'en';
  return info;
}
