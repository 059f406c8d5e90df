// Number formatting shared by the lens, the hover and the code actions: dollars that stay readable from
// $0.00042 to $1,234, token counts as 1.2k, and the `≈` / `~` marks of an estimate.
import type { PricedCall } from '../core/model';

/** $0.00042 · $0.0042 · $0.042 · $0.42 · $1.20 · $12.50 · $126 · $1,234 */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return '$?';
  if (value < 0) return `−${formatUsd(-value)}`;
  if (value === 0) return '$0';
  if (value >= 100) return `$${Math.round(value).toLocaleString('en-US')}`;
  if (value >= 1) return `$${value.toFixed(2)}`;
  if (value < 0.000001) return '<$0.000001';
  // Two significant digits below a dollar; drop zeros that carry no information (0.0040 → 0.004).
  let text = value.toPrecision(2);
  if (text.includes('e')) text = value.toFixed(8);
  text = text.replace(/(\.\d*?[1-9])0+$/, '$1');
  if (/\.\d$/.test(text) && value >= 0.1) text += '0'; // $0.5 → $0.50
  return `$${text}`;
}

/** 300 · 1.2k · 12k · 1.2M */
export function formatTokens(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(n >= 10_000_000 ? 0 : 1)}M`;
  if (n >= 1000) return `${(n / 1000).toFixed(n >= 10_000 ? 0 : 1)}k`;
  return String(Math.round(n));
}

/** 1,234 */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Per-million prices: $2.50, $0.15, $0.075 */
export function formatPricePerM(value: number): string {
  if (value === 0) return '$0';
  if (value >= 1) return `$${value.toFixed(2)}`;
  return `$${Number(value.toPrecision(3))}`;
}

/** The cost is an estimate when the input is not an exact count (placeholders, history, calibrated encoding). */
export function isApproximate(call: PricedCall): boolean {
  return !call.inputTokensExact || call.inputBreakdown.some(b => b.placeholders > 0);
}

/** The output count is a guess unless a static cap set it (source `max_tokens: 300`) or it is an embedding. */
export function isOutputGuessed(call: PricedCall): boolean {
  if (call.kind === 'embedding' && call.outputTokens === 0) return false;
  return !/^[\w.]+: \d+$/.test(call.outputTokensSource);
}

export function savingsPct(pct: number): string {
  return `−${Math.round(pct)}%`;
}
