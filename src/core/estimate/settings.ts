// The knobs of an estimate. Every default here is named in the call's assumptions when it is used.

export interface AdviceSettings {
  enable: boolean;
  minSavingsPct: number;
  allowCrossProvider: boolean;
  preferredModels: string[];
  /** no-output-cap is reported only when the uncapped worst case reaches this many times the call's cost. */
  noOutputCapMinFactor: number;
}

export interface AnalysisSettings {
  /** Output tokens assumed when the code sets no static cap, per call kind. */
  defaultOutputTokens: { chat: number; completion: number; embedding: number; other: number };
  /** Tokens assumed for each template placeholder or unresolved piece of a prompt. */
  placeholderTokens: number;
  /** Tokens assumed for a conversation history the code passes in but does not show. */
  historyTokens: number;
  /** Extra output tokens assumed for reasoning models (billed as output). */
  reasoningAllowance: number;
  /** Calls per month assumed for a call site when nothing says otherwise. */
  callsPerMonth: number;
  /** Workspace-relative glob patterns to leave out. */
  exclude: string[];
  /** Files larger than this are skipped and listed. */
  maxFileBytes: number;
  advice: AdviceSettings;
  /** A model assumed for calls whose model the code does not show (the user's fallback, after the team's config). */
  assumeModel?: string | null;
}

export function defaultSettings(): AnalysisSettings {
  return {
    defaultOutputTokens: { chat: 400, completion: 400, embedding: 0, other: 400 },
    placeholderTokens: 50,
    historyTokens: 500,
    reasoningAllowance: 1000,
    callsPerMonth: 1000,
    exclude: [],
    maxFileBytes: 1024 * 1024,
    advice: { enable: true, minSavingsPct: 30, allowCrossProvider: false, preferredModels: [], noOutputCapMinFactor: 2 },
  };
}

/** Fills the gaps of a partial settings object (from a client or a config file) with the defaults. */
export function withDefaults(partial: Partial<AnalysisSettings> | undefined): AnalysisSettings {
  const d = defaultSettings();
  if (!partial) return d;
  return {
    ...d,
    ...partial,
    defaultOutputTokens: { ...d.defaultOutputTokens, ...(partial.defaultOutputTokens ?? {}) },
    advice: { ...d.advice, ...(partial.advice ?? {}) },
  };
}
