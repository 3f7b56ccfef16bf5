import type { PlanGraph } from '../graph/build-graph.js';

/** graphology's own serialisation format; key order is insertion order, which the build keeps sorted. */
export function toJson(graph: PlanGraph): string {
  return `${JSON.stringify(graph.export())}\n`;
}
