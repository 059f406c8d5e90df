// Savings with no step down in model size, offered on ANY prompt, simple or not: a newer model of the same
// family and tier that costs less (Claude Opus 4.1 at $15/$75 → Opus 4.5 at $5/$25), and a cheaper service
// tier of the same model where the call allows it (the Batch API for an offline loop). Both are priced
// like-with-like: the same tokens, output cap and completions, and the same reasoning capability.
import type { CallFact, PricedCall, Suggestion } from '../model';
import type { AdvisorBook, PricedModel } from './book';
import { candidateCost, fitRejection, outputSettingsOf, reasoningRejection, type CallNeeds, type CandidateSettings } from './candidates';
import type { ComplexityAssessment } from './complexity';
import { batchAllowed, looksLikeScript } from './rules/batch-api';

/** A switch that keeps the model's size needs less saving to be worth a mention than a downgrade. */
export const NO_DOWNGRADE_MIN_SAVINGS_PCT = 10;

/** Preview and experimental ids are not a production replacement. */
const NOT_STABLE = /preview|(^|-)exp(-|$)|experimental|beta|alpha/i;

/** Version numbers in an id, its date apart: claude-opus-4-1 → [4, 1]; gpt-4o-2024-05-13 → [4] dated 20240513. */
export function versionOf(id: string): { version: number[]; date: string | null } {
  const bare = id.replace(/^.*\//, '');
  const dated = /(?:^|-)(\d{4})-?(\d{2})-?(\d{2})(?=$|-)/.exec(bare);
  const rest = dated ? bare.replace(dated[0], '') : bare;
  return { version: (rest.match(/\d+/g) ?? []).map(Number).filter(n => n < 1000), date: dated ? dated[1] + dated[2] + dated[3] : null };
}

/** Whether `candidate` is a later release than `current`: a higher version, or the same one released later. */
export function isNewer(candidate: string, current: string): boolean {
  const a = versionOf(candidate);
  const b = versionOf(current);
  for (let i = 0; i < Math.max(a.version.length, b.version.length); i++) {
    const d = (a.version[i] ?? 0) - (b.version[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  // Same version: an undated alias points at the latest snapshot.
  if (b.date && !a.date) return true;
  return !!a.date && !!b.date && a.date > b.date;
}

function pricePerM(m: PricedModel): string {
  return `$${m.input}/$${m.output} per 1M`;
}

function likeForLike(fact: CallFact, needs: CallNeeds): string {
  const cap = fact.maxOutputTokens ? `${fact.maxOutputTokens.param} ${fact.maxOutputTokens.value}` : 'no cap';
  const n = needs.completions ?? 1;
  return `priced with the same tokens, ${cap}, ${n} completion${n === 1 ? '' : 's'}${fact.features.reasoningEffort ? `, reasoning_effort "${fact.features.reasoningEffort}"` : ''}`;
}

/** The cheapest newer model of the call's family and tier (the newest among equals), if it saves enough. */
export function newerSameTier(fact: CallFact, call: PricedCall, needs: CallNeeds, book: AdvisorBook, current: PricedModel, settings: CandidateSettings, complexity: ComplexityAssessment): Suggestion | null {
  if (call.costPerCall === null || call.costPerCall <= 0 || !current.family || !current.tier) return null;
  let best: { model: PricedModel; cost: number } | null = null;
  for (const c of book.models()) {
    if (c.id === current.id || c.provider !== current.provider || c.family !== current.family || c.tier !== current.tier) continue;
    if (NOT_STABLE.test(c.id) || (c.capabilities?.reasoning ?? false) !== (current.capabilities?.reasoning ?? false)) continue;
    if (fitRejection(c, current, needs) !== null || !isNewer(c.id, current.id)) continue;
    if (reasoningRejection(c, needs, outputSettingsOf(settings)) !== null) continue;
    const cost = candidateCost(call, c, needs, outputSettingsOf(settings));
    if (!best || cost < best.cost - 1e-12 || (Math.abs(cost - best.cost) <= 1e-12 && isNewer(c.id, best.model.id))) best = { model: c, cost };
  }
  if (!best) return null;
  const pct = (1 - best.cost / call.costPerCall) * 100;
  if (pct < NO_DOWNGRADE_MIN_SAVINGS_PCT) return null;
  const m = best.model;
  return {
    kind: 'newer-same-tier', model: m.id, costPerCall: best.cost, savingsPct: Math.round(pct), complexity: complexity.level,
    reason: `${m.id}: a newer ${current.family} model of the same ${current.tier} tier, no step down in size. Check one output before switching.`,
    evidence: [`same family (${current.family}) and tier (${current.tier}), released after ${current.id}`, `${current.id} ${pricePerM(current)} → ${m.id} ${pricePerM(m)}`, likeForLike(fact, needs)],
  };
}

/** Which service tiers a call may use, with the price and the reason in words. */
const TIERS: Array<{ tier: 'batch' | 'flex'; allowed: (fact: CallFact) => boolean; why: string; when: string; input: (m: PricedModel) => number | undefined; output: (m: PricedModel) => number | undefined }> = [
  { tier: 'batch', allowed: batchAllowed, why: 'the call runs in a loop in a script (not a request handler, not streamed, no tools or history)', when: 'Batch API for this offline loop', input: m => m.batchInput, output: m => m.batchOutput ?? m.output },
  // Flex processing answers later when capacity is short: fine for an offline script, not for a user waiting.
  { tier: 'flex', allowed: f => !f.streaming && looksLikeScript(f), why: 'the call runs in a script, not streamed: a slower answer is acceptable', when: 'Flex processing (service_tier "flex") for this offline call', input: m => m.flexInput, output: m => m.flexOutput ?? m.output },
];

/** The same model through the cheapest service tier the call allows (batch for a loop in a script, flex for a script). */
export function serviceTier(fact: CallFact, call: PricedCall, needs: CallNeeds, current: PricedModel, complexity: ComplexityAssessment): Suggestion | null {
  if (call.costPerCall === null || call.costPerCall <= 0) return null;
  let best: Suggestion | null = null;
  for (const t of TIERS) {
    const input = t.input(current);
    const output = t.output(current);
    if (input === undefined || output === undefined || !t.allowed(fact)) continue;
    const cost = (call.inputTokens * input + call.outputTokens * output) / 1_000_000;
    const pct = (1 - cost / call.costPerCall) * 100;
    if (pct < NO_DOWNGRADE_MIN_SAVINGS_PCT || (best && cost >= best.costPerCall)) continue;
    best = {
      kind: 'service-tier', serviceTier: t.tier, model: current.id, costPerCall: cost, savingsPct: Math.round(pct), complexity: complexity.level,
      reason: `${t.when}: the same ${current.id}${t.tier === 'batch' ? ', results within 24 h' : ', answers may be slower'}.`,
      evidence: [t.why, `${t.tier} prices $${input}/$${output} per 1M vs ${pricePerM(current)}`, likeForLike(fact, needs)],
    };
  }
  return best;
}
