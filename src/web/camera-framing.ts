import type Sigma from 'sigma';
import { computeClearFramingCamera, computeFreeArea, DEFAULT_FRAMING, type FramingOptions, type Rect } from './core/framing.js';
import type { CameraView } from './core/state.js';

export interface CameraFraming {
  /** The panels' rectangles in viewport pixels. */
  panelRects(): Rect[];
  /** The part of the canvas no panel covers, in viewport pixels. */
  freeArea(aspect?: number): Rect;
  /** The camera that frames `nodes` (keys) inside the free area; null when none of them is drawn. */
  cameraFor(nodes: Iterable<string>, options?: Partial<FramingOptions>): CameraView | null;
}

/** The part of a sigma renderer framing reads (any node and edge attribute types). */
export type FramedRenderer = Pick<Sigma, 'framedGraphToViewport' | 'getDimensions'> & {
  getNodeDisplayData(node: string): { x: number; y: number; hidden?: boolean } | undefined;
};

/**
 * Frames nodes inside the part of the canvas that the floating panels leave
 * free, so that nothing fitted lands under the toolbar or the legend.
 * `panels` returns the elements currently floating over `container`.
 */
export function createCameraFraming(renderer: FramedRenderer, container: HTMLElement, panels: () => readonly Element[]): CameraFraming {
  const panelRects = (): Rect[] => {
    const origin = container.getBoundingClientRect();
    return panels()
      .map((panel) => panel.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top }));
  };
  const freeArea = (aspect = 1) => computeFreeArea(renderer.getDimensions(), panelRects(), aspect);

  return {
    panelRects,
    freeArea,
    cameraFor(nodes, options = {}) {
      const settings = { ...DEFAULT_FRAMING, ...options };
      const points: { x: number; y: number }[] = [];
      for (const node of nodes) {
        const data = renderer.getNodeDisplayData(node);
        if (data && !data.hidden) points.push(data);
      }
      // Pixels per framed-graph unit at ratio 1, read from sigma's own matrix rather than re-derived.
      const reference = { cameraState: { x: 0, y: 0, ratio: 1, angle: 0 } };
      const pixelsPerUnit = renderer.framedGraphToViewport({ x: 1, y: 0 }, reference).x - renderer.framedGraphToViewport({ x: 0, y: 0 }, reference).x;
      return computeClearFramingCamera({ points, panels: panelRects(), viewport: renderer.getDimensions(), pixelsPerUnit, options: settings });
    },
  };
}
