import { computeEntityTypeCounts, computeRelationCounts, computeVisibleSummary, type CategoryCount } from '../core/filters.js';
import type { Store, ViewState } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { el } from './dom.js';

/**
 * Legend and filters in one: each entity type and relation is a toggle button
 * (aria-pressed = shown) with its colour and live count.
 */
export function mountLegend(container: HTMLElement, context: { graph: ExplorerGraph; store: Store; commands: ExplorerCommands }): () => void {
  const { graph, store, commands } = context;
  container.setAttribute('aria-label', 'Legend and filters');
  const summary = el('p', { className: 'legend-summary', attrs: { 'aria-live': 'polite' } });
  const types = el('ul', { className: 'legend-list' });
  const relations = el('ul', { className: 'legend-list' });
  const relationsGroup = el('details', { className: 'legend-group' }, [el('summary', { text: 'Relations' }), relations]);
  container.replaceChildren(
    summary,
    el('div', { className: 'legend-group' }, [el('h2', { className: 'legend-title', text: 'Entity types' }), types]),
    relationsGroup,
  );

  const renderRows = (list: HTMLElement, rows: CategoryCount[], kind: 'type' | 'relation', toggle: (name: string) => void) => {
    list.replaceChildren(
      ...rows.map((row) =>
        el('li', {}, [
          el(
            'button',
            {
              className: 'legend-item',
              attrs: {
                type: 'button',
                'aria-pressed': String(!row.hidden),
                [`data-${kind}`]: row.name,
                title: row.hidden ? `Show ${row.name}` : `Hide ${row.name}`,
              },
              on: { click: () => toggle(row.name) },
            },
            [
              el('span', { className: kind === 'type' ? 'swatch' : 'swatch line', style: { background: row.color }, attrs: { 'aria-hidden': 'true' } }),
              el('span', { className: 'legend-name', text: row.name }),
              el('span', { className: 'legend-count', text: row.hidden || row.visible === row.total ? String(row.total) : `${row.visible}/${row.total}` }),
            ],
          ),
        ]),
      ),
    );
  };

  const render = (state: ViewState) => {
    const visible = computeVisibleSummary(graph, state);
    summary.textContent = `${visible.nodes} of ${visible.totalNodes} entities · ${visible.edges} of ${visible.totalEdges} relations shown`;
    renderRows(types, computeEntityTypeCounts(graph, state), 'type', commands.toggleEntityType);
    renderRows(relations, computeRelationCounts(graph, state), 'relation', commands.toggleRelation);
  };

  const keepFocus = (fn: () => void) => {
    const active = document.activeElement as HTMLElement | null;
    const selector = active?.matches('.legend-item') ? (active.dataset['type'] !== undefined ? `[data-type="${CSS.escape(active.dataset['type'])}"]` : `[data-relation="${CSS.escape(active.dataset['relation'] ?? '')}"]`) : null;
    fn();
    if (selector) container.querySelector<HTMLElement>(selector)?.focus();
  };

  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.hiddenEntityTypes !== previous.hiddenEntityTypes || state.hiddenRelations !== previous.hiddenRelations) keepFocus(() => render(state));
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
