// What the team turned down: inline suppression comments and per-rule severity from `.spendlens/config.json`.
// One rule for TypeScript/JavaScript and Python: a `spendlens-ignore-next-line` directive in a comment (`//`, `/*` or
// `#`) on the line above a call drops that call's findings — all of them, or only the rule ids listed after it
// (`# spendlens-ignore-next-line no-output-cap, call-in-loop -- why`). A `spendlens:` volume comment may sit between
// the directive and the call.
import type { Finding, Suggestion } from '../model';
import type { RuleLevel } from '../workspace/team-files';

/** Every finding of the call, or the listed rule ids. */
export type Suppression = 'all' | ReadonlySet<string>;

const DIRECTIVE = /(?:\/\/|\/\*|#)\s*spendlens-ignore-next-line\b([^\n]*)/;
const VOLUME_COMMENT = /^\s*(?:\/\/|#)\s*spendlens:/;
const RULE_ID = /^[a-z][a-z0-9-]*$/;

/** The suppressions of a file: 1-based line of the call → what is suppressed there. */
export function suppressionsOf(text: string): Map<number, Suppression> {
  const out = new Map<number, Suppression>();
  if (!text.includes('spendlens-ignore-next-line')) return out; // the common case costs one scan
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    let target = i + 1;
    while (target < lines.length && VOLUME_COMMENT.test(lines[target])) target++;
    // Rule ids up to a `--` reason or the end of a block comment.
    const ids = m[1].split('--')[0].replace(/\*\/.*$/, '').split(/[\s,]+/).filter(id => RULE_ID.test(id));
    const previous = out.get(target + 1);
    if (!ids.length || previous === 'all') out.set(target + 1, 'all');
    else out.set(target + 1, new Set([...(previous ?? []), ...ids]));
  });
  return out;
}

export function isSuppressed(code: string, suppression: Suppression | undefined): boolean {
  return suppression === 'all' || (suppression !== undefined && suppression.has(code));
}

/**
 * A call's findings and suggestion after the team's choices: suppressed rules are dropped, the others take the
 * severity the config gives them (`off` drops the rule everywhere). The cheaper-model suggestion is the
 * `cheaper-model` rule's: suppressing that rule removes the suggestion too.
 */
export function applyTeamRules(
  advice: { findings: Finding[]; suggestion: Suggestion | null; noSuggestion?: string },
  suppression: Suppression | undefined,
  levels: Readonly<Record<string, RuleLevel>>,
): { findings: Finding[]; suggestion: Suggestion | null; noSuggestion?: string } {
  const off = (code: string) => isSuppressed(code, suppression) || levels[code] === 'off';
  const findings: Finding[] = [];
  for (const f of advice.findings) {
    if (off(f.code)) continue;
    const level = levels[f.code];
    findings.push(level && level !== 'off' && level !== f.severity ? { ...f, severity: level } : f);
  }
  if (advice.suggestion && off('cheaper-model')) return { findings, suggestion: null, noSuggestion: 'cheaper-model off' };
  return { findings, suggestion: advice.suggestion, ...(advice.noSuggestion ? { noSuggestion: advice.noSuggestion } : {}) };
}
