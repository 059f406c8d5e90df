// The report's figures in the team's display currency: the USD fields are kept, converted ones are added beside them
// with the currency and its stated rate (report `currency`), so a reader of the JSON never has to guess which is which.
import type { PricedCall, WorkspaceReport, WorkspaceTotals } from '../model';
import { convertUsd, type DisplayCurrency } from '../../shared/format';

const round = (x: number) => Number(x.toPrecision(12));
const convert = (usd: number | null, c: DisplayCurrency) => (usd === null ? null : round(convertUsd(usd, c)));

/** `calls` and `totals` with their converted figures, and `currency`, when a (non-USD) currency is set. */
export function withConverted(calls: PricedCall[], totals: WorkspaceTotals, currency: DisplayCurrency | undefined):
  Pick<WorkspaceReport, 'calls' | 'totals' | 'currency'> {
  if (!currency || currency.code.toUpperCase() === 'USD') return { calls, totals };
  const code = currency.code.toUpperCase();
  return {
    currency,
    calls: calls.map(c => ({ ...c, converted: { currency: code, costPerCall: convert(c.costPerCall, currency), monthlyCost: convert(c.monthlyCost, currency) } })),
    totals: {
      ...totals,
      converted: { currency: code, costPerCallSum: convert(totals.costPerCallSum, currency)!, monthly: convert(totals.monthly, currency)!, savingsMonthly: convert(totals.savingsMonthly, currency)! },
    },
  };
}
