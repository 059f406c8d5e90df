// Call volume declared in a comment just above the call: `# spendlens: 20000/month`, `20k/month`,
// `1.5m/month`, `500/day` (×30), `100/week` (×52/12), `10/hour` (×24×30).
import type { PyContext } from './context';

const perMonth: Record<string, number> = { month: 1, mo: 1, day: 30, d: 30, week: 52 / 12, wk: 52 / 12, hour: 720, h: 720, year: 1 / 12, yr: 1 / 12 };
const suffix: Record<string, number> = { '': 1, k: 1e3, m: 1e6, b: 1e9 };

export function parseVolume(comment: string): number | null {
  const m = /spendlens\s*:\s*([\d_,.]+)\s*([kmb]?)\s*(?:calls?\s*)?\/\s*([a-z]+)/i.exec(comment);
  if (!m) return null;
  const n = Number(m[1].replace(/[_,]/g, ''));
  const unit = perMonth[m[3].toLowerCase()];
  if (!Number.isFinite(n) || unit === undefined) return null;
  return Math.round(n * suffix[m[2].toLowerCase()] * unit);
}

/** Looks at the comment lines directly above `line` (1-based), nearest first. */
export function volumeAbove(ctx: PyContext, line: number): { callsPerMonth: number; source: string } | null {
  for (let l = line - 1; l >= 1 && l >= line - 6; l--) {
    const start = ctx.lines.lineStart(l);
    const end = ctx.lines.lineStart(l + 1) || ctx.text.length;
    const text = ctx.text.slice(start, end).trim();
    if (!text) continue;
    if (!text.startsWith('#') && !text.startsWith('@')) break;
    const v = parseVolume(text);
    if (v !== null) return { callsPerMonth: v, source: `comment:${ctx.file}:${l}` };
  }
  // Also accept a trailing comment on the call's own line.
  const start = ctx.lines.lineStart(line);
  const end = ctx.lines.lineStart(line + 1) || ctx.text.length;
  const own = ctx.text.slice(start, end);
  const hash = own.indexOf('#');
  const v = hash >= 0 ? parseVolume(own.slice(hash)) : null;
  return v !== null ? { callsPerMonth: v, source: `comment:${ctx.file}:${line}` } : null;
}
