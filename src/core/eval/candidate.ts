// Which model a comparison eval pits against the current one: the one asked for, else the advisor's suggestion,
// else the cheapest of the alternatives "Show cheaper alternatives…" lists.
import type { PricedCall, Suggestion } from '../model';
import type { PriceBook } from '../pricing';
import { formatSavingsPct } from '../../shared/format';
import { EvalConfigError, type EvalCandidate } from './promptfoo';

export function chooseCandidate(call: PricedCall, alternatives: () => Suggestion[], book: PriceBook, asked?: string): EvalCandidate {
  const vendorOf = (model: string) => book.lookup(model, call.vendor)?.model.provider ?? null;
  if (asked) {
    if (asked === call.model) throw new EvalConfigError(`${call.file}:${call.line}: ${asked} is the call's own model; name another one to compare with`);
    return { model: asked, vendor: vendorOf(asked), why: 'the model asked for' };
  }
  // A cheaper service tier keeps the model: nothing to compare.
  if (call.suggestion && call.suggestion.kind !== 'service-tier') {
    return { model: call.suggestion.model, vendor: vendorOf(call.suggestion.model), why: `the advisor's suggestion (${formatSavingsPct(call.suggestion.savingsPct)})` };
  }
  const cheapest = [...alternatives()].sort((a, b) => a.costPerCall - b.costPerCall)[0];
  if (!cheapest) throw new EvalConfigError(`${call.file}:${call.line}: no cheaper model fits this call (${call.model ?? 'model unknown'}); name one to compare with`);
  return { model: cheapest.model, vendor: vendorOf(cheapest.model), why: `the cheapest alternative (${formatSavingsPct(cheapest.savingsPct)})` };
}
