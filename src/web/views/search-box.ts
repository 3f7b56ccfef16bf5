import type { SearchHit, SearchIndex } from '../core/search-index.js';
import type { Store } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { el, listen } from './dom.js';

let instance = 0;
/** Suggestions shown at first, and added by each "More results…". */
const PAGE = 8;

function shorten(title: string): string {
  return title.length > 36 ? `${title.slice(0, 35)}…` : title;
}

/** ARIA 1.2 combobox with a listbox popup: ↑/↓ move, Enter chooses, Esc closes then clears. */
export function mountSearchBox(
  container: HTMLElement,
  context: { graph: ExplorerGraph; store: Store; commands: ExplorerCommands; index: SearchIndex },
): () => void {
  const { graph, store, commands, index } = context;
  const id = `search-${++instance}`;
  const input = el('input', {
    className: 'search-input',
    attrs: {
      type: 'search',
      role: 'combobox',
      'aria-label': 'Search entities',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-listbox`,
      placeholder: 'Search entities and aliases…',
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const listbox = el('ul', { className: 'search-results', attrs: { id: `${id}-listbox`, role: 'listbox', 'aria-label': 'Matching entities', hidden: true } });
  container.replaceChildren(el('div', { className: 'search' }, [input, listbox]));

  let hits: SearchHit[] = [];
  let options: HTMLElement[] = [];
  let active = -1;
  let limit = PAGE;
  let more = false;
  let lastQuery = '';
  // With several plans, look-alike suggestions ("pillar industries · Group" per plan) say whose they are.
  const documents = graph.getAttribute('documents') ?? [];
  const titles = new Map(documents.map((doc) => [doc.id, doc.title]));
  const planOf = (key: string): string | undefined => {
    if (documents.length < 2) return undefined;
    const ids = graph.getNodeAttribute(key, 'documents') ?? [];
    if (ids.length === 1) return shorten(titles.get(ids[0]!) ?? ids[0]!);
    return ids.length > 1 ? `${ids.length} plans` : undefined;
  };

  /** `reveal` scrolls the option into view: needed when the keyboard moves, not when a fresh list starts at its top. */
  const setActive = (next: number, reveal: boolean) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = next;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      if (reveal) option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1, false);
  };

  const open = (query: string, keepLimit = false) => {
    if (!keepLimit || query !== lastQuery) limit = PAGE;
    lastQuery = query;
    const found = index.search(query, limit + 1);
    more = found.length > limit;
    hits = found.slice(0, limit);
    active = -1;
    options = hits.map((hit, i) =>
      el(
        'li',
        {
          className: 'search-option',
          attrs: { id: `${id}-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-node': hit.key },
          // mousedown, not click: the input would blur first and close the list.
          on: { mousedown: (event) => (event.preventDefault(), choose(i)) },
        },
        [
          el('span', { className: 'swatch', style: { background: graph.getNodeAttribute(hit.key, 'color') }, attrs: { 'aria-hidden': 'true' } }),
          el('span', { className: 'search-label' }, [hit.label, hit.alias ? el('span', { className: 'search-alias', text: ` (${hit.alias})` }) : null]),
          el('span', { className: 'search-type', text: hit.entityType }),
          planOf(hit.key) ? el('span', { className: 'search-plan', text: planOf(hit.key)! }) : null,
        ],
      ),
    );
    if (more) {
      options.push(
        el('li', {
          className: 'search-option search-more',
          attrs: { id: `${id}-option-more`, role: 'option', 'aria-selected': 'false' },
          on: { mousedown: (event) => (event.preventDefault(), showMore()) },
          text: 'More results…',
        }),
      );
    }
    listbox.replaceChildren(...(options.length === 0 ? [el('li', { className: 'search-empty', attrs: { role: 'presentation' }, text: 'No matching entity' })] : options));
    listbox.scrollTop = 0;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(hits.length > 0 ? 0 : -1, false);
  };

  const showMore = () => {
    const from = hits.length;
    limit += PAGE;
    open(lastQuery, true);
    setActive(Math.min(from, options.length - 1), true);
  };

  const choose = (i: number) => {
    if (more && i === hits.length) {
      showMore();
      return;
    }
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    commands.setQuery(hit.label);
    close();
    commands.selectNode(hit.key);
  };

  input.value = store.get().query;
  const disposers = [
    listen(input, 'input', () => {
      commands.setQuery(input.value);
      if (input.value.trim()) open(input.value);
      else close();
    }),
    listen(input, 'keydown', (event) => {
      const expanded = !listbox.hidden;
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (!expanded) open(input.value);
          else if (options.length) setActive((active + 1) % options.length, true);
          break;
        case 'ArrowUp':
          event.preventDefault();
          if (expanded && options.length) setActive((active - 1 + options.length) % options.length, true);
          break;
        case 'Enter':
          if (expanded) {
            event.preventDefault();
            choose(active >= 0 ? active : 0);
          } else if (input.value.trim()) {
            event.preventDefault();
            open(input.value);
          }
          break;
        case 'Escape':
          event.preventDefault();
          if (expanded) close();
          else {
            input.value = '';
            commands.setQuery('');
          }
          break;
      }
    }),
    listen(input, 'blur', close),
    listen(input, 'focus', () => {
      if (input.value.trim() && store.get().selection === null) open(input.value);
    }),
    store.subscribe((state, previous) => {
      if (state.query !== previous.query && state.query !== input.value) input.value = state.query;
    }),
  ];
  return () => {
    disposers.forEach((dispose) => dispose());
    container.replaceChildren();
  };
}
