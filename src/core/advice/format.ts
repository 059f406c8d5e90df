// Short, stable figures for finding messages and suggestion reasons.

/** USD with two significant digits below $1 (never in e-notation): $1.20, $0.26, $0.034, $0.00041. */
export function usd(amount: number): string {
  const a = Math.abs(amount);
  const sign = amount < 0 ? '-' : '';
  if (a === 0) return '$0';
  if (a >= 1) return `${sign}$${a.toFixed(2)}`;
  const digits = Math.min(12, Math.max(2, 1 - Math.floor(Math.log10(a))));
  // Trailing zeros beyond the cents are noise: $0.0040 → $0.004.
  return `${sign}$${a.toFixed(digits).replace(/(\.\d\d\d*?)0+$/, '$1')}`;
}

/** Tokens as 850, 1.2k, 16k, 1M. */
export function tokens(n: number): string {
  if (n >= 1_000_000) return `${Number((n / 1_000_000).toFixed(1))}M`;
  if (n >= 10_000) return `${Math.round(n / 1000)}k`;
  if (n >= 1000) return `${Number((n / 1000).toFixed(1))}k`;
  return String(Math.round(n));
}

/** A rounded percentage with the typographic minus the hints use: "−83 %". */
export function savingPct(pct: number): string {
  return `\u2212${Math.round(pct)} %`;
}
