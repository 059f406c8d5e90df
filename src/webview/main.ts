// The cost panel's UI (runs inside the webview; DOM only, bundled to dist/webview.js). It renders what the host
// posts (HostToPanel), keeps its own UI state across hide/show and reloads (getState/setState), and sends
// typed requests back (PanelToHost). All computation is in viewModel.ts; all text goes in as text (dom.ts).
import type { HostToPanel, PanelToHost, WorkspaceReport } from '../protocol';
import { barChart } from './charts';
import { clear, el, icon } from './dom';
import { toCsv, toJson } from './exporters';
import { currencyNote, formatDays, formatMonthly, plural, setDisplayCurrency, unpricedSentence } from '../shared/format';
import { CostTable } from './table';
import {
  GROUP_BYS, buildView, clampMultiplier, costBreakdown, flatten, rowsFromReports, sanitizeViewOptions,
  type GroupBy, type Row, type View, type ViewOptions,
} from './viewModel';

interface WebviewApi<S> {
  postMessage(message: PanelToHost): void;
  getState(): S | undefined;
  setState(state: S): void;
}
declare function acquireVsCodeApi<S>(): WebviewApi<S>;

interface PanelState {
  options: ViewOptions;
  collapsed: string[];
  chartsOpen: boolean;
  scrollTop: number;
  focusIndex: number;
}

const vscode = acquireVsCodeApi<PanelState>();
const saved = vscode.getState();
const state: PanelState = {
  options: sanitizeViewOptions(saved?.options),
  collapsed: Array.isArray(saved?.collapsed) ? saved!.collapsed.filter((k): k is string => typeof k === 'string') : [],
  chartsOpen: saved?.chartsOpen !== false,
  scrollTop: typeof saved?.scrollTop === 'number' ? saved.scrollTop : 0,
  focusIndex: typeof saved?.focusIndex === 'number' ? saved.focusIndex : 0,
};

let reports: WorkspaceReport[] | undefined;
let rows: Row[] = [];
let view: View | undefined;
let restoreScroll = true;

/** Saves the UI state; `moved` also reads the scroll position (a layout read, so only after scrolling). */
function persist(moved = false): void {
  if (moved) {
    state.scrollTop = table.scrollTop;
    state.focusIndex = table.focusIndex;
  }
  vscode.setState(state);
}

function post(message: PanelToHost): void {
  vscode.postMessage(message);
}

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

const app = document.getElementById('app')!;
clear(app);

const progress = el('div', { class: 'progress', role: 'progressbar', 'aria-label': 'Refreshing', hidden: true });
const summary = el('p', { class: 'summary', role: 'status', 'aria-live': 'polite' });
const errorBox = el('div', { class: 'error', role: 'alert', hidden: true });

const filter = el('input', { type: 'search', class: 'filter', placeholder: 'Filter: file, model, vendor…', 'aria-label': 'Filter calls', value: state.options.filter });
const groupSelect = el('select', { class: 'group-by', 'aria-label': 'Group by' },
  ...GROUP_BYS.map(g =>
    el('option', { value: g, selected: state.options.groupBy === g }, g === 'none' ? 'No grouping' : `Group by ${g}`)));
const whatIf = el('input', { type: 'checkbox', id: 'what-if', checked: state.options.whatIf });
const whatIfLabel = el('label', { for: 'what-if', class: 'toggle', title: 'Price every call as if its cheaper-model suggestion were applied' },
  whatIf, icon('wand'), 'What if every suggestion were applied');

// The multiplier slider is logarithmic: 0…300 ↦ ×0.1…×100 (150 ↦ ×1).
const toSlider = (m: number) => Math.round((Math.log10(m) + 1) * 100);
const fromSlider = (v: number) => clampMultiplier(Number((10 ** (v / 100 - 1)).toPrecision(2)));
const multiplier = el('input', { type: 'range', min: 0, max: 300, step: 1, value: toSlider(state.options.multiplier), class: 'multiplier', 'aria-label': 'Volume multiplier' });
const multiplierValue = el('output', { class: 'multiplier-value', 'aria-live': 'polite' });
const multiplierReset = el('button', { type: 'button', class: 'icon-button', title: 'Reset the volume multiplier to ×1', 'aria-label': 'Reset the volume multiplier' }, icon('discard'));

const button = (name: string, label: string, text?: string) =>
  el('button', { type: 'button', class: text ? 'text-button' : 'icon-button', title: label, 'aria-label': label }, icon(name), text ?? null);
const refreshButton = button('refresh', 'Re-scan the workspace');
const csvButton = button('export', 'Export the table as CSV', 'CSV');
const jsonButton = button('json', 'Export the table as JSON', 'JSON');
const chartsToggle = el('button', { type: 'button', class: 'text-button', 'aria-expanded': String(state.chartsOpen), 'aria-controls': 'charts' }, icon('graph'), 'Charts');

const toolbar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Cost table controls' },
  el('span', { class: 'filter-box' }, icon('filter'), filter), groupSelect, whatIfLabel,
  el('span', { class: 'slider' }, el('span', {}, 'Volume'), multiplier, multiplierValue, multiplierReset),
  el('span', { class: 'spacer-flex' }), chartsToggle, csvButton, jsonButton, refreshButton);

const charts = el('section', { id: 'charts', class: 'charts', 'aria-label': 'Cost charts' });
const emptyState = el('section', { class: 'empty', hidden: true });
const footer = el('footer', { class: 'footer' });

const table = new CostTable({
  open: row => post({ type: 'openCall', file: row.file, line: row.line, root: row.root }),
  apply: row => {
    if (!row.suggestion) return;
    post({ type: 'applySuggestion', file: row.file, line: row.line, model: row.suggestion.model, root: row.root });
  },
  setCallsPerMonth: (row, callsPerMonth) => post({ type: 'setCallsPerMonth', file: row.file, line: row.line, callsPerMonth, root: row.root }),
  toggleGroup: key => {
    const set = new Set(state.collapsed);
    if (set.has(key)) set.delete(key); else set.add(key);
    state.collapsed = [...set];
    update();
  },
  sort: key => {
    const o = state.options;
    // A new column starts with the order that puts the interesting rows first: costs high→low, names A→Z.
    if (o.sortKey === key) o.sortDir = o.sortDir === 'asc' ? 'desc' : 'asc';
    else { o.sortKey = key; o.sortDir = key === 'location' || key === 'provider' || key === 'model' ? 'asc' : 'desc'; }
    update();
  },
  viewMoved: () => persist(true),
});

app.append(progress,
  el('header', { class: 'header' }, el('h1', {}, icon('pulse'), 'Spendlens — LLM costs'), summary),
  errorBox, toolbar, charts, emptyState, table.element, footer);
app.removeAttribute('aria-busy');

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

function update(): void {
  const o = state.options;
  multiplierValue.textContent = `×${o.multiplier < 1 ? o.multiplier.toFixed(2) : o.multiplier.toFixed(1)}`;
  multiplierReset.hidden = o.multiplier === 1;
  whatIfLabel.classList.toggle('on', o.whatIf);
  persist();
  if (!reports) {
    summary.textContent = 'Waiting for the Spendlens language server…';
    return;
  }
  view = buildView(rows, o);
  const t = view.totals;
  const noCalls = rows.length === 0;
  emptyState.hidden = !noCalls && view.shown > 0;
  table.element.hidden = noCalls;
  toolbar.hidden = noCalls;
  charts.hidden = noCalls || !state.chartsOpen;
  if (noCalls) renderEmpty();
  else if (view.shown === 0) renderNoMatch(o.filter);

  const parts = [plural(t.calls, 'call')];
  if (view.shown !== view.total) parts[0] += ` of ${view.total}`;
  if (o.whatIf) parts.push(`${formatMonthly(t.monthly)}/month with every suggestion applied (now ${formatMonthly(t.baselineMonthly)}, saves ${formatMonthly(t.savings)})`);
  else parts.push(`${formatMonthly(t.monthly)}/month`, `cheaper models would save ${formatMonthly(t.savings)}/month`);
  if (t.unknown) parts.push(unpricedSentence(t.unpricedSites));
  summary.textContent = noCalls ? 'No LLM API calls found.' : parts.join(' · ');
  summary.dataset.monthly = String(t.monthly);

  table.setData(flatten(view, o.groupBy, new Set(state.collapsed)), o, t);
  if (restoreScroll) {
    restoreScroll = false;
    table.scrollTop = state.scrollTop;
    table.focusIndex = state.focusIndex;
    table.render();
  }
  if (!charts.hidden) renderCharts();
  renderFooter();
}

function renderCharts(): void {
  clear(charts);
  const shown = view!.groups.flatMap(g => g.rows);
  if (!shown.some(r => r.costPerCall !== null && r.callsPerMonth > 0)) {
    charts.append(el('p', { class: 'note' }, 'No priced calls to chart: the models shown are not in the catalog.'));
    return;
  }
  charts.append(
    el('figure', {}, el('figcaption', {}, 'Monthly cost by model'), barChart('Monthly cost by model', costBreakdown(shown, 'model', state.options))),
    el('figure', {}, el('figcaption', {}, 'Monthly cost by file'), barChart('Monthly cost by file', costBreakdown(shown, 'file', state.options))),
  );
}

function renderEmpty(): void {
  clear(emptyState);
  emptyState.append(
    el('h2', {}, icon('search'), 'No LLM API calls found in this workspace'),
    el('p', {}, 'Spendlens looks for calls to LLM APIs in TypeScript, JavaScript and Python files, for example:'),
    el('ul', {},
      el('li', {}, el('code', {}, 'openai.chat.completions.create({ model: "gpt-4o", … })'), ' and the other OpenAI and Azure OpenAI SDK calls'),
      el('li', {}, el('code', {}, 'anthropic.messages.create(…)'), ', Google Gemini, Mistral, Cohere, Groq, Bedrock, Ollama'),
      el('li', {}, 'Vercel AI SDK (', el('code', {}, 'generateText'), ', ', el('code', {}, 'streamText'), '), LangChain, LlamaIndex and LiteLLM')),
    el('p', {}, 'It reads the model and the prompt from the code (literals, constants, imports, prompt files), counts the tokens and prices each call from the bundled catalog. Nothing leaves your machine.'),
    el('p', {}, 'Files larger than 1 MB, excluded folders (', el('code', {}, 'spendlens.exclude'), ') and git-ignored files are skipped.'),
  );
  const skipped = reports?.flatMap(r => r.skipped) ?? [];
  if (skipped.length) emptyState.append(el('p', {}, `${plural(skipped.length, 'file')} skipped — see below.`));
}

function renderNoMatch(text: string): void {
  clear(emptyState);
  emptyState.append(el('p', {}, `No call matches “${text}”.`));
}

function renderFooter(): void {
  clear(footer);
  const first = reports?.[0];
  if (!first) return;
  const c = first.catalog;
  const currency = reports!.find(r => r.currency)?.currency;
  footer.append(el('p', {}, `Prices: catalog of ${c.updated} (${c.models.toLocaleString('en-US')} models)${currency ? `; ${currencyNote(currency)}` : ''}. ≈ marks estimated token counts. Volumes: inline `,
    el('code', {}, 'spendlens: N/month'), ' comments, ', el('code', {}, '.spendlens/usage.json'), ', observed usage (', el('code', {}, '.spendlens/observed.json'), '), or the default.'));
  renderObservedFooter();
  if (c.stale) footer.append(el('p', { class: 'warning' }, icon('warning'), c.stale));
  const skipped = reports!.flatMap(r => r.skipped);
  if (skipped.length) {
    footer.append(el('details', {}, el('summary', {}, `${plural(skipped.length, 'file')} skipped`),
      el('ul', {}, ...skipped.slice(0, 200).map(s => el('li', {}, `${s.file}: ${s.reason}`)))));
  }
  const warnings = reports!.flatMap(r => r.warnings);
  if (warnings.length) {
    footer.append(el('details', {}, el('summary', {}, plural(warnings.length, 'warning')),
      el('ul', {}, ...warnings.slice(0, 200).map(w => el('li', {}, w)))));
  }
}

/** The observed usage behind the figures: window, sources, and the records no call site matched. */
function renderObservedFooter(): void {
  for (const r of reports ?? []) {
    const o = r.observed;
    if (!o) continue;
    const window = o.window ? `${o.window.from.slice(0, 10)} → ${o.window.to.slice(0, 10)} (${formatDays(o.window.days)} d)` : 'no time window';
    footer.append(el('p', {}, `Observed usage: ${o.sources.map(s => `${s.path} (${s.format}, ${s.records.toLocaleString('en-US')} records)`).join(', ')}; ${window}; calibrated ${o.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`));
    if (o.unmatched.length) {
      const calls = o.unmatched.reduce((n, u) => n + u.calls, 0);
      footer.append(el('details', { class: 'unmatched' }, el('summary', {}, `${plural(calls, 'observed call')} matched no call site (often calls the scanner missed)`),
        el('ul', {}, ...o.unmatched.slice(0, 200).map(u => el('li', {},
          `${u.calls.toLocaleString('en-US')} × ${u.model ?? 'no model'}${u.codeLocation ? ` at ${u.codeLocation}` : ''}${u.tags.length ? ` · tags ${u.tags.join(', ')}` : ''} (${u.format}, first at ${u.firstAt})`)))));
    }
  }
}

function showError(message: string | null): void {
  errorBox.hidden = message === null;
  clear(errorBox);
  if (message !== null) {
    const close = button('close', 'Dismiss');
    close.addEventListener('click', () => showError(null));
    errorBox.append(icon('error'), el('span', {}, message), close);
  }
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

let filterTimer: ReturnType<typeof setTimeout> | undefined;
filter.addEventListener('input', () => {
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => { state.options.filter = filter.value; table.focusIndex = 0; update(); }, 120);
});
filter.addEventListener('keydown', e => { if (e.key === 'ArrowDown') { e.preventDefault(); table.focus(); } });
groupSelect.addEventListener('change', () => { state.options.groupBy = groupSelect.value as GroupBy; table.focusIndex = 0; update(); });
whatIf.addEventListener('change', () => { state.options.whatIf = whatIf.checked; update(); });
multiplier.addEventListener('input', () => { state.options.multiplier = fromSlider(Number(multiplier.value)); update(); });
multiplierReset.addEventListener('click', () => { state.options.multiplier = 1; multiplier.value = String(toSlider(1)); update(); });
refreshButton.addEventListener('click', () => post({ type: 'refresh' }));
chartsToggle.addEventListener('click', () => {
  state.chartsOpen = !state.chartsOpen;
  chartsToggle.setAttribute('aria-expanded', String(state.chartsOpen));
  update();
});
csvButton.addEventListener('click', () => { if (view) post({ type: 'export', format: 'csv', content: toCsv(view, state.options) }); });
jsonButton.addEventListener('click', () => { if (view) post({ type: 'export', format: 'json', content: toJson(view, state.options) }); });

window.addEventListener('message', (event: MessageEvent<HostToPanel>) => {
  const m = event.data;
  switch (m?.type) {
    case 'report':
    case 'reports':
      reports = m.type === 'report' ? [m.report] : m.reports;
      setDisplayCurrency(reports.find(r => r.currency)?.currency ?? null); // costs in the team's currency, at its rate
      rows = rowsFromReports(reports);
      showError(null);
      update();
      break;
    case 'busy':
      progress.hidden = !m.busy;
      document.body.setAttribute('aria-busy', String(m.busy));
      break;
    case 'error':
      showError(m.message);
      break;
  }
});

update();
post({ type: 'ready' });
