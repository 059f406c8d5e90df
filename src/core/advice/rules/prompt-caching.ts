// A long static prefix can be read from the provider's prompt cache at the cached-input price.
// OpenAI (and Azure OpenAI) cache prefixes of 1,024+ tokens automatically, if the static text comes
// first; Anthropic caches only what carries `cache_control`, from 1,024 tokens (2,048 for Haiku).
import type { PricedCall } from '../../model';
import type { PricedModel } from '../book';
import type { Rule, RuleContext } from './rule';
import { formatTokens as tokens, formatUsd as usd } from '../../../shared/format';

type Mode = 'automatic' | 'reorder' | 'cache-control';
interface Data { mode: Mode; model: string; prefixTokens: number; staticTokens: number; minTokens: number; cachedPricePerM: number; savingsPerCall: number }

/** Per-provider caching behaviour, as data. */
const CACHING: Array<{ matches: (m: PricedModel) => boolean; kind: 'automatic' | 'explicit'; minTokens: (m: PricedModel) => number }> = [
  { matches: m => m.provider === 'openai' || m.provider === 'azure', kind: 'automatic', minTokens: () => 1024 },
  { matches: m => m.provider === 'anthropic' || /claude/i.test(m.id), kind: 'explicit', minTokens: m => (/haiku/i.test(m.id) ? 2048 : 1024) },
];

const NOT_CACHED_SOURCES = new Set(['history', 'chat framing']);

/** Tokens of the static prompt parts before the first dynamic one, and of all static parts. */
export function staticPrefix(call: PricedCall, roles?: Set<string>): { prefix: number; total: number } {
  let prefix = 0;
  let total = 0;
  let open = true;
  for (const part of call.inputBreakdown) {
    if (NOT_CACHED_SOURCES.has(part.source)) continue;
    if (roles && !roles.has(part.role)) { open = false; continue; }
    if (part.placeholders > 0) { open = false; continue; }
    total += part.tokens;
    if (open) prefix += part.tokens;
  }
  return { prefix, total };
}

function check({ fact, call, current }: RuleContext): Data | null {
  if (!current || current.cachedInput === undefined || current.capabilities?.promptCaching === false) return null;
  if (fact.kind !== 'chat' || call.inputPricePerM === null || current.cachedInput >= call.inputPricePerM) return null;
  const policy = CACHING.find(c => c.matches(current));
  if (!policy) return null;
  const minTokens = policy.minTokens(current);
  const perToken = (call.inputPricePerM - current.cachedInput) / 1_000_000;
  if (policy.kind === 'explicit') {
    if (fact.features.cacheControl) return null;
    // Anthropic caches in the order tools → system → messages: the system prompt is the prefix.
    const { prefix } = staticPrefix(call, new Set(['tools', 'system']));
    if (prefix < minTokens) return null;
    return { mode: 'cache-control', model: current.id, prefixTokens: prefix, staticTokens: prefix, minTokens, cachedPricePerM: current.cachedInput, savingsPerCall: prefix * perToken };
  }
  const { prefix, total } = staticPrefix(call);
  if (prefix >= minTokens) {
    return { mode: 'automatic', model: current.id, prefixTokens: prefix, staticTokens: total, minTokens, cachedPricePerM: current.cachedInput, savingsPerCall: prefix * perToken };
  }
  if (total >= minTokens) {
    return { mode: 'reorder', model: current.id, prefixTokens: prefix, staticTokens: total, minTokens, cachedPricePerM: current.cachedInput, savingsPerCall: total * perToken };
  }
  return null;
}

export const promptCaching: Rule<Data> = {
  code: 'prompt-caching',
  severity: 'hint',
  description: 'A static prompt prefix is long enough for the provider\'s prompt cache.',
  check,
  message: d => {
    switch (d.mode) {
      case 'cache-control':
        return `System prompt of ${tokens(d.prefixTokens)} static tokens has no cache_control: caching it saves ≈ ${usd(d.savingsPerCall)} per call (reads at $${d.cachedPricePerM}/1M; writes cost 25 % more).`;
      case 'automatic':
        return `Static prefix of ${tokens(d.prefixTokens)} tokens is cached automatically on repeat calls: ≈ ${usd(d.savingsPerCall)} less per call (keep it first and unchanged).`;
      case 'reorder':
        return `Move the dynamic parts after the ${tokens(d.staticTokens)} static tokens to use the prompt cache: ≈ ${usd(d.savingsPerCall)} less per call.`;
    }
  },
  savings: d => d.savingsPerCall,
};
