// Number formatting shared by every writer (CLI tables, Markdown, CodeLens, hover, panel).

/** $0.00042 · $0.0042 · $0.042 · $1.20 · $1,240 — enough digits to see small per-call costs. */
export function formatUsd(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  const sign = n < 0 ? '−' : '';
  const a = Math.abs(n);
  let body: string;
  if (a === 0) body = '0';
  else if (a < 0.01) body = a.toPrecision(2).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  else if (a < 1) body = a.toFixed(a < 0.1 ? 4 : 3).replace(/0+$/, '').replace(/\.$/, '');
  else if (a < 100) body = a.toFixed(2);
  else body = Math.round(a).toLocaleString('en-US');
  if (/e/.test(body)) body = a.toFixed(8).replace(/0+$/, '');
  return `${sign}$${body}`;
}

export function formatCount(n: number): string {
  const short = (v: number, digits: number) => v.toFixed(digits).replace(/\.0$/, '');
  if (n >= 1_000_000) return `${short(n / 1_000_000, n >= 10_000_000 ? 0 : 1)}M`;
  if (n >= 1000) return `${short(n / 1000, n >= 10_000 ? 0 : 1)}k`;
  return String(n);
}

export function formatPct(n: number): string {
  return `${Math.round(n)}%`;
}
