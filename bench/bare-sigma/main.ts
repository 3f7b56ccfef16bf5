import Graph from 'graphology';
import Sigma from 'sigma';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';

/**
 * The baseline the explorer is measured against: the least a page can do to
 * show the same graph.json with sigma — fetch, import, construct. Sigma draws
 * its first frame inside the constructor, so the mark right after it is the
 * first render. `?layout=1` adds the same live ForceAtlas2 worker the explorer
 * uses, as a baseline for main-thread stalls during the layout.
 */
interface BareMarks {
  fetched: number;
  parsed: number;
  imported: number;
  rendered: number;
  renderer: Sigma;
  graph: Graph;
  startLayout(): void;
  stopLayout(): void;
}

declare global {
  interface Window {
    bare?: BareMarks;
    bareError?: string;
  }
}

type Supervisor = typeof FA2LayoutSupervisor;

async function main(): Promise<void> {
  const url = new URLSearchParams(location.search).get('graph') ?? './graph.json';
  const response = await fetch(url);
  const text = await response.text();
  const fetched = performance.now();
  const data = JSON.parse(text);
  const parsed = performance.now();
  const graph = new Graph(data.options);
  graph.import(data);
  const imported = performance.now();
  const renderer = new Sigma(graph, document.getElementById('container')!);
  const rendered = performance.now();

  let supervisor: InstanceType<Supervisor> | null = null;
  window.bare = {
    fetched,
    parsed,
    imported,
    rendered,
    renderer,
    graph,
    startLayout() {
      supervisor ??= new FA2LayoutSupervisor(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
      supervisor.start();
    },
    stopLayout: () => supervisor?.stop(),
  };
}

main().catch((error: unknown) => {
  window.bareError = String(error);
});
