// The data contract of the core. Facts (what the code says) are produced per language by
// src/core/facts/*; the estimate layer turns a CallFact into a PricedCall using the catalog and
// the tokenizer; the advisor fills `suggestion` and `findings`; reports read PricedCall only.
// All offsets are UTF-16 offsets into the text of the file named by `file`; lines and columns are 1-based.

import type { ObservedFile } from './observed/file';
import type { DisplayCurrency } from '../shared/format';

export type Language = 'typescript' | 'javascript' | 'python';

/** A place in a source file. */
export interface SourceSpan {
  /** Path as given to the analyzer (the session passes workspace-relative, forward slashes). */
  file: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** Where a model id literal is written, so a quick fix can replace it in place. */
export interface LiteralSpan extends SourceSpan {
  /** The quote character used in the source: `'`, `"` or `` ` ``. */
  quote: string;
}

export type CallKind = 'chat' | 'completion' | 'embedding' | 'image' | 'audio' | 'rerank' | 'other';

export type ModelSource =
  | 'literal'            // written at the call: model: 'gpt-4o'
  | 'constant'           // a const / variable in the same file
  | 'import'             // a constant imported from another workspace file
  | 'property'           // an object property: config.model, CONFIG['model']
  | 'parameter-default'  // a default parameter value: function f(model = 'x')
  | 'env-default'        // process.env.X ?? 'm', os.getenv("X", "m")
  | 'client'             // a client / chat-model object built with the model (new ChatOpenAI({model}))
  | 'factory'            // a provider factory argument: openai('gpt-4o')
  | 'config'             // a team wrapper declared in .spendlens/config.json
  | 'assumed'            // not in the code: assumed from .spendlens/config.json (assumeModels, defaultModel) or the spendlens.assumeModel setting
  | 'observed'           // not in the code: the model its observed usage ran with (.spendlens/observed.json), the dominant one of a mix
  | 'unresolved';

export interface ModelFact {
  /** The resolved model id (or Azure deployment name); null when it cannot be known statically. */
  value: string | null;
  source: ModelSource;
  /** The string literal that holds the id (quotes included in start/end), null if none is editable. */
  definedAt: LiteralSpan | null;
  /** Source text of the expression when unresolved (e.g. `process.env.MODEL`). */
  expression?: string;
  /** The code chooses between these ids at run time (`c ? 'a' : 'b'`); `value` is the first, the estimate prices the dearest. */
  alternatives?: string[];
}

export type PromptRole = 'system' | 'user' | 'assistant' | 'tool' | 'tools' | 'schema' | 'input' | 'document';

/** One part of the input sent to the model. */
export interface PromptPart {
  role: PromptRole;
  /** The static text known from the code, placeholders removed. */
  text: string;
  /** Dynamic pieces (template placeholders, unresolved variables), by their source text, e.g. `${doc}`. */
  placeholders: string[];
  /**
   * Where each placeholder sits: `slots[i]` is the offset in `text` at which `placeholders[i]` was cut out. Present only
   * when every position is known (templates, f-strings, concatenation); the comparison eval puts `{{vars}}` there.
   */
  slots?: number[];
  /** What the text was built from: 'literal' | 'template' | 'constant' | 'import' | 'concat' | 'file:<path>' | 'unresolved' | 'schema'. */
  source: string;
}

export interface CallFeatures {
  tools: boolean;
  vision: boolean;
  jsonMode: boolean;
  reasoningEffort?: string;
  thinkingBudget?: number;
  /** Number of messages written in the call (0 when the list is dynamic). */
  messageCount: number;
  /** Conversation history passed in (a spread or a variable messages list). */
  history: boolean;
  /** Anthropic `cache_control` markers present. */
  cacheControl: boolean;
  /** Few-shot examples written in (assistant turns or "Example:" blocks). */
  fewShot: boolean;
  temperature?: number;
  /** An agent loop that re-sends a growing history every step (facts/policy/loop.ts): priced from its step cap. */
  loop?: AgentLoop;
  /** Several completions per request (`n`, `candidateCount`, `num_generations`…), only when the code sets a number > 1: output is billed per completion, input once. */
  completions?: { value: number; param: string };
  /** `logit_bias` as written: how many tokens it biases and how many it favours strongly (see facts/policy/request.ts). */
  logitBias?: { param: string; tokens: number | null; favoured: number | null };
  /** The call forces a tool call (`tool_choice`, `toolChoice`, Gemini mode `ANY`): its output is that tool's arguments. `name` null: "some tool", none named. */
  forcedTool?: { name: string | null; param: string };
}

/** A loop whose messages grow every step: who runs it, and how many steps are priced (the cap, or a default). */
export interface AgentLoop {
  /** 'sdk': one call in the code runs up to `steps` model calls; 'code': the call is one step of a loop in the code. */
  runBy: 'sdk' | 'code';
  steps: number;
  /** Where the step count comes from: `maxSteps: 5`, `stopWhen: stepCountIs(5)`, `for bound: 8`, `default`. */
  source: string;
}

/** A call site and everything the code says about it. No prices here. */
export interface CallFact {
  language: Language;
  file: string;
  /** 1-based line/column where the call expression starts (the receiver, for a chain split over lines). */
  line: number;
  column: number;
  start: number;
  end: number;
  /** The SDK / framework family: openai, azure-openai, anthropic, google, mistral, cohere, groq, together, ollama, bedrock, vercel-ai, langchain, litellm, llamaindex, custom. */
  provider: string;
  /** Whose prices apply: a catalog provider id (openai, azure, anthropic, gemini, vertex_ai, mistral, cohere, groq, together_ai, deepseek, xai, bedrock, openrouter, fireworks_ai, ollama) or null if unknown. */
  vendor: string | null;
  /** The API called, e.g. `chat.completions.create`, `messages.stream`, `generateText`, `invoke`. */
  api: string;
  kind: CallKind;
  model: ModelFact;
  prompt: PromptPart[];
  /** Distinct sources the prompt was built from. */
  promptSource: string[];
  /** A static output cap, and the parameter that set it. */
  maxOutputTokens: { value: number; param: string } | null;
  streaming: boolean;
  inLoop: boolean;
  features: CallFeatures;
  /** Calls per month from an inline `spendlens: N/month` comment above the call. */
  volume: { callsPerMonth: number; source: string } | null;
  /** The enclosing function or method name, used to key `.spendlens/usage.json`. */
  functionName: string | null;
  /** Static names the code gives the call, written as literals (AI SDK `experimental_telemetry.functionId`, LiteLLM `metadata.tags`, `Helicone-Property-*` headers, Langfuse `name`): matched against observed usage. */
  tags?: string[];
}

/** What a file contributes to the workspace index (for cross-file resolution). */
export interface FileExports {
  /** Exported (TS) or module-level (Python) string constants: name → value + literal span. */
  strings: Record<string, { value: string; definedAt: LiteralSpan }>;
}

export interface FileFacts {
  file: string;
  language: Language;
  calls: CallFact[];
  /** The parser reported syntax errors; calls were still extracted from what it recovered. */
  syntaxErrors: number;
  /** Workspace-relative files this file's results depend on (imports, prompt files). */
  dependsOn: string[];
  warnings: string[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  /** Stable rule id, e.g. `no-output-cap`, `context-overflow`, `deprecated-model`. */
  code: string;
  severity: Severity;
  message: string;
  /** Estimated USD saving per call when acted on, when there is one. */
  savingsPerCall?: number;
  data?: Record<string, unknown>;
}

/**
 * What a suggestion changes: `downgrade` a smaller model (simple prompts only, unless asked for); `newer-same-tier`
 * a newer model of the same family and size that costs less (any prompt); `service-tier` the same model through a
 * cheaper service tier the call allows (batch for an offline loop, flex).
 */
export type SuggestionKind = 'downgrade' | 'newer-same-tier' | 'service-tier';

export interface Suggestion {
  kind: SuggestionKind;
  /** The model to use (for `service-tier`, the call's own model). */
  model: string;
  /** For `service-tier`: which tier. */
  serviceTier?: 'batch' | 'flex';
  /** USD per call with the same tokens, cap, completions and reasoning setting. */
  costPerCall: number;
  savingsPct: number;
  /** The advice as a hypothesis with its main evidence, e.g. "Likely fine on gpt-4o-mini: … Verify before switching." */
  reason: string;
  complexity: 'simple' | 'moderate' | 'complex';
  /** Each fact the advice rests on, one per string. */
  evidence: string[];
}

/** A call with tokens and prices: the shape of one entry of the JSON report's `calls`. */
export interface PricedCall {
  file: string;
  line: number;
  column: number;
  start: number;
  end: number;
  language: Language;
  provider: string;
  vendor: string | null;
  api: string;
  kind: CallKind;
  model: string | null;
  /** The catalog id the model resolved to, null when unknown. */
  catalogModel: string | null;
  modelSource: ModelSource;
  /** For modelSource `assumed`: where the assumption is written (the code does not show the model). */
  modelAssumedFrom?: string;
  /** For modelSource `observed`: where the model was seen, `otlp, 14 d, n=1,200` (formats, window, requests). */
  modelObservedFrom?: string;
  /** For modelSource `observed`: every model the traffic ran, its calls and share (the call is priced as this mix). */
  observedModels?: Array<{ model: string; calls: number; share: number }>;
  /** The code's expression for a model it does not show (`getModelFromConfig(config)`), unresolved or assumed calls only. */
  modelExpression?: string;
  modelDefinedAt: LiteralSpan | null;
  promptSource: string[];
  inputTokens: number;
  inputTokensExact: boolean;
  /** exact: the vendor's own encoding; calibrated (≈): ratios measured against the open tokenizer; estimated (~): not measurable here. */
  inputTokensCertainty?: 'exact' | 'calibrated' | 'estimated';
  /** The input count's likely range: ± the measured typical error (calibrated) or the assumed band (estimated). */
  inputTokensRange?: [number, number];
  /** USD per call at both ends of inputTokensRange (absent for an exact count). */
  costPerCallRange?: [number, number];
  /** Token breakdown per prompt part, for the hover. */
  inputBreakdown: Array<{ role: PromptRole; tokens: number; placeholders: number; source: string }>;
  /**
   * The prompt cache as priced into costPerCall (src/core/estimate/caching.ts): `prefixTokens` (a `share` of the input)
   * read at the cached-input price on `hitRate` of the calls; misses pay the input price (`automatic`, OpenAI) or the
   * cache-write price (`explicit`, Anthropic cache_control). Absent: no caching priced.
   */
  promptCache?: { kind: 'automatic' | 'explicit'; prefixTokens: number; share: number; hitRate: number };
  outputTokens: number;
  outputTokensSource: string;
  streaming: boolean;
  inLoop: boolean;
  /** USD; null when the model or its price is unknown. */
  costPerCall: number | null;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
  callsPerMonth: number;
  callsPerMonthSource: string;
  monthlyCost: number | null;
  /** costPerCall and monthlyCost in the display currency, in the JSON report when the team set one. */
  converted?: ConvertedCost;
  encoding: string;
  tokenRatio: number;
  assumptions: string[];
  suggestion: Suggestion | null;
  /** Why there is no suggestion, in a few words (the panel's Cheaper column, JSON): `task not simple`, `model unknown`… */
  noSuggestion?: string;
  findings: Finding[];
  functionName: string | null;
  /** Real usage matched to this call by `spendlens calibrate` (`.spendlens/observed.json`), when there is some. */
  observed?: ObservedFigures;
}

/** A call's observed figures: sample size, window, means and how the records were matched to it. */
export interface ObservedFigures {
  calls: number;
  /** Days the usage files cover; null when they carry no times. */
  days: number | null;
  callsPerMonth: number | null;
  inputTokensMean: number | null;
  outputTokensMean: number | null;
  cachedInputTokensMean: number | null;
  /** Mean input tokens written to the prompt cache per call (priced at the cache-write price). */
  cacheWriteInputTokensMean?: number | null;
  inputTokensP50: number | null;
  inputTokensP90: number | null;
  outputTokensP50: number | null;
  outputTokensP90: number | null;
  /** code-location | code-function | tag | request-params | model | model-spread */
  matchedBy: string;
  /** Formats the records came from (otlp, litellm, langfuse, helicone, openai-usage, aggregated). */
  sources: string[];
  /** The models the matched calls ran with, most calls first (absent when calibrated before models were recorded). */
  models?: Array<{ model: string; calls: number }>;
  /** The static estimate of today's code, before the observed figures replaced it. */
  estimated: { inputTokens: number; outputTokens: number; costPerCall: number | null };
}

// ── reports: what a scan hands to the writers, the CLI and the language server ──

/** A source file the walk listed but did not analyse, and why. */
export interface SkippedFile { file: string; reason: string }

export interface FileResult {
  file: string;
  language: Language;
  calls: PricedCall[];
  syntaxErrors: number;
  warnings: string[];
  dependsOn: string[];
}

/** A report's totals (the language server's status bar totals extend it: src/protocol WorkspaceTotals). */
export interface WorkspaceTotals {
  calls: number;
  costPerCallSum: number;
  /** USD per month (calls with an unknown price count as 0). */
  monthly: number;
  /** Calls without a price (model unknown, not resolved, or self-hosted): not in `monthly`. */
  unknownModels: number;
  /** Those calls, as `file:line`: every total names what it leaves out. */
  unpricedSites: string[];
  savingsMonthly: number;
  /** The same figures in the display currency (report `currency`), when one is set. */
  converted?: { currency: string; costPerCallSum: number; monthly: number; savingsMonthly: number };
}

/** A call's cost in the display currency (report `currency`); the USD fields stay as they are. */
export interface ConvertedCost { currency: string; costPerCall: number | null; monthlyCost: number | null }

export interface WorkspaceReport {
  tool: 'spendlens';
  version: string;
  root: string;
  catalog: { updated: string; models: number; stale: string | null; sources: string[]; layers: Array<{ path: string; kind: string; models: number; ok: boolean }> };
  calls: PricedCall[];
  totals: WorkspaceTotals;
  skipped: SkippedFile[];
  warnings: string[];
  /** What `.spendlens/observed.json` says about the whole folder (present when the file is): window, sources, records no call site matched. */
  observed?: Pick<ObservedFile, 'generatedAt' | 'window' | 'sources' | 'tiers' | 'unmatched'>;
  /** The currency the team shows costs in, with its stated rate (.spendlens/config.json `currency`); absent = USD. */
  currency?: DisplayCurrency;
}
