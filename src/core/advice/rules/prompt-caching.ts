// A long static prefix the provider's prompt cache could serve, where the call does not use it yet. Which providers
// cache what, from how many tokens and how often a call hits (caching.ts) is the estimate's: a prefix the cache
// already serves (OpenAI's automatic cache on a static prefix, a cache_control the call sets) is priced into $/call,
// so it is no finding. What is left are two changes to the code, each with its saving at the call's volume:
// - Anthropic: the static system prompt has no cache_control (caching pays only when calls come often enough that
//   reads outweigh the writes at 1.25× input);
// - OpenAI: the dynamic parts come first, so the static text is no prefix.
import type { Rule, RuleContext } from './rule';
import { cacheHitRate, cachingPolicy, prefixPricePerM, staticPrefix } from '../../estimate/caching';
import { formatTokens as tokens, formatMoney as usd } from '../../../shared/format';

type Mode = 'reorder' | 'cache-control';
interface Data { mode: Mode; model: string; prefixTokens: number; staticTokens: number; minTokens: number; cachedPricePerM: number; hitRate: number; savingsPerCall: number }

export { staticPrefix };

function check({ fact, call, current }: RuleContext): Data | null {
  if (!current || fact.kind !== 'chat' || call.inputPricePerM === null || call.promptCache) return null;
  const policy = cachingPolicy(current);
  if (!policy || current.cachedInput === undefined || current.cachedInput >= call.inputPricePerM) return null;
  const hitRate = cacheHitRate(call.callsPerMonth);
  const saving = (tokensCached: number, kind: 'automatic' | 'explicit') =>
    tokensCached * (call.inputPricePerM! - prefixPricePerM(current, call.inputPricePerM!, { kind, share: 0, prefixTokens: tokensCached, hitRate })) / 1_000_000;
  const base = { model: current.id, minTokens: policy.minTokens, cachedPricePerM: current.cachedInput, hitRate };
  if (policy.kind === 'explicit') {
    if (fact.features.cacheControl) return null;
    // Anthropic caches in the order tools → system → messages: the system prompt is the prefix.
    const { prefix } = staticPrefix(call.inputBreakdown, new Set(['tools', 'system']));
    if (prefix < policy.minTokens) return null;
    const savingsPerCall = saving(prefix, 'explicit');
    return savingsPerCall > 0 ? { ...base, mode: 'cache-control', prefixTokens: prefix, staticTokens: prefix, savingsPerCall } : null;
  }
  const { prefix, total } = staticPrefix(call.inputBreakdown);
  if (prefix >= policy.minTokens || total < policy.minTokens) return null;
  const savingsPerCall = saving(total, 'automatic');
  return savingsPerCall > 0 ? { ...base, mode: 'reorder', prefixTokens: prefix, staticTokens: total, savingsPerCall } : null;
}

const atVolume = (d: Data) => `${Math.round(d.hitRate * 100)} % of calls come within 5 minutes of the previous one at this volume`;

export const promptCaching: Rule<Data> = {
  code: 'prompt-caching',
  severity: 'hint',
  description: 'A static prompt prefix is long enough for the provider\'s prompt cache, and the call does not use it.',
  check,
  message: d => {
    switch (d.mode) {
      case 'cache-control':
        return `System prompt of ${tokens(d.prefixTokens)} static tokens has no cache_control: caching it saves ≈ ${usd(d.savingsPerCall)} per call (${atVolume(d)}; reads $${d.cachedPricePerM}/1M, writes +25 %).`;
      case 'reorder':
        return `Move the dynamic parts after the ${tokens(d.staticTokens)} static tokens to use the prompt cache: ≈ ${usd(d.savingsPerCall)} less per call (${atVolume(d)}).`;
    }
  },
  savings: d => d.savingsPerCall,
};

