// Writers for a cost diff: a plain table for terminals, JSON for tools, Markdown for a pull-request comment.
import type { CallDelta, CostDiff } from './compare';
import { formatTokens, formatMoney } from '../../shared/format';
import { textColumns } from '../report/table';
import { REPORT_MARKER } from '../report/markdown';
import type { IncreaseVerdict } from './gate';

/** +$12.40 · −$1,240 · $0 */
export function signedUsd(n: number): string {
  if (Math.abs(n) < 5e-7) return '$0';
  return n > 0 ? `+${formatMoney(n)}` : formatMoney(n);
}

/** +12 % · −38 % · new spend (base was $0) */
export function signedPct(pct: number | null, delta: number): string {
  if (pct === null) return delta > 5e-7 ? 'new spend' : '±0 %';
  const r = Math.round(pct);
  if (r === 0) return pct === 0 ? '±0 %' : `${pct > 0 ? '+' : '−'}<1 %`;
  return `${r > 0 ? '+' : '−'}${Math.abs(r)} %`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function modelText(d: CallDelta): string {
  const b = d.base?.model ?? null, h = d.head?.model ?? null;
  if (d.change === 'added') return h ?? 'unresolved';
  if (d.change === 'removed') return b ?? 'unresolved';
  return b === h ? (h ?? 'unresolved') : `${b ?? 'unresolved'} → ${h ?? 'unresolved'}`;
}

function whatChanged(d: CallDelta): string {
  if (d.change !== 'changed') return d.change;
  const parts: string[] = [];
  const b = d.base!, h = d.head!;
  if (d.changes.includes('model')) parts.push('model');
  if (d.changes.includes('inputTokens')) parts.push(`in ${formatTokens(b.inputTokens)}→${formatTokens(h.inputTokens)}`);
  if (d.changes.includes('outputTokens')) parts.push(`out ${formatTokens(b.outputTokens)}→${formatTokens(h.outputTokens)}`);
  if (d.changes.includes('callsPerMonth')) parts.push(`volume ${formatTokens(b.callsPerMonth)}→${formatTokens(h.callsPerMonth)}/mo`);
  if (d.changes.includes('price')) parts.push('price');
  if (d.changes.includes('moved')) parts.push(`moved from ${b.file}`);
  return parts.join(', ');
}

function perCall(d: CallDelta): string {
  const b = d.base?.costPerCall, h = d.head?.costPerCall;
  if (d.change === 'added') return formatMoney(h);
  if (d.change === 'removed') return formatMoney(b);
  return b === h ? formatMoney(h) : `${formatMoney(b)} → ${formatMoney(h)}`;
}

function headline(diff: CostDiff): string {
  return `projected monthly LLM spend ${signedUsd(diff.totalDelta)} (${signedPct(diff.totalDeltaPct, diff.totalDelta)}): ` +
    `${formatMoney(diff.baseTotal)} → ${formatMoney(diff.headTotal)}/month`;
}

function countsText(diff: CostDiff): string {
  const c = diff.counts;
  return `${c.added} call${c.added === 1 ? '' : 's'} added, ${c.changed} changed, ${c.removed} removed, ${c.unchanged} unchanged`;
}

/** Added or changed calls the advisor would move to a cheaper model: the review's cheapest win. */
function opportunities(diff: CostDiff, max: number): string[] {
  const items = diff.calls
    .filter(d => (d.change === 'added' || d.change === 'changed') && d.head?.suggestion && d.head.suggestion.monthlySavings > 0)
    .sort((a, b) => b.head!.suggestion!.monthlySavings - a.head!.suggestion!.monthlySavings)
    .slice(0, max);
  if (!items.length) return [];
  return [
    '**Cheaper options for the calls this change adds or edits**', '',
    ...items.map(d => {
      const s = d.head!.suggestion!;
      return `- \`${cell(d.file)}:${d.line}\`: ${cell(d.head!.model ?? '')} → ${cell(s.model)} would save ≈${formatMoney(s.monthlySavings)}/month (−${s.savingsPct}%)`;
    }),
    '',
  ];
}

export function writeDiffJson(diff: CostDiff): string {
  return JSON.stringify(diff, null, 2) + '\n';
}

export function writeDiffTable(diff: CostDiff): string {
  const out: string[] = [];
  out.push(`Spendlens ${diff.version} — ${diff.baseRef} → ${diff.headRef}`);
  out.push(headline(diff).replace(/^p/, 'P'));
  out.push(countsText(diff));
  out.push('');
  if (diff.calls.length) {
    const rows = diff.calls.map(d => [d.change, `${d.file}:${d.line}`, modelText(d), perCall(d), whatChanged(d) === d.change ? '' : whatChanged(d), signedUsd(d.monthlyDelta) + (d.unpriced ? ' ⚠' : '')]);
    const head = ['change', 'call site', 'model', '$/call', 'what changed', 'Δ $/month'];
    out.push(...textColumns(head, rows, head.map((_, i) => i === head.length - 1)));
    out.push('');
  } else {
    out.push('No LLM call changed cost.');
    out.push('');
  }
  for (const w of diff.warnings) out.push(`warning: ${w}`);
  return out.join('\n') + '\n';
}

export function writeDiffMarkdown(diff: CostDiff, opts: { maxRows?: number; foldAfter?: number; gate?: IncreaseVerdict } = {}): string {
  const max = opts.maxRows ?? 30;
  const fold = diff.calls.length > (opts.foldAfter ?? 10);
  const out: string[] = [];
  const arrow = diff.totalDelta > 5e-7 ? '📈' : diff.totalDelta < -5e-7 ? '📉' : '➖';
  out.push(REPORT_MARKER);
  out.push(`### ${arrow} Spendlens — ${headline(diff)}`);
  out.push('');
  out.push(`Compared with \`${cell(diff.baseRef)}\`: ${countsText(diff)}.`);
  out.push('');
  if (opts.gate) out.push(`${opts.gate.exceeded ? '❌ **Fails the cost gate**' : '✅ Passes the cost gate'}: ${cell(opts.gate.text)}.`, '');
  if (fold) out.push(`<details><summary>${diff.calls.length} calls with a cost change</summary>`, '');
  if (diff.calls.length) {
    out.push('| Change | Call site | Model | $/call | What changed | Δ $/month |');
    out.push('| --- | --- | --- | ---: | --- | ---: |');
    for (const d of diff.calls.slice(0, max)) {
      const what = whatChanged(d);
      out.push(`| ${d.change} | \`${cell(d.file)}:${d.line}\`${d.functionName ? ` (${cell(d.functionName)})` : ''} | ${cell(modelText(d))} | ` +
        `${perCall(d)} | ${what === d.change ? '' : cell(what)} | **${signedUsd(d.monthlyDelta)}**${d.unpriced ? ' ⚠️' : ''} |`);
    }
    if (diff.calls.length > max) out.push(`| … ${diff.calls.length - max} more | | | | | |`);
    out.push('');
  } else {
    out.push('No LLM call changed cost.');
    out.push('');
  }
  if (fold) out.push('</details>', '');
  out.push(...opportunities(diff, 5));
  for (const w of diff.warnings) out.push(`> ⚠️ ${cell(w)}\n`);
  out.push(`<sub>Monthly figures use each call's volume (\`.spendlens/usage.json\`, \`spendlens: N/month\` comments, or the default). ` +
    `Both sides are priced with the same catalog. Generated by Spendlens ${diff.version} — nothing left the runner.</sub>`);
  return out.join('\n') + '\n';
}
