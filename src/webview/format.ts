// Money and count formatting for the panel (pure; the webview cannot import the client's helpers).

// One formatter, built once: Number#toLocaleString builds a new one per call, slow on thousands of cells.
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Monthly amounts: `$1,234`, `$42.00`, `$0.42`, `<$0.01`, `$0`. */
export function formatMonthly(usd: number | null): string {
  if (usd === null || !Number.isFinite(usd)) return '?';
  if (usd <= 0) return '$0';
  if (usd < 0.01) return '<$0.01';
  if (usd < 100) return `$${usd.toFixed(2)}`;
  return `$${grouped.format(Math.round(usd))}`;
}

/** Per-call amounts keep two significant digits: `$0.00042`, `$0.042`, `$1.20`. */
export function formatPerCall(usd: number | null): string {
  if (usd === null || !Number.isFinite(usd)) return '?';
  if (usd === 0) return '$0';
  if (usd >= 1) return `$${usd.toFixed(2)}`;
  const decimals = Math.min(8, Math.max(2, 1 - Math.floor(Math.log10(usd))));
  return `$${usd.toFixed(decimals)}`;
}

export function formatCount(n: number): string {
  return grouped.format(Math.round(n));
}

export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}
