// A Markdown summary fit for a pull-request comment: totals, the calls by cost, the biggest savings.
import type { WorkspaceReport } from '../model';
import type { PricedCall } from '../model';
import { sortByCost } from './table';
import { currencyNote, moneySign, formatTokens, formatMoney, modelLabel, suggestionBadge, unpricedNote, unpricedSites, nameSome, volumeMark } from '../../shared/format';

/**
 * The first line of every Markdown report: a hidden HTML comment by which a bot finds its own pull-request comment
 * to update it (the GitHub Action's comment step matches a comment whose body starts with it).
 */
export const REPORT_MARKER = '<!-- spendlens-report -->';

// Workspace strings (model names, file names, messages) are data: no HTML, links or code spans of theirs may render.
const cell = (s: string) => s
  .replace(/[\u0000-\u001f\u007f]+/g, ' ')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/[\\`*_[\]|]/g, ch => `\\${ch}`);
/** A code span that a backtick in `s` cannot close early; `|` escaped for table cells (GFM splits cells first). */
const code = (s: string, inTable = false) => {
  const flat = s.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map(r => r.length)) + 1);
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  return fence.length > 1 ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Findings a reviewer should see even in a long report (warnings and errors), one line each. */
function attention(calls: PricedCall[], max: number): string[] {
  const items = calls.flatMap(c => c.findings
    .filter(f => f.severity === 'warning' || f.severity === 'error')
    .map(f => `- ${code(`${c.file}:${c.line}`)} **${f.code}**: ${cell(f.message)}`));
  if (!items.length) return [];
  const out = ['**Needs attention**', '', ...items.slice(0, max)];
  if (items.length > max) out.push(`- … ${items.length - max} more`);
  out.push('');
  return out;
}

/** How much of the monthly figure rests on the default volume, and how to replace it. */
function volumeNote(calls: PricedCall[]): string[] {
  const defaults = calls.filter(c => c.callsPerMonthSource === 'default');
  if (!defaults.length) return [];
  const volume = formatTokens(defaults[0].callsPerMonth);
  return [`<sub>${plural(defaults.length, 'call site')} of ${calls.length} assume the default of ${volume} calls/month (marked *). ` +
    'Set real volumes in `.spendlens/usage.json` (`"file#function": N`) or with a `spendlens: N/month` comment above the call.</sub>', ''];
}

/** An estimate is marked `≈`; a missing figure is `—` alone. */
function approxUsd(value: number | null): string {
  return value === null ? '—' : `≈${formatMoney(value)}`;
}

export function writeMarkdown(report: WorkspaceReport, opts: { maxRows?: number; foldAfter?: number } = {}): string {
  const max = opts.maxRows ?? 50;
  // Long tables fold into a <details> block so the comment stays readable in a pull request.
  const foldAfter = opts.foldAfter ?? 15;
  const t = report.totals;
  const out: string[] = [];
  out.push(REPORT_MARKER);
  out.push('### Spendlens — projected LLM spend');
  out.push('');
  out.push(`**≈${formatMoney(t.monthly)}/month** across **${plural(t.calls, 'call site')}**` +
    (t.unknownModels ? ` (${unpricedNote(t.unknownModels)}: ${nameSome(unpricedSites(report.calls).map(s => code(s)))})` : '') +
    (t.savingsMonthly > 0 ? ` · cheaper models could save **≈${formatMoney(t.savingsMonthly)}/month**` : '') + '.');
  out.push('');
  const calls = sortByCost(report.calls);
  out.push(...attention(calls, 10));
  const fold = calls.length > foldAfter;
  if (fold) out.push(`<details><summary>${plural(calls.length, 'call site')} by monthly cost</summary>`, '');
  if (calls.length) {
    out.push(`| Call site | Model | Tokens in / out | ${moneySign()}/call | Calls/mo | ${moneySign()}/month | Cheaper option |`);
    out.push('| --- | --- | ---: | ---: | ---: | ---: | --- |');
    for (const c of calls.slice(0, max)) {
      out.push(`| ${code(`${c.file}:${c.line}`, true)} | ${cell(modelLabel(c))}${c.costPerCall === null ? ' ⚠️' : ''} | ` +
        `${c.inputTokensExact ? '' : '≈'}${formatTokens(c.inputTokens)} / ~${formatTokens(c.outputTokens)} | ` +
        `${approxUsd(c.costPerCall)} | ${formatTokens(c.callsPerMonth)}${volumeMark(c.callsPerMonthSource)} | ` +
        `${approxUsd(c.monthlyCost)} | ${c.suggestion ? cell(suggestionBadge(c.suggestion)) : ''} |`);
    }
    if (calls.length > max) out.push(`| … ${calls.length - max} more | | | | | | |`);
    out.push('');
  } else {
    out.push('No LLM call sites found.', '');
  }
  if (fold) out.push('</details>', '');
  out.push(...volumeNote(calls));
  const savings = calls.filter(c => c.suggestion && c.costPerCall !== null)
    .map(c => ({ c, monthly: (c.costPerCall! - c.suggestion!.costPerCall) * c.callsPerMonth }))
    .sort((a, b) => b.monthly - a.monthly).slice(0, 5);
  if (savings.length) {
    out.push('**Biggest savings available**');
    out.push('');
    for (const { c, monthly } of savings) {
      const s = c.suggestion!;
      const to = s.kind === 'service-tier' ? `${cell(c.model ?? '')} (${s.serviceTier ?? 'batch'} tier)` : cell(s.model);
      out.push(`- ${code(`${c.file}:${c.line}`)}: ${cell(c.model ?? '')} → ${to} saves ≈${formatMoney(monthly)}/month (−${s.savingsPct}%) — ${cell(s.reason)}${s.evidence?.length ? ` Evidence: ${cell(s.evidence.join('; '))}.` : ''}`);
    }
    out.push('');
  }
  out.push(`<sub>Prices: catalog of ${report.catalog.updated} (${cell(report.catalog.sources.join(', '))})` +
    (report.currency ? `; ${cell(currencyNote(report.currency))}` : '') + '. ≈ = estimate; * = default volume' +
    (calls.some(c => c.observed) ? '; ◆ = observed volume, ◇ = observed calls of the model spread over its call sites' : '') +
    `. Generated by Spendlens ${report.version} — nothing left the runner.</sub>`);
  for (const w of report.warnings) out.push(`\n> ⚠️ ${cell(w)}`);
  return out.join('\n') + '\n';
}
