// Shapes of the pricing catalog (pricing/catalog.json, described by pricing/catalog.schema.json).
// All prices are USD per 1M tokens.

import type { Weights } from '../tokens/script';

export type Tier = 'nano' | 'small' | 'medium' | 'large' | 'frontier';

export type CatalogMode =
  | 'chat' | 'completion' | 'responses' | 'embedding' | 'rerank'
  | 'image_generation' | 'audio_transcription' | 'audio_speech' | 'moderation' | 'realtime';

export interface ModelCapabilities {
  tools: boolean;
  vision: boolean;
  json: boolean;
  /** The model can reason (hidden output tokens, billed as output). */
  reasoning: boolean;
  /** It reasons even when the call sets no reasoning_effort / thinking (absent = no). */
  reasoningByDefault?: boolean;
  promptCaching: boolean;
}

/** How to count this model's tokens: `ratio` × the count with `encoding` (ratio 1 and exact for OpenAI models). */
export interface TokenizerInfo {
  encoding: 'o200k_base' | 'cl100k_base';
  exact: boolean;
  ratio: number;
  /** The catalog's `tokenizers` entry this model is counted with. */
  profile?: string;
  /** That entry itself, attached by the PriceBook. */
  details?: TokenizerProfile;
}

/** How a vendor family's tokens are counted (catalog `tokenizers`, made from pricing/curated.json and the measurements). */
export interface TokenizerProfile {
  certainty: 'exact' | 'calibrated' | 'estimated';
  ratio?: number;
  /** Ratio per script (src/core/tokens/script.ts); a script left out uses `ratio`. */
  scripts?: Record<string, number>;
  /** Measured weights per script on the run's features (src/core/tokens/script.ts FEATURES). */
  weights?: Record<string, Weights>;
  /** Every digit is a token of its own. */
  digitsApart?: boolean;
  /** Checking-set error of a calibrated count (fractions). */
  error?: { typical: number; worst: number };
  /** ± fraction around an estimated count. */
  band?: number;
  framing?: { perMessage: number; perCall: number; basis?: string };
  basis: string;
}

/** Prices that apply to the whole request once its input exceeds `threshold` tokens. */
export interface AboveTier {
  threshold: number;
  input: number;
  output: number;
  cachedInput?: number;
}

export interface CatalogModel {
  id: string;
  aliases: string[];
  /** Our provider id: openai, azure, anthropic, gemini, vertex_ai, bedrock, groq, … */
  provider: string;
  family: string;
  tier: Tier;
  mode: CatalogMode;
  input: number;
  output: number;
  cachedInput?: number;
  cacheWrite?: number;
  batchInput?: number;
  batchOutput?: number;
  /** The flex service tier (OpenAI `service_tier: "flex"`), where the catalog lists one. */
  flexInput?: number;
  flexOutput?: number;
  above?: AboveTier[];
  contextWindow?: number;
  maxOutput?: number;
  capabilities: ModelCapabilities;
  tokenizer: TokenizerInfo;
  /** false, true, or the vendor's deprecation / shutdown date (YYYY-MM-DD). */
  deprecated: boolean | string;
  successor?: string;
  /** Where the entry comes from; 'updated' / 'user' / 'workspace' when a layer above the bundled one changed or added it. */
  source: 'litellm' | 'curated' | 'updated' | 'user' | 'workspace';
  basis?: string;
  note?: string;
  /** A team or user discount applied to this model's list prices (an overlay's `discounts`). */
  discount?: AppliedDiscount;
}

/** An overlay's negotiated discount: `percent` off every token price of one provider's models. */
export interface ProviderDiscount {
  provider: string;
  percent: number;
  note?: string;
}

export interface AppliedDiscount extends ProviderDiscount {
  /** The file that states it. */
  path: string;
}

export interface CatalogSource {
  name: string;
  url?: string;
  path?: string;
  license: string;
  retrieved: string;
}

export interface Catalog {
  kind?: 'catalog' | 'overlay';
  version?: number;
  updated?: string;
  currency?: 'USD';
  unit?: 'per 1M tokens';
  sources?: CatalogSource[];
  tokenizers?: Record<string, TokenizerProfile>;
  /** Overlays only: discounts per provider on the layers below. */
  discounts?: ProviderDiscount[];
  /** Full models in a catalog; in an overlay, entries may be partial (id + the fields they change). */
  models: CatalogModel[];
}

export interface CatalogProblem {
  /** The file the problem is in. */
  path: string;
  /** JSON pointer of the offending value, '' for the whole document. */
  pointer: string;
  /** 1-based line of that value, when it could be found. */
  line?: number;
  message: string;
}

/** bundled ← updated (`spendlens catalog update`, in the user's cache) ← user ← workspace. */
export type LayerKind = 'bundled' | 'updated' | 'user' | 'workspace';

export interface LayerInfo {
  path: string;
  kind: LayerKind;
  /** Models the layer contributed (after rejected entries were dropped). */
  models: number;
  ok: boolean;
}
