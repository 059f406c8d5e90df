// Decides whether a call expression sends a request to a model, and through which SDK.
import type { Node } from 'web-tree-sitter';
import type { CallKind } from '../../model';
import type { WrapperDefinition } from '../resolver';
import type { PyContext } from './context';
import { objectOf, type SdkObject } from './objects';
import { callArgs, dottedName, flattenCallee, unwrap } from './syntax';
import { attributeValue } from './values';
import { matchHttpCall, type HttpRequest } from './http';
import { unseenShape, type UnseenShape } from '../policy';
import { chatSessionApis, clientApis, embeddingObjectApis, moduleClients, type ApiSpec, type Family } from './sdk';

export interface CallSite {
  call: Node;
  family: Family | 'custom' | 'http';
  provider: string;
  vendor: string | null;
  api: string;
  kind: CallKind;
  streaming: boolean;
  obj: SdkObject | null;
  wrapper?: WrapperDefinition;
  /** A raw HTTP request to a model API (provider 'http'). */
  http?: HttpRequest;
  /** The SDK method is passed as a value (`retry(client.chat.completions.create, **kw)`, `asyncio.to_thread(…)`): the
   * outer call sends the request, its first argument is the method and the rest are the request's arguments. */
  methodAsValue?: boolean;
  /** A client the extractor could not see being built, recognised by its request shape (policy/unseen.ts). */
  unseen?: { shape: UnseenShape; receiver: string };
}

function site(call: Node, family: Family, provider: string, vendor: string | null, api: string, spec: ApiSpec, obj: SdkObject | null): CallSite {
  return { call, family, provider, vendor, api, kind: spec.kind, streaming: spec.streaming ?? false, obj };
}

/** The family that speaks an unseen client's request shape (policy/unseen.ts). */
const unseenFamily: Record<string, Family> = { openai: 'openai', anthropic: 'anthropic', google: 'genai', mistral: 'mistral', bedrock: 'bedrock' };

function apisFor(obj: SdkObject): Record<string, ApiSpec> | null {
  switch (obj.role) {
    case 'client': return obj.family ? clientApis[obj.family] : null;
    case 'model': return obj.family ? clientApis[obj.family] : null;
    case 'chain': return clientApis.langchain;
    case 'embeddings': return embeddingObjectApis;
    case 'chat': return chatSessionApis;
    default: return null;
  }
}

const vectorStoreBuilders = new Set(['from_documents', 'from_texts', 'afrom_documents', 'afrom_texts']);

/** Last segments of every request-sending API: most calls in a file end otherwise and are skipped at once. */
const finalSegments = new Set<string>(
  [...Object.values(clientApis), chatSessionApis, embeddingObjectApis].flatMap(table => Object.keys(table).map(k => k.split('.').pop()!))
    .concat(['create_with_completion', 'create_partial', 'create_iterable'], [...vectorStoreBuilders]),
);

/** Frameworks whose model objects (and DSPy's modules) are called directly: `lm("…")`, `model(messages)`. */
const callableModelFamilies = new Set<Family>(['dspy', 'smolagents']);
const callableModelFiles = new WeakMap<PyContext, boolean>();

function importsCallableModels(ctx: PyContext): boolean {
  let v = callableModelFiles.get(ctx);
  if (v === undefined) {
    v = [...ctx.scope.imports.values()].some(i => /^(dspy|smolagents)(\.|$)/.test(i.module));
    callableModelFiles.set(ctx, v);
  }
  return v;
}

function calleeName(fn: Node): string {
  const f = unwrap(fn);
  if (f.type === 'identifier') return f.text;
  if (f.type === 'attribute') return f.childForFieldName('attribute')?.text ?? '';
  return '';
}

export function matchCall(call: Node, ctx: PyContext, wrappers: WrapperDefinition[]): CallSite | null {
  ctx.receiverClass = ctx.scope.classAround(call);
  return matchDirect(call, call.childForFieldName('function'), ctx, wrappers) ?? matchMethodAsValue(call, ctx) ?? matchAlias(call, ctx);
}

/**
 * An SDK method kept under another name and called later: `create = client.chat.completions.create`, a module-level
 * `completion = litellm.completion if use_litellm else client.chat.completions.create`, `self.send = client.messages.create`.
 * The call's own arguments are the request.
 */
function matchAlias(call: Node, ctx: PyContext): CallSite | null {
  const fn = call.childForFieldName('function');
  if (!fn) return null;
  const f = unwrap(fn);
  let value: Node | null = null;
  if (f.type === 'identifier') {
    const b = ctx.scope.lookup(f.text, f);
    value = b?.kind === 'assign' ? b.value : null;
  } else if (f.type === 'attribute' && f.childForFieldName('object')?.text === 'self') {
    value = attributeValue(f.childForFieldName('object')!, f.childForFieldName('attribute')!.text, ctx, 1);
  }
  if (!value) return null;
  const v = unwrap(value);
  const candidates = v.type === 'conditional_expression' ? v.namedChildren.filter(c => !!c).filter((_, i) => i !== 1) : [v];
  for (const c of candidates) {
    const method = unwrap(c!);
    if (method.type !== 'attribute') continue;
    const direct = matchDirect(call, method, ctx, []);
    if (direct && !direct.http) return direct;
  }
  return null;
}

/**
 * `self.retryer(self.client.chat.completions.create, **kwargs)`, `asyncio.to_thread(client.models.generate_content,
 * model=…, contents=…)`, `run_in_executor(None, partial(…))` aside: a call whose first argument is an SDK method (not
 * called) is the request, with the call's other arguments. Only a method that would match as a direct call counts.
 */
function matchMethodAsValue(call: Node, ctx: PyContext): CallSite | null {
  const first = callArgs(call).positional[0];
  if (!first || unwrap(first).type !== 'attribute') return null;
  const direct = matchDirect(call, unwrap(first), ctx, []);
  return direct && !direct.http ? { ...direct, methodAsValue: true } : null;
}

function matchDirect(call: Node, fn: Node | null, ctx: PyContext, wrappers: WrapperDefinition[]): CallSite | null {
  if (!fn) return null;
  const last = calleeName(fn);
  if (last === 'post' || last === 'request') {
    const http = matchHttpCall(call, ctx);
    if (http) return { call, family: 'http', provider: 'http', vendor: http.vendor, api: http.api, kind: http.kind, streaming: http.streaming, obj: null, http };
  }
  // DSPy LMs and modules, smolagents models: called directly (`lm("…")`, `self.generate(question=q)`, `model(messages)`).
  if (importsCallableModels(ctx) && (fn.type === 'identifier' || fn.type === 'attribute')) {
    const target = objectOf(fn, ctx);
    if (target?.family && callableModelFamilies.has(target.family) && target.role === 'model') return site(call, target.family, target.provider, target.vendor, 'call', { kind: 'chat' }, target);
  }
  if (!finalSegments.has(last) && !wrappers.some(w => w.function.split('.').pop() === last)) return null;
  const { base, path } = flattenCallee(fn);
  // Module-level functions: ollama.chat, litellm.completion, openai.chat.completions.create, genai.embed_content.
  const qBase = base.type === 'identifier' || base.type === 'attribute' ? ctx.scope.qualify(base) : null;
  // OpenAI Agents SDK: Runner.run / run_sync / run_streamed(agent, input) — the agent carries the model.
  if (qBase && /^agents(\.run)?\.Runner$/.test(qBase) && path.length === 1) {
    const spec = clientApis['openai-agents'][path[0]];
    const agent = spec ? objectOf(callArgs(call).positional[0] ?? callArgs(call).keywords.get('starting_agent'), ctx) : null;
    if (spec && agent?.family === 'openai-agents') return site(call, 'openai-agents', agent.provider, agent.vendor, `Runner.${path[0]}`, spec, agent);
    return null;
  }
  // A LangChain vector store built from documents embeds them: `FAISS.from_documents(docs, OpenAIEmbeddings())`.
  if (qBase?.startsWith('langchain') && path.length === 1 && vectorStoreBuilders.has(path[0]!)) {
    const args = callArgs(call);
    const emb = [args.keywords.get('embedding'), ...args.positional].map(a => (a ? objectOf(a, ctx) : null)).find(o => o?.role === 'embeddings');
    return emb?.family ? site(call, emb.family, emb.provider, emb.vendor, path[0]!, { kind: 'embedding' }, emb) : null;
  }
  if (qBase) {
    const q = [qBase, ...path].join('.');
    for (const [mod, c] of Object.entries(moduleClients)) {
      if (!q.startsWith(`${mod}.`)) continue;
      const api = q.slice(mod.length + 1);
      const spec = clientApis[c.family][api];
      if (spec) return site(call, c.family, c.provider, c.vendor, api, spec, { role: 'client', family: c.family, provider: c.provider, vendor: c.vendor, model: null, params: new Map(), isModule: true });
    }
  }

  // The receiver may be any prefix of the chain: `self.client` in self.client.chat.completions.create.
  let obj: SdkObject | null = null;
  let api = '';
  const chain = flattenCallee(fn);
  for (let i = chain.receivers.length - 1; i >= 0 && !obj; i--) {
    obj = objectOf(chain.receivers[i], ctx);
    api = chain.path.slice(i).join('.');
  }
  if (obj) {
    if (obj.role === 'mock' || obj.role === 'prompt') return null;
    if (obj.instructor && obj.family) api = instructorApi(api, obj.family);
    const spec = apisFor(obj)?.[api];
    if (spec && obj.family) {
      let kind = spec.kind;
      if ((obj.role === 'model' || obj.role === 'chain') && obj.kind && spec.kind !== 'embedding') kind = obj.kind === 'completion' && obj.family === 'langchain' ? 'completion' : spec.kind;
      const apiName = obj.role === 'chat' ? `chats.${api}` : api;
      const partial = !!obj.instructor && /create_partial$/.test(chain.path.join('.'));
      return { ...site(call, obj.family, obj.provider, obj.vendor, apiName, spec, obj), kind, streaming: (spec.streaming ?? false) || partial };
    }
    if (spec === undefined && obj.role !== 'client') return null;
  }

  const wrapped = matchWrapper(call, fn, ctx, wrappers);
  if (wrapped) return wrapped;

  if (!obj) {
    // Longest distinctive suffix: self.llm.chat.completions.create → chat.completions.create.
    for (let i = 0; i < path.length; i++) {
      const api = path.slice(i).join('.');
      const shape = unseenShape(api);
      const family = shape ? unseenFamily[shape.provider] : undefined;
      const spec = family ? clientApis[family][api] : undefined;
      if (!shape || !family || !spec) continue;
      const args = callArgs(call);
      const has = (k: string) => args.keywords.has(k) || args.dictSplats.length > 0;
      if (shape.needs.every(has) && !isKnownNonLlm(chain.receivers[i], ctx)) {
        return { ...site(call, family, shape.provider, shape.vendor, api, spec, null), unseen: { shape, receiver: chain.receivers[i]!.text } };
      }
      break;
    }
  }
  return null;
}

/** instructor's extra entry points all send the family's ordinary request. */
function instructorApi(api: string, family: Family): string {
  const plain = api.replace(/\.create_(with_completion|partial|iterable)$/, '.create').replace(/^create_(with_completion|partial|iterable)$/, 'create');
  const main = family === 'anthropic' ? 'messages.create' : family === 'genai' ? 'models.generate_content' : 'chat.completions.create';
  return plain === 'create' || plain === 'chat.completions.create' || plain === 'messages.create' ? main : plain;
}

/** A base that resolves to something we know is not an LLM client (a local class instance, a mock). */
function isKnownNonLlm(base: Node, ctx: PyContext): boolean {
  const b = unwrap(base);
  if (b.type !== 'identifier') return false;
  const binding = ctx.scope.lookup(b.text, b);
  if (binding?.kind === 'assign') {
    const v = unwrap(binding.value);
    if (v.type === 'call') {
      const name = dottedName(v.childForFieldName('function')!) ?? '';
      if (/(Mock|patch)\b/.test(name)) return true;
      const fb = /^\w+$/.test(name) ? ctx.scope.lookup(name, v) : null;
      if (fb?.kind === 'class') return true;
    }
  }
  return false;
}

/** A team wrapper declared in .spendlens/config.json: `module` + `function` (or `obj.method`). */
function matchWrapper(call: Node, fn: Node, ctx: PyContext, wrappers: WrapperDefinition[]): CallSite | null {
  if (!wrappers.length) return null;
  const written = dottedName(fn);
  if (!written) return null;
  const qualified = ctx.scope.qualify(fn);
  for (const w of wrappers) {
    const matches = w.module === '*'
      ? written === w.function || written.endsWith(`.${w.function}`)
      : qualified === `${w.module}.${w.function}` || (qualified !== null && qualified.replace(/^\.+/, '').endsWith(`${w.module.replace(/^\.+/, '')}.${w.function}`));
    if (!matches) continue;
    const kind = w.kind ?? 'chat';
    return {
      call, family: 'custom', provider: w.provider ?? 'custom', vendor: w.vendor ?? null, api: w.function,
      kind, streaming: false, obj: null, wrapper: w,
    };
  }
  return null;
}
