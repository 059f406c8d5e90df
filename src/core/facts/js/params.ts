// Request parameters read the same way for every SDK: output caps, temperature, reasoning settings,
// tools and response formats. `views` are the option objects of one call, least specific first.
import ts from 'typescript';
import { dottedName, unwrap } from './ast';
import type { Ctx } from './ctx';
import type { PromptBuilder } from './prompt';
import { getPath } from './prompt';
import { BEST_OF_KEYS, COMPLETION_KEYS, completionCount, LOGIT_BIAS_KEYS, logitBiasOf, NESTED_CONFIG_KEYS, OUTPUT_CAP_KEYS, STEP_CAP_KEYS, STEP_COUNT_CALLS, STOP_WHEN_KEYS, type Count, type LogitBias, formatOfType, isJsonMime, SCHEMA_PATHS, forcedTool, type ForcedTool, type OptionReader, NOT_SENT_KEYS, NOT_SENT_NESTING } from '../policy';
import { evalBool, evalNumber, evalString, type ObjView, resolveArray, resolveObject } from './values';
import { callTags } from '../policy';


export interface ParamView { view: ObjView; prefix: string }

/** Expands each view with the nested parameter objects it holds, keeping precedence (later wins). */
export function expandViews(ctx: Ctx, views: Array<ObjView | null | undefined>): ParamView[] {
  const out: ParamView[] = [];
  for (const v of views) {
    if (!v) continue;
    out.push({ view: v, prefix: '' });
    for (const k of NESTED_CONFIG_KEYS) {
      const inner = v.props.get(k);
      const nv = inner ? resolveObject(ctx, inner.value) : null;
      if (nv) out.push({ view: nv, prefix: k + '.' });
    }
  }
  return out;
}

/** A request the library answers itself (policy NOT_SENT_KEYS: LiteLLM's `mock_response`, also in `extra_body`). */
export function isUnsentRequest(ctx: Ctx, views: Array<ObjView | null | undefined>): boolean {
  return expandViews(ctx, views).some(p => NOT_SENT_NESTING.includes(p.prefix.replace(/\.$/, '')) && NOT_SENT_KEYS.some(k => p.view.props.has(k)));
}

function findLast(ctx: Ctx, pv: ParamView[], keys: string[]): { expr: ts.Expression; param: string } | null {
  for (let i = pv.length - 1; i >= 0; i--) {
    for (const k of keys) {
      const e = getPath(ctx, pv[i]!.view, k);
      if (e) return { expr: e, param: pv[i]!.prefix + k };
    }
  }
  return null;
}

export function maxOutputTokens(ctx: Ctx, pv: ParamView[]): { value: number; param: string } | null {
  const hit = findLast(ctx, pv, OUTPUT_CAP_KEYS);
  if (!hit) return null;
  const n = evalNumber(ctx, hit.expr);
  return n === null ? null : { value: n, param: hit.param };
}

export function temperature(ctx: Ctx, pv: ParamView[]): number | undefined {
  const hit = findLast(ctx, pv, ['temperature']);
  return hit ? evalNumber(ctx, hit.expr) ?? undefined : undefined;
}

/** Completions billed per call (`n`, `candidateCount`, legacy `best_of`): the shared rule of policy/request.ts. */
export function completions(ctx: Ctx, pv: ParamView[], provider: string, kind: string): Count | undefined {
  return completionCount(provider, kind, countAt(ctx, pv, COMPLETION_KEYS), countAt(ctx, pv, BEST_OF_KEYS));
}

/** The step cap of a loop the SDK runs for the call: `maxSteps: 5`, `maxTurns`, `stopWhen: stepCountIs(5)` (or a list holding it). */
export function sdkStepCap(ctx: Ctx, pv: ParamView[]): Count | null {
  const cap = countAt(ctx, pv, STEP_CAP_KEYS);
  if (cap) return cap;
  const stop = findLast(ctx, pv, STOP_WHEN_KEYS);
  if (!stop) return null;
  const e = unwrap(stop.expr);
  for (const c of ts.isArrayLiteralExpression(e) ? e.elements : [e]) {
    const x = unwrap(c);
    const name = ts.isCallExpression(x) ? dottedName(x.expression)?.pop() : undefined;
    if (!name || !STEP_COUNT_CALLS.includes(name) || !ts.isCallExpression(x) || !x.arguments[0]) continue;
    const n = evalNumber(ctx, x.arguments[0]);
    if (n !== null) return { value: n, param: `${stop.param}: ${name}(${n})` };
  }
  return null;
}

function countAt(ctx: Ctx, pv: ParamView[], keys: string[]): Count | null {
  const hit = findLast(ctx, pv, keys);
  const n = hit ? evalNumber(ctx, hit.expr) : null;
  return hit && n !== null ? { value: n, param: hit.param } : null;
}

export function reasoningEffort(ctx: Ctx, pv: ParamView[]): string | undefined {
  const hit = findLast(ctx, pv, ['reasoning_effort', 'reasoningEffort', 'reasoning.effort', 'providerOptions.openai.reasoningEffort']);
  if (!hit) return undefined;
  const v = evalString(ctx, hit.expr);
  return v.exact ? v.text : undefined;
}

export function thinkingBudget(ctx: Ctx, pv: ParamView[]): number | undefined {
  const hit = findLast(ctx, pv, ['thinking.budget_tokens', 'thinking.budgetTokens', 'thinkingConfig.thinkingBudget', 'thinking_config.thinking_budget',
    'providerOptions.anthropic.thinking.budgetTokens', 'providerOptions.google.thinkingConfig.thinkingBudget']);
  return hit ? evalNumber(ctx, hit.expr) ?? undefined : undefined;
}

/** `logit_bias: { "1234": 100, … }`: its entries, read for the shared rule of policy/request.ts. */
export function logitBias(ctx: Ctx, pv: ParamView[]): LogitBias | undefined {
  const hit = findLast(ctx, pv, LOGIT_BIAS_KEYS);
  if (!hit) return undefined;
  const obj = resolveObject(ctx, hit.expr);
  if (!obj) return logitBiasOf(hit.param, [], true);
  const computed = obj.node?.properties.some(p => !ts.isPropertyAssignment(p) || ts.isComputedPropertyName(p.name)) ?? false;
  const entries = [...obj.props].map(([token, p]): [string, number | null] => [token, evalNumber(ctx, p.value)]);
  return logitBiasOf(hit.param, entries, computed || obj.dynamicSpreads.length > 0);
}

export function streamFlag(ctx: Ctx, pv: ParamView[]): boolean {
  const hit = findLast(ctx, pv, ['stream', 'streaming']);
  return hit ? evalBool(ctx, hit.expr) === true : false;
}

/** Tools and response formats, from whichever view holds them. */
export function collectToolsAndFormats(ctx: Ctx, pv: ParamView[], c: PromptBuilder): void {
  const tools = findLast(ctx, pv, ['tools', 'functions', 'toolConfig.tools']);
  if (tools) c.toolsFrom(tools.expr);
  const fmt = findLast(ctx, pv, ['response_format', 'responseFormat', 'text.format', 'format']);
  if (fmt) {
    const x = unwrap(fmt.expr);
    if (ts.isCallExpression(x)) c.schemaFrom(x);
    else {
      const s = evalString(ctx, x);
      if (s.exact) { if (formatOfType(s.text) === 'json') c.jsonMode = true; }
      else {
        const obj = resolveObject(ctx, x);
        const type = obj?.props.get('type')?.value;
        const t = type ? evalString(ctx, type) : null;
        const asked = t?.exact ? formatOfType(t.text) : null;
        if (asked === 'json') c.jsonMode = true;
        else if (asked === 'schema') c.schemaFrom(SCHEMA_PATHS.map(path => obj && getPath(ctx, obj, path)).find(e => !!e) ?? x);
        else if (obj && fmt.param.endsWith('format') && !type) c.schemaFrom(x); // Ollama `format: { …json schema… }`
      }
    }
  }
  const mime = findLast(ctx, pv, ['responseMimeType', 'response_mime_type']);
  if (mime) {
    const m = evalString(ctx, mime.expr);
    if (m.exact && isJsonMime(m.text)) c.jsonMode = true;
  }
  const schema = findLast(ctx, pv, ['responseSchema', 'responseJsonSchema', 'response_schema']);
  if (schema) c.schemaFrom(schema.expr);
}

/** `zodResponseFormat(...)`-style helper calls that make a request structured. */
export function isSchemaHelper(e: ts.Expression): boolean {
  const x = unwrap(e);
  return ts.isCallExpression(x) && /ResponseFormat|TextFormat|jsonSchema/i.test(dottedName(x.expression)?.join('.') ?? '');
}

/** The call's static tags (policy/tags.ts): its option objects, and the request options (`create(body, { headers })`). */
export function tags(ctx: Ctx, pv: ParamView[], requestOptions: ts.Expression | undefined): string[] {
  const extra = requestOptions ? [resolveObject(ctx, requestOptions)].filter((v): v is ObjView => !!v) : [];
  return callTags(optionReader(ctx, [...pv.map(p => p.view), ...extra]));
}

/** The tool the call forces (policy/tool-choice.ts), from its option objects. */
export function forcedToolOf(ctx: Ctx, pv: ParamView[]): ForcedTool | undefined {
  return forcedTool(optionReader(ctx, pv.map(p => p.view))) ?? undefined;
}

/** The policy layer's view of a call's literal option values; later views win. */
function optionReader(ctx: Ctx, views: ObjView[]): OptionReader {
  const at = (path: string): ts.Expression | undefined => {
    for (let i = views.length - 1; i >= 0; i--) { const e = getPath(ctx, views[i]!, path); if (e) return e; }
    return undefined;
  };
  const exact = (e: ts.Expression | undefined): string | null => { if (!e) return null; const v = evalString(ctx, e); return v.exact ? v.text : null; };
  return {
    string: path => exact(at(path)),
    strings: path => (resolveArray(ctx, at(path))?.elements ?? []).map(e => exact(e)).filter((s): s is string => s !== null),
    entries: path => {
      const view = resolveObject(ctx, at(path));
      if (!view) return [];
      return [...view.props.entries()].flatMap(([k, p]) => { const v = exact(p.value); return v === null ? [] : [[k, v] as [string, string]]; });
    },
    member: path => { const e = at(path); const x = e ? unwrap(e) : null; return x && ts.isPropertyAccessExpression(x) ? x.name.text : null; },
  };
}
