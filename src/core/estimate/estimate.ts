// Tokens × prices for one call. Reads a CallFact (what the code says) and a price source; writes a
// PricedCall whose every number says what it assumed.
import type { CallFact, PricedCall, PromptPart } from '../model';
import { countTokens, isEncodingName, CHAT_TOKENS_PER_MESSAGE, CHAT_REPLY_PRIMING, type EncodingName } from '../tokens';
import type { PriceSource, PricedModel } from './prices';
import { formatTokens } from '../../shared/format';
import type { AnalysisSettings } from './settings';
import { applyObserved } from '../observed/apply';
import type { ObservedSite } from '../observed/file';
import { estimateOutput } from './output';

export { completionsAssumption, estimateOutput, isSchemaConstrained, reasoningFor } from './output';

export interface CallVolume {
  callsPerMonth: number;
  /** 'comment' | 'usage.json' | 'default' | … — shown next to the monthly figure. */
  source: string;
}

const MESSAGE_ROLES = new Set(['system', 'user', 'assistant', 'tool']);

/** Prices in force for a prompt of `inputTokens` (some models charge more above a context threshold). */
export function pricesFor(model: PricedModel, inputTokens: number): { input: number; output: number; threshold?: number } {
  let input = model.input;
  let output = model.output;
  let threshold: number | undefined;
  for (const tier of [...(model.above ?? [])].sort((a, b) => a.threshold - b.threshold)) {
    if (inputTokens > tier.threshold) {
      input = tier.input;
      output = tier.output ?? output;
      threshold = tier.threshold;
    }
  }
  return { input, output, threshold };
}

/** USD for one call. */
export function costOf(model: PricedModel, inputTokens: number, outputTokens: number): number {
  const p = pricesFor(model, inputTokens);
  return (inputTokens * p.input + outputTokens * p.output) / 1_000_000;
}

interface InputCount {
  tokens: number;
  exact: boolean;
  breakdown: PricedCall['inputBreakdown'];
  assumptions: string[];
}

function countInput(fact: CallFact, encoding: EncodingName, ratio: number, exactEncoding: boolean, settings: AnalysisSettings): InputCount {
  const assumptions: string[] = [];
  const breakdown: PricedCall['inputBreakdown'] = [];
  let raw = 0;
  let placeholders = 0;
  let messages = 0;
  for (const part of fact.prompt) {
    const textTokens = countTokens(part.text, encoding);
    const guessed = part.placeholders.length * settings.placeholderTokens;
    placeholders += part.placeholders.length;
    if (MESSAGE_ROLES.has(part.role)) messages++;
    breakdown.push({ role: part.role, tokens: textTokens + guessed, placeholders: part.placeholders.length, source: part.source });
    raw += textTokens + guessed;
  }
  if (placeholders > 0) {
    assumptions.push(`${placeholders} dynamic prompt part${placeholders > 1 ? 's' : ''} (${listPlaceholders(fact.prompt)}) assumed ${settings.placeholderTokens} tokens each`);
  }
  if (fact.features.history) {
    raw += settings.historyTokens;
    breakdown.push({ role: 'input', tokens: settings.historyTokens, placeholders: 1, source: 'history' });
    assumptions.push(`conversation history passed in: assumed ${settings.historyTokens} tokens`);
  }
  if (fact.prompt.length === 0 && !fact.features.history) assumptions.push('no prompt found in the code: input counted as 0 tokens');
  // OpenAI chat framing, only where the encoding is exact (for others the ratio absorbs it).
  if (exactEncoding && fact.kind === 'chat' && messages > 0) {
    const framing = messages * CHAT_TOKENS_PER_MESSAGE + CHAT_REPLY_PRIMING;
    raw += framing;
    breakdown.push({ role: 'input', tokens: framing, placeholders: 0, source: 'chat framing' });
    assumptions.push(`chat framing: ${CHAT_TOKENS_PER_MESSAGE} tokens per message + ${CHAT_REPLY_PRIMING}`);
  }
  const tokens = exactEncoding ? raw : Math.round(raw * ratio);
  if (!exactEncoding) {
    assumptions.push(ratio === 1 ? `tokens counted with ${encoding} (no calibration known for this model)` : `tokens counted with ${encoding} × ${ratio} calibration ratio`);
    for (const b of breakdown) b.tokens = Math.round(b.tokens * ratio);
  }
  return { tokens, exact: exactEncoding && placeholders === 0 && !fact.features.history, breakdown, assumptions };
}

function listPlaceholders(parts: PromptPart[]): string {
  const all = parts.flatMap(p => p.placeholders);
  const shown = all.slice(0, 3).join(', ');
  return all.length > 3 ? `${shown}, …` : shown;
}

/**
 * Prices one call. `suggestion` and `findings` are left empty for the advisor. A model the code chooses at run time
 * (`fact.model.alternatives`) is priced as the dearest alternative the catalog knows, and the assumptions say so.
 * With `observed` (the call's entry in `.spendlens/observed.json`), the tokens are the observed ones (see
 * observed/apply.ts); the volume is decided by the caller.
 */
export function priceCall(fact: CallFact, prices: PriceSource, settings: AnalysisSettings, volume: CallVolume, observed?: ObservedSite | null): PricedCall {
  const ids = fact.model.alternatives;
  if (!ids || ids.length < 2) return priceOneModel(fact, prices, settings, volume, observed);
  const each = ids.map(id => priceOneModel({ ...fact, model: { ...fact.model, value: id, alternatives: undefined } }, prices, settings, volume, observed));
  const priced = each.filter(c => c.costPerCall !== null);
  const chosen = priced.length ? priced.reduce((a, b) => (b.costPerCall! > a.costPerCall! ? b : a)) : each[0]!;
  const unpriced = each.filter(c => c.costPerCall === null).map(c => c.model);
  chosen.assumptions.unshift(!priced.length
    ? `model is one of ${ids.join(', ')} (chosen at run time): none is in the catalog`
    : `model is one of ${ids.join(', ')} (chosen at run time): priced as the dearest, ${chosen.model}`
      + (unpriced.length ? ` (${unpriced.join(', ')} not in the catalog)` : ''));
  return chosen;
}

function priceOneModel(fact: CallFact, prices: PriceSource, settings: AnalysisSettings, volume: CallVolume, observed?: ObservedSite | null): PricedCall {
  const found = fact.model.value ? prices.lookup(fact.model.value, fact.vendor) : null;
  const model = found?.model ?? null;
  const tk = model?.tokenizer;
  const encoding: EncodingName = tk?.encoding && isEncodingName(tk.encoding) ? tk.encoding : 'o200k_base';
  const exactEncoding = tk?.exact === true;
  const ratio = exactEncoding ? 1 : (tk?.ratio ?? 1);
  const input = countInput(fact, encoding, ratio, exactEncoding, settings);
  const output = estimateOutput(fact, model, settings);
  const assumptions = [...input.assumptions, ...output.assumptions];

  let costPerCall: number | null = null;
  let inPrice: number | null = null;
  let outPrice: number | null = null;
  if (model) {
    const p = pricesFor(model, input.tokens);
    inPrice = p.input;
    outPrice = p.output;
    costPerCall = (input.tokens * p.input + output.tokens * p.output) / 1_000_000;
    if (p.threshold !== undefined) assumptions.push(`prompt above ${formatTokens(p.threshold)} tokens: the higher price tier applies`);
    if (found && found.matchedBy !== 'id') assumptions.push(`model "${fact.model.value}" priced as catalog entry "${model.id}" (${found.matchedBy})`);
    assumptions.push(`prices: $${p.input}/1M in, $${p.output}/1M out (${model.provider}, catalog of ${prices.updated})`);
  } else if (fact.model.value) {
    const near = prices.nearest(fact.model.value, 3);
    assumptions.push(`model "${fact.model.value}" is not in the catalog${near.length ? ` (nearest: ${near.join(', ')})` : ''}: no price`);
  } else {
    assumptions.push(`model not resolved from the code${fact.model.expression ? ` (${fact.model.expression})` : ''}: no price`);
  }
  assumptions.push(volume.source === 'default'
    ? `${volume.callsPerMonth} calls/month assumed (default; set a volume with a "spendlens: N/month" comment or .spendlens/usage.json)`
    : volume.source === 'observed-spread'
      ? `${volume.callsPerMonth} calls/month observed (.spendlens/observed.json): a share of the model's calls, spread over its call sites by their volumes (low confidence)`
      : volume.source === 'observed'
        ? `${volume.callsPerMonth} calls/month observed (.spendlens/observed.json)`
        : `${volume.callsPerMonth} calls/month from ${volume.source}`);
  if (fact.inLoop) assumptions.push('called inside a loop: the cost is per iteration');

  const call: PricedCall = {
    file: fact.file,
    line: fact.line,
    column: fact.column,
    start: fact.start,
    end: fact.end,
    language: fact.language,
    provider: fact.provider,
    vendor: fact.vendor,
    api: fact.api,
    kind: fact.kind,
    model: fact.model.value,
    catalogModel: model?.id ?? null,
    modelSource: fact.model.source,
    modelDefinedAt: fact.model.definedAt,
    promptSource: fact.promptSource,
    inputTokens: input.tokens,
    inputTokensExact: input.exact,
    inputBreakdown: input.breakdown,
    outputTokens: output.tokens,
    outputTokensSource: output.source,
    streaming: fact.streaming,
    inLoop: fact.inLoop,
    costPerCall,
    inputPricePerM: inPrice,
    outputPricePerM: outPrice,
    callsPerMonth: volume.callsPerMonth,
    callsPerMonthSource: volume.source,
    monthlyCost: costPerCall === null ? null : costPerCall * volume.callsPerMonth,
    encoding,
    tokenRatio: ratio,
    assumptions,
    suggestion: null,
    findings: [],
    functionName: fact.functionName,
  };
  if (observed) applyObserved(call, fact, model, observed);
  return call;
}
