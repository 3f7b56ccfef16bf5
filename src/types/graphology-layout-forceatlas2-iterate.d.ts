// The package's synchronous entry point rebuilds its matrices on every call
// and cannot stop early; its single-iteration step lets the large-graph
// layout iterate until converged on matrices it builds once.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** Node matrix: 10 floats per node (x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed); edge matrix: 3 per edge (source offset, target offset, weight). */
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}
