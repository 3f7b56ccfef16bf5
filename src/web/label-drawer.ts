import { drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { LabelPlacer, type LabelRect } from './core/label-placer.js';
import type { ExplorerEdgeAttributes, ExplorerNodeAttributes } from './core/types.js';
import type { GraphAttributes } from '../model/graph-attributes.js';

type LabelDrawer = NodeLabelDrawingFunction<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes>;

export interface CollisionFreeLabels {
  draw: LabelDrawer;
  /** Call at the start of every frame (sigma's `beforeRender`). */
  reset(): void;
  /** The boxes of the labels drawn since the last reset. */
  drawn(): readonly LabelRect[];
}

/**
 * Sigma's disc label drawing, skipping any label whose box would overlap one
 * already drawn in this frame, so labels never pile up at any zoom or window size.
 */
export function createCollisionFreeLabels(): CollisionFreeLabels {
  const placer = new LabelPlacer();
  const draw: LabelDrawer = (context, data, settings) => {
    if (!data.label) return;
    const s = settings as Settings<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes>;
    context.font = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
    const width = context.measureText(data.label).width;
    const left = data.x + data.size + 3;
    const rect = { left, right: left + width, top: data.y - s.labelSize * 0.7, bottom: data.y + s.labelSize * 0.5 };
    if (!placer.tryPlace(rect)) return;
    drawDiscNodeLabel(context, data, settings);
  };
  return { draw, reset: () => placer.reset(), drawn: () => placer.placed };
}
