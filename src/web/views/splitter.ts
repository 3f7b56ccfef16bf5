import { listen } from './dom.js';

/**
 * A handle between two panes that the user drags (or moves with the arrow
 * keys) to give one pane more room: the WAI-ARIA window splitter pattern.
 * `measure` reads the size being set, `apply` sets it; the size is clamped to
 * [min, max()] and double-click (or Home) gives the layout back its own split.
 */
export interface SplitterOptions {
  label: string;
  /** 'vertical' moves along x (a handle between side-by-side panes); 'horizontal' along y. */
  orientation: 'vertical' | 'horizontal';
  /** +1 when moving the pointer right/down makes the size larger, -1 when it makes it smaller. */
  direction: 1 | -1;
  min: number;
  max: () => number;
  measure: () => number;
  apply: (size: number | null) => void;
}

const KEY_STEP = 24;

export function mountSplitter(handle: HTMLElement, options: SplitterOptions): () => void {
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', options.orientation);
  handle.setAttribute('aria-label', options.label);
  handle.tabIndex = 0;
  const clamp = (size: number) => Math.round(Math.min(Math.max(size, options.min), Math.max(options.min, options.max())));
  const set = (size: number | null) => {
    const value = size === null ? null : clamp(size);
    options.apply(value);
    handle.setAttribute('aria-valuenow', String(Math.round(options.measure())));
    handle.setAttribute('aria-valuemin', String(options.min));
    handle.setAttribute('aria-valuemax', String(Math.round(options.max())));
  };
  const axis = (event: PointerEvent) => (options.orientation === 'vertical' ? event.clientX : event.clientY);
  let start: { pointer: number; size: number } | null = null;
  const onDown = (event: PointerEvent) => {
    start = { pointer: axis(event), size: options.measure() };
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('is-dragging');
    event.preventDefault();
  };
  const onMove = (event: PointerEvent) => {
    if (start) set(start.size + options.direction * (axis(event) - start.pointer));
  };
  const onUp = (event: PointerEvent) => {
    if (!start) return;
    start = null;
    if (handle.hasPointerCapture(event.pointerId)) handle.releasePointerCapture(event.pointerId);
    handle.classList.remove('is-dragging');
  };
  const onKey = (event: KeyboardEvent) => {
    const grow: Readonly<Record<string, number>> = options.orientation === 'vertical' ? { ArrowRight: 1, ArrowLeft: -1 } : { ArrowDown: 1, ArrowUp: -1 };
    const step = grow[event.key];
    if (step !== undefined) set(options.measure() + options.direction * step * KEY_STEP);
    else if (event.key === 'Home') set(null);
    else return;
    event.preventDefault();
  };
  const disposers = [
    listen(handle, 'pointerdown', onDown),
    listen(handle, 'pointermove', onMove),
    listen(handle, 'pointerup', onUp),
    listen(handle, 'pointercancel', onUp),
    listen(handle, 'keydown', onKey),
    listen(handle, 'dblclick', () => set(null)),
  ];
  return () => disposers.forEach((dispose) => dispose());
}
