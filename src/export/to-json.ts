import type { PlanGraph } from '../graph/build-graph.js';
import { collectChunks, createChunkWriter, type ChunkSink } from './output-chunks.js';

/**
 * graphology's own serialisation format, byte for byte what
 * `JSON.stringify(graph.export())` gives, written one node and edge at a
 * time: export() would first copy every attribute object, then stringify
 * the copy into one string. Key order is insertion order, which the build
 * keeps sorted.
 */
export function writeJson(graph: PlanGraph, sink: ChunkSink): void {
  const out = createChunkWriter(sink);
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  out.write(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
  let first = true;
  graph.forEachNode((key, attributes) => {
    out.write(`${first ? '' : ','}${JSON.stringify(isEmpty(attributes) ? { key } : { key, attributes })}`);
    first = false;
  });
  out.write('],"edges":[');
  first = true;
  const mixed = graph.type === 'mixed';
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const edge: Record<string, unknown> = { key, source, target };
    if (!isEmpty(attributes)) edge.attributes = attributes;
    if (mixed && undirected) edge.undirected = true;
    out.write(`${first ? '' : ','}${JSON.stringify(edge)}`);
    first = false;
  });
  out.write(']}\n');
  out.flush();
}

export function toJson(graph: PlanGraph): string {
  return collectChunks((sink) => writeJson(graph, sink));
}

function isEmpty(object: object): boolean {
  for (const _key in object) return false;
  return true;
}
