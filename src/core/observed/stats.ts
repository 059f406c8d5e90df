// Per-site statistics of the matched records: calls (weighted by a spread's share), means over the calls whose
// source gave the count, and p50/p90 over single-call records (aggregated rows carry only sums).
import { modelOf, type UsageRecord } from './record';
import type { MatchTier } from './match';

export interface TokenStats {
  mean: number;
  /** Null when only aggregated records (sums) reached the site. */
  p50: number | null;
  p90: number | null;
  /** Calls whose source reported this count. */
  samples: number;
}

class Tokens {
  private sum = 0;
  private known = 0;
  private readonly values: Array<[number, number]> = []; // [value, weight]

  add(r: UsageRecord, value: number | undefined, weight: number): void {
    if (value === undefined) return;
    this.sum += value * weight;
    this.known += r.calls * weight;
    if (r.calls === 1) this.values.push([value, weight]);
  }

  result(): TokenStats | null {
    if (this.known <= 0) return null;
    return { mean: round1(this.sum / this.known), p50: this.quantile(0.5), p90: this.quantile(0.9), samples: round1(this.known) };
  }

  private quantile(q: number): number | null {
    if (!this.values.length) return null;
    const sorted = [...this.values].sort((a, b) => a[0] - b[0]);
    const total = sorted.reduce((s, [, w]) => s + w, 0);
    let acc = 0;
    for (const [v, w] of sorted) { acc += w; if (acc >= q * total - 1e-9) return v; }
    return sorted[sorted.length - 1][0];
  }
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

export class SiteStats {
  calls = 0;
  readonly byTier = new Map<MatchTier, number>();
  private readonly input = new Tokens();
  private readonly output = new Tokens();
  private readonly cached = new Tokens();
  private readonly cacheWrites = new Tokens();
  /** Calls per model the records name (requested, else answering), weighted like `calls`. */
  private readonly models = new Map<string, number>();

  add(r: UsageRecord, weight: number, tier: MatchTier): void {
    this.calls += r.calls * weight;
    const model = modelOf(r);
    if (model) this.models.set(model, (this.models.get(model) ?? 0) + r.calls * weight);
    this.byTier.set(tier, (this.byTier.get(tier) ?? 0) + r.calls * weight);
    this.input.add(r, r.inputTokens, weight);
    this.output.add(r, r.outputTokens, weight);
    this.cached.add(r, r.cacheReadTokens, weight);
    this.cacheWrites.add(r, r.cacheCreationTokens, weight);
  }

  /** The tier that brought the most calls. */
  get matchedBy(): MatchTier {
    return [...this.byTier.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }

  /** The models the site's calls ran with, most calls first. */
  modelCounts(): Array<{ model: string; calls: number }> {
    return [...this.models.entries()].map(([model, calls]) => ({ model, calls: round1(calls) })).sort((a, b) => b.calls - a.calls || a.model.localeCompare(b.model));
  }

  tokens() {
    return { input: this.input.result(), output: this.output.result(), cachedInput: this.cached.result(), cacheWriteInput: this.cacheWrites.result() };
  }
}
