import { applySharedView, restrictToDocuments, setCamera } from './core/actions.js';
import type { Store } from './core/state.js';
import { formatUrlView, isHistoryStep, parseUrlView } from './core/url-state.js';
import type { ExplorerRenderer } from './graph-renderer.js';

/** Camera moves and typing update the URL in place, at most this often. */
const REPLACE_DELAY_MS = 300;

/**
 * Keeps the view and the address bar in step: a change of selection,
 * filters, shown plans, colouring or comparison is a history entry (Back
 * undoes it), camera moves and typing replace the current one. Back/Forward
 * re-apply the URL's view, restricted to the plans this graph has.
 */
export function mountUrlSync(store: Store, renderer: ExplorerRenderer, documentIds: readonly string[], onNavigate: () => void): () => void {
  const camera = renderer.getCamera();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoring = false;

  const write = (mode: 'push' | 'replace') => {
    clearTimeout(timer);
    timer = undefined;
    const search = formatUrlView(store.get(), location.search);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const onCamera = () => store.update(setCamera({ ...camera.getState() }));
  camera.on('updated', onCamera);

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    if (isHistoryStep(previous, state)) write('push');
    else if (state.camera !== previous.camera || state.query !== previous.query) {
      clearTimeout(timer);
      timer = setTimeout(() => write('replace'), REPLACE_DELAY_MS);
    }
  });

  const onPopState = () => {
    clearTimeout(timer);
    const view = parseUrlView(location.search);
    restoring = true;
    try {
      store.update((state) => restrictToDocuments(documentIds)(applySharedView(view)(state)));
      if (view.camera) camera.setState(view.camera);
    } finally {
      restoring = false;
    }
    onNavigate();
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    clearTimeout(timer);
    camera.removeListener('updated', onCamera);
    window.removeEventListener('popstate', onPopState);
    unsubscribe();
  };
}
