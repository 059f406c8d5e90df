// The hover: where every number of the lens comes from — tokens per prompt part, the output guess and
// why, prices and catalog date, cost per call and per month with the volume's source, the tokenizer,
// each assumption, the suggestion and the findings.
import type { PricedCall } from '../core/model';
import { currencyNote, formatCount, formatPricePerM, formatMoney, moneySign, isApproximate, isOutputGuessed, savingsPct } from './format';
import { formatDays, formatModelMix, SUGGESTION_KIND_LABEL } from '../shared/format';
import { ASSUME_ACTION_TITLE } from './codeActions';

export interface CatalogInfo {
  updated: string;
  sources: string[];
  stale: string | null;
}

export function hoverMarkdown(call: PricedCall, catalog: CatalogInfo): string {
  const approx = isApproximate(call) ? '≈ ' : '';
  const lines: string[] = [];
  const model = call.model === null ? '_model not resolved_'
    : call.modelSource === 'assumed' ? `\`${call.model}\` _(assumed: ${escape(call.modelAssumedFrom ?? 'not in the code')})_`
      : call.modelSource === 'observed' ? `${observedModels(call)} _(model from observed usage: ${escape(call.modelObservedFrom ?? 'observed.json')})_`
        : `\`${call.model}\``;
  const priced = call.catalogModel && call.catalogModel !== call.model ? ` (priced as \`${call.catalogModel}\`)` : '';
  lines.push(`**Spendlens** · ${model}${priced} · ${escape(call.provider)} \`${call.api}\``, '');

  lines.push('| part | tokens | from |', '| --- | ---: | --- |');
  for (const part of call.inputBreakdown) {
    const ph = part.placeholders > 0 ? ` (${part.placeholders} placeholder${part.placeholders > 1 ? 's' : ''})` : '';
    // Parts the estimate adds itself (chat framing, an assumed history) are named by what they are.
    const name = part.role === 'input' && (part.source === 'chat framing' || part.source === 'history') ? part.source : part.role;
    lines.push(`| ${name} | ${formatCount(part.tokens)}${ph} | ${name === part.source ? 'assumed' : escape(part.source)} |`);
  }
  const inputFrom = call.observed?.inputTokensMean != null ? `observed mean (the parts above: static estimate ${formatCount(call.observed.estimated.inputTokens)})` : inputHow(call);
  lines.push(`| **input** | **${call.observed?.inputTokensMean != null ? '' : inputMark(call)}${formatCount(call.inputTokens)}** | ${inputFrom} |`);
  lines.push(`| **output** | **${isOutputGuessed(call) ? '~' : ''}${formatCount(call.outputTokens)}** | ${escape(call.outputTokensSource)} |`, '');

  if (call.inputPricePerM !== null && call.outputPricePerM !== null) {
    const sources = catalog.sources.length ? ` · ${escape(catalog.sources.join(', '))}` : '';
    lines.push(`**Prices** ${formatPricePerM(call.inputPricePerM)} / 1M in · ${formatPricePerM(call.outputPricePerM)} / 1M out — catalog of ${catalog.updated}${sources}`, '');
  }
  if (call.costPerCall !== null) {
    const monthly = call.monthlyCost !== null ? ` · **${approx}${formatMoney(call.monthlyCost)}/month** at ${volumeText(call)}` : '';
    const range = call.costPerCallRange ? ` (${formatMoney(call.costPerCallRange[0])}–${formatMoney(call.costPerCallRange[1])} with the token range)` : '';
    lines.push(`**Cost** ${approx}${formatMoney(call.costPerCall)} per call${range}${monthly}`, '');
    const currency = currencyNote();
    if (currency) lines.push(`_${escape(currency)}; prices per 1M tokens in USD_`, '');
  } else if (call.vendor === 'self-hosted') {
    lines.push('**Cost** none per token: the call goes to a self-hosted OpenAI-compatible server (its base URL)', '');
  } else if (call.model !== null) {
    lines.push(`**Cost** unknown: \`${call.model}\` is not in the price catalog`, '');
  } else {
    const expression = call.modelExpression ? ` (\`${escape(call.modelExpression)}\`)` : '';
    lines.push(`**Cost** unknown: the code does not show the model${expression}. Quick fix **${ASSUME_ACTION_TITLE}** writes one to ` +
      '`.spendlens/config.json` (`assumeModels`); `defaultModel` there or the `spendlens.assumeModel` setting covers every such call', '');
  }

  if (call.observed) lines.push(...observedSection(call), '');

  const ratio = call.tokenRatio !== 1 ? ` × ${call.tokenRatio} calibration` : '';
  lines.push(`**Tokenizer** ${call.encoding}${ratio}${call.streaming ? ' · streaming' : ''}${call.inLoop ? ' · inside a loop' : ''}`, '');

  if (call.suggestion) {
    const s = call.suggestion;
    const what = s.kind === 'service-tier' ? `use the ${s.serviceTier ?? 'batch'} tier of \`${s.model}\`` : `switch to \`${s.model}\``;
    lines.push(`**Suggestion** (${SUGGESTION_KIND_LABEL[s.kind]}) ${what} — ${formatMoney(s.costPerCall)}/call (${savingsPct(s.savingsPct)}): ${escape(s.reason)}`);
    for (const e of s.evidence ?? []) lines.push(`- ${escape(e)}`);
    lines.push('');
  }
  // Each finding is published as a diagnostic on the call's first line, and editors show a diagnostic's message in
  // the hover already: naming the codes here keeps every finding in the hover exactly once.
  if (call.findings.length) lines.push(`**Findings** (see the diagnostics above): ${call.findings.map(f => `\`${f.code}\``).join(', ')}`, '');
  if (call.assumptions.length) {
    lines.push('**Assumptions**');
    for (const a of call.assumptions) lines.push(`- ${escape(a)}`);
    lines.push('');
  }
  if (catalog.stale) lines.push(`_${escape(catalog.stale)}_`);
  return lines.join('\n').trimEnd();
}

const MATCHED_BY: Record<string, string> = {
  'code-location': 'code location (file and line)',
  'code-function': 'code location (file, function and model; the line moved)',
  tag: 'a static tag in the call',
  'request-params': 'request parameters unique to this call',
  model: 'the model (the only call site of it)',
  'model-spread': "the model only, spread over its call sites by volume (low confidence)",
};

/** Calls per month: an observed rate below 100 keeps its decimal (8.7, not 9). */
function perMonth(n: number): string {
  return n < 100 && !Number.isInteger(n) ? String(Math.round(n * 10) / 10) : formatCount(Math.round(n));
}

/** The static estimate next to what real usage showed, and the value used. */
function observedSection(call: PricedCall): string[] {
  const o = call.observed!;
  const window = o.days === null ? 'no time window' : `${formatDays(o.days)} days`;
  const n = (v: number | null) => (v === null ? '—' : formatCount(Math.round(v)));
  const pct = (p50: number | null, p90: number | null) => (p50 === null ? '' : ` (p50 ${n(p50)}, p90 ${n(p90)})`);
  const out = [
    `**Observed** ${formatCount(Math.round(o.calls))} calls over ${window} · ${escape(o.sources.join(', '))} · matched by ${escape(MATCHED_BY[o.matchedBy] ?? o.matchedBy)}`,
    '',
    '| | static estimate | observed | used |',
    '| --- | ---: | ---: | ---: |',
    `| input tokens | ${formatCount(o.estimated.inputTokens)} | ${n(o.inputTokensMean)}${pct(o.inputTokensP50, o.inputTokensP90)} | ${formatCount(call.inputTokens)} |`,
    `| output tokens | ${formatCount(o.estimated.outputTokens)} | ${n(o.outputTokensMean)}${pct(o.outputTokensP50, o.outputTokensP90)} | ${formatCount(call.outputTokens)} |`,
    `| ${moneySign()}/call | ${formatMoney(o.estimated.costPerCall)} | | ${formatMoney(call.costPerCall)} |`,
    `| calls/month | | ${o.callsPerMonth === null ? '—' : perMonth(o.callsPerMonth)} | ${perMonth(call.callsPerMonth)} (${escape(call.callsPerMonthSource)}) |`,
  ];
  if (o.cachedInputTokensMean) out.push('', `${formatCount(Math.round(o.cachedInputTokensMean))} input tokens per call were cache reads.`);
  return out;
}

/** `1,000 calls/month* (* the assumed default volume …)`, or the volume and where it comes from. */
function volumeText(call: PricedCall): string {
  const n = `${perMonth(call.callsPerMonth)} calls/month`;
  if (call.callsPerMonthSource !== 'default') return `${n} (${escape(call.callsPerMonthSource)})`;
  return `${n}\\* (\\* the assumed default volume: see Assumptions for how to set it)`;
}

/** Keeps prompt text and file names from turning into Markdown (tables, emphasis, links, HTML). `_` is left
 * alone: ids like max_tokens are common and intraword underscores do not emphasise. */
function escape(text: string): string {
  return text.replace(/[\\`*[\]<>|]/g, ch => `\\${ch}`);
}

/** `~` for a count from a tokenizer not measured here, `≈` for any other estimate, nothing for an exact count. */
function inputMark(call: PricedCall): string {
  if (call.inputTokensCertainty === 'estimated') return '~';
  return isApproximate(call) ? '≈ ' : '';
}

/** How the input was counted: exact, calibrated (± its measured typical error) or estimated (± the assumed band). */
function inputHow(call: PricedCall): string {
  const range = call.inputTokensRange ? `${formatCount(call.inputTokensRange[0])}–${formatCount(call.inputTokensRange[1])}` : '';
  if (call.inputTokensCertainty === 'calibrated') return `calibrated count (typically ${range})`;
  if (call.inputTokensCertainty === 'estimated') return `estimate, tokenizer not measured (${range})`;
  return call.inputTokensExact ? 'exact count' : 'estimate';
}

/** `` `gpt-4o` `` or, for a mix, `` `gpt-4o` 70%, `gpt-4o-mini` 30% ``. */
function observedModels(call: PricedCall): string {
  const mix = call.observedModels ?? [];
  return mix.length < 2 ? `\`${call.model}\`` : formatModelMix(mix, m => `\`${m}\``);
}
