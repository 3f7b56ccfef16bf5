// graphology-gexf's writer is environment-neutral, but its package entry
// points also load a DOM parser (xmldom in Node, DOMParser in browsers).
// Importing the writer alone lets the CLI and the explorer share one exporter.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writeGexf: typeof write;
  export default writeGexf;
}
