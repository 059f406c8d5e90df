// Money and count formatting for the status bar and quick picks (pure: no 'vscode' import, unit-tested).

/** `$1,234`, `$42`, `$4.20`, `$0.42`, `<$0.01`, for monthly totals. */
export function formatMonthly(usd: number): string {
  if (!Number.isFinite(usd) || usd <= 0) return '$0';
  if (usd < 0.01) return '<$0.01';
  if (usd < 10) return `$${usd.toFixed(2)}`;
  return `$${Math.round(usd).toLocaleString('en-US')}`;
}

/** Per-call amounts keep two significant digits: `$0.00042`, `$0.0042`, `$0.042`, `$1.20`. */
export function formatPerCall(usd: number | null): string {
  if (usd === null || !Number.isFinite(usd)) return '?';
  if (usd === 0) return '$0';
  if (usd >= 1) return `$${usd.toFixed(2)}`;
  const decimals = Math.min(8, Math.max(2, 1 - Math.floor(Math.log10(usd))));
  return `$${usd.toFixed(decimals)}`;
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
