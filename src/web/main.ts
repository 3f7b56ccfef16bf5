import type { LoadedGraph } from './core/graph-loading.js';
import { URL_PARAMS } from './core/url-state.js';
import { mountExplorer, type ExplorerApi, type ExplorerElements, type MountedExplorer } from './explorer.js';
import { describeError, fetchGraph, parseGraphText } from './graph-file.js';
import { listen } from './views/dom.js';
import { mountSplitter } from './views/splitter.js';
import { clearNotices, showNotice } from './views/notices.js';

declare global {
  interface Window {
    plangraph?: ExplorerApi;
  }
}

const DEFAULT_GRAPH_URL = './graph.json';

function required<T extends HTMLElement>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`index.html lacks ${selector}`);
  return element;
}

/**
 * Page entry: loads `?graph=URL` (default ./graph.json) and lets the user open
 * or drop another graph.json/GEXF. Any failure is shown in the page; the
 * empty-state message stays visible whenever no graph is drawn.
 */
export function mountApp(): () => void {
  const elements: ExplorerElements = {
    stage: required('#stage'),
    toolbar: required('#toolbar'),
    legend: required('#legend'),
    search: required('#search'),
    details: required('#details'),
    document: required('#document'),
    plans: required('#plans'),
    table: required('#table'),
  };
  // The details and the document share the sidebar; the handle between them sets how.
  const details = elements.details;
  const disposeSplitter = mountSplitter(required('#details-split'), {
    label: 'Resize the details and the document',
    orientation: 'horizontal',
    direction: 1,
    min: 80,
    max: () => details.parentElement!.clientHeight - (elements.plans.hidden ? 0 : elements.plans.offsetHeight) - 120,
    measure: () => details.getBoundingClientRect().height,
    apply: (size) => (details.style.flex = size === null ? '' : `0 0 ${size}px`),
  });
  const notices = required('#notices');
  const emptyState = required('#empty-state');
  const fileInput = required<HTMLInputElement>('#open-file');
  const graphName = required('#graph-name');
  const app = required('#app');
  let current: MountedExplorer | null = null;

  const show = (loaded: LoadedGraph, syncUrl: boolean) => {
    current?.dispose();
    current = null;
    clearNotices(notices);
    for (const notice of loaded.notices) showNotice(notices, 'warning', 'Graph repaired:', notice);
    graphName.textContent = loaded.graph.getAttribute('name');
    emptyState.hidden = true;
    current = mountExplorer(elements, loaded.graph, {
      syncUrl,
      onError: (title, detail) => showNotice(notices, 'error', title, detail),
      onReady(api) {
        window.plangraph = api;
        app.dataset['state'] = 'ready';
      },
    });
  };

  const fail = (error: unknown) => {
    const { title, detail } = describeError(error);
    showNotice(notices, 'error', title, detail);
    if (!current) {
      app.dataset['state'] = 'error';
      emptyState.hidden = false;
    }
  };

  const openFile = async (file: File) => {
    try {
      show(parseGraphText(await file.text(), file.name), false);
      // The URL describes the default graph's view; a hand-opened file has none.
      history.replaceState(null, '', location.pathname);
    } catch (error) {
      fail(error);
    }
  };

  const graphUrl = new URLSearchParams(location.search).get(URL_PARAMS.graph) ?? DEFAULT_GRAPH_URL;
  app.dataset['state'] = 'loading';
  fetchGraph(graphUrl).then((loaded) => show(loaded, true), fail);

  let dragDepth = 0;
  const disposers = [
    listen(fileInput, 'change', () => {
      const file = fileInput.files?.[0];
      if (file) void openFile(file);
      fileInput.value = '';
    }),
    listen(document, 'dragenter', (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      dragDepth++;
      app.classList.add('is-dropping');
    }),
    listen(document, 'dragleave', () => {
      dragDepth = Math.max(0, dragDepth - 1);
      if (dragDepth === 0) app.classList.remove('is-dropping');
    }),
    listen(document, 'dragover', (event) => event.preventDefault()),
    listen(document, 'drop', (event) => {
      event.preventDefault();
      dragDepth = 0;
      app.classList.remove('is-dropping');
      const file = event.dataTransfer?.files[0];
      if (file) void openFile(file);
    }),
  ];
  return () => {
    disposers.forEach((dispose) => dispose());
    disposeSplitter();
    current?.dispose();
  };
}

mountApp();
