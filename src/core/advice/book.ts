// What the advisor needs from the catalog: the estimate layer's narrow price view plus the list of
// models to pick candidates from. The PriceBook of src/core/pricing satisfies it; tests can pass a
// hand-made list.
import type { PriceSource, PricedModel } from '../estimate/prices';

export type { PricedModel };

export interface AdvisorBook extends PriceSource {
  /** Every model of the catalog (candidates are drawn from here). */
  models(): Iterable<PricedModel>;
}

/** Size classes, smallest first. A downgrade is a move to an earlier entry. */
export const TIERS = ['nano', 'small', 'medium', 'large', 'frontier'] as const;
export type Tier = (typeof TIERS)[number];

/** Index of a tier in TIERS, or -1 when the catalog gives none (such models are never suggested). */
export function tierRank(tier: string | undefined): number {
  return tier ? (TIERS as readonly string[]).indexOf(tier) : -1;
}
