import type { SharedView } from './actions.js';
import type { CameraView, ViewState } from './state.js';

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
  camera: 'cam',
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

export function parseUrlView(search: string): SharedView {
  const params = new URLSearchParams(search);
  const node = params.get(URL_PARAMS.node);
  const edge = params.get(URL_PARAMS.edge);
  return {
    selection: node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null,
    query: params.get(URL_PARAMS.query) ?? '',
    hiddenEntityTypes: parseList(params.get(URL_PARAMS.hiddenTypes)),
    hiddenRelations: parseList(params.get(URL_PARAMS.hiddenRelations)),
    camera: parseCamera(params.get(URL_PARAMS.camera)),
  };
}

/**
 * Writes the view into `search`, keeping parameters that are not the view's
 * (such as `graph`). Lists are sorted so equal views give equal URLs.
 */
export function formatUrlView(state: Pick<ViewState, 'selection' | 'query' | 'hiddenEntityTypes' | 'hiddenRelations' | 'camera'>, search = ''): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set(URL_PARAMS.node, state.selection?.kind === 'node' ? state.selection.key : null);
  set(URL_PARAMS.edge, state.selection?.kind === 'edge' ? state.selection.key : null);
  set(URL_PARAMS.query, state.query.trim() || null);
  set(URL_PARAMS.hiddenTypes, [...state.hiddenEntityTypes].sort().join(LIST_SEPARATOR) || null);
  set(URL_PARAMS.hiddenRelations, [...state.hiddenRelations].sort().join(LIST_SEPARATOR) || null);
  set(URL_PARAMS.camera, state.camera ? formatCamera(state.camera) : null);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether moving from one state to the next deserves its own history entry (Back returns to it). */
export function isHistoryStep(previous: Pick<ViewState, 'selection' | 'hiddenEntityTypes' | 'hiddenRelations'>, next: Pick<ViewState, 'selection' | 'hiddenEntityTypes' | 'hiddenRelations'>): boolean {
  const key = (s: ViewState['selection']) => (s ? `${s.kind}:${s.key}` : '');
  const list = (set: ReadonlySet<string>) => [...set].sort().join(LIST_SEPARATOR);
  return (
    key(previous.selection) !== key(next.selection) ||
    list(previous.hiddenEntityTypes) !== list(next.hiddenEntityTypes) ||
    list(previous.hiddenRelations) !== list(next.hiddenRelations)
  );
}
