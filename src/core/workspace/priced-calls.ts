// Priced calls of an open document's previous version, by what their price and advice are computed from: an edit
// re-prices and re-advises only the calls whose facts changed (pricing + advice of a 221-call file was ~90 % of an
// edit's time). A call's price and advice read its facts, its volume, its observed figures, its suppression and
// where an assumed model comes from, plus the session's price book, settings and team rules (the Session drops
// every entry when those change). They read no position: the positions, which an edit above a call shifts, are
// left out of the key and copied from the new facts onto the reused result.
import type { CallFact, PricedCall } from '../model';
import type { CallVolume } from '../estimate/estimate';
import type { ObservedSite } from '../observed/file';
import type { Suppression } from '../advice/suppress';

/** Everything of one call's pricing inputs except the session's state, positions left out. */
export interface PricingInputs {
  fact: CallFact;
  volume: CallVolume;
  observed: ObservedSite | null;
  suppression: Suppression | undefined;
  assumedFrom: string | undefined;
}

export function pricingKey(p: PricingInputs): string {
  const { fact } = p;
  const definedAt = fact.model.definedAt;
  const positionless = {
    ...fact, line: 0, column: 0, start: 0, end: 0, prompt: undefined,
    model: { ...fact.model, definedAt: definedAt && { ...definedAt, line: 0, column: 0, start: 0, end: 0 } },
  };
  const suppression = p.suppression === undefined || p.suppression === 'all' ? p.suppression ?? null : [...p.suppression].sort();
  // The prompt's JSON joined as it is (quoted inside the rest it would be escaped character by character).
  return `${jsonOf(fact.prompt)}\u0000${JSON.stringify([positionless, p.volume, p.observed, suppression, p.assumedFrom ?? null])}`;
}

/**
 * The JSON of a prompt, remembered per array: facts are never changed once extracted, and a statement an edit left
 * alone keeps its facts' prompt arrays (facts/js/units.ts), so most of an edit's keys cost no serialising of prompts.
 */
const promptJson = new WeakMap<CallFact['prompt'], string>();
function jsonOf(prompt: CallFact['prompt']): string {
  let json = promptJson.get(prompt);
  if (json === undefined) promptJson.set(prompt, (json = JSON.stringify(prompt)));
  return json;
}

/** A result priced from the same inputs, moved to the new facts' positions (nested values are shared, never mutated). */
export function moved(call: PricedCall, fact: CallFact): PricedCall {
  return { ...call, line: fact.line, column: fact.column, start: fact.start, end: fact.end, modelDefinedAt: fact.model.definedAt };
}

/** Per open document: its last version's priced calls by pricing key. */
export class PricedCalls {
  private readonly byFile = new Map<string, Map<string, PricedCall>>();

  /** Prices `facts` of `file`, reusing the previous version's results for unchanged inputs; remembers this version's. */
  priceFile(file: string, facts: readonly CallFact[], inputs: (f: CallFact) => PricingInputs, price: (f: CallFact, p: PricingInputs) => PricedCall): PricedCall[] {
    const previous = this.byFile.get(file);
    const next = new Map<string, PricedCall>();
    const out = facts.map(fact => {
      const p = inputs(fact);
      const key = pricingKey(p);
      const hit = next.get(key) ?? previous?.get(key);
      const call = hit ? moved(hit, fact) : price(fact, p);
      next.set(key, call);
      return call;
    });
    this.byFile.set(file, next);
    return out;
  }

  forget(file: string): void {
    this.byFile.delete(file);
  }

  clear(): void {
    this.byFile.clear();
  }
}
