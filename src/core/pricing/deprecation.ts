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
