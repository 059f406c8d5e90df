// Prompt caching priced into $/call. Which providers cache what, from how many tokens, and how often a call finds
// its prefix still cached — one decision here, used by the estimate, by every comparison (candidates.ts) and by the
// prompt-caching hint.
//
// - OpenAI / Azure OpenAI cache a static prefix of 1,024+ tokens automatically: cached tokens are read at the
//   cached-input price, a miss costs the normal price (no write fee).
// - Anthropic (also on Bedrock / Vertex) caches only what carries `cache_control`, from 1,024 tokens (2,048 for Haiku):
//   a hit reads at the cached-input price, a miss WRITES the prefix at the cache-write price (1.25× input).
// - How often the prefix is still cached: both caches live ~5 minutes after the last use. With calls arriving at
//   random (Poisson) at the call site's volume, a call finds the prefix cached with probability 1 − e^(−λ), λ = calls
//   per 5 minutes. 1,000 calls/month → 11 % hits; 30,000 → 97 %.
import type { PricedModel } from './prices';

export type CacheKind = 'automatic' | 'explicit';

/** Per-provider caching behaviour, as data. */
const CACHING: Array<{ matches: (m: PricedModel) => boolean; kind: CacheKind; minTokens: (m: PricedModel) => number; label: string }> = [
  { matches: m => m.provider === 'openai' || m.provider === 'azure', kind: 'automatic', minTokens: () => 1024, label: 'OpenAI caches a static prefix of 1,024+ tokens automatically' },
  { matches: m => m.provider === 'anthropic' || /claude/i.test(m.id), kind: 'explicit', minTokens: m => (/haiku/i.test(m.id) ? 2048 : 1024), label: 'Anthropic caches the prefix marked with cache_control' },
];

/** Minutes a cached prefix lives after its last use (OpenAI: 5–10 min; Anthropic's default TTL: 5 min). */
const CACHE_TTL_MINUTES = 5;
const MINUTES_PER_MONTH = 30 * 24 * 60;
/** Anthropic's cache writes cost 25 % more than input, where the catalog gives no write price. */
const WRITE_FACTOR = 1.25;

export function cachingPolicy(model: PricedModel): { kind: CacheKind; minTokens: number; label: string } | null {
  if (model.cachedInput === undefined || model.capabilities?.promptCaching === false) return null;
  const policy = CACHING.find(c => c.matches(model));
  return policy ? { kind: policy.kind, minTokens: policy.minTokens(model), label: policy.label } : null;
}

/** Share of calls that find the prefix cached, at `callsPerMonth` calls arriving at random. */
export function cacheHitRate(callsPerMonth: number): number {
  const perTtl = (callsPerMonth * CACHE_TTL_MINUTES) / MINUTES_PER_MONTH;
  return perTtl > 0 ? 1 - Math.exp(-perTtl) : 0;
}

type Part = { role: string; tokens: number; placeholders: number; source: string };
const NOT_CACHED_SOURCES = new Set(['history', 'chat framing']);

/** Tokens of the static prompt parts before the first dynamic one, and of all static parts. */
export function staticPrefix(parts: readonly Part[], roles?: Set<string>): { prefix: number; total: number } {
  let prefix = 0;
  let total = 0;
  let open = true;
  for (const part of parts) {
    if (NOT_CACHED_SOURCES.has(part.source)) continue;
    if (roles && !roles.has(part.role)) { open = false; continue; }
    if (part.placeholders > 0) { open = false; continue; }
    total += part.tokens;
    if (open) prefix += part.tokens;
  }
  return { prefix, total };
}

/** How a call uses the prompt cache, as priced: `share` of its input tokens is the cached prefix. */
export interface CacheUse {
  kind: CacheKind;
  /** Cached prefix as a share of the input tokens (a comparison applies it to the other model's count). */
  share: number;
  prefixTokens: number;
  hitRate: number;
}

/**
 * The cache use of a call on `model`: the static tools + system prefix under `cache_control` for Anthropic, the static
 * prefix for OpenAI's automatic cache; null when the model does not cache it or the prefix is under the minimum.
 */
export function planCache(model: PricedModel, parts: readonly Part[], inputTokens: number, cacheControl: boolean, callsPerMonth: number): CacheUse | null {
  const policy = cachingPolicy(model);
  if (!policy || inputTokens <= 0) return null;
  if (policy.kind === 'explicit' && !cacheControl) return null;
  // Anthropic caches in the order tools → system → messages: the marked prefix is taken to be the static tools + system.
  const { prefix } = policy.kind === 'explicit' ? staticPrefix(parts, new Set(['tools', 'system'])) : staticPrefix(parts);
  if (prefix < policy.minTokens) return null;
  return { kind: policy.kind, share: Math.min(1, prefix / inputTokens), prefixTokens: prefix, hitRate: cacheHitRate(callsPerMonth) };
}

/** The same cache use on another model (a comparison): same share and hit rate, if that model caches the same way. */
export function cacheOn(model: PricedModel, use: CacheUse | null | undefined, inputTokens: number): CacheUse | null {
  if (!use) return null;
  const policy = cachingPolicy(model);
  if (!policy || policy.kind !== use.kind) return null;
  const prefixTokens = Math.round(use.share * inputTokens);
  return prefixTokens >= policy.minTokens ? { ...use, prefixTokens } : null;
}

/** USD per 1M tokens for the cached prefix on average: hits read cheaply, misses pay the input (or write) price. */
export function prefixPricePerM(model: PricedModel, inputPricePerM: number, use: CacheUse): number {
  const read = model.cachedInput ?? inputPricePerM;
  const miss = use.kind === 'explicit' ? (model.cacheWrite ?? inputPricePerM * WRITE_FACTOR) : inputPricePerM;
  return use.hitRate * read + (1 - use.hitRate) * miss;
}

/** The assumption the hover lists for a priced cache use. */
export function cacheAssumption(model: PricedModel, use: CacheUse, callsPerMonth: number, inputPricePerM: number): string {
  const policy = cachingPolicy(model)!;
  const hits = Math.round(use.hitRate * 100);
  const misses = use.kind === 'explicit'
    ? `misses write it at $${model.cacheWrite ?? +(inputPricePerM * WRITE_FACTOR).toPrecision(6)}/1M`
    : `misses pay the input price`;
  const assumed = use.kind === 'automatic' ? ' (assumed: the prefix stays first and unchanged)' : ' (assumed to close the static tools + system prefix)';
  return `prompt cache: ${policy.label}${assumed}; ${use.prefixTokens} prefix tokens read at $${model.cachedInput}/1M on ${hits} % of calls, ${misses} — ` +
    `${hits} % = calls within ${CACHE_TTL_MINUTES} minutes of the previous one at ${callsPerMonth} calls/month arriving at random`;
}
