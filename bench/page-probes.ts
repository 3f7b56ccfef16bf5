/**
 * Functions that run inside the page (serialised by Playwright, so each must be
 * self-contained). `installProbes` runs before any page script: it notes when
 * sigma issues its first WebGL draw and when the task that drew it ends (the
 * earliest moment the browser can paint the frame), when `window.plangraph`
 * is assigned, and every long task.
 */

export interface ProbeMarks {
  firstDraw: number | null;
  firstFrame: number | null;
  ready: number | null;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __bench: ProbeMarks;
  }
}

export function installProbes(): void {
  const marks: ProbeMarks = { firstDraw: null, firstFrame: null, ready: null, longTasks: [] };
  window.__bench = marks;

  const restores: (() => void)[] = [];
  const onDraw = () => {
    marks.firstDraw = performance.now();
    // Sigma draws its whole first frame synchronously; the microtask runs once that task's script is done.
    queueMicrotask(() => (marks.firstFrame = performance.now()));
    restores.forEach((restore) => restore());
  };
  const prototypes = [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype] as unknown as Record<string, unknown>[];
  for (const prototype of prototypes) {
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const original = prototype[name] as ((...args: unknown[]) => unknown) | undefined;
      if (typeof original !== 'function') continue;
      prototype[name] = function (this: unknown, ...args: unknown[]) {
        if (marks.firstDraw === null) onDraw();
        return original.apply(this, args);
      };
      restores.push(() => (prototype[name] = original));
    }
  }

  let api: unknown;
  Object.defineProperty(window, 'plangraph', {
    configurable: true,
    get: () => api,
    set(value) {
      api = value;
      marks.ready ??= performance.now();
    },
  });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long tasks are then simply not reported.
  }
}

export interface LoadMarks {
  firstDraw: number | null;
  firstFrame: number | null;
  ready: number | null;
  /** When graph.json finished downloading (Resource Timing). */
  graphFetched: number | null;
  /** The bare page's own mark right after `new Sigma(...)`. */
  constructed: number | null;
  nodes: number;
  edges: number;
  error: string | null;
}

export function readLoadMarks(): LoadMarks {
  const marks = window.__bench;
  const resource = performance.getEntriesByType('resource').find((entry) => /graph[^/]*\.json/.test(entry.name)) as PerformanceResourceTiming | undefined;
  const w = window as unknown as {
    bare?: { rendered: number; graph: { order: number; size: number } };
    bareError?: string;
    plangraph?: { graph: { order: number; size: number } };
  };
  const graph = w.bare?.graph ?? w.plangraph?.graph;
  const appState = document.querySelector<HTMLElement>('#app')?.dataset['state'];
  const notice = document.querySelector('#notices')?.textContent?.trim();
  return {
    firstDraw: marks.firstDraw,
    firstFrame: marks.firstFrame,
    ready: marks.ready,
    graphFetched: resource ? resource.responseEnd : null,
    constructed: w.bare?.rendered ?? null,
    nodes: graph?.order ?? 0,
    edges: graph?.size ?? 0,
    error: w.bareError ?? (appState === 'error' ? notice || 'explorer reported an error' : null),
  };
}

/** Selects a node through the public API; times the synchronous part and the next frame. */
export async function timeApiSelect(key: string): Promise<{ syncMs: number; frameMs: number; shown: boolean }> {
  const api = (window as unknown as { plangraph: { select(key: string): void; graph: { getNodeAttribute(key: string, name: string): string } } }).plangraph;
  const details = document.querySelector('#details')!;
  const label = api.graph.getNodeAttribute(key, 'label');
  const start = performance.now();
  api.select(key);
  const syncMs = performance.now() - start;
  const shown = (details.textContent ?? '').includes(label);
  // rAF then a macrotask: the frame that paints the panel (and sigma's refresh) has run.
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { syncMs, frameMs: performance.now() - start, shown };
}

/**
 * Centres the camera on a node, zoomed in so no neighbour overlaps it, and
 * returns its page coordinates for a real mouse click.
 */
export async function aimAtNode(key: string): Promise<{ x: number; y: number }> {
  const api = (window as unknown as { plangraph: { renderer: SigmaLike; graph: { getNodeAttributes(key: string): { x: number; y: number } } } }).plangraph;
  const renderer = api.renderer;
  const display = renderer.getNodeDisplayData(key)!;
  renderer.getCamera().setState({ x: display.x, y: display.y, ratio: 0.01, angle: 0 });
  // A camera change schedules sigma's next frame; two frames later the view is drawn.
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const attributes = api.graph.getNodeAttributes(key);
  const point = renderer.graphToViewport({ x: attributes.x, y: attributes.y });
  const rect = renderer.getContainer().getBoundingClientRect();
  return { x: rect.left + point.x, y: rect.top + point.y };
}

interface SigmaLike {
  getNodeDisplayData(key: string): { x: number; y: number } | undefined;
  getCamera(): { setState(state: { x: number; y: number; ratio: number; angle: number }): void };
  graphToViewport(point: { x: number; y: number }): { x: number; y: number };
  getContainer(): HTMLElement;
}

/** Arms timing of the next real click: event time stamps and the first change of the details panel. */
export function armClickTiming(): void {
  const record: { down: number | null; click: number | null; panel: number | null } = { down: null, click: null, panel: null };
  (window as unknown as { __click: typeof record }).__click = record;
  const details = document.querySelector('#details')!;
  const observer = new MutationObserver(() => {
    if (record.click !== null && record.panel === null) {
      record.panel = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(details, { childList: true, subtree: true, characterData: true });
  window.addEventListener('mousedown', (event) => (record.down ??= event.timeStamp), { capture: true, once: true });
  window.addEventListener('click', (event) => (record.click ??= event.timeStamp), { capture: true, once: true });
}

export function readClickTiming(): { down: number | null; click: number | null; panel: number | null; selected: string | null } {
  const record = (window as unknown as { __click: { down: number | null; click: number | null; panel: number | null } }).__click;
  const state = (window as unknown as { plangraph: { state: { selection: { key: string } | null } } }).plangraph.state;
  return { ...record, selected: state.selection?.key ?? null };
}

/** Resolves once two frames have run, i.e. whatever earlier input scheduled has been drawn. */
export async function settle(): Promise<void> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Arms per-keystroke timing on the search box: keydown time stamp → suggestions list rebuilt. */
export function armSearchTiming(): void {
  const input = document.querySelector<HTMLInputElement>('input[aria-label="Search entities"]')!;
  const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
  const keys: { down: number; shown: number | null }[] = [];
  (window as unknown as { __keys: typeof keys }).__keys = keys;
  input.addEventListener('keydown', (event) => keys.push({ down: event.timeStamp, shown: null }), { capture: true });
  new MutationObserver(() => {
    const last = keys[keys.length - 1];
    if (last && last.shown === null) last.shown = performance.now();
  }).observe(listbox, { childList: true });
}

export function lastKeyShown(): boolean {
  const keys = (window as unknown as { __keys: { shown: number | null }[] }).__keys;
  return keys.length > 0 && keys[keys.length - 1]!.shown !== null;
}

export function readSearchTiming(): number[] {
  const keys = (window as unknown as { __keys: { down: number; shown: number | null }[] }).__keys;
  return keys.filter((key) => key.shown !== null).map((key) => key.shown! - key.down);
}

/** Counts sigma frames from now on, so a layout run can report its frame rate. */
export function countFrames(): void {
  const w = window as unknown as { __frames: number; plangraph?: { renderer: { on(event: string, fn: () => void): void } }; bare?: { renderer: { on(event: string, fn: () => void): void } } };
  w.__frames = 0;
  (w.plangraph?.renderer ?? w.bare!.renderer).on('afterRender', () => w.__frames++);
}

export function readLayoutWindow(since: number): { frames: number; longTasks: { start: number; duration: number }[]; now: number } {
  const w = window as unknown as { __frames: number };
  return { frames: w.__frames, longTasks: window.__bench.longTasks.filter((task) => task.start >= since), now: performance.now() };
}
