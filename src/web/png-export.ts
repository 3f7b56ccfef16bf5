import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import { createCameraFraming } from './camera-framing.js';
import { computeEdgeCurvatures } from './core/edge-curvature.js';
import { computeVisibleSummary } from './core/filters.js';
import { computeImageLegend, computeImageTitle, computeImageView, type ImageLegend } from './core/image-export.js';
import { createReducers } from './core/reducers.js';
import type { ExportScope, ViewState } from './core/state.js';
import type { ExplorerGraph } from './core/types.js';
import type { ExplorerRenderer } from './graph-renderer.js';
import { createCollisionFreeLabels } from './label-drawer.js';

export interface ImageOptions {
  /** Size of the graph's drawing in CSS pixels; the legend and title are added around it. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel: 2 for print and high-density screens. */
  pixelRatio: number;
  labels: boolean;
  scope: ExportScope;
}

export const DEFAULT_IMAGE_OPTIONS: Omit<ImageOptions, 'scope'> = { width: 1200, height: 900, pixelRatio: 2, labels: true };

/** Room around the drawing, in CSS pixels. */
const TITLE_HEIGHT = 64;
const LEGEND_WIDTH = 240;
const LEGEND_ROW = 22;
const FONT = 'Inter, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/**
 * Sigma and @sigma/export-image size every canvas by window.devicePixelRatio
 * and offer no option for it; the image's resolution is set by changing it
 * for the time the temporary renderer draws (synchronously, and within one
 * chain of promise callbacks, so the page's own renderer never draws meanwhile).
 */
async function withPixelRatio<T>(ratio: number, task: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await task();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** The graph alone: every drawn node framed in the whole image, labels placed by importance, regardless of the page's camera. */
async function drawGraph(renderer: ExplorerRenderer, graph: ExplorerGraph, view: ViewState, options: ImageOptions): Promise<HTMLCanvasElement> {
  const { nodeReducer, edgeReducer } = createReducers({ graph, getState: () => view, getFocus: () => null, curvatures: computeEdgeCurvatures(graph, DEFAULT_EDGE_CURVATURE * 2) });
  const labels = createCollisionFreeLabels();
  const settings: Partial<Settings> = {
    nodeReducer: nodeReducer as unknown as Settings['nodeReducer'],
    edgeReducer: edgeReducer as unknown as Settings['edgeReducer'],
    defaultDrawNodeLabel: labels.draw as unknown as Settings['defaultDrawNodeLabel'],
    renderLabels: options.labels,
    // Every label is a candidate; the label drawer keeps those that fit, most important first.
    labelDensity: 1,
    labelGridCellSize: 40,
    labelRenderedSizeThreshold: 0,
  };
  return withPixelRatio(options.pixelRatio, () =>
    drawOnCanvas(renderer as unknown as Sigma, {
      width: options.width,
      height: options.height,
      backgroundColor: '#ffffff',
      layers: ['edges', 'nodes', 'labels'],
      sigmaSettings: settings,
      withTempRenderer: (temporary) => {
        temporary.on('beforeRender', labels.reset);
        temporary.on('afterRender', labels.flush);
        const camera = createCameraFraming(temporary, document.body, () => []).cameraFor(graph.nodes(), { labelMargin: 120 });
        if (camera) temporary.getCamera().setState(camera);
        temporary.refresh();
      },
    }),
  );
}

function drawLegend(context: CanvasRenderingContext2D, legend: ImageLegend, left: number, top: number): void {
  context.fillStyle = '#6b7280';
  context.font = `600 12px ${FONT}`;
  context.fillText(legend.title.toUpperCase(), left, top + 12);
  legend.rows.forEach((row, i) => {
    const y = top + 36 + i * LEGEND_ROW;
    context.beginPath();
    context.arc(left + 5, y - 4, 5, 0, 2 * Math.PI);
    context.fillStyle = row.color;
    context.fill();
    context.fillStyle = '#1f2937';
    context.font = `13px ${FONT}`;
    context.fillText(row.name, left + 18, y);
    context.fillStyle = '#6b7280';
    context.textAlign = 'right';
    context.fillText(String(row.count), left + LEGEND_WIDTH - 32, y);
    context.textAlign = 'left';
  });
}

/**
 * A picture of the whole graph (or of what the filters show) for a report:
 * title, drawing and legend, at `pixelRatio` times its CSS size.
 */
export async function renderGraphImage(renderer: ExplorerRenderer, graph: ExplorerGraph, state: ViewState, options: ImageOptions): Promise<Blob> {
  const view = computeImageView(state, options.scope);
  const drawing = await drawGraph(renderer, graph, view, options);
  const ratio = options.pixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = (options.width + LEGEND_WIDTH) * ratio;
  canvas.height = (options.height + TITLE_HEIGHT) * ratio;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(drawing, 0, TITLE_HEIGHT * ratio);
  context.scale(ratio, ratio);
  const summary = computeVisibleSummary(graph, view);
  context.fillStyle = '#1f2937';
  context.font = `700 20px ${FONT}`;
  context.fillText(computeImageTitle(graph, options.scope), 24, 32);
  context.fillStyle = '#6b7280';
  context.font = `13px ${FONT}`;
  context.fillText(`${summary.nodes} entities · ${summary.edges} relations · plangraph`, 24, 52);
  context.strokeStyle = '#e1e4ea';
  context.beginPath();
  context.moveTo(options.width + 0.5, TITLE_HEIGHT + 16);
  context.lineTo(options.width + 0.5, TITLE_HEIGHT + options.height - 16);
  context.stroke();
  drawLegend(context, computeImageLegend(graph, view), options.width + 20, TITLE_HEIGHT + 16);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG image'))), 'image/png'));
}
