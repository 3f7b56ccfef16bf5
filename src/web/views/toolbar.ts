import type { ExportScope, Store, ViewState } from '../core/state.js';
import type { ExplorerCommands } from '../commands.js';
import { el } from './dom.js';

function button(label: string, text: string, onClick: () => void, extra: Record<string, string> = {}): HTMLButtonElement {
  return el('button', { className: 'tool-button', text, attrs: { type: 'button', 'aria-label': label, title: label, ...extra }, on: { click: onClick } });
}

/** Zoom, layout and export controls over the canvas. */
export function mountToolbar(container: HTMLElement, context: { store: Store; commands: ExplorerCommands }): () => void {
  const { store, commands } = context;
  container.setAttribute('role', 'toolbar');
  container.setAttribute('aria-label', 'Graph tools');

  const tableToggle = button('Table of entities and relations', '☰ Table', commands.toggleTable, { 'aria-pressed': 'false' });
  const layoutToggle = button('Run layout', '▶ Layout', () => (store.get().layoutRunning ? commands.stopLayout() : commands.startLayout()), { 'aria-pressed': 'false' });
  const scope = el(
    'select',
    { className: 'tool-select', attrs: { 'aria-label': 'Export scope', title: 'What the exports contain' }, on: { change: () => commands.setExportScope(scope.value as ExportScope) } },
    [el('option', { text: 'Whole graph', attrs: { value: 'all' } }), el('option', { text: 'Visible only', attrs: { value: 'visible' } })],
  );

  container.replaceChildren(
    el('div', { className: 'tool-group' }, [
      button('Zoom in', '+', commands.zoomIn),
      button('Zoom out', '−', commands.zoomOut),
      button('Fit graph to view', '⤢', commands.fitView),
    ]),
    el('div', { className: 'tool-group' }, [layoutToggle, button('Reset layout', '↺ Reset', commands.resetLayout)]),
    el('div', { className: 'tool-group' }, [
      button('Export GEXF', '↓ GEXF', commands.exportGexf),
      button('Export PNG', '↓ PNG', commands.exportPng),
      scope,
    ]),
    el('div', { className: 'tool-group' }, [tableToggle]),
  );

  const render = (state: ViewState) => {
    layoutToggle.setAttribute('aria-pressed', String(state.layoutRunning));
    layoutToggle.textContent = state.layoutRunning ? '■ Stop' : '▶ Layout';
    const label = state.layoutRunning ? 'Stop layout' : 'Run layout';
    layoutToggle.setAttribute('aria-label', label);
    layoutToggle.title = label;
    scope.value = state.exportScope;
    tableToggle.setAttribute('aria-pressed', String(state.tableOpen));
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.layoutRunning !== previous.layoutRunning || state.exportScope !== previous.exportScope || state.tableOpen !== previous.tableOpen) render(state);
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
