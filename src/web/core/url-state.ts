import type { SharedView } from './actions.js';
import { MAX_NEIGHBOURHOOD_STEPS } from './neighbourhood.js';
import { COLOR_BY_MODES, SIZE_BY_MODES, type CameraView, type ColorBy, type ComparePair, type SizeBy, type ViewState } from './state.js';

/**
 * The view is kept in the query string next to `graph`, so a link carries both
 * which graph to open and what to look at. Parameter names are short because
 * people paste these links into chat.
 */
export const URL_PARAMS = {
  node: 'node',
  edge: 'edge',
  query: 'q',
  hiddenTypes: 'hide',
  hiddenRelations: 'hideRel',
  shownDocuments: 'plans',
  colorBy: 'color',
  sizeBy: 'size',
  compareA: 'planA',
  compareB: 'planB',
  camera: 'cam',
  isolated: 'isolated',
  near: 'near',
  steps: 'steps',
  pathFrom: 'from',
  graph: 'graph',
} as const;

const LIST_SEPARATOR = ',';

function parseList(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function parseCamera(value: string | null): CameraView | null {
  if (!value) return null;
  const parts = value.split(LIST_SEPARATOR).map(Number);
  const [x, y, ratio, angle = 0] = parts;
  if (parts.length < 3 || parts.length > 4 || ![x, y, ratio, angle].every(Number.isFinite) || !(ratio! > 0)) return null;
  return { x: x!, y: y!, ratio: ratio!, angle };
}

const round = (value: number, digits: number) => String(Number(value.toFixed(digits)));

function formatCamera(camera: CameraView): string {
  const parts = [round(camera.x, 4), round(camera.y, 4), round(camera.ratio, 4)];
  if (camera.angle !== 0) parts.push(round(camera.angle, 4));
  return parts.join(LIST_SEPARATOR);
}

function parseNeighbourhood(centre: string | null, steps: string | null): ViewState['neighbourhood'] {
  const count = Number(steps ?? '1');
  return centre && Number.isInteger(count) && count >= 1 && count <= MAX_NEIGHBOURHOOD_STEPS ? { centre, steps: count } : null;
}

function parseCompare(a: string | null, b: string | null): ComparePair | null {
  return a && b ? { a, b } : null;
}

export function parseUrlView(search: string): SharedView {
  const params = new URLSearchParams(search);
  const node = params.get(URL_PARAMS.node);
  const edge = params.get(URL_PARAMS.edge);
  const colorBy = params.get(URL_PARAMS.colorBy);
  const sizeBy = params.get(URL_PARAMS.sizeBy);
  // Absent means every document; present but empty means none (every box unticked).
  const shown = params.get(URL_PARAMS.shownDocuments);
  return {
    selection: node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null,
    query: params.get(URL_PARAMS.query) ?? '',
    hiddenEntityTypes: parseList(params.get(URL_PARAMS.hiddenTypes)),
    hiddenRelations: parseList(params.get(URL_PARAMS.hiddenRelations)),
    shownDocuments: shown === null ? null : parseList(shown),
    colorBy: COLOR_BY_MODES.includes(colorBy as ColorBy) ? (colorBy as ColorBy) : 'type',
    sizeBy: SIZE_BY_MODES.includes(sizeBy as SizeBy) ? (sizeBy as SizeBy) : 'centrality',
    compare: parseCompare(params.get(URL_PARAMS.compareA), params.get(URL_PARAMS.compareB)),
    hideIsolated: params.get(URL_PARAMS.isolated) === 'hide',
    neighbourhood: parseNeighbourhood(params.get(URL_PARAMS.near), params.get(URL_PARAMS.steps)),
    pathFrom: params.get(URL_PARAMS.pathFrom) || null,
    camera: parseCamera(params.get(URL_PARAMS.camera)),
  };
}

type UrlViewState = Pick<ViewState, 'selection' | 'query' | 'hiddenEntityTypes' | 'hiddenRelations' | 'shownDocuments' | 'colorBy' | 'compare' | 'camera'> &
  Partial<Pick<ViewState, 'hideIsolated' | 'sizeBy' | 'neighbourhood' | 'pathFrom'>>;
const sortedList = (set: ReadonlySet<string>) => [...set].sort().join(LIST_SEPARATOR);

/**
 * Writes the view into `search`, keeping parameters that are not the view's
 * (such as `graph`). Lists are sorted so equal views give equal URLs.
 */
export function formatUrlView(state: UrlViewState, search = ''): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set(URL_PARAMS.node, state.selection?.kind === 'node' ? state.selection.key : null);
  set(URL_PARAMS.edge, state.selection?.kind === 'edge' ? state.selection.key : null);
  set(URL_PARAMS.query, state.query.trim() || null);
  set(URL_PARAMS.hiddenTypes, sortedList(state.hiddenEntityTypes) || null);
  set(URL_PARAMS.hiddenRelations, sortedList(state.hiddenRelations) || null);
  if (state.shownDocuments === null) params.delete(URL_PARAMS.shownDocuments);
  else params.set(URL_PARAMS.shownDocuments, sortedList(state.shownDocuments));
  set(URL_PARAMS.colorBy, state.colorBy === 'type' ? null : state.colorBy);
  set(URL_PARAMS.sizeBy, !state.sizeBy || state.sizeBy === 'centrality' ? null : state.sizeBy);
  set(URL_PARAMS.compareA, state.compare?.a ?? null);
  set(URL_PARAMS.compareB, state.compare?.b ?? null);
  set(URL_PARAMS.isolated, state.hideIsolated ? 'hide' : null);
  set(URL_PARAMS.near, state.neighbourhood?.centre ?? null);
  set(URL_PARAMS.steps, state.neighbourhood ? String(state.neighbourhood.steps) : null);
  set(URL_PARAMS.pathFrom, state.pathFrom ?? null);
  set(URL_PARAMS.camera, state.camera ? formatCamera(state.camera) : null);
  const text = params.toString();
  return text ? `?${text}` : '';
}

type HistoryState = Pick<ViewState, 'selection' | 'hiddenEntityTypes' | 'hiddenRelations' | 'shownDocuments' | 'colorBy' | 'compare'> &
  Partial<Pick<ViewState, 'hideIsolated' | 'sizeBy' | 'neighbourhood' | 'pathFrom'>>;

/** Whether moving from one state to the next deserves its own history entry (Back returns to it). */
export function isHistoryStep(previous: HistoryState, next: HistoryState): boolean {
  const key = (s: ViewState['selection']) => (s ? `${s.kind}:${s.key}` : '');
  const shown = (set: ViewState['shownDocuments']) => (set === null ? null : sortedList(set));
  const pair = (c: ViewState['compare']) => (c ? `${c.a}\n${c.b}` : '');
  const near = (n: ViewState['neighbourhood'] | undefined) => (n ? `${n.centre}\n${n.steps}` : '');
  return (
    key(previous.selection) !== key(next.selection) ||
    sortedList(previous.hiddenEntityTypes) !== sortedList(next.hiddenEntityTypes) ||
    sortedList(previous.hiddenRelations) !== sortedList(next.hiddenRelations) ||
    shown(previous.shownDocuments) !== shown(next.shownDocuments) ||
    previous.colorBy !== next.colorBy ||
    (previous.sizeBy ?? 'centrality') !== (next.sizeBy ?? 'centrality') ||
    pair(previous.compare) !== pair(next.compare) ||
    Boolean(previous.hideIsolated) !== Boolean(next.hideIsolated) ||
    near(previous.neighbourhood) !== near(next.neighbourhood) ||
    (previous.pathFrom ?? null) !== (next.pathFrom ?? null)
  );
}
