import { COMPARE_COLORS, computeComparison, MEMBERSHIPS, type Comparison, type DrawnMembership } from '../core/compare.js';
import { computePlanSummaries, LANGUAGE_NAMES, type PlanSummary } from '../core/documents.js';
import type { Store, ViewState } from '../core/state.js';
import type { ExplorerGraph } from '../core/types.js';
import type { ExplorerCommands } from '../commands.js';
import { el } from './dom.js';

let instance = 0;

const MEMBERSHIP_HEADINGS: Readonly<Record<DrawnMembership, string>> = { onlyA: 'Only A', both: 'Both', onlyB: 'Only B' };

/**
 * Which plans are drawn and the A/B comparison.
 * A graph of one document has nothing to choose between, so the section
 * stays hidden for it.
 */
export function mountPlansPanel(container: HTMLElement, context: { graph: ExplorerGraph; store: Store; commands: ExplorerCommands }): () => void {
  const { graph, store, commands } = context;
  const plans = computePlanSummaries(graph);
  if (plans.length < 2) {
    container.hidden = true;
    container.replaceChildren();
    return () => container.replaceChildren();
  }
  const id = `plans-${++instance}`;
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  container.hidden = false;
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', 'Plans and comparison');

  const boxes = plans.map((plan) =>
    el('input', { attrs: { type: 'checkbox', value: plan.id, 'data-document': plan.id }, on: { change: () => commands.toggleDocument(plan.id) } }),
  );
  const showAll = el('button', { className: 'text-button small', text: 'Show all plans', attrs: { type: 'button' }, on: { click: () => commands.showAllDocuments() } });
  const listNote = el('p', { className: 'muted small', text: 'While comparing, only plans A and B are drawn; leave compare mode to pick plans here.', attrs: { hidden: true } });
  const list = el(
      'ul',
      {},
      plans.map((plan, i) =>
        el('li', {}, [
          el('label', { className: 'plan-option', attrs: { title: plan.title } }, [
            boxes[i]!,
            el('span', { className: 'plan-name', text: plan.name, attrs: { lang: plan.language } }),
            el('span', { className: 'plan-language', text: LANGUAGE_NAMES[plan.language].short, attrs: { title: LANGUAGE_NAMES[plan.language].name, lang: plan.language } }),
            el('span', { className: 'plan-count', text: `${plan.entities} entities` }),
          ]),
        ]),
      ),
    );
  const planList = el('fieldset', { className: 'plan-list' }, [el('legend', { text: 'Plans' }), list, showAll, listNote]);

  const toggle = el('input', {
    attrs: { type: 'checkbox', id: `${id}-compare` },
    on: {
      change: () => {
        sameNote.hidden = true;
        commands.setCompare(toggle.checked ? { a: selectA.value, b: selectB.value } : null);
      },
    },
  });
  const planSelect = (side: 'a' | 'b') =>
    el(
      'select',
      { className: 'tool-select', attrs: { id: `${id}-${side}` }, on: { change: () => choose(side) } },
      plans.map((plan) => el('option', { text: plan.name, attrs: { value: plan.id, title: plan.title } })),
    );
  const selectA = planSelect('a');
  const selectB = planSelect('b');
  selectA.value = plans[0]!.id;
  selectB.value = plans[1]!.id;
  const summary = el('div', { className: 'compare-summary', attrs: { 'aria-live': 'polite' } });

  // The last accepted choice per side, to fall back to while not comparing.
  const picked = { a: selectA.value, b: selectB.value };
  const sameNote = el('p', { className: 'compare-same small', attrs: { role: 'alert', hidden: true } });

  /**
   * Picking a plan compares at once. A plan compared with itself says nothing,
   * so picking the other side's plan is refused with a word rather than
   * swapped behind the user's back.
   */
  function choose(side: 'a' | 'b') {
    const select = side === 'a' ? selectA : selectB;
    const other = side === 'a' ? selectB : selectA;
    const current = store.get().compare;
    if (other.value === select.value) {
      const name = byId.get(select.value)?.name ?? select.value;
      sameNote.textContent = `Plan ${side.toUpperCase()} cannot be ${name}: it is already plan ${side === 'a' ? 'B' : 'A'}. Pick another plan to compare with it.`;
      sameNote.hidden = false;
      select.value = current ? current[side] : picked[side];
      return;
    }
    sameNote.hidden = true;
    picked[side] = select.value;
    if (current) commands.setComparePlan(side, select.value);
    else commands.setCompare({ a: selectA.value, b: selectB.value });
  }

  container.replaceChildren(
    planList,
    el('fieldset', { className: 'compare' }, [
      el('legend', { text: 'Compare' }),
      el('div', { className: 'field' }, [toggle, el('label', { text: 'Compare two plans', attrs: { for: toggle.id } })]),
      el('div', { className: 'field compare-plans' }, [
        el('label', { text: 'Plan A', attrs: { for: selectA.id } }),
        selectA,
        el('label', { text: 'Plan B', attrs: { for: selectB.id } }),
        selectB,
      ]),
      sameNote,
      summary,
    ]),
  );

  const render = (state: ViewState) => {
    const comparing = state.compare !== null;
    boxes.forEach((box, i) => {
      box.checked = state.shownDocuments === null || state.shownDocuments.has(plans[i]!.id);
      box.disabled = comparing;
    });
    // While comparing, the plan list has no say; folding it leaves room for the table.
    list.hidden = comparing;
    showAll.hidden = comparing;
    showAll.disabled = state.shownDocuments === null;
    listNote.hidden = !comparing;
    toggle.checked = comparing;
    if (state.compare) {
      selectA.value = picked.a = state.compare.a;
      selectB.value = picked.b = state.compare.b;
      summary.replaceChildren(renderComparison(computeComparison(graph, state.compare), byId));
    } else {
      summary.replaceChildren(el('p', { className: 'muted small', text: 'Pick plans A and B to colour what only one of them mentions and what both share.' }));
    }
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.shownDocuments !== previous.shownDocuments || state.compare !== previous.compare) render(state);
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
    container.hidden = true;
  };
}

function swatch(color: string): HTMLElement {
  return el('span', { className: 'swatch', style: { background: color }, attrs: { 'aria-hidden': 'true' } });
}

/** The per-type table: what only A names, what both share, what only B names. */
function renderComparison(comparison: Comparison, plans: ReadonlyMap<string, PlanSummary>): HTMLElement {
  const name = (id: string) => plans.get(id)?.name ?? id;
  const cells = (row: Comparison['totals']) => MEMBERSHIPS.map((m) => el('td', { text: String(row[m]), attrs: { 'data-column': m } }));
  return el('div', {}, [
    el('p', { className: 'compare-pair small' }, [
      swatch(COMPARE_COLORS.onlyA),
      `A = ${name(comparison.pair.a)}`,
      swatch(COMPARE_COLORS.onlyB),
      `B = ${name(comparison.pair.b)}`,
    ]),
    el('table', { className: 'compare-table', attrs: { 'aria-label': 'Plan comparison by entity type' } }, [
      el('thead', {}, [
        el('tr', {}, [
          el('th', { text: 'Type', attrs: { scope: 'col' } }),
          ...MEMBERSHIPS.map((m) => el('th', { attrs: { scope: 'col', 'data-column': m } }, [swatch(COMPARE_COLORS[m]), MEMBERSHIP_HEADINGS[m]])),
        ]),
      ]),
      el(
        'tbody',
        {},
        comparison.rows.map((row) => el('tr', { attrs: { 'data-type': row.entityType } }, [el('th', { text: row.entityType, attrs: { scope: 'row' } }), ...cells(row)])),
      ),
      el('tfoot', {}, [el('tr', { attrs: { 'data-type': '' } }, [el('th', { text: 'All', attrs: { scope: 'row' } }), ...cells(comparison.totals)])]),
    ]),
  ]);
}
