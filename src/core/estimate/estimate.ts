// Tokens × prices for one call. Reads a CallFact (what the code says) and a price source; writes a
// PricedCall whose every number says what it assumed.
import type { CallFact, PricedCall, PromptPart } from '../model';
import { countTokens, isEncodingName, CHAT_TOKENS_PER_MESSAGE, CHAT_REPLY_PRIMING, type EncodingName } from '../tokens';
import { calibratedCount, type ScriptRatios } from '../tokens/script';
import type { TokenizerProfile } from '../pricing/types';
import type { PriceSource, PricedModel } from './prices';
import { formatTokens } from '../../shared/format';
import type { AnalysisSettings } from './settings';
import { applyObserved } from '../observed/apply';
import type { ObservedSite } from '../observed/file';
import { estimateOutput, type OutputEstimate } from './output';
import { loopInput } from './loop';
import { cacheAssumption, cacheOn, planCache, prefixPricePerM, type CacheUse } from './caching';

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

/** USD for one call; `cache`: the part of the input read from (or written to) the prompt cache (caching.ts). */
export function costOf(model: PricedModel, inputTokens: number, outputTokens: number, cache?: CacheUse | null): number {
  const p = pricesFor(model, inputTokens);
  const cached = cache ? Math.min(cache.prefixTokens, inputTokens) : 0;
  const input = (inputTokens - cached) * p.input + (cache && cached ? cached * prefixPricePerM(model, p.input, cache) : 0);
  return (input + outputTokens * p.output) / 1_000_000;
}

interface InputCount {
  tokens: number;
  exact: boolean;
  certainty: TokenCertainty;
  range: [number, number];
  breakdown: PricedCall['inputBreakdown'];
  assumptions: string[];
}

export type TokenCertainty = 'exact' | 'calibrated' | 'estimated';

/** How one model's tokens are counted: its encoding, and for other vendors the ratios of its tokenizer profile. */
interface Counting {
  encoding: EncodingName;
  exact: boolean;
  ratios: ScriptRatios;
  profile: TokenizerProfile | undefined;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** `reply`: the visible output of one step, which an agent loop appends to its messages. */
function countInput(fact: CallFact, how: Counting, settings: AnalysisSettings, reply: number): InputCount {
  const { encoding, exact: exactEncoding, ratios, profile } = how;
  const count = (text: string) => countTokens(text, encoding);
  const counter = (text: string, enc: EncodingName) => countTokens(text, enc);
  const scale = exactEncoding ? 1 : ratios.ratio;
  const assumptions: string[] = [];
  const breakdown: PricedCall['inputBreakdown'] = [];
  let raw = 0;
  let placeholders = 0;
  let messages = 0;
  for (const part of fact.prompt) {
    const textTokens = exactEncoding ? count(part.text) : Math.round(calibratedCount(part.text, ratios, counter, part.role));
    const guessed = Math.round(part.placeholders.length * settings.placeholderTokens * scale);
    placeholders += part.placeholders.length;
    if (MESSAGE_ROLES.has(part.role)) messages++;
    breakdown.push({ role: part.role, tokens: textTokens + guessed, placeholders: part.placeholders.length, source: part.source });
    raw += textTokens + guessed;
  }
  if (placeholders > 0) {
    assumptions.push(`${placeholders} dynamic prompt part${placeholders > 1 ? 's' : ''} (${listPlaceholders(fact.prompt)}) assumed ${settings.placeholderTokens} tokens each`);
  }
  const loop = fact.kind === 'chat' ? fact.features.loop : undefined;
  if (fact.features.history && !loop) {
    const history = Math.round(settings.historyTokens * scale);
    raw += history;
    breakdown.push({ role: 'input', tokens: history, placeholders: 1, source: 'history' });
    assumptions.push(`conversation history passed in: assumed ${settings.historyTokens} tokens`);
  }
  if (fact.prompt.length === 0 && !fact.features.history) assumptions.push('no prompt found in the code: input counted as 0 tokens');
  // Chat framing: the vendor family's template tokens (catalog data); OpenAI's format when no profile says otherwise.
  const framing = profile?.framing ?? (exactEncoding ? { perMessage: CHAT_TOKENS_PER_MESSAGE, perCall: CHAT_REPLY_PRIMING, basis: undefined } : undefined);
  if (framing && fact.kind === 'chat' && messages > 0) {
    const tokens = messages * framing.perMessage + framing.perCall;
    raw += tokens;
    breakdown.push({ role: 'input', tokens, placeholders: 0, source: 'chat framing' });
    assumptions.push(`chat framing: ${framing.perMessage} tokens per message + ${framing.perCall} per call${framing.basis ? ` (${framing.basis})` : ''}`);
  }
  if (loop) {
    // The loop's growing history replaces the flat history allowance (see estimate/loop.ts).
    const l = loopInput(loop, raw, reply, Math.round(settings.placeholderTokens * scale));
    raw = l.tokens;
    breakdown.push({ role: 'input', tokens: l.added, placeholders: 1, source: loop.runBy === 'sdk' ? 'agent loop: further steps' : 'agent loop history' });
    assumptions.push(l.assumption);
  }
  const certainty: TokenCertainty = exactEncoding ? 'exact' : profile?.certainty === 'calibrated' ? 'calibrated' : 'estimated';
  const spread = certainty === 'exact' ? 0 : certainty === 'calibrated' ? (profile?.error?.typical ?? 0) : (profile?.band ?? 0.15);
  if (!exactEncoding) assumptions.push(countingAssumption(encoding, ratios, profile, certainty, spread));
  const range: [number, number] = [Math.round(raw * (1 - spread)), Math.round(raw * (1 + spread))];
  return { tokens: raw, exact: exactEncoding && placeholders === 0 && !fact.features.history && !loop, certainty, range, breakdown, assumptions };
}

/** An agent loop the SDK runs bills every step's output: the call's output × its steps. */
function loopOutput(fact: CallFact, one: OutputEstimate): OutputEstimate {
  const loop = fact.kind === 'chat' ? fact.features.loop : undefined;
  if (loop?.runBy !== 'sdk' || one.tokens === 0) return one;
  return { ...one, tokens: one.tokens * loop.steps, reasoningTokens: one.reasoningTokens * loop.steps, source: `${one.source}, × ${loop.steps} steps (agent loop)` };
}

/** The reply one step appends to the messages: its visible output (hidden reasoning is not sent back). */
function visibleReply(fact: CallFact, output: OutputEstimate): number {
  const steps = fact.features.loop?.runBy === 'sdk' ? fact.features.loop.steps : 1;
  const completions = fact.features.completions?.value ?? 1;
  return Math.max(0, Math.round((output.tokens - output.reasoningTokens) / steps / completions));
}

/** The hover's line on how a non-OpenAI model's tokens were counted, and how far off that may be. */
function countingAssumption(encoding: string, ratios: ScriptRatios, profile: TokenizerProfile | undefined, certainty: TokenCertainty, spread: number): string {
  const scripts = ratios.weights && Object.keys(ratios.weights).length
    ? ' and cl100k_base with weights measured per script'
    : ratios.scripts && Object.keys(ratios.scripts).length
    ? ` × a ratio per script (${Object.entries(ratios.scripts).map(([k, v]) => `${k} ${v}`).join(', ')}; else ${ratios.ratio})`
    : ` × ${ratios.ratio} calibration ratio`;
  const digits = ratios.digitsApart ? '; every digit counted as a token' : '';
  const how = `tokens counted with ${encoding}${scripts}${digits}`;
  if (certainty === 'calibrated') {
    const worst = profile?.error?.worst;
    return `≈ ${how}: measured error ${pct(spread)} typical${worst !== undefined ? `, ${pct(worst)} worst` : ''}${profile ? ` — ${profile.basis}` : ''}`;
  }
  return `~ ${how}: tokenizer not measured here, ±${pct(spread)} assumed${profile ? ` — ${profile.basis}` : ''}`;
}

function listPlaceholders(parts: PromptPart[]): string {
  const all = parts.flatMap(p => p.placeholders);
  const shown = all.slice(0, 3).join(', ');
  return all.length > 3 ? `${shown}, …` : shown;
}

/** The vendor of a model server the user runs (see facts/policy/vendor.ts): tokens counted, never priced. */
export const SELF_HOSTED_VENDOR = 'self-hosted';
/**
 * Model servers the user runs that the catalog lists as a vendor (Ollama, free): priced only by their own entries. A
 * model the catalog knows only from cloud hosts (`gpt-oss:20b` → Groq's) is counted, not priced as theirs.
 */
const LOCAL_VENDORS = new Set(['ollama']);
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
  // A server the user runs bills no tokens: its calls are counted, never priced as a cloud model of the same name.
  const selfHosted = fact.vendor === SELF_HOSTED_VENDOR;
  const looked = fact.model.value && !selfHosted ? prices.lookup(fact.model.value, fact.vendor) : null;
  const localElsewhere = !!looked && LOCAL_VENDORS.has(fact.vendor ?? '') && looked.model.provider !== fact.vendor;
  const found = localElsewhere ? null : looked;
  const model = found?.model ?? null;
  const tk = model?.tokenizer;
  const encoding: EncodingName = tk?.encoding && isEncodingName(tk.encoding) ? tk.encoding : 'o200k_base';
  const exactEncoding = tk?.exact === true;
  const ratio = exactEncoding ? 1 : (tk?.ratio ?? 1);
  const profile = tk?.details;
  const ratios: ScriptRatios = {
    ratio,
    ...(profile?.scripts ? { scripts: profile.scripts } : {}),
    ...(profile?.weights ? { weights: profile.weights } : {}),
    ...(profile?.digitsApart ? { digitsApart: true } : {}),
  };
  const output = loopOutput(fact, estimateOutput(fact, model, settings));
  const input = countInput(fact, { encoding, exact: exactEncoding, ratios, profile }, settings, visibleReply(fact, output));
  const assumptions = [...input.assumptions, ...output.assumptions];

  let costPerCall: number | null = null;
  let costRange: [number, number] | null = null;
  let inPrice: number | null = null;
  let outPrice: number | null = null;
  let cache: CacheUse | null = null;
  if (model) {
    const p = pricesFor(model, input.tokens);
    inPrice = p.input;
    outPrice = p.output;
    if (fact.kind === 'chat') cache = planCache(model, input.breakdown, input.tokens, fact.features.cacheControl, volume.callsPerMonth);
    costPerCall = costOf(model, input.tokens, output.tokens, cache);
    if (input.certainty !== 'exact') {
      costRange = [costOf(model, input.range[0], output.tokens, cacheOn(model, cache, input.range[0])), costOf(model, input.range[1], output.tokens, cacheOn(model, cache, input.range[1]))];
    }
    if (cache) assumptions.push(cacheAssumption(model, cache, volume.callsPerMonth, p.input));
    if (p.threshold !== undefined) assumptions.push(`prompt above ${formatTokens(p.threshold)} tokens: the higher price tier applies`);
    if (found && found.matchedBy !== 'id') assumptions.push(`model "${fact.model.value}" priced as catalog entry "${model.id}" (${found.matchedBy})`);
    const discount = model.discount ? `, after a ${model.discount.percent} % ${model.provider} discount from ${model.discount.path}${model.discount.note ? ` (${model.discount.note})` : ''}` : '';
    assumptions.push(`prices: $${p.input}/1M in, $${p.output}/1M out (${model.provider}, catalog of ${prices.dateOf?.(model) ?? prices.updated}${discount})`);
  } else if (selfHosted) {
    assumptions.push('served by a self-hosted OpenAI-compatible server (its base URL): no per-token price');
  } else if (localElsewhere) {
    assumptions.push(`served by ${fact.vendor} on a machine the user runs: "${fact.model.value}" is not in the catalog's ${fact.vendor} entries, and a cloud host's price does not apply`);
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
    inputTokensCertainty: input.certainty,
    inputTokensRange: input.range,
    ...(costRange ? { costPerCallRange: costRange } : {}),
    ...(cache ? { promptCache: cache } : {}),
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
