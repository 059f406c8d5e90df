// Call volume declared in a comment next to a call — one grammar for every language:
//   spendlens: 20000/month · 20k/month · 1.5m / month · 1b/month · ~500 per day · 10 calls/hour · 3k requests a week
// Units convert to a month of 30 days (day ×30, week ×52/12, hour ×720, year ÷12).

export interface Volume { callsPerMonth: number; source: string }

const VOLUME = /spendlens\s*:\s*(?:~\s*)?(\d[\d_,.]*)\s*([kmb])?\s*(?:calls?|requests?|reqs?)?\s*(?:\/|per\s+|a\s+)\s*(month|mo|day|d|week|wk|w|hour|hr|h|year|yr|y)\b/i;
const PER_MONTH: Record<string, number> = {
  month: 1, mo: 1, day: 30, d: 30, week: 52 / 12, wk: 52 / 12, w: 52 / 12, hour: 720, hr: 720, h: 720, year: 1 / 12, yr: 1 / 12, y: 1 / 12,
};
const MULTIPLIER: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** The volume a comment declares, or null when it declares none. `source` quotes the words matched. */
export function parseVolume(comment: string): Volume | null {
  const m = VOLUME.exec(comment);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[_,]/g, '')) * (m[2] ? MULTIPLIER[m[2].toLowerCase()]! : 1);
  const perMonth = PER_MONTH[m[3]!.toLowerCase()]!;
  if (!Number.isFinite(n)) return null;
  return { callsPerMonth: Math.round(n * perMonth), source: `comment: ${m[0]}` };
}

/** How a language writes comments, for finding the one next to a call. */
export interface CommentSyntax {
  /** A trimmed line that is a comment. */
  comment: RegExp;
  /** A trimmed line that is neither comment nor code that ends the search (a decorator between comment and call). */
  transparent?: RegExp;
  /** Where a trailing comment starts on the call's own line. */
  trailing: string;
}

/** How many lines above a call a volume comment may sit (blank and comment lines between count). */
const LOOK_ABOVE = 6;

/**
 * The volume comment for a call on line `line` (0-based): the nearest one in the comment block directly above,
 * else a trailing comment on the call's own line. `lineText(i)` returns line i, or undefined past the file's ends.
 */
export function volumeNear(lineText: (i: number) => string | undefined, line: number, syntax: CommentSyntax): Volume | null {
  for (let i = line - 1; i >= 0 && i >= line - LOOK_ABOVE; i--) {
    const t = lineText(i)?.trim();
    if (t === undefined) break;
    if (!t || syntax.transparent?.test(t)) continue;
    if (!syntax.comment.test(t)) break;
    const v = parseVolume(t);
    if (v) return v;
  }
  const own = lineText(line) ?? '';
  const at = own.indexOf(syntax.trailing);
  return at >= 0 ? parseVolume(own.slice(at)) : null;
}
