// The plain-text cost table of `spendlens scan` (sorted by monthly cost, with totals).
import type { WorkspaceReport } from '../model';
import type { PricedCall } from '../model';
import { currencyNote, moneySign, formatTokens, formatMoney, modelLabel, suggestionBadge, unpricedSentence, unpricedSites, volumeMark } from '../../shared/format';

function pad(s: string, n: number, right = false): string {
  const len = [...s].length;
  if (len >= n) return s;
  return right ? ' '.repeat(n - len) + s : s + ' '.repeat(n - len);
}

/** Aligned text columns for a terminal: the head, a rule of `─`, then the rows (widths in code points). */
export function textColumns(head: string[], rows: string[][], rightAligned: boolean[]): string[] {
  const widths = head.map((h, i) => Math.max([...h].length, ...rows.map(r => [...r[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], rightAligned[i])).join('  ').trimEnd();
  return [line(head), widths.map(w => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

export function sortByCost(calls: PricedCall[]): PricedCall[] {
  return [...calls].sort((a, b) => (b.monthlyCost ?? -1) - (a.monthlyCost ?? -1) || a.file.localeCompare(b.file) || a.line - b.line);
}

export function writeTable(report: WorkspaceReport): string {
  const rows = sortByCost(report.calls).map(c => {
    const approx = c.inputTokensExact ? '' : '≈';
    return [
      `${c.file}:${c.line}`,
      c.provider + (c.vendor && c.vendor !== c.provider ? `/${c.vendor}` : ''),
      modelLabel(c) + (c.costPerCall === null ? ' ⚠' : ''),
      `${approx}${formatTokens(c.inputTokens)}`,
      `~${formatTokens(c.outputTokens)}`,
      c.costPerCall === null ? '—' : `≈${formatMoney(c.costPerCall)}`,
      formatTokens(c.callsPerMonth) + volumeMark(c.callsPerMonthSource),
      c.monthlyCost === null ? '—' : `≈${formatMoney(c.monthlyCost)}`,
      c.suggestion ? suggestionBadge(c.suggestion) : '',
    ];
  });
  const head = ['call site', 'provider', 'model', 'in', 'out', `${moneySign()}/call`, 'calls/mo', `${moneySign()}/month`, 'cheaper'];
  const right = [false, false, false, true, true, true, true, true, false];
  const out: string[] = [];
  out.push(`Spendlens ${report.version} — ${report.calls.length} LLM call site(s) in ${report.root}`);
  out.push('');
  if (rows.length) {
    out.push(...textColumns(head, rows, right));
    out.push('');
  } else {
    out.push('No LLM call sites found. Spendlens looks for OpenAI, Anthropic, Gemini, Mistral, Cohere, Groq, Together, Ollama,');
    out.push('Bedrock, Vercel AI SDK, LangChain and LiteLLM calls in .ts/.js/.py files.');
    out.push('');
  }
  const t = report.totals;
  const unpriced = unpricedSentence(unpricedSites(report.calls));
  out.push(`Total: ≈${formatMoney(t.monthly)}/month over ${t.calls} call site(s)` +
    (unpriced ? `; ${unpriced}` : '') +
    (t.savingsMonthly > 0 ? `; cheaper models could save ≈${formatMoney(t.savingsMonthly)}/month` : ''));
  out.push(`Prices: catalog of ${report.catalog.updated} (${report.catalog.models} models; ${report.catalog.sources.join(', ')}), USD` +
    (report.currency ? `; ${currencyNote(report.currency)}.` : '.'));
  out.push('≈ marks estimates: input tokens are exact only for OpenAI models with fully static prompts; output tokens are assumed' +
    ' (the call\'s cap or a default); * = default volume of calls per month' +
    (report.calls.some(c => c.observed) ? '; ◆ = observed volume (.spendlens/observed.json), ◇ = a model\'s observed calls spread over its call sites.' : '.'));
  for (const w of report.warnings) out.push(`warning: ${w}`);
  for (const s of report.skipped) out.push(`skipped: ${s.file} (${s.reason})`);
  return printable(out.join('\n')) + '\n';
}

/** Control characters from workspace strings (an ESC in a model name) must not drive the terminal: shown as \\xNN. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ch => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
