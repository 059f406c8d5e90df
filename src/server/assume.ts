// "Assume a model…": which config key a call offers for each scope, the catalog models to pick from, and the write
// to `.spendlens/config.json` (`assumeModels[key]` or `defaultModel`; the rest of the file, comments and formatting included, is kept).
import type { PricedCall } from '../core/model';
import { CONFIG_FILE, functionKey, modelFunctionOf, type PriceBook } from '../core';
import type { AssumeModelChoices, AssumeScope } from '../protocol';
import { formatPricePerM } from '../shared/format';
import { updateTeamFile } from './teamFile';
import { usageKey } from './usage';

/** The scopes a call offers, most specific first: the call, calls through the same model function, the workspace. */
export function assumeScopes(call: PricedCall, callsInFile: PricedCall[]): AssumeModelChoices['scopes'] {
  const scopes: AssumeModelChoices['scopes'] = [];
  const key = usageKey(call, callsInFile);
  scopes.push({ scope: 'call', key, label: `This call (${key})` });
  const fn = modelFunctionOf(call.modelExpression);
  if (fn) scopes.push({ scope: 'function', key: functionKey(fn), label: `Every call whose model comes from ${fn}(…)` });
  scopes.push({ scope: 'workspace', key: 'defaultModel', label: 'Every call of the workspace whose model the code does not show (defaultModel)' });
  return scopes;
}

/** Chat models to offer: the call's vendor's when the catalog has it, else the main vendors'; current ones, cheapest first. */
export function modelChoices(book: PriceBook, vendor: string | null, kind: PricedCall['kind']): AssumeModelChoices['models'] {
  const mode = kind === 'embedding' ? 'embedding' : 'chat';
  const all = book.models().filter(m => m.mode === mode && !m.deprecated && !m.id.includes('/') && !m.id.startsWith('ft:'));
  const ofVendor = vendor ? all.filter(m => m.provider === vendor) : [];
  const chosen = ofVendor.length ? ofVendor : all.filter(m => ['openai', 'anthropic', 'gemini'].includes(m.provider));
  return chosen
    .sort((a, b) => a.input - b.input || a.id.localeCompare(b.id))
    .map(m => ({ id: m.id, provider: m.provider, detail: `${formatPricePerM(m.input)} in / ${formatPricePerM(m.output)} out per 1M tokens` }));
}

/** Writes the assumption; returns the key written and the file's absolute path. Throws if the file is not a JSON object. */
export function writeAssumedModel(root: string, scope: AssumeScope, key: string, model: string): { key: string; path: string } {
  const written = scope === 'workspace' ? 'defaultModel' : key;
  const path = updateTeamFile(root, CONFIG_FILE, file => {
    if (scope === 'workspace') file.set(['defaultModel'], model);
    else file.setEntry('assumeModels', key, model);
  });
  return { key: written, path };
}
