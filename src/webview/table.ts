// The call-site table: a native <table> whose body is virtualised (only the rows in view, plus a margin, are in
// the DOM, between two spacer rows), so thousands of calls scroll smoothly. Rows are focusable (roving tabindex):
// arrows move, Enter opens the call, Enter/Space/arrows on a group header fold it.
import { clear, el, icon } from './dom';
import { displayCurrency, formatCount, formatMonthly, formatMoney, moneySign, plural, shortenPath, suggestionBadge } from '../shared/format';
import {
  observedVsEstimate, parseCallsPerMonth, priceRow, suggestionTooltip, totalsLabel, visibleWindow,
  type GroupBy, type Item, type Row, type SortKey, type Totals, type ViewOptions,
} from './viewModel';

/** About what the Call column holds at its usual width; longer paths lose folders in the middle. */
const LOCATION_CHARS = 34;

/** Must match `tr.item` height in media/panel.css. */
export const ROW_HEIGHT = 26;

export interface TableHandlers {
  open(row: Row): void;
  apply(row: Row): void;
  setCallsPerMonth(row: Row, callsPerMonth: number): void;
  toggleGroup(key: string): void;
  sort(key: SortKey): void;
  /** The scroll position or the focused row changed (to keep in the webview state). */
  viewMoved(): void;
}

interface Column { key: string; label: string; sort?: SortKey; numeric?: boolean; title?: string }

const COLUMNS: Column[] = [
  { key: 'location', label: 'Call', sort: 'location' },
  { key: 'provider', label: 'SDK', sort: 'provider', title: 'The SDK or framework the code calls' },
  { key: 'vendor', label: 'Vendor', sort: 'vendor', title: 'Whose prices apply (openai, anthropic, gemini, azure…)' },
  { key: 'model', label: 'Model', sort: 'model' },
  { key: 'in', label: 'In', sort: 'inputTokens', numeric: true, title: 'Input tokens per call (≈ = estimated)' },
  { key: 'out', label: 'Out', sort: 'outputTokens', numeric: true, title: 'Output tokens per call' },
  { key: 'perCall', label: '$/call', sort: 'costPerCall', numeric: true, title: 'USD per call' },
  { key: 'calls', label: 'Calls/month', sort: 'callsPerMonth', numeric: true, title: 'Calls per month (editable; saved to .spendlens/usage.json)' },
  { key: 'source', label: 'Volume from', title: 'Where calls/month comes from: a spendlens comment, .spendlens/usage.json, observed usage (spendlens calibrate; "spread" = the model\'s calls shared among its call sites), or the default' },
  { key: 'vsEstimate', label: 'Obs. vs est.', numeric: true, title: 'Observed $/call against the static estimate of the code' },
  { key: 'monthly', label: '$/month', sort: 'monthly', numeric: true, title: 'USD per month' },
  { key: 'suggestion', label: 'Cheaper model' },
  { key: 'saving', label: 'Saving', sort: 'saving', numeric: true, title: 'USD per month the cheaper model saves' },
];

function sourceTitle(row: Row): string {
  const o = row.observed;
  if (!o) return row.callsPerMonthSource;
  return `${row.callsPerMonthSource}; observed ${formatCount(Math.round(o.calls))} calls over ${o.days === null ? 'an unknown window' : `${o.days} days`}, matched by ${o.matchedBy}`;
}

function vsTitle(row: Row): string {
  const o = row.observed;
  if (!o) return 'no observed usage (run Spendlens: Calibrate from Usage File…)';
  const n = (v: number | null) => (v === null ? '—' : formatCount(Math.round(v)));
  return `observed: ${n(o.inputTokensMean)} in / ${n(o.outputTokensMean)} out per call, ${formatMoney(row.costPerCall)}/call; ` +
    `static estimate: ${formatCount(o.estimatedInputTokens)} in / ${formatCount(o.estimatedOutputTokens)} out, ${formatMoney(o.estimatedCostPerCall)}/call`;
}

export class CostTable {
  readonly element: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly head: HTMLTableSectionElement;
  private readonly body: HTMLTableSectionElement;
  private readonly foot: HTMLTableSectionElement;
  private items: Item[] = [];
  private options!: ViewOptions;
  private groupBy: GroupBy = 'none';
  /** Index in `items` of the row that holds the roving tabindex. */
  focusIndex = 0;
  private frame = 0;
  /** An inline edit is in progress: new data waits until it ends, so the user's typing is not thrown away. */
  private editing = false;
  private pending: (() => void) | undefined;

  constructor(private readonly handlers: TableHandlers) {
    this.head = el('thead');
    this.body = el('tbody');
    this.foot = el('tfoot');
    this.table = el('table', { class: 'calls', 'aria-label': 'LLM call sites and their cost' }, this.head, this.body, this.foot);
    this.element = el('div', { class: 'table-scroll' }, this.table);
    this.element.addEventListener('scroll', () => this.scheduleRender());
    new ResizeObserver(() => this.scheduleRender()).observe(this.element);
    this.body.addEventListener('click', e => this.onClick(e));
    this.body.addEventListener('keydown', e => this.onKeyDown(e));
  }

  get scrollTop(): number {
    return this.element.scrollTop;
  }

  set scrollTop(value: number) {
    this.element.scrollTop = value;
  }

  setData(items: Item[], options: ViewOptions, totals: Totals): void {
    const apply = () => {
      this.items = items;
      this.options = options;
      this.groupBy = options.groupBy;
      this.focusIndex = Math.min(this.focusIndex, Math.max(0, items.length - 1));
      this.table.setAttribute('role', this.groupBy === 'none' ? 'grid' : 'treegrid');
      this.table.setAttribute('aria-rowcount', String(items.length + 2));
      this.renderHead();
      this.renderFoot(totals);
      this.render();
    };
    if (this.editing) this.pending = apply;
    else apply();
  }

  private renderHead(): void {
    clear(this.head);
    const tr = el('tr', { 'aria-rowindex': 1 });
    for (const c of COLUMNS) {
      const sorted = c.sort !== undefined && this.options.sortKey === c.sort;
      const ariaSort = sorted ? (this.options.sortDir === 'asc' ? 'ascending' : 'descending') : c.sort ? 'none' : undefined;
      // cost columns name the display currency: €/call, "EUR per call"
      const label = c.label.replace(/^\$/, moneySign());
      const title = c.title?.replace(/\bUSD\b/, displayCurrency()?.code ?? 'USD');
      const th = el('th', { scope: 'col', class: `col-${c.key}${c.numeric ? ' num' : ''}`, 'aria-sort': ariaSort, title });
      if (c.sort) {
        const sortKey = c.sort;
        const button = el('button', { class: 'sort', type: 'button', 'data-sort': sortKey },
          label, sorted ? icon(this.options.sortDir === 'asc' ? 'arrow-up' : 'arrow-down') : null);
        button.addEventListener('click', () => this.handlers.sort(sortKey));
        th.appendChild(button);
      } else {
        th.textContent = label;
      }
      tr.appendChild(th);
    }
    this.head.appendChild(tr);
  }

  private renderFoot(totals: Totals): void {
    clear(this.foot);
    const cells = COLUMNS.map(c => el('td', { class: `col-${c.key}${c.numeric ? ' num' : ''}` }));
    // Unpriced calls are not in the total, and the total says so.
    const label = totalsLabel(totals);
    cells[0].textContent = label.text;
    if (label.title) cells[0].title = label.title;
    cells[COLUMNS.findIndex(c => c.key === 'monthly')].textContent = formatMonthly(totals.monthly);
    cells[COLUMNS.findIndex(c => c.key === 'saving')].textContent = formatMonthly(totals.savings);
    this.foot.appendChild(el('tr', { class: 'totals', 'aria-rowindex': this.items.length + 2 }, ...cells));
  }

  scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.editing) this.render();
      this.handlers.viewMoved();
    });
  }

  /** Puts the rows in view (plus overscan) between two spacers. */
  render(): void {
    const hadFocus = this.body.contains(document.activeElement);
    const headHeight = this.head.getBoundingClientRect().height;
    const w = visibleWindow(this.items.length, this.element.scrollTop - headHeight, this.element.clientHeight, ROW_HEIGHT, 15);
    const rows: HTMLTableRowElement[] = [];
    for (let i = w.start; i < w.end; i++) rows.push(this.renderItem(this.items[i], i));
    // One atomic swap: emptying the body first would shrink the scroll height and clamp scrollTop.
    this.body.replaceChildren(spacer(w.padTop), ...rows, spacer(w.padBottom));
    if (hadFocus) this.rowElement(this.focusIndex)?.focus({ preventScroll: true });
  }

  private renderItem(item: Item, index: number): HTMLTableRowElement {
    const attrs = { 'data-index': index, 'aria-rowindex': index + 2, tabindex: index === this.focusIndex ? 0 : -1 };
    if (item.kind === 'group') {
      const g = item.group;
      const label = `${g.label} — ${formatCount(g.rows.length)} ${g.rows.length === 1 ? 'call' : 'calls'}`;
      // One cell per column (not a colspan), so columns hidden on narrow panels keep the totals aligned;
      // the label cell lets its text run over the empty cells next to it.
      const cells = COLUMNS.map(c => el('td', { class: `col-${c.key}${c.numeric ? ' num' : ''}` }));
      cells[0].classList.add('group-label');
      cells[0].append(icon(item.collapsed ? 'chevron-right' : 'chevron-down'), el('span', {}, label));
      cells[COLUMNS.findIndex(c => c.key === 'monthly')].textContent = formatMonthly(g.totals.monthly);
      if (g.totals.savings > 0) cells[COLUMNS.findIndex(c => c.key === 'saving')].textContent = formatMonthly(g.totals.savings);
      return el('tr', { ...attrs, class: 'item group', 'aria-level': 1, 'aria-expanded': String(!item.collapsed), 'aria-label': label }, ...cells);
    }
    return this.renderRow(item.row, attrs);
  }

  private renderRow(row: Row, attrs: Record<string, string | number>): HTMLTableRowElement {
    const p = priceRow(row, this.options);
    const where = `${row.file}:${row.line}`;
    // The full id, wrapped over two lines if need be (never cut: `-latest` and a dated snapshot differ).
    const assumed = p.switched ? '' : row.modelTag;
    const modelCell = el('td', { class: 'col-model', title: p.switched ? `${row.model} → ${p.model}` : `${p.model}${assumed}${row.modelFrom ? ` — ${row.modelFrom}` : ''}` });
    if (p.switched) modelCell.append(el('span', { class: 'was' }, row.model), ' → ', el('span', { class: 'now' }, p.model));
    else {
      modelCell.append(el('span', { class: row.costPerCall === null ? 'unknown' : '' }, p.model));
      if (assumed) modelCell.append(el('span', { class: 'assumed' }, assumed));
    }

    const suggestion = el('td', { class: 'col-suggestion' });
    if (row.suggestion) {
      suggestion.title = suggestionTooltip(row.suggestion);
      // A flex wrapper inside the cell: the model name shrinks with an ellipsis, the button never does.
      const inner = el('span', { class: 'cell-flex' },
        el('span', { class: 'suggested' }, suggestionBadge(row.suggestion)));
      if (row.canApply) {
        inner.append(el('button', { type: 'button', class: 'apply', 'data-action': 'apply', tabindex: -1,
          'aria-label': `Apply: switch ${where} to ${row.suggestion.model}` }, icon('lightbulb-autofix'), 'Apply'));
      }
      suggestion.append(inner);
    } else if (row.noSuggestion) {
      suggestion.title = `No cheaper model suggested: ${row.noSuggestion}`;
      suggestion.append(el('span', { class: 'why' }, row.noSuggestion));
    }

    const calls = el('input', {
      type: 'text', inputmode: 'numeric', class: 'calls-input', value: formatCount(row.callsPerMonth), tabindex: -1,
      'aria-label': `Calls per month for ${where}`, title: `Source: ${row.callsPerMonthSource}. Enter a number (2k, 1.5m) and press Enter.`,
      'data-action': 'calls',
    });
    this.wireCallsInput(calls, row);

    const label = `${where}, ${p.model}, ${formatMoney(p.costPerCall)} per call, ${formatMonthly(p.monthly)} per month`;
    return el('tr', { ...attrs, class: 'item call', 'aria-level': this.groupBy === 'none' ? undefined : 2, 'aria-label': label, 'data-id': row.id },
      // Shortened in the middle: the folder prefix goes, the file name and line stay.
      el('td', { class: 'col-location', title: `${row.file}:${row.line} — ${row.api}` }, shortenPath(where, LOCATION_CHARS)),
      el('td', { class: 'col-provider' }, row.provider),
      el('td', { class: 'col-vendor' }, row.vendor),
      modelCell,
      el('td', { class: 'num col-in', title: row.inputTokensExact ? 'exact count' : 'estimated' }, `${row.inputTokensExact ? '' : '≈'}${formatCount(row.inputTokens)}`),
      el('td', { class: 'num col-out' }, formatCount(row.outputTokens)),
      el('td', { class: 'num col-perCall' }, formatMoney(p.costPerCall)),
      el('td', { class: 'num col-calls' }, calls, this.options.multiplier !== 1 ? el('span', { class: 'scaled', title: 'after the volume multiplier' }, `×${this.options.multiplier.toFixed(1)}`) : null),
      el('td', { class: 'col-source', title: sourceTitle(row) }, row.volumeSource),
      el('td', { class: 'num col-vsEstimate', title: vsTitle(row) }, observedVsEstimate(row)),
      el('td', { class: 'num col-monthly' }, formatMonthly(p.monthly)),
      suggestion,
      el('td', { class: 'num col-saving' }, p.saving > 0 ? formatMonthly(p.saving) : ''),
    );
  }

  private wireCallsInput(input: HTMLInputElement, row: Row): void {
    let saved = row.callsPerMonth; // Enter then blur must send the value once
    const commit = () => {
      const value = parseCallsPerMonth(input.value);
      if (value === null) {
        input.setAttribute('aria-invalid', 'true');
        return false;
      }
      input.removeAttribute('aria-invalid');
      if (value !== saved) {
        saved = value;
        this.handlers.setCallsPerMonth(row, value);
      }
      return true;
    };
    input.addEventListener('focus', () => { this.editing = true; input.select(); });
    input.addEventListener('blur', () => {
      if (!commit()) { input.value = formatCount(saved); input.removeAttribute('aria-invalid'); }
      this.editing = false;
      const pending = this.pending;
      this.pending = undefined;
      pending?.();
    });
    input.addEventListener('keydown', e => {
      e.stopPropagation(); // Enter here saves the volume, it does not open the call
      if (e.key === 'Enter') { if (commit()) (input.closest('tr') as HTMLElement | null)?.focus(); }
      if (e.key === 'Escape') { input.value = formatCount(row.callsPerMonth); input.removeAttribute('aria-invalid'); (input.closest('tr') as HTMLElement | null)?.focus(); }
    });
    input.addEventListener('click', e => e.stopPropagation());
  }

  private itemAt(target: EventTarget | null): { item: Item; index: number; tr: HTMLElement } | undefined {
    const tr = (target as HTMLElement | null)?.closest?.('tr[data-index]') as HTMLElement | null;
    if (!tr) return undefined;
    const index = Number(tr.dataset.index);
    const item = this.items[index];
    return item ? { item, index, tr } : undefined;
  }

  private onClick(e: MouseEvent): void {
    const hit = this.itemAt(e.target);
    if (!hit) return;
    this.focusIndex = hit.index;
    const action = (e.target as HTMLElement).closest('[data-action]')?.getAttribute('data-action');
    if (hit.item.kind === 'group') this.handlers.toggleGroup(hit.item.group.key);
    else if (action === 'apply') this.handlers.apply(hit.item.row);
    else if (action !== 'calls') this.handlers.open(hit.item.row);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const hit = this.itemAt(e.target);
    if (!hit) return;
    const page = Math.max(1, Math.floor(this.element.clientHeight / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (e.key in moves) return this.moveFocus(hit.index + moves[e.key], e);
    if (e.key === 'Home') return this.moveFocus(0, e);
    if (e.key === 'End') return this.moveFocus(this.items.length - 1, e);
    const { item } = hit;
    if (item.kind === 'group') {
      const toggle = e.key === 'Enter' || e.key === ' ' || (e.key === 'ArrowRight' && item.collapsed) || (e.key === 'ArrowLeft' && !item.collapsed);
      if (toggle) { e.preventDefault(); this.handlers.toggleGroup(item.group.key); }
      return;
    }
    if (e.target !== hit.tr) return; // keys inside the Apply button / volume input act on those
    if (e.key === 'Enter') { e.preventDefault(); this.handlers.open(item.row); }
    // Reach the row's controls from the keyboard: `a` applies, `c` edits the volume.
    if (e.key === 'a' && item.row.canApply) { e.preventDefault(); this.handlers.apply(item.row); }
    if (e.key === 'c') { e.preventDefault(); hit.tr.querySelector<HTMLInputElement>('input.calls-input')?.focus(); }
  }

  /** Moves the roving focus, scrolling the target row into the rendered window first. */
  moveFocus(index: number, e?: Event): void {
    e?.preventDefault();
    if (!this.items.length) return;
    this.focusIndex = Math.max(0, Math.min(this.items.length - 1, index));
    const headHeight = this.head.getBoundingClientRect().height;
    const footHeight = this.foot.getBoundingClientRect().height;
    const top = headHeight + this.focusIndex * ROW_HEIGHT;
    const viewBottom = this.element.scrollTop + this.element.clientHeight - footHeight;
    if (top < this.element.scrollTop + headHeight) this.element.scrollTop = top - headHeight;
    else if (top + ROW_HEIGHT > viewBottom) this.element.scrollTop = top + ROW_HEIGHT - this.element.clientHeight + footHeight;
    this.render();
    this.rowElement(this.focusIndex)?.focus({ preventScroll: true });
    this.handlers.viewMoved();
  }

  focus(): void {
    this.moveFocus(this.focusIndex);
  }

  private rowElement(index: number): HTMLElement | null {
    return this.body.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
  }
}

function spacer(height: number): HTMLTableRowElement {
  const tr = el('tr', { class: 'spacer', 'aria-hidden': 'true' });
  tr.style.height = `${height}px`; // CSSOM, allowed by the CSP (style attributes in markup are not)
  return tr;
}
