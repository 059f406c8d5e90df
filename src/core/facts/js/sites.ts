// Decides whether a call expression sends a request to a model API and, if so, what it sends:
// one matcher per SDK family, all returning the same Site description.
import ts from 'typescript';
import type { CallKind, ModelFact, ModelSource, PromptRole } from '../../model';
import type { WrapperDefinition } from '../resolver';
import { dottedName, exprText, isStringLit, unwrap } from './ast';
import { type Ctx, isWorkspaceModule } from './ctx';
import { type Entity, type LcModel, resolveEntity, splitCallee } from './entities';
import { getPath, PromptBuilder } from './prompt';
import {
  type ClientClass, INSTANCE_MODULES, OPENAI_V3_EQUIVALENT, isLangChainModule, LANGCHAIN_CALL_METHODS, LANGCHAIN_EMBED_METHODS, METHODS, type MethodSpec,
  VERCEL_FUNCTIONS,
} from './sdk';
import { boundModelSource, unseenClientVendor, unseenShape, httpApiOf, httpModelKey, isModelRequest, type UrlArgument, vendorFromModelId, vendorFromModelPrefix, throughFactory, vendorFromUrl } from '../policy';
import { findDeclaration } from './scope';
import { azureLegacySite, vertexPredictionSite, watsonxSite } from './more-sites';
import { evalString, modelFact, type ObjView, resolveArray, resolveObject } from './values';

export interface Site {
  provider: string;
  vendor: string | null;
  api: string;
  kind: CallKind;
  streaming: boolean;
  model: ModelFact;
  /** Option objects of the call, least specific first (client / model construction, then the request). */
  views: Array<ObjView | null>;
  /** Fills the prompt parts and prompt-related flags. */
  collect: (c: PromptBuilder) => void;
  /** The conversation so far is sent implicitly (chat sessions). */
  implicitHistory?: boolean;
  /** Parsed JSON body of a Bedrock InvokeModel call written as a string. */
  jsonBody?: Record<string, unknown>;
}

const UNRESOLVED: ModelFact = { value: null, source: 'unresolved', definedAt: null, expression: '' };

/** A model id read from an options object (`{ model: … }`), noting when the object was reached indirectly. */
export function modelFrom(ctx: Ctx, view: ObjView | null, keys: string[], wrap?: ModelSource): ModelFact {
  for (const k of keys) {
    const p = view?.props.get(k);
    if (!p) continue;
    const m = modelFact(ctx, p.value, p.indirect);
    if (wrap && m.value !== null) m.source = boundModelSource(m.source, wrap);
    return m;
  }
  return { ...UNRESOLVED, expression: view ? `(no ${keys[0]} option)` : '' };
}

// ---------- entry point ----------

/** What the file imports, computed once per file: an LLM package, and/or workspace modules (maybe a client built elsewhere). */
export interface FileScope {
  importsSdk: boolean;
  importsWorkspace: boolean;
  /** Only types come from an LLM package (`import type { LLM } from 'llamaindex'`): clients typed with them are followed. */
  typesSdk?: boolean;
}

export function fileScopeOf(ctx: Ctx, importsSdk: boolean, typesSdk = false): FileScope {
  return { importsSdk, importsWorkspace: hasWorkspaceImports(ctx), typesSdk };
}

export function matchCall(ctx: Ctx, call: ts.CallExpression, wrappers: WrapperDefinition[], scope: FileScope): Site | null {
  const wrapped = matchWrapper(ctx, call, wrappers);
  if (wrapped) return wrapped;
  const fetched = matchFetch(ctx, call);
  if (fetched) return fetched;
  const importsSdk = scope.importsSdk;
  if (!importsSdk && !scope.importsWorkspace && !scope.typesSdk) return null;
  const { entity, path, receiver } = splitCallee(ctx, aliasedMethod(call.expression) ?? call.expression);
  if (!entity) return distinctivePathSite(ctx, call);
  const site = dispatch(ctx, call, entity, path, importsSdk, exprText(ctx.sf, receiver, 60));
  if (site && site.model.value === null) {
    const factory = appFactoryCall(ctx, receiver);
    if (factory) site.model = throughFactory(site.model, factory);
  }
  return site;
}

/**
 * An SDK method kept under another name: `const send = client.chat.completions.create` (or `….create.bind(…)`, or one of
 * two in a conditional), called later with the request. The method it names, or null.
 */
function aliasedMethod(callee: ts.Expression): ts.Expression | null {
  const c = unwrap(callee);
  if (!ts.isIdentifier(c)) return null;
  const d = findDeclaration(c.text, c);
  if (d?.kind !== 'var' || !d.init || d.path.length) return null;
  let v = unwrap(d.init);
  if (ts.isConditionalExpression(v)) v = unwrap(v.whenTrue);
  if (ts.isCallExpression(v) && ts.isPropertyAccessExpression(v.expression) && v.expression.name.text === 'bind') v = unwrap(v.expression.expression);
  return ts.isPropertyAccessExpression(v) && ts.isPropertyAccessExpression(unwrap(v.expression)) ? v : null;
}

/**
 * The app's own function call the receiver's model object comes from (`const llm = getModelFromConfig(config)`,
 * `this.makeModel(t).withStructuredOutput(S)`), as written; null when the object is built at hand or by an SDK.
 */
function appFactoryCall(ctx: Ctx, e: ts.Expression, depth = 0): string | null {
  const x = unwrap(e);
  if (depth > 6) return null;
  if (ts.isIdentifier(x)) {
    const d = findDeclaration(x.text, x);
    return d?.kind === 'var' && d.init && d.path.length === 0 ? appFactoryCall(ctx, d.init, depth + 1) : null;
  }
  if (!ts.isCallExpression(x)) return null;
  const callee = unwrap(x.expression);
  if (ts.isIdentifier(callee)) {
    const d = findDeclaration(callee.text, callee);
    const own = d?.kind === 'function' || (d?.kind === 'var' && !!d.init && isFunctionExpr(d.init)) || (d?.kind === 'import' && isWorkspaceModule(d.module));
    return own ? exprText(ctx.sf, x, 80) : null;
  }
  if (ts.isPropertyAccessExpression(callee)) {
    // A method of the app's own class (`this.getModel(cfg)`), else a method of the model object (`.bindTools(…)`)
    // or of a chain that takes the model as an argument (`prompt.pipe(getModel(cfg))`, `RunnableSequence.from([…])`).
    if (unwrap(callee.expression).kind === ts.SyntaxKind.ThisKeyword) return exprText(ctx.sf, x, 80);
    for (const a of x.arguments.flatMap(a => { const u = unwrap(a); return ts.isArrayLiteralExpression(u) ? [...u.elements] : [u]; })) {
      const inArg = ts.isCallExpression(a) || ts.isIdentifier(a) ? appFactoryCall(ctx, a, depth + 1) : null;
      if (inArg) return inArg;
    }
    return appFactoryCall(ctx, callee.expression, depth + 1);
  }
  return null;
}

function isFunctionExpr(e: ts.Expression): boolean {
  const x = unwrap(e);
  return ts.isArrowFunction(x) || ts.isFunctionExpression(x);
}

/**
 * A receiver nothing in the file resolves (`this.client` set by a base class, a parameter of no type, a value from a
 * container): the SDK's own method path (`….chat.completions.create`) with the request it needs is evidence enough.
 */
function distinctivePathSite(ctx: Ctx, call: ts.CallExpression): Site | null {
  if (ctx.mocked.size > 0) return null; // a test file that replaces SDK modules: what it calls is not real
  // The trailing property names, whatever the base is (`this.client`, `deps.llm`, `registry.get('ai')`).
  const names: string[] = [];
  let cur = unwrap(call.expression);
  while (ts.isPropertyAccessExpression(cur)) { names.unshift(cur.name.text); cur = unwrap(cur.expression); }
  if (!unknownValue(cur)) return null;
  for (let i = 0; i < names.length - 1; i++) {
    const path = names.slice(i);
    if (unseenShape(path.join('.'))) return guessedClientSite(ctx, call, path, exprText(ctx.sf, call.expression, 80));
  }
  return null;
}

function hasWorkspaceImports(ctx: Ctx): boolean {
  return ctx.sf.statements.some(s => ts.isImportDeclaration(s) && isStringLit(s.moduleSpecifier) && isWorkspaceModule(s.moduleSpecifier.text))
    || /require\(\s*['"][.@~#]/.test(ctx.sf.text);
}

function dispatch(ctx: Ctx, call: ts.CallExpression, ent: Entity, path: string[], importsSdk: boolean, receiverText = ''): Site | null {
  const method = path.join('.');
  switch (ent.t) {
    case 'import': {
      if (ent.name === '*' && path.length >= 1) return dispatch(ctx, call, { t: 'import', module: ent.module, name: path[0]! }, path.slice(1), importsSdk, receiverText);
      if (ent.module === 'ai' && path.length === 0 && VERCEL_FUNCTIONS[ent.name]) return vercelSite(ctx, call, ent.name);
      // OpenAI Agents SDK: run(agent, input, { stream })
      if (ent.module.startsWith('@openai/agents') && ent.name === 'run' && path.length === 0) return openaiAgentRunSite(ctx, call, 1);
      const inst = INSTANCE_MODULES[ent.module];
      if (inst && (ent.name === 'default' || ent.name === '*') && path.length) return clientSite(ctx, call, inst, null, path);
      // A LangChain vector store built from documents embeds them: `PineconeStore.fromDocuments(docs, new OpenAIEmbeddings())`.
      if (isLangChainModule(ent.module) && (method === 'fromDocuments' || method === 'fromTexts')) return vectorStoreSite(ctx, call, method);
      return null;
    }
    case 'client':
      return clientSite(ctx, call, ent.cls, ent.opts, path);
    case 'gen-model': {
      const spec = METHODS['generative-model'][method];
      return spec ? generativeModelSite(ctx, call, ent, method, spec) : null;
    }
    case 'chat-session': {
      const spec = METHODS['chat-session'][method];
      return spec ? chatSessionSite(ctx, call, ent, method, spec) : null;
    }
    case 'lc-model':
      return langchainSite(ctx, call, ent, null, method);
    case 'lc-chain': {
      const site = langchainSite(ctx, call, ent.model, ent.prompt, method);
      if (site && ent.memory) site.implicitHistory = true;
      return site;
    }
    case 'agent':
      return agentSite(ctx, call, ent, method);
    case 'agent-runner':
      return method === 'run' ? openaiAgentRunSite(ctx, call, 1) : null;
    case 'workspace-import':
      return guessedClientSite(ctx, call, path, `${receiverText} ${ent.name} ${ent.module}`);
    case 'untyped-param':
      return importsSdk ? guessedClientSite(ctx, call, path, receiverText) : null;
    default:
      return null;
  }
}

// ---------- SDK clients ----------

function clientSite(ctx: Ctx, call: ts.CallExpression, cls: ClientClass, clientOpts: ObjView | null, path: string[]): Site | null {
  const method = path.join('.');
  if (cls.family === 'bedrock') return method === 'send' ? bedrockSendSite(ctx, call, cls) : null;
  const spec = METHODS[cls.family][method];
  if (!spec) return null;
  const req = resolveObject(ctx, call.arguments[0]);
  const base = { provider: cls.provider, vendor: cls.vendor, api: method, kind: spec.kind };
  switch (cls.family) {
    case 'openai': return openaiSite(ctx, base, spec, clientOpts, req, method);
    case 'openai-v3': return openaiSite(ctx, base, spec, clientOpts, req, OPENAI_V3_EQUIVALENT[method] ?? method);
    case 'anthropic': return anthropicSite(ctx, base, spec, req);
    case 'google-genai': return genaiSite(ctx, base, spec, req, method);
    case 'mistral':
    case 'mistral-legacy': return mistralSite(ctx, base, spec, req, method);
    case 'cohere': return cohereSite(ctx, base, spec, req, method);
    case 'ollama': return ollamaSite(ctx, base, spec, req, method);
    case 'llamaindex': return llamaindexSite(ctx, call, base, spec, clientOpts, req, method);
    case 'bedrock-agg': return bedrockInputSite(ctx, { ...base, api: method }, spec.streaming ?? false, req);
    case 'azure-openai-legacy': return azureLegacySite(ctx, call, base, spec, method);
    case 'watsonx': return watsonxSite(ctx, base, spec, req, method);
    case 'vertex-prediction': return vertexPredictionSite(ctx, base, spec, req);
    default: return null;
  }
}

export type Base = { provider: string; vendor: string | null; api: string; kind: CallKind };

function openaiSite(ctx: Ctx, base: Base, spec: MethodSpec, clientOpts: ObjView | null, req: ObjView | null, method: string): Site {
  let model = modelFrom(ctx, req, ['model']);
  if (model.value === null && clientOpts?.props.has('deployment')) model = modelFrom(ctx, clientOpts, ['deployment'], 'client');
  let vendor = base.vendor;
  if (vendor === 'openai' && model.value && vendorFromModelPrefix(model.value) && clientOpts?.props.has('baseURL')) vendor = null;
  const m = method.replace(/^beta\./, '');
  return {
    ...base, vendor, model,
    streaming: !!spec.streaming || streamOption(ctx, req),
    views: [req],
    collect: c => {
      if (m.startsWith('chat.completions')) c.messages(req?.props.get('messages')?.value);
      else if (m.startsWith('responses')) {
        c.system(req?.props.get('instructions')?.value);
        const input = req?.props.get('input')?.value;
        if (input) inputAsMessages(ctx, c, input);
      } else if (m === 'completions.create') { c.prompt(req?.props.get('prompt')?.value); }
      else if (m === 'embeddings.create') c.inputs(req?.props.get('input')?.value);
      else if (m.startsWith('images')) { c.prompt(req?.props.get('prompt')?.value); }
      else if (m === 'audio.speech.create') c.text('input', req?.props.get('input')?.value);
    },
  };
}

/** Responses API / Vercel `input`: a string or a list of messages. */
function inputAsMessages(ctx: Ctx, c: PromptBuilder, input: ts.Expression): void {
  const arr = resolveArray(ctx, input);
  if (arr) c.messages(input);
  else {
    // A name we cannot see: a conversation when it is called like one, otherwise the user's text.
    const v = evalString(ctx, input);
    if (v.shape === 'unresolved' && /messages|history|conversation|turns|thread/i.test(exprText(ctx.sf, input))) c.messages(input);
    else { c.prompt(input); }
  }
}

export function streamOption(ctx: Ctx, req: ObjView | null): boolean {
  const s = req?.props.get('stream')?.value;
  if (!s) return false;
  const x = unwrap(s);
  if (x.kind === ts.SyntaxKind.TrueKeyword) return true;
  const v = evalString(ctx, x);
  return v.exact && v.text === 'true';
}

function anthropicSite(ctx: Ctx, base: Base, spec: MethodSpec, req: ObjView | null): Site {
  return {
    ...base, model: modelFrom(ctx, req, ['model']),
    streaming: !!spec.streaming || streamOption(ctx, req),
    views: [req],
    collect: c => {
      const system = req?.props.get('system')?.value;
      c.system(system);
      if (base.kind === 'completion') { c.prompt(req?.props.get('prompt')?.value); }
      else c.messages(req?.props.get('messages')?.value);
    },
  };
}

function genaiSite(ctx: Ctx, base: Base, spec: MethodSpec, req: ObjView | null, method: string): Site {
  return {
    ...base, vendor: base.vendor, model: modelFrom(ctx, req, ['model']),
    streaming: !!spec.streaming,
    views: [req],
    collect: c => {
      const config = resolveObject(ctx, req?.props.get('config')?.value);
      const sys = config?.props.get('systemInstruction')?.value;
      c.system(sys);
      const contents = req?.props.get('contents')?.value;
      if (method === 'models.embedContent') c.inputs(contents);
      else if (method === 'models.generateImages') c.text('user', req?.props.get('prompt')?.value);
      else geminiContents(ctx, c, contents);
    },
  };
}

/** Gemini `contents`: a string, a list of strings / parts, or a list of `{ role, parts }`. */
function geminiContents(ctx: Ctx, c: PromptBuilder, e: ts.Expression | undefined): void {
  if (!e) return;
  const arr = resolveArray(ctx, e);
  if (!arr) {
    const obj = ts.isObjectLiteralExpression(unwrap(e)) ? resolveObject(ctx, e) : null;
    if (obj) { c.messageCount++; c.content('user', obj.props.get('parts')?.value ?? e); return; }
    const v = evalString(ctx, e);
    if (v.shape === 'unresolved' && !ts.isIdentifier(unwrap(e))) { c.history = true; c.placeholder('user', e); return; }
    c.prompt(e);
    return;
  }
  const hasTurns = arr.elements.some(el => {
    const o = ts.isSpreadElement(el) ? null : resolveObject(ctx, el);
    return !!o && (o.props.has('role') || o.props.has('parts'));
  });
  if (hasTurns) c.messages(e);
  else { c.messageCount++; c.content('user', e); }
}

function generativeModelSite(ctx: Ctx, call: ts.CallExpression, ent: Extract<Entity, { t: 'gen-model' }>, method: string, spec: MethodSpec): Site {
  const arg = call.arguments[0];
  const req = arg && !isStringLit(unwrap(arg)) ? resolveObject(ctx, arg) : null;
  return {
    provider: 'google', vendor: ent.vendor, api: method, kind: spec.kind,
    model: modelFrom(ctx, ent.opts, ['model'], 'client'),
    streaming: !!spec.streaming,
    views: [ent.opts, req],
    collect: c => {
      const sys = ent.opts?.props.get('systemInstruction')?.value;
      c.system(sys);
      if (spec.kind === 'embedding') { c.inputs(req?.props.get('content')?.value ?? arg); return; }
      if (req && req.props.has('contents')) geminiContents(ctx, c, req.props.get('contents')!.value);
      else geminiContents(ctx, c, arg);
      const tools = ent.opts?.props.get('tools')?.value;
      if (tools && !req?.props.has('tools')) c.toolsFrom(tools);
    },
  };
}

function chatSessionSite(ctx: Ctx, call: ts.CallExpression, ent: Extract<Entity, { t: 'chat-session' }>, method: string, spec: MethodSpec): Site {
  const arg = call.arguments[0];
  const genai = ent.family === 'google-genai';
  const msg = genai ? resolveObject(ctx, arg) : null;
  const modelOpts = genai ? ent.opts : ent.modelOpts;
  const config = genai ? resolveObject(ctx, ent.opts?.props.get('config')?.value) : null;
  return {
    provider: 'google', vendor: ent.vendor, api: method, kind: spec.kind,
    model: modelFrom(ctx, modelOpts, ['model'], 'client'),
    streaming: !!spec.streaming,
    // Options read by their path (`config.maxOutputTokens`), as on generateContent.
    views: genai ? [ent.opts, msg] : [ent.modelOpts, ent.opts],
    implicitHistory: true,
    collect: c => {
      const sys = genai ? config?.props.get('systemInstruction')?.value : ent.modelOpts?.props.get('systemInstruction')?.value;
      c.system(sys);
      // The session resends its history every turn (implicitHistory); turns written in the code are counted as well.
      const hist = ent.opts?.props.get('history')?.value;
      if (hist && resolveArray(ctx, hist)) c.messages(hist);
      c.messageCount++;
      c.content('user', genai ? msg?.props.get('message')?.value ?? arg : arg);
    },
  };
}

function mistralSite(ctx: Ctx, base: Base, spec: MethodSpec, req: ObjView | null, method: string): Site {
  return {
    ...base, model: modelFrom(ctx, req, ['model']),
    streaming: !!spec.streaming || streamOption(ctx, req),
    views: [req],
    collect: c => {
      if (method.startsWith('fim')) { c.prompt(req?.props.get('prompt')?.value); c.text('user', req?.props.get('suffix')?.value); }
      else if (spec.kind === 'embedding') c.inputs(req?.props.get('inputs')?.value ?? req?.props.get('input')?.value);
      else c.messages(req?.props.get('messages')?.value);
    },
  };
}

function cohereSite(ctx: Ctx, base: Base, spec: MethodSpec, req: ObjView | null, method: string): Site {
  return {
    ...base, api: method, model: modelFrom(ctx, req, ['model']),
    streaming: !!spec.streaming,
    views: [req],
    collect: c => {
      if (spec.kind === 'embedding') { c.inputs(req?.props.get('texts')?.value ?? req?.props.get('inputs')?.value); return; }
      if (spec.kind === 'rerank') { c.text('input', req?.props.get('query')?.value); c.inputs(req?.props.get('documents')?.value); return; }
      if (spec.kind === 'completion') { c.prompt(req?.props.get('prompt')?.value); return; }
      if (req?.props.has('messages')) { c.messages(req.props.get('messages')!.value); return; }
      // v1 chat: preamble + chatHistory + message
      const pre = req?.props.get('preamble')?.value;
      c.system(pre);
      const hist = req?.props.get('chatHistory')?.value ?? req?.props.get('chat_history')?.value;
      if (hist) c.messages(hist);
      c.prompt(req?.props.get('message')?.value);
      const docs = req?.props.get('documents')?.value;
      if (docs) c.text('document', docs);
    },
  };
}

function ollamaSite(ctx: Ctx, base: Base, spec: MethodSpec, req: ObjView | null, method: string): Site {
  return {
    ...base, model: modelFrom(ctx, req, ['model']),
    streaming: streamOption(ctx, req),
    views: [req],
    collect: c => {
      if (method === 'chat') c.messages(req?.props.get('messages')?.value);
      else if (method === 'generate') {
        const sys = req?.props.get('system')?.value;
        c.system(sys);
        c.prompt(req?.props.get('prompt')?.value);
        if (req?.props.has('images')) c.vision = true;
      } else c.inputs(req?.props.get('input')?.value ?? req?.props.get('prompt')?.value);
    },
  };
}

/** LlamaIndex.TS: the model is set on the LLM object, the request carries messages / prompt / text. */
function llamaindexSite(ctx: Ctx, call: ts.CallExpression, base: Base, spec: MethodSpec, clientOpts: ObjView | null, req: ObjView | null, method: string): Site {
  const model = clientOpts ? modelFrom(ctx, clientOpts, ['model'], 'client') : { ...UNRESOLVED, expression: '(model not set: library default)' };
  return {
    ...base, model,
    streaming: streamOption(ctx, req),
    views: [clientOpts, req],
    collect: c => {
      if (spec.kind === 'embedding') { c.inputs(call.arguments[0]); return; }
      if (method === 'complete') { c.prompt(req?.props.get('prompt')?.value); return; }
      // Engines: `queryEngine.query({ query })`, `chatEngine.chat({ message })` (retrieved context is added unseen).
      const text = method === 'query' ? req?.props.get('query')?.value ?? call.arguments[0] : req?.props.get('message')?.value;
      if (text) { c.prompt(text); return; }
      c.messages(req?.props.get('messages')?.value);
    },
  };
}

// ---------- Bedrock ----------

function bedrockSendSite(ctx: Ctx, call: ts.CallExpression, cls: ClientClass): Site | null {
  const cmd = resolveEntity(ctx, call.arguments[0]);
  if (cmd?.t !== 'bedrock-command') return null;
  return bedrockInputSite(ctx, { provider: cls.provider, vendor: cls.vendor, api: cmd.api, kind: 'chat' }, cmd.streaming, cmd.input);
}

function bedrockInputSite(ctx: Ctx, base: Base, streaming: boolean, input: ObjView | null): Site {
  const model = modelFrom(ctx, input, ['modelId']);
  const api = base.api;
  const kind: CallKind = model.value && /embed/i.test(model.value) ? 'embedding' : 'chat';
  const site: Site = { ...base, kind, model, streaming, views: [input], collect: () => undefined };
  if (api.startsWith('converse')) {
    site.collect = c => {
      const sys = input?.props.get('system')?.value;
      c.system(sys);
      c.messages(input?.props.get('messages')?.value);
    };
    return site;
  }
  // InvokeModel: the body is the provider's own JSON, usually JSON.stringify({...}) or a JSON string.
  const bodyExpr = input?.props.get('body')?.value;
  const bodyObj = bodyExpr ? jsonStringifyArg(ctx, bodyExpr) : null;
  if (bodyObj) {
    site.views = [input, bodyObj];
    site.collect = c => {
      const sys = bodyObj.props.get('system')?.value;
      c.system(sys);
      if (bodyObj.props.has('messages')) c.messages(bodyObj.props.get('messages')!.value);
      const p = bodyObj.props.get('prompt')?.value ?? bodyObj.props.get('inputText')?.value ?? bodyObj.props.get('texts')?.value;
      if (p) { c.messageCount++; if (kind === 'embedding') c.inputs(p); else c.text('user', p); }
    };
    return site;
  }
  if (bodyExpr) {
    const s = evalString(ctx, bodyExpr);
    if (s.exact) {
      try { site.jsonBody = JSON.parse(s.text) as Record<string, unknown>; } catch { /* not JSON */ }
    }
    site.collect = c => {
      const body = site.jsonBody;
      if (!body) { c.placeholder('user', bodyExpr); return; }
      for (const [role, text] of jsonBodyTexts(body)) { c.parts.push({ role, text, placeholders: [], source: 'literal' }); c.messageCount++; }
    };
  }
  return site;
}

/** `JSON.stringify({...})` (possibly through a const) → the object view. */
function jsonStringifyArg(ctx: Ctx, e: ts.Expression, indirect = false): ObjView | null {
  const x = unwrap(e);
  if (ts.isCallExpression(x) && dottedName(x.expression)?.join('.') === 'JSON.stringify') return resolveObject(ctx, x.arguments[0], indirect);
  if (ts.isIdentifier(x)) {
    const d = findDeclaration(x.text, x);
    if (d?.kind === 'var' && d.init && d.path.length === 0) return jsonStringifyArg(ctx, d.init, true);
  }
  return null;
}

function jsonBodyTexts(body: Record<string, unknown>): Array<[PromptRole, string]> {
  const out: Array<[PromptRole, string]> = [];
  const textOf = (v: unknown): string => typeof v === 'string' ? v : Array.isArray(v) ? v.map(textOf).join('\n') : v && typeof v === 'object' ? textOf((v as Record<string, unknown>).text ?? (v as Record<string, unknown>).content ?? '') : '';
  if (body.system) out.push(['system', textOf(body.system)]);
  if (Array.isArray(body.messages)) for (const m of body.messages as Array<Record<string, unknown>>) out.push([(m.role === 'assistant' ? 'assistant' : 'user'), textOf(m.content)]);
  for (const k of ['prompt', 'inputText']) if (typeof body[k] === 'string') out.push(['user', body[k] as string]);
  return out;
}

// ---------- Vercel AI SDK ----------

function vercelSite(ctx: Ctx, call: ts.CallExpression, fn: string): Site {
  const spec = VERCEL_FUNCTIONS[fn]!;
  const req = resolveObject(ctx, call.arguments[0]);
  const modelProp = req?.props.get('model');
  let vendor: string | null = null;
  let model: ModelFact = { ...UNRESOLVED, expression: modelProp ? exprText(ctx.sf, modelProp.value) : '(no model option)' };
  if (modelProp) {
    const ent = resolveEntity(ctx, modelProp.value);
    if (ent?.t === 'vercel-model') {
      vendor = ent.vendor;
      model = modelFact(ctx, ent.modelExpr);
      if (model.value !== null) model.source = boundModelSource(model.source, 'factory');
      if (model.value === null && ent.modelExpr === undefined) model.expression = exprText(ctx.sf, modelProp.value);
      if (ent.gateway && model.value !== null) vendor = vendorFromModelPrefix(model.value);
      if (ent.registryPrefix && model.value !== null && model.value.includes(':')) {
        // 'openai:gpt-4o' names the registry's provider then the model; the literal holds both, so no in-place edit.
        model = { ...model, value: model.value.slice(model.value.indexOf(':') + 1), definedAt: null };
      }
    } else {
      // AI Gateway style: model: 'openai/gpt-4o'
      const m = modelFact(ctx, modelProp.value, modelProp.indirect);
      if (m.value !== null) { model = m; vendor = vendorFromModelPrefix(m.value); }
    }
  }
  return {
    provider: 'vercel-ai', vendor, api: fn, kind: spec.kind, model, streaming: spec.streaming, views: [req],
    collect: c => {
      if (spec.json) c.jsonMode = true;
      if (spec.kind === 'embedding') {
        if (fn === 'embed') c.text('input', req?.props.get('value')?.value);
        else c.inputs(req?.props.get('values')?.value);
        return;
      }
      const sys = req?.props.get('system')?.value;
      c.system(sys);
      const prompt = req?.props.get('prompt')?.value;
      if (prompt) inputAsMessages(ctx, c, prompt);
      const msgs = req?.props.get('messages')?.value;
      if (msgs) c.messages(msgs);
      const schema = req?.props.get('schema')?.value;
      if (schema) c.schemaFrom(schema);
    },
  };
}

// ---------- agent frameworks ----------

function agentSite(ctx: Ctx, call: ts.CallExpression, ent: Extract<Entity, { t: 'agent' }>, method: string): Site | null {
  if (ent.framework === 'openai-agents') return null; // run through run(agent, …) / runner.run(agent, …)
  if (method !== 'generate' && method !== 'stream' && method !== 'streamVNext' && method !== 'generateVNext') return null;
  const opts = ent.opts;
  const modelProp = opts?.props.get('model');
  const ent2 = modelProp ? resolveEntity(ctx, modelProp.value) : null;
  let vendor: string | null = null;
  let model: ModelFact = { ...UNRESOLVED, expression: modelProp ? exprText(ctx.sf, modelProp.value) : ent.via ?? '(no model option)' };
  if (ent2?.t === 'vercel-model') {
    vendor = ent2.vendor;
    model = modelFact(ctx, ent2.modelExpr);
    if (model.value !== null) model.source = boundModelSource(model.source, 'factory');
  } else if (modelProp) {
    const m = modelFact(ctx, modelProp.value, modelProp.indirect);
    if (m.value !== null) { model = m; vendor = vendorFromModelPrefix(m.value) ?? vendorFromModelId(m.value); }
  }
  const arg = call.arguments[0];
  // AI SDK: agent.generate({ prompt | messages }); Mastra: agent.generate('text' | messages, options).
  const req = ent.framework === 'vercel' ? resolveObject(ctx, arg) : null;
  return {
    provider: ent.framework === 'vercel' ? 'vercel-ai' : 'mastra', vendor, api: `agent.${method}`, kind: 'chat', model,
    streaming: method.startsWith('stream'), views: [opts, req],
    collect: c => {
      const sys = opts?.props.get('system')?.value ?? opts?.props.get('instructions')?.value;
      c.system(sys);
      const tools = opts?.props.get('tools')?.value;
      if (tools) c.toolsFrom(tools);
      if (ent.framework === 'vercel') {
        const prompt = req?.props.get('prompt')?.value;
        if (prompt) inputAsMessages(ctx, c, prompt);
        const msgs = req?.props.get('messages')?.value;
        if (msgs) c.messages(msgs);
      } else if (arg) inputAsMessages(ctx, c, arg);
    },
  };
}

/** OpenAI Agents SDK `run(agent, input)` / `runner.run(agent, input)`: one model call per turn, tools as declared on the agent. */
function openaiAgentRunSite(ctx: Ctx, call: ts.CallExpression, inputIndex: number): Site | null {
  const agent = resolveEntity(ctx, call.arguments[inputIndex - 1]);
  if (agent?.t !== 'agent' || agent.framework !== 'openai-agents') return null;
  const opts = agent.opts;
  const model = opts?.props.has('model') ? modelFrom(ctx, opts, ['model'], 'client') : { ...UNRESOLVED, expression: '(agent model not set: SDK default)' };
  const runOpts = resolveObject(ctx, call.arguments[inputIndex + 1]);
  const settings = resolveObject(ctx, opts?.props.get('modelSettings')?.value);
  return {
    provider: 'openai-agents', vendor: model.value ? vendorFromModelPrefix(model.value) ?? vendorFromModelId(model.value) ?? 'openai' : 'openai',
    api: 'run', kind: 'chat', model, streaming: streamOption(ctx, runOpts), views: [settings, runOpts],
    collect: c => {
      const sys = opts?.props.get('instructions')?.value;
      c.system(sys);
      const tools = opts?.props.get('tools')?.value;
      if (tools) c.toolsFrom(tools);
      const input = call.arguments[inputIndex];
      if (input) inputAsMessages(ctx, c, input);
    },
  };
}

// ---------- LangChain ----------

function langchainSite(ctx: Ctx, call: ts.CallExpression, lc: LcModel, prompt: ts.Expression | null, method: string): Site | null {
  const isEmbed = LANGCHAIN_EMBED_METHODS.has(method);
  if (isEmbed !== (lc.cls.kind === 'embedding')) return null;
  if (!isEmbed && !LANGCHAIN_CALL_METHODS[method]) return null;
  let model = lc.modelArg ? modelFact(ctx, lc.modelArg) : modelFrom(ctx, lc.opts, lc.cls.modelKeys, 'client');
  if (lc.modelArg && model.value !== null) {
    model = { ...model, value: model.value.replace(/^[a-z_-]+:/, ''), source: model.source === 'literal' ? 'client' : model.source };
    if (model.definedAt && model.value !== evalString(ctx, lc.modelArg).text) model.definedAt = null;
  }
  if (lc.modelArg === undefined && lc.cls.modelKeys.length && !lc.opts) model = { ...UNRESOLVED, expression: `${lc.className} (model not set)` };
  const arg = call.arguments[0];
  return {
    provider: 'langchain', vendor: lc.cls.vendor ?? vendorFromModelId(model.value), api: method,
    kind: isEmbed ? 'embedding' : lc.cls.kind,
    model,
    streaming: (LANGCHAIN_CALL_METHODS[method]?.streaming ?? false) || streamingOpt(ctx, lc.opts),
    views: [lc.opts, lc.bound ?? null],
    collect: c => {
      if (isEmbed) { c.inputs(arg); return; }
      const input = arg && method === 'batch' ? (resolveArray(ctx, arg)?.elements[0] as ts.Expression | undefined) ?? arg : arg;
      const formatted = !prompt && input ? formattedTemplate(ctx, input) : null;
      if (prompt) {
        // The chain's input values that are static fill the template's fields (`invoke({ target: 'German', text })`).
        c.templateValues(arg);
        promptTemplate(ctx, c, prompt);
      } else if (formatted) {
        c.templateValues(formatted.values);
        promptTemplate(ctx, c, formatted.template);
      } else if (input) inputAsMessages(ctx, c, input);
      // Bound tools and a structured-output schema travel after the messages, as on the SDKs' own calls.
      if (lc.tools) c.toolsFrom(lc.tools);
      if (lc.schema) c.schemaFrom(lc.schema);
    },
  };
}

function vectorStoreSite(ctx: Ctx, call: ts.CallExpression, method: string): Site | null {
  for (const a of call.arguments) {
    const ent = resolveEntity(ctx, a);
    if (ent?.t !== 'lc-model' || ent.cls.kind !== 'embedding') continue;
    // The documents (or texts) come first, as in embedDocuments(docs).
    const site = langchainSite(ctx, call, ent, null, 'embedDocuments');
    return site ? { ...site, api: method } : null;
  }
  return null;
}

function streamingOpt(ctx: Ctx, opts: ObjView | null): boolean {
  const s = opts?.props.get('streaming')?.value;
  return !!s && unwrap(s).kind === ts.SyntaxKind.TrueKeyword;
}

/** The prompt side of a LangChain chain: ChatPromptTemplate.fromMessages / fromTemplate, PromptTemplate.fromTemplate … */
function promptTemplate(ctx: Ctx, c: PromptBuilder, e: ts.Expression): void {
  const x = templateBuild(ctx, e);
  if (!x) { c.placeholder('user', e); return; }
  if (ts.isCallExpression(x)) {
    if ((x.expression as ts.PropertyAccessExpression).name.text === 'fromTemplate') { c.messageCount++; c.template('user', x.arguments[0]); }
    else c.messages(x.arguments[0], { langchainTemplates: true });
    return;
  }
  const opts = resolveObject(ctx, x.arguments![0]);
  const t = opts?.props.get('template')?.value;
  if (t) { c.messageCount++; c.template('user', t); return; }
  c.messages(opts?.props.get('promptMessages')?.value ?? opts?.props.get('messages')?.value, { langchainTemplates: true });
}

/** The expression that builds a LangChain prompt template (fromMessages / fromTemplate / `new PromptTemplate({…})`), through consts, `.pipe` and `.partial`. */
function templateBuild(ctx: Ctx, e: ts.Expression, depth = 0): ts.CallExpression | ts.NewExpression | null {
  const x = unwrap(e);
  if (depth > 6) return null;
  if (ts.isIdentifier(x)) {
    const d = findDeclaration(x.text, x);
    return d?.kind === 'var' && d.init && d.path.length === 0 ? templateBuild(ctx, d.init, depth + 1) : null;
  }
  if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression)) {
    const m = x.expression.name.text;
    if (m === 'pipe' || m === 'partial') return templateBuild(ctx, x.expression.expression, depth + 1);
    if (m === 'fromMessages' || m === 'fromPromptMessages' || m === 'fromTemplate') return x;
  }
  if (ts.isNewExpression(x) && x.arguments?.[0]) {
    const opts = resolveObject(ctx, x.arguments[0]);
    if (['template', 'promptMessages', 'messages'].some(k => opts?.props.has(k))) return x;
  }
  return null;
}

/**
 * A model given what a template formatted (`model.invoke(await prompt.formatMessages(values))`, also held in a const;
 * `invoke`, `format`, `formatPromptValue`): the template and its values, as for a chain.
 */
function formattedTemplate(ctx: Ctx, e: ts.Expression): { template: ts.Expression; values: ts.Expression | undefined } | null {
  let x = unwrap(e);
  if (ts.isIdentifier(x)) {
    const d = findDeclaration(x.text, x);
    if (d?.kind === 'var' && d.init && d.path.length === 0) x = unwrap(d.init);
  }
  if (ts.isAwaitExpression(x)) x = unwrap(x.expression);
  if (!ts.isCallExpression(x) || !ts.isPropertyAccessExpression(x.expression)) return null;
  if (!/^(formatMessages|formatPromptValue|invoke|format)$/.test(x.expression.name.text)) return null;
  const template = x.expression.expression;
  return templateBuild(ctx, template) ? { template, values: x.arguments[0] } : null;
}

/**
 * A base whose value the file cannot see (`this`, a call's result, an untyped or `any` parameter, a variable set from a
 * call), as opposed to one it can: an object literal, a `new` of the app's own class, a parameter typed as something.
 */
function unknownValue(base: ts.Expression): boolean {
  if (base.kind === ts.SyntaxKind.ThisKeyword || ts.isCallExpression(base) || ts.isAwaitExpression(base)) return true;
  if (!ts.isIdentifier(base)) return false;
  const d = findDeclaration(base.text, base);
  if (!d) return false;
  if (d.kind === 'param') return !d.type || /\bany\b/.test(d.type.getText());
  if (d.kind === 'var') {
    const init = d.init ? unwrap(d.init) : undefined;
    return !!init && (ts.isCallExpression(init) || ts.isAwaitExpression(init) || (ts.isPropertyAccessExpression(init) && !d.path.length));
  }
  return false;
}

// ---------- clients we could not see being built ----------

/** The SDK family that speaks an unseen client's request shape (policy/unseen.ts). */
const UNSEEN_FAMILY: Record<string, ClientClass['family']> = {
  openai: 'openai', anthropic: 'anthropic', google: 'google-genai', mistral: 'mistral', bedrock: 'bedrock-agg',
};

function guessedClientSite(ctx: Ctx, call: ts.CallExpression, path: string[], hint: string): Site | null {
  const g = unseenShape(path.join('.'));
  if (!g) return null;
  const req = resolveObject(ctx, call.arguments[0]);
  if (!req || !g.needs.every(k => req.props.has(k))) return null;
  const cls: ClientClass = { family: UNSEEN_FAMILY[g.provider]!, provider: g.provider, vendor: g.vendor };
  const site = clientSite(ctx, call, cls, null, path);
  if (site) site.vendor = unseenClientVendor(g, hint, site.model.value);
  return site;
}

// ---------- raw HTTP ----------

function matchFetch(ctx: Ctx, call: ts.CallExpression): Site | null {
  const callee = dottedName(call.expression)?.join('.');
  let urlExpr: ts.Expression | undefined, body: ObjView | null = null;
  if (callee === 'fetch' || callee === 'globalThis.fetch' || callee === 'window.fetch' || callee === 'fetchEventSource') {
    const d = callee === 'fetch' || callee === 'fetchEventSource' ? findDeclaration(callee, call) : null;
    // fetch itself, a fetch package, or the app's own `fetch` (a wrapper with fetch's signature, e.g. for Tauri).
    if (callee === 'fetch' && d?.kind === 'import' && !FETCH_MODULES.has(d.module) && !isWorkspaceModule(d.module)) return null;
    if (callee === 'fetchEventSource' && (d?.kind !== 'import' || !/fetch-event-source$/.test(d.module))) return null;
    urlExpr = call.arguments[0];
    const init = resolveObject(ctx, call.arguments[1]);
    const b = init?.props.get('body')?.value;
    body = b ? jsonStringifyArg(ctx, b) : null;
  } else if (callee && /^(axios|ky|got|\$fetch|ofetch)\.post$/.test(callee)) {
    urlExpr = call.arguments[0];
    body = resolveObject(ctx, call.arguments[1]) ?? (call.arguments[1] ? jsonStringifyArg(ctx, call.arguments[1]) : null);
    if (!body) {
      const opts = resolveObject(ctx, call.arguments[1]);
      const j = opts?.props.get('json')?.value ?? opts?.props.get('body')?.value;
      body = j ? resolveObject(ctx, j) ?? jsonStringifyArg(ctx, j) : null;
    }
  } else return null;
  if (!urlExpr) return null;
  const u = evalString(ctx, urlExpr);
  // A URL built by a helper (`this.path(Provider.ChatPath)`, `joinUrl(base, CHAT_PATH)`, `new URL(path, base)`).
  const http = httpApiOf(u, urlBuilderArgs(ctx, urlExpr));
  if (!http || !isModelRequest(http, !!body?.props.has('model'))) return null;
  const base = { provider: 'http', api: http.api };
  const model: ModelFact = http.urlModel ? { value: http.urlModel, source: 'literal', definedAt: null }
    : http.shape.startsWith('gemini') || http.vendor === 'baidu' ? { ...UNRESOLVED, expression: exprText(ctx.sf, urlExpr) }
    : modelFrom(ctx, body, [httpModelKey(http.shape)]);
  const vendor = http.vendor ?? vendorFromModelId(model.value);
  const streaming = http.streaming || streamOption(ctx, body);
  const get = (k: string) => body?.props.get(k)?.value;
  const site = (collect: Site['collect']): Site => ({ ...base, vendor, kind: http.kind, model, streaming, views: [body], collect });
  switch (http.shape) {
    case 'gemini': return site(c => {
      const sys = get('systemInstruction') ?? get('system_instruction');
      c.system(sys);
      geminiContents(ctx, c, get('contents'));
    });
    case 'gemini-embedding': return site(c => c.inputs(get('content') ?? get('requests')));
    case 'openai-chat':
    case 'ollama-chat': return site(c => c.messages(get('messages')));
    case 'anthropic': return anthropicSite(ctx, { ...base, vendor, kind: 'chat' }, { kind: 'chat' }, body);
    case 'openai-responses': return site(c => { c.system(get('instructions')); const i = get('input'); if (i) inputAsMessages(ctx, c, i); });
    case 'embedding': return site(c => c.inputs(get('input') ?? get('prompt')));
    case 'image': return site(c => { c.prompt(get('prompt')); });
    case 'audio': return site(c => c.text('input', get('input')));
    // DashScope's native body: `{ model, input: { messages | prompt } }`; Hunyuan's: `{ Model, Messages }`.
    case 'dashscope': return site(c => {
      const input = resolveObject(ctx, get('input'));
      const msgs = input?.props.get('messages')?.value;
      if (msgs) c.messages(msgs);
      else { c.messageCount++; c.text('user', input?.props.get('prompt')?.value ?? get('input')); }
    });
    case 'hunyuan': return site(c => { c.messageCount++; c.text('user', get('Messages')); });
    case 'completion':
    case 'ollama-generate': return site(c => {
      const sys = get('system');
      c.system(sys);
      c.prompt(get('prompt'));
    });
  }
}

const FETCH_MODULES = new Set(['node-fetch', 'undici', 'cross-fetch']);

/** The arguments of the call that builds a URL (through a const it is held in, `.toString()` / `.href` read off it). */
function urlBuilderArgs(ctx: Ctx, urlExpr: ts.Expression): UrlArgument[] | null {
  let e = unwrap(urlExpr);
  if (ts.isIdentifier(e)) {
    const d = findDeclaration(e.text, e);
    if (d?.kind === 'var' && d.init && d.path.length === 0) e = unwrap(d.init);
  }
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toString' && !e.arguments.length) e = unwrap(e.expression.expression);
  if (ts.isPropertyAccessExpression(e) && e.name.text === 'href') e = unwrap(e.expression);
  if (!ts.isCallExpression(e) && !ts.isNewExpression(e)) return null;
  return (e.arguments ?? []).map(a => {
    const arg = unwrap(a);
    const v = evalString(ctx, arg);
    // `Google.ChatPath` or `Google.ChatPath(model)` (a function of the model: its static text is the path).
    const member = ts.isCallExpression(arg) ? unwrap(arg.expression) : arg;
    const holder = ts.isPropertyAccessExpression(member) && ts.isIdentifier(member.expression) ? member.expression.text : null;
    const partial = !v.exact && ts.isCallExpression(arg) && !!holder;
    return { text: v.exact || partial ? v.text : null, source: exprText(ctx.sf, arg, 80), holder, partial };
  });
}

// ---------- team wrappers ----------

function argAt(call: ts.CallExpression, ctx: Ctx, notation: string | number): { expr: ts.Expression; indirect: boolean } | null {
  const [idx, ...props] = String(notation).split('.');
  const arg = call.arguments[Number(idx)];
  if (!arg) return null;
  if (!props.length) return { expr: arg, indirect: false };
  let view = resolveObject(ctx, arg);
  let cur: { value: ts.Expression; indirect: boolean } | undefined;
  for (const p of props) {
    cur = view?.props.get(p);
    if (!cur) return null;
    view = resolveObject(ctx, cur.value);
  }
  return cur ? { expr: cur.value, indirect: cur.indirect } : null;
}

function matchWrapper(ctx: Ctx, call: ts.CallExpression, wrappers: WrapperDefinition[]): Site | null {
  if (!wrappers.length) return null;
  const dn = dottedName(call.expression);
  if (!dn) return null;
  for (const w of wrappers) {
    const fparts = w.function.split('.');
    const tail = dn.slice(-fparts.length).join('.');
    if (tail !== w.function) continue;
    if (w.module !== '*') {
      const rootName = dn.length === fparts.length ? dn[0]! : null;
      if (!rootName) continue;
      const d = findDeclaration(rootName, call);
      if (d?.kind !== 'import' || !sameModule(d.module, w.module)) continue;
    } else if (dn.length !== fparts.length && dn[0] !== 'this') continue;
    let model: ModelFact;
    if (w.model) model = { value: w.model, source: 'config', definedAt: null };
    else if (w.modelArg !== undefined) {
      const a = argAt(call, ctx, w.modelArg);
      model = a ? modelFact(ctx, a.expr, a.indirect) : { ...UNRESOLVED, expression: `(argument ${w.modelArg})` };
    } else model = { ...UNRESOLVED, expression: '(wrapper model not declared)' };
    const kind = w.kind ?? 'chat';
    return {
      provider: w.provider ?? 'custom', vendor: w.vendor ?? vendorFromModelId(model.value), api: w.function, kind, model,
      streaming: /stream/i.test(w.function), views: [resolveObject(ctx, call.arguments[0])],
      collect: c => {
        if (w.promptArg === undefined) return;
        const p = argAt(call, ctx, w.promptArg);
        if (!p) return;
        if (kind === 'embedding') { c.inputs(p.expr); return; }
        if (resolveArray(ctx, p.expr)) c.messages(p.expr);
        else { c.prompt(p.expr); }
      },
    };
  }
  return null;
}

function sameModule(written: string, declared: string): boolean {
  if (written === declared) return true;
  const norm = (s: string) => s.replace(/\.(m|c)?[jt]sx?$/, '').replace(/\/index$/, '').replace(/^[@~#]\//, '').replace(/^(\.\.?\/)+/, '');
  return norm(written) === norm(declared) || norm(written).endsWith('/' + norm(declared)) || norm(declared).endsWith('/' + norm(written));
}

export { getPath, isLangChainModule };
