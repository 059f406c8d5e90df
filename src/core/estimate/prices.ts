// What the estimate layer needs from the catalog. PriceBook (src/core/pricing) satisfies it; keeping the
// estimate on this narrow view lets it be tested with a hand-made price list.
import type { TokenizerProfile } from '../pricing/types';

export interface PricedModel {
  id: string;
  provider: string;
  mode?: string;
  /** USD per 1M tokens. */
  input: number;
  output: number;
  cachedInput?: number;
  /** Writing a prefix into the prompt cache (Anthropic: 1.25× input). */
  cacheWrite?: number;
  batchInput?: number;
  batchOutput?: number;
  /** The flex service tier (OpenAI `service_tier: "flex"`), where the catalog lists one. */
  flexInput?: number;
  flexOutput?: number;
  /** Higher prices once the prompt passes a context threshold (tokens). */
  above?: Array<{ threshold: number; input: number; output?: number }>;
  contextWindow?: number;
  maxOutput?: number;
  capabilities?: { tools?: boolean; vision?: boolean; json?: boolean; reasoning?: boolean; reasoningByDefault?: boolean; promptCaching?: boolean };
  tokenizer?: { encoding?: string; exact?: boolean; ratio?: number; profile?: string; details?: TokenizerProfile };
  deprecated?: boolean | string;
  successor?: string;
  tier?: string;
  family?: string;
  /** A team or user discount already applied to the prices above (an overlay's `discounts`). */
  discount?: { percent: number; path: string; note?: string };
}

export interface PriceSource {
  lookup(id: string, vendor?: string | null): { model: PricedModel; matchedBy: string } | null;
  nearest(id: string, n?: number): string[];
  readonly updated: string;
  /** The date of one model's price (a downloaded layer's day for the models it set); absent → `updated`. */
  dateOf?(model: PricedModel): string;
}
