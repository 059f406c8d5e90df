// Number formatting for every place Spendlens shows a figure: CLI tables and Markdown, finding messages,
// CodeLens and hover, the status bar and the panel. Pure and import-free, so every layer (the webview
// included) can use it and a figure reads the same wherever it appears.

/**
 * An integer with thousands separators, as en-US Intl.NumberFormat writes it: built by hand for safe integers, because
 * constructing the formatter (ICU) took ~35 ms of the language server's start, before its first lens.
 */
const grouped = {
  format(n: number): string {
    if (!Number.isSafeInteger(n) || Object.is(n, -0)) return (intl ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })).format(n);
    const digits = String(Math.abs(n));
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${out}` : out;
  },
};
let intl: Intl.NumberFormat | undefined;

/** $0.00042 · $0.0042 · $0.042 · $0.50 · $1.20 · $12.50 · $126 · $1,234 · −$3.50; `—` when there is no figure. */
export function formatUsd(value: number | null | undefined): string {
  return formatAmount(value, '$');
}

/** An amount with its currency sign in front, by the rule of formatUsd. */
function formatAmount(value: number | null | undefined, sign: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value < 0) return `−${formatAmount(-value, sign)}`;
  if (value === 0) return `${sign}0`;
  if (value >= 100) return `${sign}${grouped.format(Math.round(value))}`;
  if (value >= 1) return `${sign}${value.toFixed(2)}`;
  if (value < 0.000001) return `<${sign}0.000001`;
  // Two significant digits below a dollar; drop zeros that carry no information (0.0040 → 0.004).
  let text = value.toPrecision(2);
  if (text.includes('e')) text = value.toFixed(8);
  text = text.replace(/(\.\d*?[1-9])0+$/, '$1');
  if (/\.\d$/.test(text) && value >= 0.1) text += '0'; // $0.5 → $0.50
  return `${sign}${text}`;
}

/**
 * The currency costs are shown in, at the user's own rate (no network: the rate and its date are what the team's
 * `.spendlens/config.json` says). Catalog prices and every JSON field stay USD; views convert when they show a cost.
 */
export interface DisplayCurrency {
  /** ISO 4217 code, e.g. EUR. */
  code: string;
  /** Units of the currency per 1 USD. */
  perUSD: number;
  /** The day the rate is from (YYYY-MM-DD). */
  asOf: string;
  /** Where the rate is from, e.g. "ECB reference rate". */
  source?: string;
}

let display: DisplayCurrency | null = null;

/** Sets the currency every cost of this process is shown in (null: USD). Each process (CLI, server, client, panel) sets it from what it was given. */
export function setDisplayCurrency(currency: DisplayCurrency | null | undefined): void {
  display = currency && currency.code.toUpperCase() !== 'USD' ? currency : null;
}

/** The currency costs are shown in, or null for USD. */
export function displayCurrency(): DisplayCurrency | null {
  return display;
}

/** A USD amount in the display currency (unchanged for USD). */
export function convertUsd(usd: number, currency: DisplayCurrency | null = display): number {
  return currency ? usd * currency.perUSD : usd;
}

/** The sign a currency is written with: € £ ¥ ₹ …, or its code and a space where there is no sign of its own. */
export function currencySign(code: string): string {
  try {
    const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(1);
    const sign = parts.find(p => p.type === 'currency')?.value;
    if (sign && sign !== code && sign !== '$') return sign;
  } catch { /* not a currency Intl knows */ }
  return `${code.toUpperCase()} `;
}

/** The sign costs are shown with, for column heads ("€/call"): the display currency's, else $. */
export function moneySign(): string {
  return display ? currencySign(display.code).trim() : '$';
}

/** A cost (USD) as shown: in the display currency when one is set (€0.0039), else as formatUsd. */
export function formatMoney(usd: number | null | undefined): string {
  if (!display || usd === null || usd === undefined || !Number.isFinite(usd)) return formatUsd(usd);
  return formatAmount(usd * display.perUSD, currencySign(display.code));
}

/** What a view says about its amounts when they are not USD: "costs in EUR at 0.92 EUR per USD (rate of 2026-11-30, ECB; not fetched)". */
export function currencyNote(currency: DisplayCurrency | null = display): string {
  if (!currency) return '';
  const from = currency.source ? `${currency.asOf}, ${currency.source}` : currency.asOf;
  return `costs in ${currency.code.toUpperCase()} at ${currency.perUSD} ${currency.code.toUpperCase()} per USD (rate of ${from}; not fetched)`;
}

/**
 * Monthly figures use the very same rule as every other amount (a lens, a panel cell, a CLI row and a status bar
 * show one call's $12.29/mo alike); kept as a name so call sites say what they show. `—` when there is no figure.
 */
export const formatMonthly = formatMoney;

/** The words every total adds when some calls have no price: "3 calls unpriced, not in total". */
export function unpricedNote(n: number): string {
  return `${plural(n, 'call')} unpriced, not in total`;
}

/** The call sites of `calls` that have no price (unknown or unresolved model, self-hosted server), as `file:line`. */
export function unpricedSites(calls: ReadonlyArray<{ file: string; line: number; costPerCall: number | null }>): string[] {
  return calls.filter(c => c.costPerCall === null).map(c => `${c.file}:${c.line}`);
}

/** "3 calls unpriced, not in total: src/a.ts:3, app/b.py:7 and 1 more" — or '' when every call has a price. */
export function unpricedSentence(sites: readonly string[], max = 3): string {
  return sites.length ? `${unpricedNote(sites.length)}: ${nameSome(sites, max)}` : '';
}

/**
 * A model as every view names it: the id, `gpt-4o (assumed)` when the code does not show it and one is assumed,
 * `gpt-4o (observed)` when its observed usage says (`gpt-4o +1 (observed mix)` when it ran several), or `unresolved`.
 */
export function modelLabel(call: { model: string | null; modelSource?: string; observedModels?: readonly unknown[] }): string {
  if (call.model === null) return 'unresolved';
  if (call.modelSource === 'assumed') return `${call.model} (assumed)`;
  if (call.modelSource === 'observed') {
    const others = (call.observedModels?.length ?? 1) - 1;
    return others > 0 ? `${call.model} +${others} (observed mix)` : `${call.model} (observed)`;
  }
  return call.model;
}

/** Up to `max` call sites by name, then "and N more": "src/a.ts:3, app/b.py:7 and 2 more". */
export function nameSome(sites: readonly string[], max = 3): string {
  if (sites.length <= max) return sites.join(', ');
  return `${sites.slice(0, max).join(', ')} and ${sites.length - max} more`;
}

/**
 * A path shortened in the MIDDLE to about `max` characters, the file name (and line) always whole:
 * `packages/agents/src/graphs/doc-editor/nodes/rewrite.ts:42` → `packages/…/nodes/rewrite.ts:42`.
 */
export function shortenPath(path: string, max = 40): string {
  if (path.length <= max) return path;
  const parts = path.split('/');
  const file = parts.pop()!;
  if (!parts.length) return path;
  const head = parts[0];
  const tail: string[] = [];
  let length = head.length + 2 + file.length + 1; // "head/…/" + file
  for (let i = parts.length - 1; i > 0; i--) {
    if (length + parts[i].length + 1 > max) break;
    tail.unshift(parts[i]);
    length += parts[i].length + 1;
  }
  if (tail.length === parts.length - 1) return path;
  return [head, '…', ...tail, file].join('/');
}

/** Prices per million tokens: $2.50 · $0.15 · $0.075. */
export function formatPricePerM(value: number): string {
  if (value === 0) return '$0';
  if (value >= 1) return `$${value.toFixed(2)}`;
  return `$${Number(value.toPrecision(3))}`;
}

/** Token and call counts, compact: 850 · 1k · 1.2k · 16k · 1.2M. */
export function formatTokens(n: number): string {
  if (n >= 1_000_000) return `${Number((n / 1_000_000).toFixed(n >= 10_000_000 ? 0 : 1))}M`;
  if (n >= 10_000) return `${Math.round(n / 1000)}k`;
  if (n >= 1000) return `${Number((n / 1000).toFixed(1))}k`;
  return String(Math.round(n));
}

/** Counts in full: 1,234. */
export function formatCount(n: number): string {
  return grouped.format(Math.round(n));
}

/** A share of calls as a rounded percentage: 70% · <1%. */
export function formatShare(share: number): string {
  return `${share > 0 && share < 0.005 ? '<1' : Math.round(share * 100)}%`;
}

/** Models with their share of the calls: "gpt-4o 70%, gpt-4o-mini 30%" (`name` formats each id, e.g. as code). */
export function formatModelMix(mix: ReadonlyArray<{ model: string; share: number }>, name = (model: string) => model): string {
  return mix.map(m => `${name(m.model)} ${formatShare(m.share)}`).join(', ');
}

/** A saving as a rounded percentage with a typographic minus: −83%. */
export function formatSavingsPct(pct: number): string {
  return `\u2212${Math.round(pct)}%`;
}

export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The mark after a calls/month figure that says where the volume came from: `*` the default, `◆` observed usage
 * (`spendlens calibrate`), `◇` observed usage of the model spread over its call sites; nothing for a volume the team wrote.
 */
export function volumeMark(source: string): string {
  if (source === 'default') return '*';
  if (source === 'observed-spread') return '◇';
  if (source.startsWith('observed')) return '◆';
  return '';
}

/** A short name for a volume's source, for columns: default · comment · usage.json · observed · observed (spread). */
export function volumeSourceLabel(source: string): string {
  if (source === 'default') return 'default';
  if (source === 'observed-spread') return 'observed (spread)';
  if (source.startsWith('observed')) return 'observed';
  if (source.includes('usage.json')) return 'usage.json';
  if (source.startsWith('comment')) return 'comment';
  return source;
}

/** A window in days: 14 · 3.5 · 0.5. */
export function formatDays(days: number): string {
  return days >= 10 ? String(Math.round(days)) : String(Math.round(days * 10) / 10);
}

/** What each kind of suggestion changes, in words (hover, panel, reports). */
export const SUGGESTION_KIND_LABEL: Record<'downgrade' | 'newer-same-tier' | 'service-tier', string> = {
  downgrade: 'smaller model',
  'newer-same-tier': 'newer model, same tier',
  'service-tier': 'cheaper service tier',
};

/** The suggestion in a few words, for a lens or a table cell: "likely fine on gpt-4o-mini −94%". */
export function suggestionBadge(s: { kind: keyof typeof SUGGESTION_KIND_LABEL; model: string; savingsPct: number; serviceTier?: string }): string {
  const pct = `−${Math.round(s.savingsPct)}%`;
  switch (s.kind) {
    case 'downgrade': return `likely fine on ${s.model} ${pct}`;
    case 'newer-same-tier': return `${s.model} (same tier) ${pct}`;
    case 'service-tier': return `${s.serviceTier ?? 'batch'} tier ${pct}`;
  }
}
