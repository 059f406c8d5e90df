// Turns a call's static estimate into the calibrated one: observed mean tokens, moved by however much the
// prompt's static count changed since calibration (an edited prompt still moves the estimate), capped by the
// code's current output cap; cached input priced at the cached price where the catalog has one. The static
// figures are kept on `observed.estimated` so the hover can show both.
import type { CallFact, ObservedFigures, PricedCall } from '../model';
import type { PricedModel } from '../estimate/prices';
import { cacheOn, prefixPricePerM } from '../estimate/caching';
import { DAYS_PER_MONTH, type ObservedSite } from './file';
import { formatDays, formatModelMix, formatMoney } from '../../shared/format';
import { observedModelOf } from './model';

export function observedFigures(site: ObservedSite, call: PricedCall): ObservedFigures {
  return {
    calls: site.calls,
    days: site.days,
    callsPerMonth: site.callsPerMonth,
    inputTokensMean: site.inputTokens?.mean ?? null,
    outputTokensMean: site.outputTokens?.mean ?? null,
    cachedInputTokensMean: site.cachedInputTokens?.mean ?? null,
    cacheWriteInputTokensMean: site.cacheWriteInputTokens?.mean ?? null,
    inputTokensP50: site.inputTokens?.p50 ?? null,
    inputTokensP90: site.inputTokens?.p90 ?? null,
    outputTokensP50: site.outputTokens?.p50 ?? null,
    outputTokensP90: site.outputTokens?.p90 ?? null,
    matchedBy: site.matchedBy,
    sources: site.sources,
    ...(site.models?.length ? { models: site.models } : {}),
    estimated: {
      inputTokens: call.inputTokens,
      outputTokens: call.outputTokens,
      costPerCall: call.costPerCall,
    },
  };
}

/** Applies the observed figures to a priced call in place. `model` is the catalog entry the call was priced with. */
export function applyObserved(call: PricedCall, fact: CallFact, model: PricedModel | null, site: ObservedSite): void {
  const figures = observedFigures(site, call);
  call.observed = figures;
  const window = site.days !== null ? `${formatDays(site.days)} d` : 'no time window';
  const said = `observed: ${formatCalls(site.calls)} calls over ${window} (${site.sources.join(', ')}), matched by ${site.matchedBy}`;
  call.assumptions.push(said);
  if (site.inputTokens) {
    const drift = call.inputTokens - site.estimateAtCalibration.inputTokens;
    call.inputTokens = Math.max(0, Math.round(site.inputTokens.mean + drift));
    call.inputTokensExact = false;
    call.assumptions.push(drift === 0
      ? `input tokens: observed mean ${Math.round(site.inputTokens.mean)} (static estimate ${figures.estimated.inputTokens})`
      : `input tokens: observed mean ${Math.round(site.inputTokens.mean)} ${drift > 0 ? '+' : '−'} ${Math.abs(drift)} for the prompt's change since calibration (static estimate then ${site.estimateAtCalibration.inputTokens}, now ${figures.estimated.inputTokens})`);
  }
  if (site.outputTokens) {
    let out = Math.round(site.outputTokens.mean);
    const cap = fact.maxOutputTokens ? fact.maxOutputTokens.value * (fact.features.completions?.value ?? 1) : null;
    if (cap !== null && out > cap) out = cap;
    call.outputTokens = out;
    call.outputTokensSource = `observed mean${cap !== null && out === cap ? `, capped by ${fact.maxOutputTokens!.param} ${fact.maxOutputTokens!.value}` : ''}`;
    call.assumptions.push(`output tokens: observed mean ${Math.round(site.outputTokens.mean)} (static estimate ${figures.estimated.outputTokens})`);
  }
  if (!model) return;
  const inPrice = call.inputPricePerM ?? model.input;
  const outPrice = call.outputPricePerM ?? model.output;
  const writes = site.cacheWriteInputTokens;
  if (site.cachedInputTokens || writes) {
    // Observed cache reads or writes replace the static cache assumption.
    delete call.promptCache;
    call.assumptions = call.assumptions.filter(a => !a.startsWith('prompt cache:'));
  }
  const cached = site.cachedInputTokens && model.cachedInput !== undefined ? Math.min(site.cachedInputTokens.mean, call.inputTokens) : 0;
  // Cache writes are part of the input too (never more than what is left beside the reads), at the write price.
  const written = writes && model.cacheWrite !== undefined ? Math.max(0, Math.min(writes.mean, call.inputTokens - cached)) : 0;
  // Without observed cache figures the static cache use (if any) applies to the observed input.
  const planned = cached || written ? null : cacheOn(model, call.promptCache, call.inputTokens);
  if (call.promptCache && !planned) delete call.promptCache;
  const prefix = planned ? Math.min(planned.prefixTokens, call.inputTokens) : cached;
  const prefixPrice = planned ? prefixPricePerM(model, inPrice, planned) : (model.cachedInput ?? inPrice);
  const writeCost = written * ((model.cacheWrite ?? inPrice) - inPrice);
  call.costPerCall = ((call.inputTokens - prefix) * inPrice + prefix * prefixPrice + writeCost + call.outputTokens * outPrice) / 1_000_000;
  if (planned) call.promptCache = planned;
  if (cached > 0) call.assumptions.push(`${Math.round(cached)} of the input tokens observed as cache reads, priced at $${model.cachedInput}/1M`);
  if (written > 0) call.assumptions.push(`${Math.round(written)} of the input tokens observed as cache writes, priced at $${model.cacheWrite}/1M`);
  call.monthlyCost = call.costPerCall * call.callsPerMonth;
}

function formatCalls(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

export { DAYS_PER_MONTH };

/**
 * Labels a call priced with the model its observed usage ran with (the code does not show one), and when the traffic
 * ran several models prices it as their mix, weighted by observed requests: the cost per call and the prices per 1M
 * are the weighted means over the models the catalog prices (`priceWith` prices the call with another model).
 */
export function fillFromObserved(call: PricedCall, fact: CallFact, site: ObservedSite, priceWith: (model: string) => PricedCall): void {
  const seen = observedModelOf(site);
  if (!seen) return;
  call.modelObservedFrom = seen.from;
  call.observedModels = seen.mix.map(m => ({ model: m.model, calls: m.calls, share: Math.round(m.share * 1000) / 1000 }));
  const code = fact.model.expression ? ` (the code has \`${fact.model.expression}\`)` : '';
  const said = seen.mix.length === 1 ? seen.model : `${formatModelMix(seen.mix)} of the calls`;
  call.assumptions.unshift(`model from observed usage: ${said} (${seen.from}); the code does not show it${code}`);
  if (seen.mix.length < 2) return;
  const parts = seen.mix.map((m, i) => ({ share: m.share, model: m.model, call: i === 0 ? call : priceWith(m.model) }));
  const priced = parts.filter(p => p.call.costPerCall !== null && p.call.inputPricePerM !== null && p.call.outputPricePerM !== null);
  const weight = priced.reduce((s, p) => s + p.share, 0);
  if (!priced.length || weight <= 0) return;
  const mean = (f: (c: PricedCall) => number) => priced.reduce((s, p) => s + p.share * f(p.call), 0) / weight;
  const each = priced.map(p => `${p.model} ${formatMoney(p.call.costPerCall)}`).join(', ');
  const left = parts.filter(p => !priced.includes(p)).map(p => p.model);
  call.costPerCall = mean(c => c.costPerCall!);
  call.inputPricePerM = mean(c => c.inputPricePerM!);
  call.outputPricePerM = mean(c => c.outputPricePerM!);
  if (priced.every(p => p.call.costPerCallRange)) call.costPerCallRange = [mean(c => c.costPerCallRange![0]), mean(c => c.costPerCallRange![1])];
  else delete call.costPerCallRange;
  call.monthlyCost = call.costPerCall * call.callsPerMonth;
  call.assumptions.push(`priced as the observed mix, weighted by requests (per call: ${each})${left.length ? `; ${left.join(', ')} not priced, left out of the mix` : ''}`);
}
