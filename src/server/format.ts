// What the lens, the hover and the code actions need beyond plain figures (src/shared/format.ts):
// when a figure is an estimate (`≈`) and when the output count is a guess (`~`).
import type { PricedCall } from '../core/model';
import { formatDays } from '../shared/format';

export { formatMoney, formatUsd, formatTokens, formatCount, formatPricePerM, formatSavingsPct as savingsPct, setDisplayCurrency, currencyNote, moneySign, displayCurrency } from '../shared/format';

/** `◆ observed 14 d` (or `◇ observed, spread 14 d` when the model's calls were shared among its sites). */
export function observedBadge(call: PricedCall): string {
  const o = call.observed;
  if (!o) return '';
  const spread = o.matchedBy === 'model-spread';
  return `${spread ? '◇' : '◆'} observed${spread ? ', spread' : ''} ${o.days === null ? '' : `${formatDays(o.days)} d`}`.trimEnd();
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
