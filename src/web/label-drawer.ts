import type { Settings } from 'sigma/settings';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { LabelPlacer, type LabelRect } from './core/label-placer.js';
import { RectGrid } from './core/rect-grid.js';
import type { ExplorerEdgeAttributes, ExplorerNodeAttributes } from './core/types.js';
import type { GraphAttributes } from '../model/graph-attributes.js';

type LabelDrawer = NodeLabelDrawingFunction<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes>;
type LabelData = Parameters<LabelDrawer>[1] & { labelPriority?: number };
type LabelSettings = Settings<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes>;

export interface CollisionFreeLabels {
  /** Sigma's `defaultDrawNodeLabel`: collects the label; nothing is drawn until `flush`. */
  draw: LabelDrawer;
  /** Call at the start of every frame (sigma's `beforeRender`). */
  reset(): void;
  /** Places and draws the collected labels, most important first (sigma's `afterRender`). */
  flush(): void;
  /** The boxes of the labels drawn since the last reset. */
  drawn(): readonly LabelRect[];
}

interface Candidate {
  context: CanvasRenderingContext2D;
  data: LabelData;
  settings: LabelSettings;
}

/** Where a label may go around its node, in order of preference: right (sigma's place), left, above, below. */
type Side = 'right' | 'left' | 'above' | 'below';
const SIDES: readonly Side[] = ['right', 'left', 'above', 'below'];

function labelBox(data: LabelData, width: number, size: number, side: Side): LabelRect & { x: number; baseline: number } {
  const r = data.size;
  const x = side === 'right' ? data.x + r + 3 : side === 'left' ? data.x - r - 3 - width : data.x - width / 2;
  const baseline = side === 'above' ? data.y - r - 4 : side === 'below' ? data.y + r + size : data.y + size / 3;
  return { left: x, right: x + width, top: baseline - size * 1.03, bottom: baseline + size * 0.17, x, baseline };
}

/**
 * Node labels placed by importance rather than in sigma's grid order: sigma
 * hands every label it would draw to `draw`, and `flush` then places them
 * with the ones the reducers rank highest first (the selection, its
 * neighbours, plan hubs), then by node size. A label that does not fit at the
 * right of its node tries the left, above and below; one that still does not
 * fit (or would leave the canvas) is left out, unless the reducers force it. Labels never overlap each
 * other, a larger node's disc or a `reserved` area (the panels over the
 * canvas) except where a forced label has no room; such a label gets a halo
 * so it stays readable where it crosses another.
 */
export function createCollisionFreeLabels(reserved: () => readonly LabelRect[] = () => []): CollisionFreeLabels {
  const placer = new LabelPlacer();
  let candidates: Candidate[] = [];

  const draw: LabelDrawer = (context, data, settings) => {
    if (data.label) candidates.push({ context, data: data as LabelData, settings: settings as LabelSettings });
  };

  const flush = () => {
    const ranked = candidates.sort(
      (a, b) =>
        (b.data.labelPriority ?? 0) - (a.data.labelPriority ?? 0) ||
        Number(Boolean(b.data.forceLabel)) - Number(Boolean(a.data.forceLabel)) ||
        b.data.size - a.data.size ||
        (a.data.key < b.data.key ? -1 : a.data.key > b.data.key ? 1 : 0),
    );
    candidates = [];
    // Discs of the nodes whose labels are candidates: a label may not cross a larger one, nor the disc
    // of a node whose label is forced (a plan hub, the selection), whatever its size.
    const discs = new RectGrid<LabelRect & { size: number; key: string; forced: boolean }>();
    for (const { data } of ranked) discs.insert({ size: data.size, key: data.key, forced: Boolean(data.forceLabel), left: data.x - data.size, right: data.x + data.size, top: data.y - data.size, bottom: data.y + data.size });
    const panels = reserved();
    // A label that would run off the canvas is cut by its edge (or by the sidebar beyond it): another side is tried.
    const canvas = ranked[0]?.context.canvas;
    const bounds = canvas ? { width: canvas.offsetWidth || canvas.width, height: canvas.offsetHeight || canvas.height } : null;
    const onCanvas = (box: LabelRect) => !bounds || (box.left >= 0 && box.top >= 0 && box.right <= bounds.width && box.bottom <= bounds.height);
    for (const { context, data, settings } of ranked) {
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const text = data.label!;
      const width = context.measureText(text).width;
      const underLargerNode = (candidate: LabelRect, gap: number) => discs.touches(candidate, gap, (disc) => (disc.size > data.size || disc.forced) && disc.key !== data.key);
      const boxes = SIDES.map((side) => labelBox(data, width, size, side));
      let box = boxes.find((candidate) => onCanvas(candidate) && placer.fits(candidate, panels, underLargerNode));
      const crowded = !box;
      if (!box) {
        if (!data.forceLabel) continue;
        // No room anywhere: a forced label still goes where no panel covers it and the canvas does not cut it, if it can.
        const clearOfPanels = (candidate: LabelRect) => !panels.some((p) => candidate.left < p.right && p.left < candidate.right && candidate.top < p.bottom && p.top < candidate.bottom);
        // Crossing another label (drawn with a halo) is better than crossing a hub it would read as the name of.
        box =
          boxes.find((candidate) => onCanvas(candidate) && clearOfPanels(candidate) && !underLargerNode(candidate, 0)) ??
          boxes.find((candidate) => onCanvas(candidate) && clearOfPanels(candidate)) ??
          boxes.find(onCanvas) ??
          boxes[0]!;
      }
      placer.place({ left: box.left, top: box.top, right: box.right, bottom: box.bottom, node: data.key, text });
      const color = settings.labelColor.attribute ? (data[settings.labelColor.attribute] as string | undefined) || settings.labelColor.color || '#000' : settings.labelColor.color;
      if (crowded) {
        context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
        context.lineWidth = 3;
        context.lineJoin = 'round';
        context.strokeText(text, box.x, box.baseline);
      }
      context.fillStyle = color ?? '#000';
      context.fillText(text, box.x, box.baseline);
    }
  };

  return {
    draw,
    reset: () => {
      placer.reset();
      candidates = [];
    },
    flush,
    drawn: () => placer.placed,
  };
}
