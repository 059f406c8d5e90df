// Reading a catalog model's `deprecated` field: false, true, or the vendor's deprecation / shutdown date.

export interface DeprecationInfo {
  deprecated: boolean;
  /** The vendor's date (YYYY-MM-DD) when the catalog has one. */
  date?: string;
  /** The date has passed at `now`: calls may already fail. */
  past: boolean;
  /** Short text for a hover or a finding, e.g. "shuts down 2026-11-04", "retired since 2025-10-22". */
  text: string;
}

export function deprecationInfo(model: { deprecated?: boolean | string }, now: Date = new Date()): DeprecationInfo {
  const value = model.deprecated;
  if (value === undefined || value === false) return { deprecated: false, past: false, text: 'current' };
  if (value === true) return { deprecated: true, past: true, text: 'deprecated' };
  const past = Date.parse(`${value}T00:00:00Z`) <= now.getTime();
  return { deprecated: true, date: value, past, text: past ? `retired since ${value}` : `shuts down ${value}` };
}

/** The model to move to: `model.successor`, followed past successors that are themselves retired at `now` (a catalog
 * built before a successor's shutdown date still names it); null when there is none or every one is retired. */
export function liveSuccessor<M extends { id: string; successor?: string; deprecated?: boolean | string }>(
  model: M, find: (id: string) => M | null | undefined, now: Date = new Date(),
): M | null {
  const seen = new Set([model.id]);
  let next = model.successor ? find(model.successor) : null;
  while (next && !seen.has(next.id)) {
    const info = deprecationInfo(next, now);
    if (!(info.deprecated && info.past)) return next;
    seen.add(next.id);
    next = next.successor ? find(next.successor) : null;
  }
  return null;
}
