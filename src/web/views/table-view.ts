import { computeTableRows, filterRows, sortRows, TABLE_COLUMNS, toTableCsv, type TableKind, type TableRow, type TableSort } from '../core/table-rows.js';
import { toExportFileName } from '../core/export.js';
import { filtersChanged } from '../core/filters.js';
import type { Store, ViewState } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { deliverDownload } from '../download.js';
import { el, formatNumber } from './dom.js';

/** Rows drawn at once; the rest are one "Show more" away (a 50k-entity table would take seconds to lay out). */
const PAGE_ROWS = 200;

/**
 * The table of entities or relations the canvas draws: sortable by any
 * column, filtered by text, each row a button to the item, and a CSV of
 * exactly the rows shown (all of them, not only the first page).
 */
export function mountTableView(container: HTMLElement, context: { graph: ExplorerGraph; store: Store; commands: ExplorerCommands; onClose: () => void }): { open(): void; close(): void; isOpen(): boolean; dispose(): void } {
  const { graph, store, commands } = context;
  container.setAttribute('role', 'dialog');
  container.setAttribute('aria-label', 'Table of entities and relations');
  container.hidden = true;
  let kind: TableKind = 'entities';
  const sorts: Record<TableKind, TableSort> = { entities: { column: 'relations', descending: true }, relations: { column: 'evidence', descending: true } };
  let shown = PAGE_ROWS;
  let rows: TableRow[] = [];

  const tab = (which: TableKind, text: string) =>
    el('button', { className: 'tab', text, attrs: { type: 'button', role: 'tab', 'data-kind': which }, on: { click: () => ((kind = which), (shown = PAGE_ROWS), render()) } });
  const tabs = [tab('entities', 'Entities'), tab('relations', 'Relations')];
  const filter = el('input', { className: 'table-filter', attrs: { type: 'search', placeholder: 'Filter rows…', 'aria-label': 'Filter table rows' }, on: { input: () => ((shown = PAGE_ROWS), render()) } }) as HTMLInputElement;
  const count = el('span', { className: 'muted small table-count', attrs: { 'aria-live': 'polite' } });
  const csv = el('button', { className: 'button small', text: '↓ CSV', attrs: { type: 'button', title: 'Download the rows shown as CSV' }, on: { click: () => downloadCsv() } });
  const close = el('button', { className: 'icon-button close', text: '×', attrs: { type: 'button', 'aria-label': 'Close table' }, on: { click: () => context.onClose() } });
  const table = el('table', { className: 'data-table' });
  const more = el('button', { className: 'text-button small', attrs: { type: 'button' }, on: { click: () => ((shown += PAGE_ROWS), render()) } });
  container.replaceChildren(
    el('div', { className: 'table-header' }, [el('div', { className: 'tabs', attrs: { role: 'tablist' } }, tabs), filter, count, csv, close]),
    el('div', { className: 'table-scroll' }, [table, more]),
  );

  const currentRows = () => sortRows(filterRows(computeTableRows(graph, store.get(), kind), filter.value), sorts[kind]);

  function render(): void {
    rows = currentRows();
    const columns = TABLE_COLUMNS[kind];
    const sort = sorts[kind];
    for (const button of tabs) button.setAttribute('aria-selected', String(button.dataset['kind'] === kind));
    const header = el(
      'tr',
      {},
      columns.map((column) => {
        const active = sort.column === column.id;
        return el('th', { attrs: { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none', 'data-column': column.id, class: column.numeric ? 'numeric' : '' } }, [
          el('button', {
            className: 'text-button',
            text: `${column.title}${active ? (sort.descending ? ' ▾' : ' ▴') : ''}`,
            attrs: { type: 'button' },
            on: {
              click: () => {
                sorts[kind] = { column: column.id, descending: active ? !sort.descending : column.numeric };
                render();
              },
            },
          }),
        ]);
      }),
    );
    const body = rows.slice(0, shown).map((row) =>
      el(
        'tr',
        { attrs: { 'data-key': row.key, tabindex: '0' }, on: { click: () => open(row.key), keydown: (event: Event) => (event as KeyboardEvent).key === 'Enter' && open(row.key) } },
        columns.map((column) => {
          const value = row.cells[column.id] ?? '';
          return el('td', { text: typeof value === 'number' ? formatNumber(value) : value, attrs: { class: column.numeric ? 'numeric' : '' } });
        }),
      ),
    );
    table.replaceChildren(el('thead', {}, [header]), el('tbody', {}, body));
    count.textContent = `${rows.length} ${kind === 'entities' ? (rows.length === 1 ? 'entity' : 'entities') : rows.length === 1 ? 'relation' : 'relations'}`;
    more.hidden = rows.length <= shown;
    more.textContent = `Show ${Math.min(PAGE_ROWS, rows.length - shown)} more of ${rows.length - shown}`;
  }

  const open = (key: string) => (kind === 'entities' ? commands.selectNode(key) : commands.selectEdge(key));

  function downloadCsv(): void {
    const text = toTableCsv(TABLE_COLUMNS[kind], currentRows());
    const name = toExportFileName(`${graph.getAttribute('name') || 'plangraph'} ${kind}`, 'all', 'csv');
    // A byte-order mark tells spreadsheet programs the file is UTF-8 (Chinese labels stay readable).
    deliverDownload(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }), name);
  }

  const unsubscribe = store.subscribe((state: ViewState, previous: ViewState) => {
    if (!container.hidden && filtersChanged(previous, state)) render();
  });
  return {
    open() {
      container.hidden = false;
      render();
      filter.focus();
    },
    close() {
      container.hidden = true;
    },
    isOpen: () => !container.hidden,
    dispose() {
      unsubscribe();
      container.replaceChildren();
      container.hidden = true;
    },
  };
}
