// A model to assume where the code does not show one (a factory such as `getModelFromConfig(config)`, an env
// variable without a default): from `.spendlens/config.json` `assumeModels` (by call site, or by the function the code
// gets its model from), its `defaultModel`, or the user's `spendlens.assumeModel` setting — in that order. The call is
// then priced with it and labelled as assumed everywhere (modelSource `assumed`, the assumption named). Observed usage
// of the call (src/core/observed/model.ts) comes between: after `assumeModels`, before `defaultModel` and the setting.
import type { CallFact } from '../model';
import { CONFIG_FILE, usageKeys, type TeamConfig } from '../workspace/team-files';
import { vendorFromModelId } from '../facts/policy';

/** Frameworks that run any vendor's model: the class the code builds (or the factory's last return) guesses the vendor. */
const ANY_VENDOR_FRAMEWORKS = new Set(['langchain', 'llamaindex', 'litellm', 'vercel-ai', 'custom']);

/**
 * Whose prices apply to a call priced with an assumed model: the assumed model's vendor when the call goes through a
 * framework that runs any vendor's model (a factory may build ChatOpenAI or ChatAnthropic); else the call's own (an
 * SDK client, a cloud host serving other vendors' models).
 */
export function assumedVendor(fact: Pick<CallFact, 'provider' | 'vendor'>, model: string): string | null {
  return ANY_VENDOR_FRAMEWORKS.has(fact.provider) ? vendorFromModelId(model) ?? fact.vendor : fact.vendor;
}

export interface ModelAssumption {
  model: string;
  /** Where the assumption is written, e.g. `.spendlens/config.json assumeModels["src/agent.ts#makeModel"]`. */
  from: string;
  /**
   * An `assumeModels` entry naming this call (its line, function, model function or file): the user's statement
   * about this call, which wins over observed usage. `defaultModel` and the setting cover every call the code leaves
   * open: observed usage of the call wins over them.
   */
  explicit: boolean;
}

/** The function a model expression calls: `getModelFromConfig(config)` → `getModelFromConfig`, `this.pick(t).id` → `pick`. */
export function modelFunctionOf(expression: string | undefined): string | null {
  const m = expression ? /([A-Za-z_$][\w$]*)\s*\(/.exec(expression) : null;
  return m ? m[1] : null;
}

/** The `assumeModels` key for calls whose model comes from `fn(…)`: `fn()`. */
export const functionKey = (fn: string) => `${fn}()`;

export function assumedModelFor(
  fact: Pick<CallFact, 'file' | 'line' | 'functionName' | 'model'>,
  team: Pick<TeamConfig, 'assumeModels' | 'defaultModel'>,
  settingModel?: string | null,
): ModelAssumption | null {
  if (fact.model.value !== null) return null;
  const [lineKey, ...broader] = usageKeys(fact);
  const fn = modelFunctionOf(fact.model.expression);
  // Most specific first: the call's line, its function, calls through the same model function, its file.
  const keys = [lineKey, ...broader.slice(0, -1), ...(fn ? [functionKey(fn)] : []), broader[broader.length - 1]];
  for (const key of keys) {
    const model = key && team.assumeModels[key];
    if (model) return { model, from: `${CONFIG_FILE} assumeModels[${JSON.stringify(key)}]`, explicit: true };
  }
  if (team.defaultModel) return { model: team.defaultModel, from: `${CONFIG_FILE} defaultModel`, explicit: false };
  if (settingModel) return { model: settingModel, from: 'setting spendlens.assumeModel', explicit: false };
  return null;
}
