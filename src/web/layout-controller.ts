import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { setLayoutRunning } from './core/actions.js';
import type { Store } from './core/state.js';
import type { ExplorerGraph } from './core/types.js';

type Supervisor = typeof FA2LayoutSupervisor;

export interface LayoutController {
  start(): void;
  stop(): void;
  /** Stops the live layout and puts every node back where graph.json had it. */
  reset(): void;
  dispose(): void;
}

/**
 * Live ForceAtlas2 in a web worker. The worker writes positions into the
 * graph (that is how sigma sees them move); the positions the file came with
 * are kept aside so Reset can restore them.
 */
export function createLayoutController(graph: ExplorerGraph, store: Store): LayoutController {
  // Only the layout moves nodes, so the file's positions are still in the graph
  // when it first starts; noting them then keeps this walk off the first frame.
  const original = new Map<string, { x: number; y: number }>();
  let supervisor: InstanceType<Supervisor> | null = null;

  const stop = () => {
    supervisor?.stop();
    store.update(setLayoutRunning(false));
  };
  return {
    start() {
      if (original.size === 0) graph.forEachNode((node, a) => original.set(node, { x: a.x, y: a.y }));
      supervisor ??= new FA2LayoutSupervisor(graph as never, { settings: { ...inferSettings(graph as never), barnesHutOptimize: graph.order > 500 } });
      supervisor.start();
      store.update(setLayoutRunning(true));
    },
    stop,
    reset() {
      stop();
      graph.updateEachNodeAttributes((node, a) => {
        const position = original.get(node);
        return position ? { ...a, x: position.x, y: position.y } : a;
      }, { attributes: ['x', 'y'] });
    },
    dispose() {
      supervisor?.kill();
      supervisor = null;
    },
  };
}
