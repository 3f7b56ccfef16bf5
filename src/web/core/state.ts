/**
 * The explorer's view state. It lives outside the graph so that nothing the
 * analyst does (hovering, filtering, selecting) can leak into exports.
 */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | null;

export type ExportScope = 'all' | 'visible';

/** What node colours say: the builder's type colours, how many plans mention each node, or a computed attribute. */
export type ColorBy = 'type' | 'shared' | 'community' | 'degree' | 'centrality';
export const COLOR_BY_MODES: readonly ColorBy[] = ['type', 'shared', 'community', 'degree', 'centrality'];

/** What node sizes say: the builder's PageRank sizes, relations, plans mentioning the node, or nothing. */
export type SizeBy = 'centrality' | 'degree' | 'plans' | 'uniform';
export const SIZE_BY_MODES: readonly SizeBy[] = ['centrality', 'degree', 'plans', 'uniform'];

/** Two documents set side by side (ids from the graph's `documents` attribute). */
export interface ComparePair {
  a: string;
  b: string;
}

export interface ViewState {
  selection: Selection;
  hoveredNode: string | null;
  query: string;
  hiddenEntityTypes: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  /** Documents whose entities are drawn; null means every document, including ones added later. */
  shownDocuments: ReadonlySet<string> | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** While set, only the two plans are drawn, coloured by which of them mention each node. */
  compare: ComparePair | null;
  /** Entities without any relation are left out of the drawing. */
  hideIsolated: boolean;
  /** While set, only entities within `steps` relations of `centre` are drawn. */
  neighbourhood: { centre: string; steps: number } | null;
  /** The start of a shortest path: with a node selected, the path from here to it stands out. */
  pathFrom: string | null;
  /** Nodes dragged into place, which the live layout leaves where they are (positions in core/pins.ts). */
  pinned: ReadonlySet<string>;
  /** The table of entities and relations is open over the canvas. */
  tableOpen: boolean;
  camera: CameraView | null;
  exportScope: ExportScope;
  layoutRunning: boolean;
}

export const INITIAL_VIEW_STATE: ViewState = {
  selection: null,
  hoveredNode: null,
  query: '',
  hiddenEntityTypes: new Set(),
  hiddenRelations: new Set(),
  shownDocuments: null,
  colorBy: 'type',
  sizeBy: 'centrality',
  compare: null,
  hideIsolated: false,
  neighbourhood: null,
  pathFrom: null,
  pinned: new Set(),
  tableOpen: false,
  camera: null,
  exportScope: 'all',
  layoutRunning: false,
};

export type StateListener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  get(): ViewState;
  /** Applies a pure action; listeners run only when the state object changes. */
  update(action: (state: ViewState) => ViewState): void;
  subscribe(listener: StateListener): () => void;
}

export function createStore(initial: ViewState = INITIAL_VIEW_STATE): Store {
  let state = initial;
  const listeners = new Set<StateListener>();
  return {
    get: () => state,
    update(action) {
      const next = action(state);
      if (next === state) return;
      const previous = state;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
