// A model line: one model's undated alias (claude-opus-4-1, grok-4, azure/gpt-4o, mistral-large-latest) and its dated
// snapshots (claude-opus-4-1-20250805, grok-4-0709, azure/gpt-4o-2024-11-20, mistral-large-2411) — catalog entries of
// the same model that must agree on when it is deprecated and what replaces it. The build aligns them
// (alignDeprecation); the catalog consistency test checks the bundled catalog with the same grouping.
type Deprecated = boolean | string | undefined;
export interface LineModel { id: string; provider: string; mode?: string; aliases?: string[]; deprecated?: Deprecated; successor?: string }

/** A snapshot date (or a vendor's 3-4 digit version) at the end of a name. */
const SNAPSHOT = /-(\d{4}-\d{2}-\d{2}|\d{8}|\d{3,4})$/;

/** The line an id belongs to and its snapshot key (null for the undated alias and `-latest`). Claude's two name orders
 * (claude-4-opus, claude-opus-4) are one line; a region's inference profile (eu.anthropic.…) is a line of its own, as
 * regions retire on their own dates. */
export function modelLine(id: string): { line: string; snapshot: string | null } {
  let name = id.toLowerCase().replace(/-v\d+(:\d+)?$/, '').replace(/@/g, '-').replace(/-latest$/, '');
  const m = SNAPSHOT.exec(name);
  const snapshot = m ? m[1].replace(/-/g, '') : null;
  if (m) name = name.slice(0, m.index);
  name = name.replace(/\bclaude-(\d+(?:[-.]\d+)?)-(opus|sonnet|haiku)\b/, 'claude-$2-$1');
  return { line: name, snapshot };
}

/** The entries of each line (same provider, chat-like modes), keyed `provider|line`; lines of one entry are left out. */
export function modelLines<M extends LineModel>(models: Iterable<M>): Map<string, M[]> {
  const lines = new Map<string, M[]>();
  for (const m of models) {
    if (m.mode && !['chat', 'responses', 'completion'].includes(m.mode)) continue;
    const key = `${m.provider}|${modelLine(m.id).line}`;
    lines.set(key, [...(lines.get(key) ?? []), m]);
  }
  for (const [key, ms] of lines) if (ms.length < 2) lines.delete(key);
  return lines;
}

/** The snapshots an entry stands for: its id's and its aliases' of the same line. */
export function snapshotsOf(m: LineModel): string[] {
  const line = modelLine(m.id).line;
  return [m.id, ...(m.aliases ?? [])].map(modelLine).filter(l => l.line === line && l.snapshot !== null).map(l => l.snapshot!);
}

/** The newest snapshot of a line, when its snapshots can be ordered: full dates, or a single one (a 4-digit MMDD
 * version has no year: gpt-4-0613 is older than gpt-4-0125). */
export function newestSnapshot(entries: LineModel[]): string | null {
  const keys = [...new Set(entries.flatMap(snapshotsOf))];
  if (keys.length === 1) return keys[0];
  if (keys.length === 0 || keys.some(k => k.length !== 8)) return null;
  return keys.sort().pop()!;
}

/** How specific a deprecation is: a date says more than `true`, `true` more than nothing. */
const rank = (d: Deprecated) => (typeof d === 'string' ? 2 : d === true ? 1 : 0);

/** The entries that must agree: those of one snapshot, and the undated aliases with the newest snapshot they name. */
function agreeingSets<M extends LineModel>(entries: M[]): { heads: M[]; older: M[] }[] {
  const newest = newestSnapshot(entries);
  const sets: { heads: M[]; older: M[] }[] = [];
  for (const key of new Set(entries.flatMap(snapshotsOf))) {
    if (key === newest) continue;
    const same = entries.filter(m => snapshotsOf(m).includes(key));
    if (same.length > 1) sets.push({ heads: same, older: [] });
  }
  const undated = entries.filter(m => modelLine(m.id).snapshot === null);
  if (newest !== null) {
    const heads = [...undated, ...entries.filter(m => !undated.includes(m) && snapshotsOf(m).includes(newest))];
    sets.push({ heads, older: entries.filter(m => !heads.includes(m)) });
  } else if (undated.length > 1) {
    sets.push({ heads: undated, older: [] }); // grok-3 and grok-3-latest, when the snapshots cannot be ordered
  }
  return sets;
}

/**
 * Makes each line agree: the entries of one snapshot, and the undated alias with the newest snapshot it names, share the
 * most specific deprecation among them — a dated entry's own date first — and a successor; a snapshot older than a
 * deprecated newest one is deprecated too (its own date kept) and takes the line's successor when it has none.
 */
export function alignDeprecation<M extends LineModel>(models: Iterable<M>): void {
  for (const entries of modelLines(models).values()) {
    for (const { heads, older } of agreeingSets(entries)) {
      // dated entries first: a snapshot's own date is the vendor's; an alias's comes from a rule or the map's alias key
      heads.sort((a, b) => Number(modelLine(a.id).snapshot === null) - Number(modelLine(b.id).snapshot === null));
      const best = heads.reduce<Deprecated>((d, m) => (rank(m.deprecated) > rank(d) ? m.deprecated : d), false);
      const successor = heads.find(m => m.successor)?.successor;
      for (const m of heads) {
        if (rank(m.deprecated) < rank(best) || (typeof best === 'string' && m.deprecated !== best)) m.deprecated = best;
        if (!m.successor && successor && successor !== m.id) m.successor = successor;
      }
      if (!best) continue;
      for (const m of older) {
        if (!m.deprecated) m.deprecated = true;
        if (!m.successor && successor && successor !== m.id) m.successor = successor;
      }
    }
  }
}
