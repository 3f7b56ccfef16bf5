import type { LabelRect } from './core/label-placer.js';
import type { DocumentInfo } from '../model/graph-attributes.js';
import * as actions from './core/actions.js';
import { buildGexfExport, toExportFileName } from './core/export.js';
import { findShortestPath } from './core/neighbourhood.js';
import { revealNode } from './core/reveal.js';
import { buildSearchIndex, type SearchIndex } from './core/search-index.js';
import { createStore, INITIAL_VIEW_STATE, type Store, type ViewState } from './core/state.js';
import type { ExplorerGraph } from './core/types.js';
import { parseUrlView } from './core/url-state.js';
import type { ExplorerCommands } from './commands.js';
import { deliverDownload } from './download.js';
import { mountGraphRenderer, type ExplorerRenderer } from './graph-renderer.js';
import { createLayoutController } from './layout-controller.js';
import { createPins } from './core/pins.js';
import { mountTableView } from './views/table-view.js';
import { DEFAULT_IMAGE_OPTIONS, renderGraphImage, type ImageOptions } from './png-export.js';
import { mountUrlSync } from './url-sync.js';
import { mountDetailsPanel } from './views/details-panel.js';
import { mountDocumentView } from './views/document-view.js';
import { mountLegend } from './views/legend.js';
import { mountPlansPanel } from './views/plans-panel.js';
import { mountSearchBox } from './views/search-box.js';
import { mountToolbar } from './views/toolbar.js';

export interface ExplorerElements {
  stage: HTMLElement;
  toolbar: HTMLElement;
  legend: HTMLElement;
  search: HTMLElement;
  details: HTMLElement;
  document: HTMLElement;
  plans: HTMLElement;
  table: HTMLElement;
}

/** What `window.plangraph` exposes for console scripting and automation. */
export interface ExplorerApi {
  graph: ExplorerGraph;
  renderer: ExplorerRenderer;
  select(nodeKey: string): void;
  clear(): void;
  readonly state: ViewState;
  store: Store;
  commands: ExplorerCommands;
  /** Boxes (viewport pixels) of the node labels drawn in the last frame. */
  drawnLabels(): readonly LabelRect[];
  /** The PNG image "Export PNG" downloads (options default to DEFAULT_IMAGE_OPTIONS and the export scope). */
  renderImage(options?: Partial<ImageOptions>): Promise<Blob>;
}

export interface MountedExplorer {
  api: ExplorerApi;
  dispose(): void;
}

export interface ExplorerOptions {
  /** Read the initial view from the URL and keep the URL in step (off for files opened by hand). */
  syncUrl: boolean;
  onError(title: string, detail: string): void;
  /** Called once every panel is mounted, a task after the graph's first frame. */
  onReady(api: ExplorerApi): void;
}

/** How long the search index may wait for an idle moment before it is built anyway. */
const SEARCH_INDEX_IDLE_TIMEOUT_MS = 2000;

/** Mounts every part of the explorer on one graph; dispose() takes it all down again. */
export function mountExplorer(elements: ExplorerElements, graph: ExplorerGraph, options: ExplorerOptions): MountedExplorer {
  const documentIds = graph.getAttribute('documents').map((doc) => doc.id);
  const shared = options.syncUrl ? parseUrlView(location.search) : null;
  const store = createStore(actions.restrictToDocuments(documentIds)(shared ? actions.applySharedView(shared)(INITIAL_VIEW_STATE) : INITIAL_VIEW_STATE));
  if (shared?.selection && !(shared.selection.kind === 'node' ? graph.hasNode(shared.selection.key) : graph.hasEdge(shared.selection.key))) {
    store.update(actions.clearSelection());
  }
  // A link made for another graph may name entities this one lacks.
  const initialView = store.get();
  if (initialView.neighbourhood && !graph.hasNode(initialView.neighbourhood.centre)) store.update(actions.setNeighbourhood(null));
  if (initialView.pathFrom && !graph.hasNode(initialView.pathFrom)) store.update(actions.setPathFrom(null));
  const documents = new Map<string, DocumentInfo>(graph.getAttribute('documents').map((doc) => [doc.id, doc]));

  const renderImage = (image: Partial<ImageOptions> = {}) => renderGraphImage(view.renderer, graph, store.get(), { ...DEFAULT_IMAGE_OPTIONS, scope: store.get().exportScope, ...image });

  // Assigned right below; commands only run after mounting, when both exist.
  let view!: ReturnType<typeof mountGraphRenderer>;
  const pins = createPins(graph, (pinned) => store.update(actions.setPinned(pinned)));
  const layout = createLayoutController(graph, store, pins);

  const commands: ExplorerCommands = {
    selectNode(key) {
      if (!graph.hasNode(key)) return;
      store.update(actions.selectNode(key));
      // With a path started elsewhere, the path is what the user wants to see whole.
      const from = store.get().pathFrom;
      const path = from && from !== key ? findShortestPath(graph, from, key) : null;
      if (path) view.animateToNodes(path.nodes);
      else view.animateToNode(key);
    },
    revealNode(key) {
      if (!graph.hasNode(key)) return;
      store.update(revealNode(graph, key));
      view.animateToNode(key);
    },
    selectEdge: (key) => graph.hasEdge(key) && store.update(actions.selectEdge(key)),
    clearSelection: () => store.update(actions.clearSelection()),
    hoverNode: (key) => store.update(actions.hoverNode(key)),
    toggleEntityType: (entityType) => store.update(actions.toggleEntityType(entityType)),
    toggleRelation: (relation) => store.update(actions.toggleRelation(relation)),
    setHideIsolated: (hide) => store.update(actions.setHideIsolated(hide)),
    setNeighbourhood: (centre, steps) => graph.hasNode(centre) && store.update(actions.setNeighbourhood(steps === null ? null : { centre, steps })),
    setPathFrom: (key) => (key === null || graph.hasNode(key)) && store.update(actions.setPathFrom(key)),
    setQuery: (query) => store.update(actions.setQuery(query)),
    toggleDocument: (id) => store.update(actions.toggleDocument(id, documentIds)),
    showAllDocuments: () => store.update(actions.setShownDocuments(null, documentIds)),
    setColorBy: (colorBy) => store.update(actions.setColorBy(colorBy)),
    setSizeBy: (sizeBy) => store.update(actions.setSizeBy(sizeBy)),
    setCompare: (pair) => store.update((state) => actions.restrictToDocuments(documentIds)(actions.setCompare(pair)(state))),
    setComparePlan: (side, id) => documentIds.includes(id) && store.update(actions.setComparePlan(side, id)),
    moveNode(key, x, y) {
      layout.remember();
      pins.place(key, x, y);
    },
    unpinNode: (key) => pins.unpin(key),
    toggleTable: () => store.update(actions.setTableOpen(!store.get().tableOpen)),
    zoomIn: () => view.zoomIn(),
    zoomOut: () => view.zoomOut(),
    fitView: () => view.fitView(),
    startLayout: () => layout.start(),
    stopLayout: () => layout.stop(),
    resetLayout: () => layout.reset(),
    setExportScope: (scope) => store.update(actions.setExportScope(scope)),
    exportGexf() {
      const state = store.get();
      try {
        const gexf = buildGexfExport(graph, state, state.exportScope);
        deliverDownload(new Blob([gexf], { type: 'application/gexf+xml' }), toExportFileName(graph.getAttribute('name'), state.exportScope, 'gexf'));
      } catch (error) {
        options.onError('GEXF export failed.', (error as Error).message);
      }
    },
    exportPng() {
      const scope = store.get().exportScope;
      renderImage({ scope })
        .then((blob) => deliverDownload(blob, toExportFileName(graph.getAttribute('name'), scope, 'png')))
        .catch((error: unknown) => options.onError('PNG export failed.', (error as Error).message));
    },
  };

  view = mountGraphRenderer(elements.stage, { graph, store, commands, panels: () => [elements.toolbar, elements.legend] });
  const initial = store.get();
  if (initial.camera) view.renderer.getCamera().setState(initial.camera);

  // Built on first use or when the page is idle, whichever comes first: on a
  // large graph it takes as long as the first frame itself.
  let builtIndex: SearchIndex | null = null;
  const index: SearchIndex = { search: (query, limit) => (builtIndex ??= buildSearchIndex(graph)).search(query, limit) };

  const disposers: (() => void)[] = [];
  // A comparison or a neighbourhood draws another set of nodes: frame what it shows.
  disposers.push(
    store.subscribe((state, previous) => {
      if (state.compare !== previous.compare || state.neighbourhood !== previous.neighbourhood) view.fitView();
    }),
  );
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea')) return;
    commands.clearSelection();
  };
  document.addEventListener('keydown', onKeyDown);

  // Sigma drew its first frame inside its constructor; the panels follow in the
  // next task, so the browser can show the graph before they are built.
  const mountPanels = () => {
    try {
      disposers.push(
        mountToolbar(elements.toolbar, { store, commands }),
        mountLegend(elements.legend, { graph, store, commands }),
        mountSearchBox(elements.search, { graph, store, commands, index }),
        mountDetailsPanel(elements.details, { graph, store, commands, documents }),
        mountDocumentView(elements.document, { graph, store, commands }),
        mountPlansPanel(elements.plans, { graph, store, commands }),
      );
      const table = mountTableView(elements.table, { graph, store, commands, onClose: () => store.update(actions.setTableOpen(false)) });
      const applyTable = (open: boolean) => (open ? table.open() : table.close());
      applyTable(store.get().tableOpen);
      disposers.push(
        store.subscribe((state, previous) => {
          if (state.tableOpen !== previous.tableOpen) applyTable(state.tableOpen);
        }),
        table.dispose,
      );
      if (options.syncUrl) disposers.push(mountUrlSync(store, view.renderer, documentIds, () => view.refresh()));
      // Framing needs the panels' sizes, so the first fit waits for them; a shared camera is kept as it is.
      if (!initial.camera) {
        if (initial.selection?.kind === 'node') view.animateToNode(initial.selection.key);
        else view.fitView({ animate: false });
      }
    } catch (error) {
      options.onError('The explorer could not be fully set up.', (error as Error).message);
    }
    options.onReady(api);
    disposers.push(onIdle(() => void (builtIndex ??= buildSearchIndex(graph)), SEARCH_INDEX_IDLE_TIMEOUT_MS));
  };
  const panelsTimer = setTimeout(mountPanels, 0);

  const api: ExplorerApi = {
    graph,
    renderer: view.renderer,
    select: commands.selectNode,
    clear: commands.clearSelection,
    get state() {
      return store.get();
    },
    store,
    commands,
    drawnLabels: view.drawnLabels,
    renderImage,
  };

  return {
    api,
    dispose() {
      clearTimeout(panelsTimer);
      document.removeEventListener('keydown', onKeyDown);
      layout.dispose();
      disposers.forEach((dispose) => dispose());
      view.dispose();
    },
  };
}

/** Runs `task` when the browser is idle (or after `timeout` ms at the latest); returns its cancellation. */
function onIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, timeout / 4);
  return () => clearTimeout(handle);
}
