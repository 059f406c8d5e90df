// Turns a matched call site into a CallFact: model, prompt parts, output cap, streaming, loop,
// features, volume comment and enclosing function.
import type { Node } from 'web-tree-sitter';
import type { CallFact, CallFeatures, ModelFact } from '../../model';
import type { PyContext } from './context';
import type { CallSite } from './calls';
import { modelFact, unresolvedModel } from './model-fact';
import { objectOf } from './objects';
import { PromptBuilder } from './prompts';
import { callArgs, classOfMethod, dottedName, enclosingFunction, unwrap } from './syntax';
import { spanOf } from './text';
import { dictOf, evalBool, evalNumber, evalString, listOf, type DictView } from './values';
import { BEST_OF_KEYS, COMPLETION_KEYS, completionCount, isFewShotText, LOGIT_BIAS_KEYS, logitBiasOf, type LogitBias, NESTED_CONFIG_KEYS, OUTPUT_CAP_KEYS, STEP_CAP_KEYS, vendorFromModelId, vendorFromPrefix, modelOfVertexResource, kindForModel, modelSourceOf, formatOfType, isJsonMime, SCHEMA_PATHS, unseenClientVendor, throughFactory, unseenPromptPart, NOT_SENT_KEYS, NOT_SENT_NESTING, httpModelKey } from '../policy';
import { loopOf } from './loop';
import { volumeAbove } from './volume';
import { callTags, forcedTool, type OptionReader } from '../policy';
import { jsonDict } from './http';

/** Call keywords plus the entries of `**params` dicts (marked, so a model found there reads as 'property'). */
interface Params {
  get(name: string): Node | null;
  has(name: string): boolean;
  fromSplat(name: string): boolean;
  positional: Node[];
  /** The keyword arguments as written (not the splatted ones). */
  keywords: Map<string, Node>;
}

/** The JSON body of a raw HTTP request read as if its keys were keyword arguments (from a splat when reached by name). */
function bodyParams(body: DictView | null, indirect: boolean): Params {
  const entries = body?.entries ?? new Map<string, Node>();
  return {
    get: name => entries.get(name) ?? null,
    has: name => entries.has(name),
    fromSplat: () => indirect,
    positional: [],
    keywords: new Map(),
  };
}

const XAI_ROLES: Record<string, 'system' | 'user' | 'assistant'> = { system: 'system', user: 'user', assistant: 'assistant' };

/**
 * An xai_sdk chat's turns, when this function shows them: `chat = client.chat.create(model=…, messages=[system(…)])`,
 * then `chat.append(system("…"))` / `chat.append(user(q))` before `chat.sample()`. Appends in a loop, or a chat that is
 * not a local of this function, are turns the file does not show (the caller counts them as history).
 */
function xaiTurns(call: Node, obj: NonNullable<CallSite['obj']>, ctx: PyContext, b: PromptBuilder): boolean {
  const fn = call.childForFieldName('function');
  const receiver = fn?.type === 'attribute' ? unwrap(fn.childForFieldName('object')!) : null;
  const scope = enclosingFunction(call);
  if (receiver?.type !== 'identifier' || !scope) return false;
  const appends = scope.descendantsOfType('call').filter((c): c is Node => !!c && c.startIndex < call.startIndex
    && c.childForFieldName('function')?.text === `${receiver.text}.append`);
  const initial = listOf(obj.params.get('messages'), ctx)?.items ?? [];
  if ((!appends.length && !initial.length) || appends.some(a => inLoop(a))) return false;
  const turn = (arg: Node | undefined) => {
    if (!arg) return;
    const a = unwrap(arg);
    const helper = a.type === 'call' ? XAI_ROLES[(ctx.scope.qualify(a.childForFieldName('function')!) ?? '').split('.').pop() ?? ''] : undefined;
    const inner = helper ? callArgs(a).positional[0] : a;
    if (helper === 'system') b.system(inner);
    else { b.text(helper ?? 'user', inner); b.flags.messageCount++; }
  };
  for (const m of initial) turn(m);
  for (const a of appends) turn(callArgs(a).positional[0]);
  return true;
}

/** Which SDK's request layout a raw HTTP body follows, for reading its prompt. */
function httpPromptSite(site: CallSite): CallSite {
  switch (site.http!.shape) {
    case 'openai-chat': return { ...site, family: 'openai' };
    case 'openai-responses': return { ...site, family: 'openai', api: 'responses.create' };
    case 'anthropic': return { ...site, family: 'anthropic' };
    case 'image': return { ...site, family: 'openai', api: 'images.generate' };
    case 'audio': return { ...site, family: 'openai', api: 'audio.speech.create' };
    case 'ollama-chat':
    case 'ollama-generate':
    case 'completion': return { ...site, family: 'ollama' };
    default: return site;
  }
}

function mergedParams(call: Node, ctx: PyContext, methodAsValue: boolean): Params {
  const args = callArgs(call);
  // `retry(client.chat.completions.create, model=…)`: the first argument is the method, the rest is the request.
  if (methodAsValue) args.positional = args.positional.slice(1);
  const splat = new Map<string, Node>();
  for (const s of args.dictSplats) {
    const d = dictOf(s, ctx);
    if (d) for (const [k, v] of d.entries) if (!splat.has(k)) splat.set(k, v);
  }
  return {
    get: name => args.keywords.get(name) ?? splat.get(name) ?? null,
    has: name => args.keywords.has(name) || splat.has(name),
    fromSplat: name => !args.keywords.has(name) && splat.has(name),
    positional: args.positional,
    keywords: args.keywords,
  };
}


/** An option dict and the key path it was found under (`inferenceConfig.`), for naming the parameter. */
interface SettingSource extends DictView { prefix: string }

/** Where generation settings can be found for this call, most specific first. */
function settingSources(p: Params, site: CallSite, ctx: PyContext, body: DictView | null): SettingSource[] {
  const direct: SettingSource = { entries: new Map(), dynamic: false, prefix: '' };
  for (const k of [...OUTPUT_CAP_KEYS, ...COMPLETION_KEYS, ...BEST_OF_KEYS, ...LOGIT_BIAS_KEYS, ...STEP_CAP_KEYS, 'temperature', 'reasoning_effort', 'reasoning', 'thinking', 'response_format', 'response_mime_type', 'format', 'text', 'thinking_config']) {
    const v = p.get(k);
    if (v) direct.entries.set(k, v);
  }
  const sources: SettingSource[] = [direct];
  const withNested = (get: (key: string) => Node | null | undefined): void => {
    for (const key of NESTED_CONFIG_KEYS) {
      const d = dictOf(get(key), ctx);
      if (d) sources.push({ ...d, prefix: `${key}.` }, ...nested(d, `${key}.`, ctx));
    }
  };
  withNested(k => p.get(k));
  if (body) sources.push({ ...body, prefix: '' }, ...nested(body, '', ctx));
  const obj = site.obj;
  if (obj) {
    sources.push({ entries: obj.params, dynamic: false, prefix: '' });
    withNested(k => obj.params.get(k));
  }
  return sources;
}

function nested(d: DictView, prefix: string, ctx: PyContext): SettingSource[] {
  const out: SettingSource[] = [];
  for (const key of NESTED_CONFIG_KEYS) {
    const inner = dictOf(d.entries.get(key), ctx);
    if (inner) out.push({ ...inner, prefix: `${prefix}${key}.` });
  }
  return out;
}

function firstNumber(sources: SettingSource[], keys: string[], ctx: PyContext): { value: number; param: string } | null {
  for (const s of sources) {
    for (const k of keys) {
      const v = evalNumber(s.entries.get(k), ctx);
      if (v !== null) return { value: v, param: s.prefix + k };
    }
  }
  return null;
}

/** `logit_bias={9642: 100, …}`: its entries, read for the shared rule of policy/request.ts. */
function logitBias(sources: SettingSource[], ctx: PyContext): LogitBias | null {
  for (const s of sources) {
    for (const k of LOGIT_BIAS_KEYS) {
      const node = s.entries.get(k);
      if (!node) continue;
      const d = dictOf(node, ctx);
      if (!d) return logitBiasOf(s.prefix + k, [], true);
      return logitBiasOf(s.prefix + k, [...d.entries].map(([token, v]): [string, number | null] => [token, evalNumber(v, ctx)]), d.dynamic);
    }
  }
  return null;
}

function firstNode(sources: DictView[], key: string): Node | null {
  for (const s of sources) {
    const v = s.entries.get(key);
    if (v) return v;
  }
  return null;
}

/** An unresolved model whose object comes from the app's own function: named through it (policy throughFactory). */
function appFactoryModel(model: ModelFact, site: CallSite, ctx: PyContext): ModelFact {
  if (model.value !== null || site.http || site.wrapper) return model;
  const callee = site.call.childForFieldName('function');
  const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  const factory = receiver ? appFactoryCall(receiver, ctx, 0) : null;
  return factory ? throughFactory(model, factory) : model;
}

/**
 * The app's own function call a model object comes from (`llm = get_model_from_config(config)`,
 * `self.make_llm(t).with_structured_output(S)`), as written; null when the object is built at hand or by a package.
 */
function appFactoryCall(node: Node, ctx: PyContext, depth: number): string | null {
  const n = unwrap(node);
  if (depth > 6) return null;
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    return b?.kind === 'assign' ? appFactoryCall(b.value, ctx, depth + 1) : null;
  }
  // A chain: `prompt | get_llm(cfg) | parser` — the model is one of the steps.
  if (n.type === 'binary_operator') {
    for (const side of [n.childForFieldName('right'), n.childForFieldName('left')]) {
      const found = side ? appFactoryCall(side, ctx, depth + 1) : null;
      if (found) return found;
    }
    return null;
  }
  if (n.type !== 'call') return null;
  const fn = n.childForFieldName('function');
  if (fn?.type === 'identifier') {
    const b = ctx.scope.lookup(fn.text, fn);
    const own = b?.kind === 'def' || (b?.kind === 'import' && ctx.resolver.moduleText(ctx.file, b.binding.module) !== null);
    return own ? shortText(n.text) : null;
  }
  if (fn?.type === 'attribute') {
    // A method of the app's own class (`self.get_llm(cfg)`), else a method of the model object (`.bind_tools(…)`).
    const obj = fn.childForFieldName('object');
    if (obj?.type === 'identifier' && (obj.text === 'self' || obj.text === 'cls')) return shortText(n.text);
    // A chain that takes the model as an argument: `prompt.pipe(get_llm(cfg))`, `RunnableSequence(first=…, last=…)`.
    for (const a of n.childForFieldName('arguments')?.namedChildren ?? []) {
      const value = a?.type === 'keyword_argument' ? a.childForFieldName('value') : a;
      const found = value && (value.type === 'call' || value.type === 'identifier') ? appFactoryCall(value, ctx, depth + 1) : null;
      if (found) return found;
    }
    return obj ? appFactoryCall(obj, ctx, depth + 1) : null;
  }
  return null;
}

function shortText(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

function resolveModel(site: CallSite, p: Params, ctx: PyContext, body: DictView | null): ModelFact {
  const obj = site.obj;
  if (site.wrapper) {
    const w = site.wrapper;
    if (w.model) return { value: w.model, source: 'config', definedAt: null };
    const node = argumentAt(w.modelArg, p, ctx);
    return node ? modelFact(node, ctx) : unresolvedModel;
  }
  if (obj && (obj.role === 'model' || obj.role === 'chain' || obj.role === 'chat' || obj.role === 'embeddings')) {
    // A model= passed at the call (genai chat send_message has none; langchain invoke never) wins.
    return obj.model ?? unresolvedModel;
  }
  if (site.http?.urlModel) return { value: site.http.urlModel, source: 'literal', definedAt: null };
  if (site.family === 'vertex-prediction') {
    const resource = evalString(p.get('endpoint') ?? p.get('model') ?? p.positional[0], ctx);
    const id = resource && !resource.placeholders.length ? modelOfVertexResource(resource.text) : null;
    return id ? { value: id, source: modelSourceOf(resource!.hops), definedAt: resource!.definedAt } : unresolvedModel;
  }
  const key = site.family === 'bedrock' ? 'modelId' : site.http ? httpModelKey(site.http.shape) : 'model';
  const node = p.get(key) ?? (site.api.startsWith('ChatCompletion') || site.api.startsWith('Completion') ? p.get('engine') : null);
  if (node && obj?.aliases?.size) {
    const alias = evalString(node, ctx);
    const target = alias ? obj.aliases.get(alias.text) : undefined;
    if (target) return modelFact(target, ctx, 'property');
  }
  if (node) return modelFact(node, ctx, p.fromSplat(key) ? 'property' : undefined);
  if (body?.entries.get('model')) return modelFact(body.entries.get('model'), ctx, 'property');
  if (obj?.model) return obj.model;
  // litellm / ollama put the model first when called positionally.
  if ((site.family === 'litellm' || site.family === 'ollama') && p.positional[0]) return modelFact(p.positional[0], ctx);
  return unresolvedModel;
}

/** Wrapper argument notation: 0, "0", "0.model", "model". */
function argumentAt(spec: string | number | undefined, p: Params, ctx: PyContext): Node | null {
  if (spec === undefined) return null;
  const [head, ...rest] = String(spec).split('.');
  let node: Node | null = /^\d+$/.test(head) ? p.positional[Number(head)] ?? null : p.get(head);
  for (const key of rest) node = dictOf(node, ctx)?.entries.get(key) ?? null;
  return node;
}

function buildPrompt(site: CallSite, p: Params, ctx: PyContext, body: DictView | null, b: PromptBuilder): void {
  const obj = site.obj;
  const api = site.api;
  if (site.wrapper) {
    const node = argumentAt(site.wrapper.promptArg, p, ctx);
    if (node) {
      if (unwrap(node).type === 'list') b.messages(node, false, site.call);
      else b.text('user', node);
    }
    return;
  }
  if (site.kind === 'embedding') {
    const input = p.get('input') ?? p.get('inputs') ?? p.get('texts') ?? p.get('contents') ?? p.get('content') ?? p.get('prompt') ?? body?.entries.get('inputText') ?? body?.entries.get('texts') ?? p.positional[0] ?? (site.family === 'ollama' ? p.positional[1] : null);
    b.inputs(input);
    return;
  }
  switch (site.family) {
    case 'huggingface':
    case 'crewai': {
      // InferenceClient.chat_completion(messages, model=…) / text_generation(prompt, …); CrewAI LLM.call(messages).
      if (site.kind === 'completion' || site.kind === 'image' || site.kind === 'audio') { b.text('user', p.get('prompt') ?? p.get('text') ?? p.positional[0]); break; }
      const messages = p.get('messages') ?? p.positional[0];
      if (messages && unwrap(messages).type === 'list') b.messages(messages, false, site.call);
      else if (messages) b.text('user', messages);
      break;
    }
    case 'dspy': {
      // lm("prompt") / lm(messages=[…]); a module gets its signature's input fields as keywords.
      const messages = p.get('messages');
      if (messages) b.messages(messages, false, site.call);
      else if (p.positional[0]) b.text('user', p.positional[0]);
      else for (const [k, v] of p.keywords) if (k !== 'config') b.text('user', v);
      break;
    }
    case 'smolagents': {
      // agent.run(task) sends the task (plus the agent's own system prompt, not counted); a model gets messages.
      const input = site.api === 'run' ? p.positional[0] ?? p.get('task') : p.positional[0] ?? p.get('messages');
      if (input && unwrap(input).type === 'list') b.messages(input, false, site.call);
      else if (input) { b.text('user', input); b.flags.messageCount++; }
      break;
    }
    case 'watsonx': {
      if (site.kind === 'completion') b.text('user', p.get('prompt') ?? p.positional[0]);
      else b.messages(p.get('messages') ?? p.positional[0], false, site.call);
      break;
    }
    case 'vertex-models': {
      b.text('user', p.get('prompt') ?? p.positional[0]);
      break;
    }
    case 'xai':
    case 'semantic-kernel': {
      // xai chats and Semantic Kernel histories are built turn by turn before the call: the turns this function shows
      // (xai's `chat.append(…)`), else a history the file does not show.
      if (site.family === 'xai' && obj?.role === 'chat' && xaiTurns(site.call, obj, ctx, b)) break;
      if (obj?.role === 'chat' || p.has('chat_history')) b.flags.history = true;
      b.text('user', p.get('prompt') ?? (api.startsWith('invoke_prompt') ? p.positional[0] : null));
      break;
    }
    case 'semantic-kernel-agent': {
      // The agent's instructions are its system prompt; the run sends the messages (or a thread kept elsewhere).
      b.system(obj?.params.get('instructions'));
      const messages = p.get('messages') ?? p.positional[0];
      if (messages) { b.text('user', messages); b.flags.messageCount++; }
      if (p.has('thread') || !messages) b.flags.history = true;
      break;
    }
    case 'voyage': {
      b.text('user', p.get('query') ?? p.positional[0]);
      b.text('document', p.get('documents') ?? p.positional[1]);
      break;
    }
    case 'azure-inference':
    case 'openai':
    case 'litellm': {
      if (api.startsWith('responses.')) {
        b.system(p.get('instructions'));
        const input = p.get('input');
        if (input && unwrap(input).type === 'list') b.messages(input, false, site.call);
        else if (input) {
          const list = listOf(input, ctx, 0, site.call);
          if (list && unwrap(input).type === 'identifier' && list.items.length) b.messages(input, false, site.call);
          else b.prompt(input);
        }
      } else if (site.kind === 'audio') {
        b.text('input', p.get('input') ?? p.get('prompt'));
      } else if (site.kind === 'completion' || site.kind === 'image') {
        b.prompt(p.get('prompt') ?? p.get('input'));
      } else {
        b.messages(p.get('messages') ?? (site.family === 'litellm' ? p.positional[1] : null), false, site.call);
      }
      break;
    }
    case 'anthropic': {
      const system = p.get('system');
      if (system) b.system(system);
      if (site.kind === 'completion') b.text('user', p.get('prompt'));
      else b.messages(p.get('messages'), false, site.call);
      break;
    }
    case 'mistral':
    case 'mistral-legacy': {
      if (site.kind === 'completion') {
        b.text('user', p.get('prompt'));
        b.text('user', p.get('suffix'));
      } else b.messages(p.get('messages'), false, site.call);
      break;
    }
    case 'cohere': {
      b.system(p.get('preamble'));
      if (p.has('chat_history')) b.messages(p.get('chat_history'), false, site.call);
      if (p.has('messages')) b.messages(p.get('messages'), false, site.call);
      // v1 chat: preamble + chat_history + one user message, and the documents it grounds on.
      if (p.has('message')) {
        b.prompt(p.get('message'));
        b.text('document', p.get('documents'));
      }
      if (site.kind === 'rerank') {
        b.text('input', p.get('query'));
        b.inputs(p.get('documents'));
      }
      if (site.kind === 'completion') b.prompt(p.get('prompt'));
      break;
    }
    case 'ollama': {
      b.system(p.get('system'));
      if (site.kind === 'completion') b.prompt(p.get('prompt') ?? p.positional[1]);
      else b.messages(p.get('messages') ?? p.positional[1], false, site.call);
      break;
    }
    case 'genai': {
      const config = dictOf(p.get('config'), ctx);
      const chatConfig = obj?.role === 'chat' ? dictOf(obj.params.get('config'), ctx) : null;
      const system = config?.entries.get('system_instruction') ?? chatConfig?.entries.get('system_instruction');
      if (system) b.system(system);
      if (obj?.role === 'chat') {
        // The session resends its history every turn; turns written in the code are counted as well.
        b.flags.history = true;
        const history = obj.params.get('history');
        if (history && listOf(history, ctx)) b.messages(history);
        b.content('user', p.get('message') ?? p.positional[0]);
        b.flags.messageCount++;
      } else addGeminiContents(b, p.get('contents'), site.call, ctx);
      break;
    }
    case 'genai-legacy': {
      const system = obj?.params.get('system_instruction');
      if (system) b.system(system);
      if (obj?.role === 'chat') {
        b.flags.history = true;
        b.content('user', p.get('content') ?? p.positional[0]);
        b.flags.messageCount++;
      } else addGeminiContents(b, p.get('contents') ?? p.positional[0], site.call, ctx);
      break;
    }
    case 'bedrock': {
      if (api.startsWith('converse')) {
        const system = listOf(p.get('system'), ctx);
        if (system) { b.flags.messageCount++; for (const s of system.items) b.content('system', s); }
        else b.system(p.get('system'));
        b.messages(p.get('messages'), false, site.call);
      } else if (body) {
        const system = body.entries.get('system');
        if (system) b.system(system);
        if (body.entries.has('messages')) b.messages(body.entries.get('messages'), false, site.call);
        b.text('user', body.entries.get('prompt') ?? body.entries.get('inputText'));
      } else b.text('user', p.get('body'));
      break;
    }
    case 'langchain':
    case 'llamaindex': {
      addFrameworkInput(b, site, p, ctx);
      break;
    }
    case 'haystack': {
      b.system(p.get('system_prompt') ?? obj?.params.get('system_prompt'));
      if (p.has('messages')) b.messages(p.get('messages'), false, site.call);
      else if (p.has('prompt')) {
        b.text('user', p.get('prompt'));
        b.flags.messageCount++;
      }
      break;
    }
    case 'openai-agents': {
      b.system(obj?.params.get('instructions'));
      const input = p.positional[1] ?? p.get('input');
      if (input && unwrap(input).type === 'list') b.messages(input, false, site.call);
      else if (input) {
        b.text('user', input);
        b.flags.messageCount++;
      }
      break;
    }
    case 'pydantic-ai': {
      b.system(obj?.params.get('system_prompt') ?? obj?.params.get('instructions'));
      const input = p.positional[0] ?? p.get('user_prompt');
      if (input) {
        b.text('user', input);
        b.flags.messageCount++;
      }
      if (p.get('message_history')) b.flags.history = true;
      break;
    }
  }
}

function addGeminiContents(b: PromptBuilder, contents: Node | null | undefined, at: Node, ctx: PyContext): void {
  if (!contents) return;
  const list = listOf(contents, ctx, 0, at);
  if (!list) {
    b.content('user', contents);
    b.flags.messageCount++;
    return;
  }
  // A list of Content dicts / objects is a conversation; a list of parts is one user turn.
  const isConversation = list.items.some(i => {
    const u = unwrap(i);
    return u.type === 'dictionary' ? /["'](role|parts)["']/.test(u.text) : u.type === 'call' && /Content\b/.test(u.childForFieldName('function')?.text ?? '');
  });
  if (isConversation) b.messages(contents, false, at);
  else {
    b.content('user', contents);
    b.flags.messageCount++;
  }
}

/** LangChain `.invoke(input)` / chain `.invoke({vars})` / LlamaIndex `.complete(str)` / `.chat([...])`. */
function addFrameworkInput(b: PromptBuilder, site: CallSite, p: Params, ctx: PyContext): void {
  const input = p.positional[0] ?? p.get('input') ?? p.get('prompt') ?? p.get('messages');
  const obj = site.obj;
  if (obj?.engine) {
    // A query / chat engine (or retrieval chain) sends the retrieved chunks (and, for chat engines, the history) too.
    b.placeholder('document', 'retrieved context');
    if (site.api.includes('chat')) b.flags.history = true;
  }
  if (obj?.history) b.flags.history = true;
  if (obj?.role === 'chain') {
    b.templateValues(dictOf(input, ctx)?.entries);
    if (obj.template) b.promptTemplate(obj.template);
    else if (input) b.text('user', input);
    return;
  }
  if (!input) return;
  const u = unwrap(input);
  // llm.invoke(prompt.format_messages(...)) / llm.invoke(prompt.invoke({...})), also held in a name.
  const bound = u.type === 'identifier' ? ctx.scope.lookup(u.text, u) : null;
  const formatted = u.type === 'call' ? u : bound?.kind === 'assign' && unwrap(bound.value).type === 'call' ? unwrap(bound.value) : null;
  if (formatted) {
    const fn = formatted.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : null;
    if (method && /^(format_messages|format_prompt|invoke|format)$/.test(method)) {
      const tmpl = objectOf(fn!.childForFieldName('object'), ctx);
      if (tmpl?.role === 'prompt' && tmpl.template) {
        const args = callArgs(formatted);
        b.templateValues(method === 'invoke' ? dictOf(args.positional[0], ctx)?.entries : args.keywords);
        b.promptTemplate(tmpl.template);
        return;
      }
    }
  }
  const list = u.type === 'list' || u.type === 'identifier' ? listOf(input, ctx, 0, site.call) : null;
  if (list || u.type === 'list') b.messages(input, false, site.call);
  else {
    b.text('user', input);
    b.flags.messageCount++;
  }
}

function inLoop(call: Node): boolean {
  let child: Node = call;
  for (let p = call.parent; p; child = p, p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'class_definition') return false;
    if (p.type === 'for_statement' || p.type === 'for_in_clause') {
      // The iterable of a for loop is evaluated once.
      if (p.childForFieldName('right')?.id === child.id) continue;
      return true;
    }
    if (p.type === 'while_statement') return true;
    if (/comprehension$|^generator_expression$/.test(p.type)) {
      return true;
    }
  }
  return false;
}

/** A function called from a loop (or comprehension / gather) elsewhere in the file runs once per iteration. */
const loopCallers = new WeakMap<PyContext, Map<number, boolean>>();

function calledInLoop(fn: Node | null, ctx: PyContext): boolean {
  if (!fn) return false;
  let memo = loopCallers.get(ctx);
  if (!memo) loopCallers.set(ctx, (memo = new Map()));
  const known = memo.get(fn.id);
  if (known !== undefined) return known;
  const result = searchLoopCallers(fn, ctx);
  memo.set(fn.id, result);
  return result;
}

function searchLoopCallers(fn: Node | null, ctx: PyContext): boolean {
  const name = fn?.childForFieldName('name')?.text;
  if (!name) return false;
  const re = new RegExp(`\\b${name}\\s*\\(`, 'g');
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    if (fn && m.index >= fn.startIndex && m.index < fn.endIndex) continue;
    const node = ctx.scope.root.descendantForIndex(m.index, m.index + name.length);
    const call = node?.parent?.type === 'call' ? node.parent : node?.parent?.parent?.type === 'call' ? node.parent.parent : null;
    if (call && inLoop(call)) return true;
  }
  // Handed to something that calls it per item: df["x"].apply(fn), map(fn, xs), pool.map(fn, xs).
  const ref = new RegExp(`\\b${name}\\b(?!\\s*\\()`, 'g');
  for (let m = ref.exec(ctx.text); m; m = ref.exec(ctx.text)) {
    if (fn && m.index >= fn.startIndex && m.index < fn.endIndex) continue;
    const node = ctx.scope.root.descendantForIndex(m.index, m.index + name.length);
    const args = node?.type === 'identifier' ? node.parent : null;
    const call = args?.type === 'argument_list' ? args.parent : null;
    const callee = call?.childForFieldName('function');
    const method = callee ? (unwrap(callee).type === 'attribute' ? unwrap(callee).childForFieldName('attribute')?.text : callee.text) : null;
    if (method && perItemCallers.has(method)) return true;
    // pool.submit(fn, x) / loop.run_in_executor(None, fn, x) inside a loop or comprehension.
    if (method && scheduleCallers.has(method) && call && inLoop(call)) return true;
  }
  return false;
}

const scheduleCallers = new Set(['submit', 'apply_async', 'run_in_executor', 'to_thread', 'spawn', 'delay']);
const perItemCallers = new Set(['apply', 'map', 'applymap', 'progress_apply', 'parallel_apply', 'imap', 'imap_unordered', 'starmap', 'map_async', 'starmap_async', 'thread_map', 'process_map']);

function enclosingDef(node: Node): Node | null {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return null;
}

function functionName(call: Node): string | null {
  const fn = enclosingDef(call);
  if (!fn) return null;
  const name = fn.childForFieldName('name')?.text ?? null;
  const cls = classOfMethod(fn);
  const clsName = cls?.childForFieldName('name')?.text;
  return name && clsName ? `${clsName}.${name}` : name;
}

function features(site: CallSite, p: Params, sources: SettingSource[], b: PromptBuilder, ctx: PyContext): CallFeatures {
  const obj = site.obj;
  const f: CallFeatures = {
    tools: false, vision: b.flags.vision, jsonMode: false, messageCount: b.flags.messageCount, history: b.flags.history,
    cacheControl: b.flags.cacheControl || /["']cache_control["']/.test(site.call.text), fewShot: false,
  };
  const tools = p.get('tools') ?? p.get('functions') ?? dictOf(p.get('toolConfig'), ctx)?.entries.get('tools') ?? firstNode(sources.slice(1), 'tools') ?? obj?.tools ?? null;
  if (tools && unwrap(tools).type !== 'none') {
    f.tools = true;
    b.toolsFrom(tools);
  }
  // Structured output: JSON mode flags and schemas.
  const rf = p.get('response_format') ?? firstNode(sources, 'response_format');
  if (rf) {
    const d = dictOf(rf, ctx);
    const type = d ? evalString(d.entries.get('type'), ctx)?.text : null;
    const asked = type ? formatOfType(type) : null;
    // A format dict of another type asks for JSON; anything but a dict is a schema (a Pydantic class).
    if (asked !== 'text') f.jsonMode = true;
    const at = (path: string) => path.split('.').reduce<Node | null>((n, k) => (n ? dictOf(n, ctx)?.entries.get(k) ?? null : null), rf);
    if (d && asked === 'schema') b.schemaFrom(SCHEMA_PATHS.map(at).find(n => !!n) ?? rf);
    else if (!d) b.schemaFrom(rf);
  }
  const textFormat = p.get('text_format') ?? p.get('response_model') ?? p.get('output_format') ?? p.get('output_type');
  if (textFormat) {
    f.jsonMode = true;
    b.schemaFrom(textFormat);
  }
  const textOpt = dictOf(p.get('text'), ctx);
  const fmt = textOpt ? dictOf(textOpt.entries.get('format'), ctx) : null;
  if (fmt) {
    const t = evalString(fmt.entries.get('type'), ctx)?.text;
    const asked = t ? formatOfType(t) : null;
    if (asked === 'json' || asked === 'schema') {
      f.jsonMode = true;
      if (fmt.entries.get('schema')) b.schemaFrom(fmt.entries.get('schema'));
    }
  }
  const mime = evalString(firstNode(sources, 'response_mime_type'), ctx)?.text;
  if (mime && isJsonMime(mime)) f.jsonMode = true;
  const schema = firstNode(sources.slice(1), 'response_schema') ?? firstNode(sources.slice(1), 'response_json_schema');
  if (schema) {
    f.jsonMode = true;
    b.schemaFrom(schema);
  }
  if (site.family === 'ollama' && p.get('format')) f.jsonMode = true;
  if (obj?.schema) {
    f.jsonMode = true;
    b.schemaFrom(obj.schema);
  }
  const effort = evalString(firstNode(sources, 'reasoning_effort'), ctx)?.text ?? evalString(dictOf(firstNode(sources, 'reasoning'), ctx)?.entries.get('effort'), ctx)?.text;
  if (effort) f.reasoningEffort = effort;
  const thinking = dictOf(firstNode(sources, 'thinking'), ctx);
  const budget = evalNumber(thinking?.entries.get('budget_tokens'), ctx) ?? evalNumber(dictOf(firstNode(sources, 'thinking_config'), ctx)?.entries.get('thinking_budget'), ctx);
  if (budget !== null) f.thinkingBudget = budget;
  const temperature = firstNumber(sources, ['temperature'], ctx);
  if (temperature) f.temperature = temperature.value;
  const completions = completionCount(site.provider, site.kind, firstNumber(sources, COMPLETION_KEYS, ctx), firstNumber(sources, BEST_OF_KEYS, ctx));
  if (completions) f.completions = completions;
  const bias = logitBias(sources, ctx);
  if (bias) f.logitBias = bias;
  const loop = site.kind === 'chat' ? loopOf(ctx, firstNumber(sources, STEP_CAP_KEYS, ctx), site, f.tools, b.flags.growingLoop) : undefined;
  if (loop) f.loop = loop;
  f.fewShot = b.flags.exampleTurns || b.parts.some(part => isFewShotText(part.text));
  const forced = f.tools ? forcedTool(optionReader(p, sources, ctx)) : null;
  if (forced) f.forcedTool = forced;
  return f;
}

/** A request the library answers itself (policy NOT_SENT_KEYS, e.g. LiteLLM `mock_response=`): no model is called. */
export function isUnsentRequest(site: CallSite, ctx: PyContext): boolean {
  if (site.http) return false;
  const p = mergedParams(site.call, ctx, !!site.methodAsValue);
  return NOT_SENT_NESTING.some(at => {
    const view = at ? dictOf(p.get(at), ctx)?.entries : null;
    return NOT_SENT_KEYS.some(k => { const v = at ? view?.get(k) : p.get(k); return !!v && unwrap(v).type !== 'none'; });
  });
}

export function buildCallFact(site: CallSite, ctx: PyContext): CallFact {
  const call = site.call;
  const p = site.http ? bodyParams(site.http.body, site.http.indirectBody) : mergedParams(call, ctx, !!site.methodAsValue);
  const body = site.family === 'bedrock' && site.api.startsWith('invoke_model') ? jsonDict(p.get('body'), ctx) : null;
  const model = appFactoryModel(resolveModel(site, p, ctx, body), site, ctx);
  let vendor = site.vendor;
  let kind = site.kind;
  if (site.family === 'litellm' && model.value) {
    const prefix = /^([a-z_]+)\//.exec(model.value);
    vendor = (prefix && vendorFromPrefix(prefix[1])) || vendorFromModelId(model.value);
  }
  if (vendor === null && model.value && (site.family === 'custom' || site.family === 'langchain' || site.family === 'http' || site.family === 'crewai' || site.family === 'azure-inference')) vendor = vendorFromModelId(model.value);
  // Azure AI Inference serves OpenAI's models as Azure deployments (Azure's price list), others under their own names.
  if (site.family === 'azure-inference' && vendor === 'openai') vendor = 'azure';
  if ((site.family === 'bedrock' || site.family === 'vertex-prediction') && model.value && /embed/i.test(model.value)) kind = 'embedding';
  kind = kindForModel(kind, model.value);
  if (site.unseen) vendor = unseenClientVendor(site.unseen.shape, site.unseen.receiver, model.value);
  else if ((site.family === 'openai' || site.family === 'genai') && site.obj === null && model.value && site.vendor) {
    // A client we could not see: let the model id say whose it is.
    vendor = vendorFromModelId(model.value) ?? site.vendor;
  }
  const b = new PromptBuilder(ctx);
  if (site.http?.shape === 'gemini') {
    b.system(p.get('systemInstruction') ?? p.get('system_instruction'));
    addGeminiContents(b, p.get('contents'), call, ctx);
  } else buildPrompt(site.http ? httpPromptSite({ ...site, kind }) : { ...site, kind }, p, ctx, body, b);
  const splat = site.http ? undefined : callArgs(call).dictSplats[0];
  const unseen = unseenPromptPart(b.parts, b.flags.history, kind, splat ? `**${splat.text}` : null);
  if (unseen) b.parts.push(unseen);
  const sources = settingSources(p, site, ctx, body);
  const feats = features({ ...site, kind }, p, sources, b, ctx);
  const cap = firstNumber(sources, OUTPUT_CAP_KEYS, ctx);
  const streamFlag = evalBool(p.get('stream'), ctx) === true || evalBool(site.obj?.params.get('streaming'), ctx) === true;
  const span = spanOf(call, ctx.file, ctx.lines);
  const promptSource: string[] = [];
  for (const part of b.parts) if (!promptSource.includes(part.source)) promptSource.push(part.source);
  return {
    language: 'python',
    file: ctx.file,
    line: span.line,
    column: span.column,
    start: span.start,
    end: span.end,
    provider: site.provider,
    vendor,
    api: site.api,
    kind,
    model,
    prompt: b.parts,
    promptSource,
    maxOutputTokens: cap,
    streaming: site.streaming || streamFlag,
    inLoop: inLoop(call) || calledInLoop(enclosingDef(call), ctx),
    features: feats,
    volume: volumeAbove(ctx, span.line),
    functionName: functionName(call),
    ...(() => { const t = callTags(optionReader(p, sources, ctx)); return t.length ? { tags: t } : {}; })(),
  };
}

/** The policy layer's view of a call's literal option values: its keyword arguments and the option dicts nested in them (`extra_body`). */
function optionReader(p: Params, sources: SettingSource[], ctx: PyContext): OptionReader {
  const at = (path: string): Node | null => {
    const [head, ...rest] = path.split('.');
    let node = p.get(head!) ?? sources.slice(1).map(s => s.entries.get(head!)).find(n => !!n) ?? null;
    for (const key of rest) node = dictOf(node, ctx)?.entries.get(key) ?? null;
    return node;
  };
  const exact = (n: Node | null | undefined): string | null => { const v = n ? evalString(n, ctx) : null; return v && v.placeholders.length === 0 ? v.text : null; };
  return {
    string: path => exact(at(path)),
    strings: path => (listOf(at(path), ctx)?.items ?? []).map(exact).filter((t): t is string => t !== null),
    entries: path => [...(dictOf(at(path), ctx)?.entries ?? new Map<string, Node>())].flatMap(([k, n]) => { const v = exact(n); return v === null ? [] : [[k, v] as [string, string]]; }),
    member: path => { const n = at(path); const x = n ? unwrap(n) : null; return x?.type === 'attribute' ? x.childForFieldName('attribute')?.text ?? null : null; },
  };
}
