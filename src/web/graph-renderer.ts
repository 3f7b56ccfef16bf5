import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeProgramType } from 'sigma/rendering';
import { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { computeEdgeCurvatures } from './core/edge-curvature.js';
import { createFocusCache } from './core/focus.js';
import { createReducers } from './core/reducers.js';
import type { Store } from './core/state.js';
import type { ExplorerEdgeAttributes, ExplorerGraph, ExplorerNodeAttributes } from './core/types.js';
import type { GraphAttributes } from '../model/graph-attributes.js';
import type { ExplorerCommands } from './commands.js';

export type ExplorerRenderer = Sigma<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes>;

/**
 * Label settings tuned on the Chongqing plan: at the default zoom only the
 * larger nodes get a label and no two labels share a 120-px cell, so they do
 * not pile up; zooming in reveals the rest.
 */
export const RENDERER_SETTINGS: Partial<Settings<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes>> = {
  defaultEdgeType: 'arrow',
  renderEdgeLabels: false,
  enableEdgeEvents: true,
  zIndex: true,
  labelFont: 'Inter, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#1f2937' },
  labelDensity: 0.6,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 7,
  minEdgeThickness: 1,
  stagePadding: 40,
  edgeProgramClasses: { curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes> },
};

/** Zoom factor of the zoom buttons and the ratio the camera settles at when it flies to a node. */
const ZOOM_STEP = 1.5;
const NODE_FOCUS_RATIO = 0.5;
const ANIMATION_MS = 450;

export interface GraphView {
  renderer: ExplorerRenderer;
  refresh(): void;
  animateToNode(key: string): void;
  zoomIn(): void;
  zoomOut(): void;
  fitView(): void;
  dispose(): void;
}

export function mountGraphRenderer(container: HTMLElement, context: { graph: ExplorerGraph; store: Store; commands: ExplorerCommands }): GraphView {
  const { graph, store, commands } = context;
  const focusOf = createFocusCache(graph);
  const { nodeReducer, edgeReducer } = createReducers({ graph, getState: store.get, getFocus: focusOf, curvatures: computeEdgeCurvatures(graph, DEFAULT_EDGE_CURVATURE * 2) });
  const renderer: ExplorerRenderer = new Sigma(graph, container, {
    ...RENDERER_SETTINGS,
    // Sigma types reducer output as full display data; ours returns the subset it changes.
    nodeReducer: nodeReducer as unknown as Settings<ExplorerNodeAttributes>['nodeReducer'],
    edgeReducer: edgeReducer as unknown as Settings<ExplorerNodeAttributes, ExplorerEdgeAttributes>['edgeReducer'],
  });

  renderer.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    commands.hoverNode(node);
  });
  renderer.on('leaveNode', () => {
    container.style.cursor = '';
    commands.hoverNode(null);
  });
  renderer.on('enterEdge', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveEdge', () => (container.style.cursor = ''));
  renderer.on('clickNode', ({ node }) => commands.selectNode(node));
  renderer.on('clickEdge', ({ edge }) => commands.selectEdge(edge));
  renderer.on('clickStage', () => commands.clearSelection());

  const refresh = () => renderer.refresh({ skipIndexation: true });
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.selection !== previous.selection ||
      state.hoveredNode !== previous.hoveredNode ||
      state.hiddenEntityTypes !== previous.hiddenEntityTypes ||
      state.hiddenRelations !== previous.hiddenRelations
    )
      refresh();
  });

  const camera = renderer.getCamera();
  return {
    renderer,
    refresh,
    animateToNode(key) {
      const position = renderer.getNodeDisplayData(key);
      if (!position) return;
      void camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, NODE_FOCUS_RATIO) }, { duration: ANIMATION_MS });
    },
    zoomIn: () => void camera.animatedZoom({ duration: 250, factor: ZOOM_STEP }),
    zoomOut: () => void camera.animatedUnzoom({ duration: 250, factor: ZOOM_STEP }),
    fitView: () => void camera.animatedReset({ duration: ANIMATION_MS }),
    dispose() {
      unsubscribe();
      renderer.kill();
    },
  };
}
