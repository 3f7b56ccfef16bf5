import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeProgramType } from 'sigma/rendering';
import { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { computeEdgeCurvatures } from './core/edge-curvature.js';
import { createCameraFraming } from './camera-framing.js';
import { createCollisionFreeLabels } from './label-drawer.js';
import type { LabelRect } from './core/label-placer.js';
import { LABEL_FONT_SIZE, STAGE_PADDING } from '../graph/visual-attributes.js';
import { createFocusCache } from './core/focus.js';
import { createFrameScheduler } from './core/frame-scheduler.js';
import { createReducers } from './core/reducers.js';
import { filtersChanged, isNodeVisible } from './core/filters.js';
import type { Store } from './core/state.js';
import type { ExplorerEdgeAttributes, ExplorerGraph, ExplorerNodeAttributes } from './core/types.js';
import type { GraphAttributes } from '../model/graph-attributes.js';
import type { ExplorerCommands } from './commands.js';

export type ExplorerRenderer = Sigma<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes>;

/**
 * Label settings: the label grid thins labels on large graphs, and the
 * collision-free label drawer (label-drawer.ts) refuses any label that would
 * touch another, so labels never pile up. Small graphs, whose build-time
 * layout already keeps labels apart, show every label at the default zoom.
 */
export const RENDERER_SETTINGS: Partial<Settings<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes>> = {
  defaultEdgeType: 'arrow',
  renderEdgeLabels: false,
  enableEdgeEvents: true,
  zIndex: true,
  labelFont: 'Inter, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
  labelSize: LABEL_FONT_SIZE,
  labelWeight: '500',
  labelColor: { color: '#1f2937' },
  labelDensity: 0.6,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 7,
  minEdgeThickness: 1,
  stagePadding: STAGE_PADDING,
  edgeProgramClasses: { curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes> },
};

/** Zoom factor of the zoom buttons and the ratio the camera settles at when it flies to a node without neighbours. */
const ZOOM_STEP = 1.5;
const NODE_FOCUS_RATIO = 0.5;
/** The closest a neighbourhood is zoomed to: a node with two close neighbours should not fill the screen. */
const NEIGHBOURHOOD_MIN_RATIO = 0.15;
const ANIMATION_MS = 450;

export interface GraphView {
  renderer: ExplorerRenderer;
  refresh(): void;
  /** Frames the node with its drawn neighbours inside the free part of the canvas. */
  animateToNode(key: string): void;
  /** Frames the drawn ones of `keys` (a path, say) inside the free part of the canvas. */
  animateToNodes(keys: readonly string[]): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Frames every drawn node inside the part of the canvas that no panel covers. */
  fitView(options?: { animate: boolean }): void;
  drawnLabels(): readonly LabelRect[];
  dispose(): void;
}

export interface GraphRendererContext {
  graph: ExplorerGraph;
  store: Store;
  commands: ExplorerCommands;
  /** The panels floating over the canvas, which framing keeps nodes out from under. */
  panels: () => readonly Element[];
}

export function mountGraphRenderer(container: HTMLElement, context: GraphRendererContext): GraphView {
  const { graph, store, commands } = context;
  const focusOf = createFocusCache(graph);
  const { nodeReducer, edgeReducer } = createReducers({ graph, getState: store.get, getFocus: focusOf, curvatures: computeEdgeCurvatures(graph, DEFAULT_EDGE_CURVATURE * 2) });
  // Labels keep out from under the panels too; the framing that measures them needs the renderer, so it comes later.
  let panelRects: () => LabelRect[] = () => [];
  const labels = createCollisionFreeLabels(() => panelRects());
  const renderer: ExplorerRenderer = new Sigma(graph, container, {
    ...RENDERER_SETTINGS,
    ...labelVisibility(graph.order),
    defaultDrawNodeLabel: labels.draw,
    // Sigma types reducer output as full display data; ours returns the subset it changes.
    nodeReducer: nodeReducer as unknown as Settings<ExplorerNodeAttributes>['nodeReducer'],
    edgeReducer: edgeReducer as unknown as Settings<ExplorerNodeAttributes, ExplorerEdgeAttributes>['edgeReducer'],
  });

  // Sigma drew its first frame inside the constructor, before these listeners: its labels wait in the drawer.
  labels.flush();
  renderer.on('beforeRender', labels.reset);
  renderer.on('afterRender', labels.flush);
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
  // Dragging a node moves it and pins it where it is dropped (the live layout then works around it).
  // The press that starts a drag must not also pan the camera, nor its release select the node.
  let dragged: string | null = null;
  let moved = false;
  renderer.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
  });
  const captor = renderer.getMouseCaptor();
  captor.on('mousemovebody', (event) => {
    if (dragged === null) return;
    const point = renderer.viewportToGraph(event);
    commands.moveNode(dragged, point.x, point.y);
    moved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  captor.on('mouseup', () => {
    dragged = null;
  });
  renderer.on('clickNode', ({ node }) => {
    if (moved) {
      moved = false;
      return;
    }
    commands.selectNode(node);
  });
  renderer.on('clickEdge', ({ edge }) => commands.selectEdge(edge));
  renderer.on('clickStage', () => commands.clearSelection());

  // A change of view state redraws the whole graph once, in the next frame: the
  // panels answer a click at once, and a burst of changes (hover, then click)
  // costs one redraw instead of one each.
  const redraw = createFrameScheduler(() => renderer.refresh({ skipIndexation: true }), {
    request: (callback) => requestAnimationFrame(callback),
    cancel: (handle) => cancelAnimationFrame(handle),
  });
  // Sigma 3.0 emits leaveNode when the pointer quits the canvas straight from a node, yet keeps that node
  // as hovered and its hover box drawn (sigma.js issue 1327); forget it and redraw the hover layer.
  renderer.on('leaveStage', () => {
    const internal = renderer as unknown as { hoveredNode: string | null };
    if (internal.hoveredNode === null) return;
    internal.hoveredNode = null;
    commands.hoverNode(null);
    redraw.request();
  });
  // Display data read from outside (console, tests, exports) reflects the
  // current view state even while its redraw still waits for the frame.
  const readNodeDisplay = renderer.getNodeDisplayData.bind(renderer);
  const readEdgeDisplay = renderer.getEdgeDisplayData.bind(renderer);
  renderer.getNodeDisplayData = (key) => (redraw.flush(), readNodeDisplay(key));
  renderer.getEdgeDisplayData = (key) => (redraw.flush(), readEdgeDisplay(key));
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.selection !== previous.selection ||
      state.hoveredNode !== previous.hoveredNode ||
      filtersChanged(previous, state) ||
      state.colorBy !== previous.colorBy ||
      state.sizeBy !== previous.sizeBy ||
      state.pathFrom !== previous.pathFrom
    )
      redraw.request();
  });

  const camera = renderer.getCamera();
  // Framing and flying to a node read positions as last drawn and visibility from the
  // filters, never through the flushing reader above: that would redraw the whole graph
  // synchronously inside a click (seconds at 50k nodes) just to learn what is hidden.
  const isShown = (key: string) => isNodeVisible(graph, key, store.get());
  const framing = createCameraFraming(
    {
      framedGraphToViewport: renderer.framedGraphToViewport.bind(renderer),
      getDimensions: renderer.getDimensions.bind(renderer),
      getNodeDisplayData: (key) => {
        const data = readNodeDisplay(key);
        return data && { x: data.x, y: data.y, hidden: !isShown(key) };
      },
    },
    container,
    context.panels,
  );
  panelRects = framing.panelRects;
  const moveTo = (state: ReturnType<typeof framing.cameraFor>, animate = true) => {
    if (!state) return;
    if (animate) void camera.animate(state, { duration: ANIMATION_MS });
    else camera.setState(state);
  };
  return {
    renderer,
    refresh: redraw.request,
    drawnLabels: labels.drawn,
    animateToNode(key) {
      if (!graph.hasNode(key)) return;
      const neighbours = graph.neighbors(key);
      // A hidden node is not flown to: the camera would show an empty spot.
      if (!isShown(key)) return;
      const visibleNeighbours = neighbours.filter(isShown);
      moveTo(
        visibleNeighbours.length === 0
          ? framing.cameraFor([key], { minRatio: Math.min(camera.ratio, NODE_FOCUS_RATIO) })
          : framing.cameraFor([key, ...visibleNeighbours], { minRatio: NEIGHBOURHOOD_MIN_RATIO }),
      );
    },
    animateToNodes(keys) {
      const shown = keys.filter((key) => graph.hasNode(key) && isShown(key));
      if (shown.length > 0) moveTo(framing.cameraFor(shown, { minRatio: NEIGHBOURHOOD_MIN_RATIO }));
    },
    zoomIn: () => void camera.animatedZoom({ duration: 250, factor: ZOOM_STEP }),
    zoomOut: () => void camera.animatedUnzoom({ duration: 250, factor: ZOOM_STEP }),
    fitView: (options = { animate: true }) => moveTo(framing.cameraFor(graph.nodes()), options.animate),
    dispose() {
      unsubscribe();
      redraw.cancel();
      renderer.kill();
    },
  };
}

/** Up to a few hundred nodes every label is a candidate; beyond, only larger nodes and one per grid cell. */
export function labelVisibility(order: number): Pick<typeof RENDERER_SETTINGS, 'labelDensity' | 'labelGridCellSize' | 'labelRenderedSizeThreshold'> {
  return order <= SMALL_GRAPH_ORDER
    ? { labelDensity: 1, labelGridCellSize: 60, labelRenderedSizeThreshold: 0 }
    : { labelDensity: 0.6, labelGridCellSize: 120, labelRenderedSizeThreshold: 7 };
}

const SMALL_GRAPH_ORDER = 300;
