import { COLOR_KEY_TITLES } from '../core/attribute-scales.js';
import { planName } from '../core/documents.js';
import { computeColorClassCounts, computeEntityTypeCounts, computeMembershipCounts, computeRelationCounts, computeVisibleSummary, filtersChanged, type CategoryCount } from '../core/filters.js';
import { COLOR_BY_MODES, SIZE_BY_MODES, type ColorBy, type SizeBy, type Store, type ViewState } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { el } from './dom.js';

let instance = 0;
/** The stylesheet's breakpoint at which the sidebar moves under the canvas. */
const NARROW_SCREEN = '(max-width: 820px)';

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
  const colorTitle = el('h2', { className: 'legend-title' });
  const colorKey = el('ul', { className: 'legend-list color-key' });
  const typesTitle = el('h2', { className: 'legend-title', text: 'Entity types' });
  const colorGroup = el('div', { className: 'legend-group', attrs: { hidden: true } }, [colorTitle, colorKey]);
  const names = new Map(graph.getAttribute('documents').map((doc) => [doc.id, planName(doc)]));
  // Entities without a relation ring the graph; one switch leaves them out (the count says how many).
  const isolatedCount = graph.filterNodes((node) => graph.degree(node) === 0).length;
  const isolatedBox = el('input', { attrs: { type: 'checkbox', id: 'hide-isolated' }, on: { change: () => commands.setHideIsolated(isolatedBox.checked) } }) as HTMLInputElement;
  const isolatedRow = el('label', { className: 'legend-option', attrs: { for: 'hide-isolated', hidden: isolatedCount === 0 } }, [isolatedBox, el('span', { text: ` Hide unlinked entities (${isolatedCount})` })]);
  const legendId = ++instance;
  const appearance = mountAppearance(graph, commands, legendId);
  const body = el('div', { className: 'legend-body', attrs: { id: `legend-body-${legendId}` } }, [
    appearance.element,
    isolatedRow,
    colorGroup,
    el('div', { className: 'legend-group' }, [typesTitle, types]),
    relationsGroup,
  ]);
  // Folding the legend gives its corner of the canvas back to the graph; the summary stays.
  const setExpanded = (expanded: boolean) => {
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.title = expanded ? 'Hide the legend' : 'Show the legend';
    body.hidden = !expanded;
    container.classList.toggle('is-collapsed', !expanded);
  };
  const toggle = el('button', {
    className: 'legend-toggle',
    attrs: { type: 'button', 'aria-controls': body.id },
    text: 'Legend',
    on: { click: () => setExpanded(toggle.getAttribute('aria-expanded') !== 'true') },
  });
  // On a narrow screen the open legend would cover much of the small canvas, so it starts folded.
  setExpanded(!window.matchMedia(NARROW_SCREEN).matches);
  container.replaceChildren(el('div', { className: 'legend-header' }, [toggle]), summary, body);

  /** `coloured`: whether the canvas draws the rows' colours; when it does not, the swatches stay empty so the legend never shows a colour the canvas lacks. */
  const renderRows = (list: HTMLElement, rows: CategoryCount[], kind: 'type' | 'relation', toggle: (name: string) => void, coloured = true) => {
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
              el('span', { className: `${kind === 'type' ? 'swatch' : 'swatch line'}${coloured ? '' : ' neutral'}`, style: coloured ? { background: row.color } : {}, attrs: { 'aria-hidden': 'true' } }),
              el('span', { className: 'legend-name', text: row.name }),
              el('span', { className: 'legend-count', text: row.hidden || row.visible === row.total ? String(row.total) : `${row.visible}/${row.total}` }),
            ],
          ),
        ]),
      ),
    );
  };

  /** What node colours mean when they are not the type colours; the type rows then only filter. */
  const renderColorKey = (state: ViewState) => {
    const row = (color: string, name: string, count: number, data: Record<string, string>) =>
      el('li', { className: 'legend-key', attrs: data }, [
        // A colour no drawn node has (a count of 0) stays hollow, like the filters' rows.
        el('span', { className: count > 0 ? 'swatch' : 'swatch neutral', style: count > 0 ? { background: color } : {}, attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'legend-name', text: name }),
        el('span', { className: 'legend-count', text: String(count) }),
      ]);
    if (state.compare) {
      const { a, b } = state.compare;
      const label = { onlyA: `Only A: ${names.get(a) ?? a}`, both: 'Both', onlyB: `Only B: ${names.get(b) ?? b}` };
      colorTitle.textContent = 'Comparison';
      colorKey.replaceChildren(...computeMembershipCounts(graph, state).map((m) => row(m.color, label[m.membership], m.visible, { 'data-membership': m.membership })));
    } else if (state.colorBy !== 'type') {
      colorTitle.textContent = COLOR_KEY_TITLES[state.colorBy];
      colorKey.replaceChildren(...computeColorClassCounts(graph, state, state.colorBy).map((c) => row(c.color, c.name, c.visible, { 'data-class': c.id })));
    } else colorKey.replaceChildren();
    colorGroup.hidden = colorKey.childElementCount === 0;
  };

  const render = (state: ViewState) => {
    appearance.render(state);
    isolatedBox.checked = state.hideIsolated;
    renderColorKey(state);
    const visible = computeVisibleSummary(graph, state);
    // With every plan unticked the canvas is empty: say why and where to change it.
    const noPlan = state.shownDocuments !== null && state.shownDocuments.size === 0 && !state.compare;
    summary.textContent = `${visible.nodes} of ${visible.totalNodes} entities · ${visible.edges} of ${visible.totalEdges} relations shown${noPlan ? ' — no plan is ticked: tick one under Plans' : ''}`;
    const typeColours = !state.compare && state.colorBy === 'type';
    typesTitle.textContent = typeColours ? 'Entity types' : 'Entity types (filter)';
    renderRows(types, computeEntityTypeCounts(graph, state), 'type', commands.toggleEntityType, typeColours);
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
    if (filtersChanged(previous, state) || state.colorBy !== previous.colorBy || state.sizeBy !== previous.sizeBy) keepFocus(() => render(state));
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
    container.classList.remove('is-collapsed');
  };
}

const COLOR_BY_NAMES: Readonly<Record<ColorBy, string>> = {
  type: 'entity type',
  shared: 'shared by N plans',
  community: 'community (Louvain)',
  degree: 'relations (degree)',
  centrality: 'centrality (PageRank)',
};
const SIZE_BY_NAMES: Readonly<Record<SizeBy, string>> = {
  centrality: 'centrality (PageRank)',
  degree: 'relations (degree)',
  plans: 'plans mentioning it',
  uniform: 'all the same',
};

/**
 * "Colour by" and "Size by", as in Gephi's appearance panel. Plan-sharing
 * choices appear only when the graph holds several plans; while comparing,
 * the comparison decides the colours.
 */
function mountAppearance(graph: ExplorerGraph, commands: ExplorerCommands, legendId: number) {
  const severalPlans = graph.getAttribute('documents').length > 1;
  const options = <T extends string>(names: Readonly<Record<T, string>>, modes: readonly T[]) =>
    modes.filter((mode) => severalPlans || (mode !== 'shared' && mode !== 'plans')).map((mode) => el('option', { text: names[mode], attrs: { value: mode } }));
  const colorBy = el('select', { className: 'tool-select', attrs: { id: `legend-color-${legendId}` }, on: { change: () => commands.setColorBy(colorBy.value as ColorBy) } }, options(COLOR_BY_NAMES, COLOR_BY_MODES));
  const sizeBy = el('select', { className: 'tool-select', attrs: { id: `legend-size-${legendId}` }, on: { change: () => commands.setSizeBy(sizeBy.value as SizeBy) } }, options(SIZE_BY_NAMES, SIZE_BY_MODES));
  const element = el('div', { className: 'legend-group appearance' }, [
    el('div', { className: 'field' }, [el('label', { text: 'Colour by', attrs: { for: colorBy.id } }), colorBy]),
    el('div', { className: 'field' }, [el('label', { text: 'Size by', attrs: { for: sizeBy.id } }), sizeBy]),
  ]);
  return {
    element,
    render(state: ViewState) {
      colorBy.value = state.colorBy;
      sizeBy.value = state.sizeBy;
      colorBy.disabled = state.compare !== null;
      colorBy.title = state.compare ? 'While comparing, nodes take the comparison colours' : '';
    },
  };
}
