import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { setLayoutRunning } from './core/actions.js';
import type { Pins } from './core/pins.js';
import type { Store } from './core/state.js';
import type { ExplorerGraph } from './core/types.js';

type Supervisor = typeof FA2LayoutSupervisor;

export interface LayoutController {
  start(): void;
  stop(): void;
  /** Stops the live layout, unpins every node and puts each back where graph.json had it. */
  reset(): void;
  /** Notes where every node is before anything moves it, so Reset can put it back. */
  remember(): void;
  dispose(): void;
}

/**
 * Live ForceAtlas2 in a web worker. The worker writes positions into the
 * graph (that is how sigma sees them move); the positions the file came with
 * are kept aside so Reset can restore them.
 */
export function createLayoutController(graph: ExplorerGraph, store: Store, pins: Pins): LayoutController {
  // Only the layout and dragging move nodes, so the file's positions are still in the graph
  // when either first happens; noting them then keeps this walk off the first frame.
  const original = new Map<string, { x: number; y: number }>();
  let supervisor: InstanceType<Supervisor> | null = null;

  const stop = () => {
    supervisor?.stop();
    store.update(setLayoutRunning(false));
  };
  const remember = () => {
    if (original.size === 0) graph.forEachNode((node, a) => original.set(node, { x: a.x, y: a.y }));
  };
  return {
    remember,
    start() {
      remember();
      supervisor ??= new FA2LayoutSupervisor(graph as never, {
        settings: { ...inferSettings(graph as never), barnesHutOptimize: graph.order > 500 },
        // A pinned node is put back where it was dropped after every step; the supervisor then
        // feeds the positions back to the worker, so the layout arranges the rest around it.
        outputReducer: (node: string, attributes: { x: number; y: number }) => {
          const pinned = pins.positionOf(node);
          if (pinned) {
            attributes.x = pinned.x;
            attributes.y = pinned.y;
          }
          return attributes;
        },
      } as never);
      supervisor.start();
      store.update(setLayoutRunning(true));
    },
    stop,
    reset() {
      stop();
      pins.clear();
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
