// Works out what an expression holds when it matters for LLM calls: an SDK client, a Gemini model object,
// a chat session, a LangChain model or chain, a Vercel AI provider model, a Bedrock command… by following
// imports, requires, consts, class fields (`this.client = new OpenAI()`), typed parameters and small factories.
import ts from 'typescript';
import { dottedName, exprText, fileOf, isStringLit, keyName, unwrap } from './ast';
import { exportedExpression, exportedFunction, loadModule } from './modules';
import { type Ctx, deeper, isWorkspaceModule } from './ctx';
import {
  BEDROCK_COMMANDS, CLIENT_CLASSES, type ClientClass, isLangChainModule, LANGCHAIN_BASE_TYPES, LANGCHAIN_CLASSES,
  type LangChainClass, STATIC_FACTORIES, VERCEL_MODEL_MEMBERS, VERCEL_PROVIDERS,
} from './sdk';
import { anthropicBaseUrlVendor, functionValue, vendorFromEnvName, vendorFromModelPrefix, vendorFromPrefix, vendorFromUrl, vendorOfBaseUrl } from '../policy';
import { classMember, declaredType, enclosingClass, findDeclaration, superArguments, topLevelImports } from './scope';
import { readWholeFile } from './reads';
import { evalString, functionReturn, type ObjView, resolveArray, resolveObject, returnedExpressions, valueAtPath } from './values';
import type { CallKind } from '../../model';

export type Entity =
  /** An imported binding not interpreted yet ('default', '*', or an export name). */
  | { t: 'import'; module: string; name: string }
  /** A binding imported from a workspace module (may be a client singleton built elsewhere). */
  | { t: 'workspace-import'; module: string; name: string }
  /** A parameter with no type annotation: unknown object. */
  | { t: 'untyped-param'; name: string }
  | { t: 'client'; cls: ClientClass; opts: ObjView | null }
  /** @google/generative-ai / Vertex `getGenerativeModel({ model, systemInstruction, generationConfig })`. */
  | { t: 'gen-model'; vendor: string | null; opts: ObjView | null }
  /** A chat session: @google/genai `ai.chats.create({...})` or a generative model's `startChat({...})`. */
  | { t: 'chat-session'; family: 'google-genai' | 'generative-model'; vendor: string | null; opts: ObjView | null; modelOpts: ObjView | null }
  | LcModel
  /** A LangChain runnable chain ending in (or containing) a model. */
  | { t: 'lc-chain'; model: LcModel; prompt: ts.Expression | null; memory?: boolean }
  /** Vercel AI SDK provider (`createOpenAI({...})` or an imported `openai`). */
  | { t: 'vercel-provider'; vendor: string | null; gateway?: boolean }
  /**
   * Vercel AI SDK model object (`openai('gpt-4o')`). `gateway`: the AI Gateway's, whose ids name their provider
   * (`anthropic/claude-sonnet-4`), so the vendor is read from the id.
   */
  | { t: 'vercel-model'; vendor: string | null; kind: CallKind; modelExpr: ts.Expression | undefined; registryPrefix?: boolean; gateway?: boolean }
  /**
   * An agent object whose `generate` / `stream` / `run` sends the request: AI SDK `new Agent({ model, system, tools })`,
   * Mastra `new Agent({ model, instructions })` (model: a Vercel model), OpenAI Agents SDK `new Agent({ model: 'gpt-4.1', instructions })`.
   */
  | { t: 'agent'; framework: 'vercel' | 'mastra' | 'openai-agents'; opts: ObjView | null; via?: string }
  /** A Mastra instance (`new Mastra({ agents: { weatherAgent } })`): `getAgent(name)` hands out its agents. */
  | { t: 'mastra'; opts: ObjView | null }
  /** OpenAI Agents SDK `new Runner({...})`: `runner.run(agent, input)` runs the agent. */
  | { t: 'agent-runner' }
  /** Vercel AI SDK `customProvider({ languageModels: { alias: openai('…') } })`: models looked up by alias. */
  | { t: 'vercel-registry'; opts: ObjView | null; prefixed?: boolean }
  | { t: 'bedrock-command'; api: string; streaming: boolean; input: ObjView | null }
  /** A LlamaIndex.TS index (`VectorStoreIndex.fromDocuments(docs)`): its query / chat engines run on `Settings.llm`. */
  | { t: 'li-index' };

export interface LcModel {
  t: 'lc-model';
  className: string;
  cls: LangChainClass;
  opts: ObjView | null;
  /** initChatModel('gpt-4o'): the model argument. */
  modelArg?: ts.Expression;
  tools?: ts.Expression;
  /** Options bound with the tools: `bindTools(tools, { tool_choice })`, `bind({ tools, tool_choice })`. */
  bound?: ObjView | null;
  schema?: ts.Expression;
}

export function resolveEntity(ctx: Ctx, e: ts.Expression | undefined): Entity | null {
  if (!e) return null;
  return deeper(ctx, null, () => resolveInner(ctx, e));
}

function resolveInner(ctx: Ctx, e0: ts.Expression): Entity | null {
  const e = unwrap(e0);
  if (ts.isIdentifier(e)) return fromIdentifier(ctx, e);
  if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const cls = enclosingClass(e);
    const m = cls ? classMember(cls, e.name.text) : null;
    if (!m) return cls ? clientHandedToSuper(ctx, cls) : null;
    return (m.value ? resolveEntity(ctx, m.value) : null) ?? (m.type ? fromType(ctx, m.type) : null);
  }
  if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
    const inner = resolveEntity(ctx, e.expression);
    const name = ts.isPropertyAccessExpression(e) ? e.name.text : isStringLit(unwrap(e.argumentExpression)) ? (unwrap(e.argumentExpression) as ts.StringLiteral).text : null;
    if (inner?.t === 'workspace-import' && inner.name === '*' && name) {
      return crossFileEntity(ctx, inner.module, name, e) ?? { t: 'workspace-import', module: inner.module, name };
    }
    if (inner?.t === 'import' && name) {
      if (inner.name === '*') return { t: 'import', module: inner.module, name };
      if (inner.name === 'default' && /^[A-Z]/.test(name)) return { t: 'import', module: inner.module, name };
      // A client class under a namespace export: `v1.PredictionServiceClient` from @google-cloud/aiplatform.
      if (classOf(inner.module, name)) return { t: 'import', module: inner.module, name };
      if (isLlamaIndexModule(inner.module) && inner.name === 'Settings' && name === 'llm') return llamaSettingsLlm(ctx, e);
    }
    // An object literal holding clients: `const clients = { openai: new OpenAI() }`.
    const view = resolveObject(ctx, e.expression);
    const v = name ? view?.props.get(name)?.value : undefined;
    return v ? resolveEntity(ctx, v) : null;
  }
  if (ts.isNewExpression(e)) return fromNew(ctx, e);
  if (ts.isCallExpression(e)) return fromCall(ctx, e);
  if (ts.isConditionalExpression(e)) return resolveEntity(ctx, e.whenTrue) ?? resolveEntity(ctx, e.whenFalse);
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return resolveEntity(ctx, e.left) ?? resolveEntity(ctx, e.right);
  }
  return null;
}

function fromIdentifier(ctx: Ctx, id: ts.Identifier): Entity | null {
  const d = findDeclaration(id.text, id);
  if (!d) return null;
  switch (d.kind) {
    case 'import':
      if (d.typeOnly || ctx.mocked.has(d.module)) return null;
      if (isWorkspaceModule(d.module)) return crossFileEntity(ctx, d.module, d.name, id) ?? { t: 'workspace-import', module: d.module, name: d.name };
      return { t: 'import', module: d.module, name: d.name };
    case 'var': {
      const v = d.init ? (d.path.length ? valueAtPath(ctx, d.init, d.path) : d.init) : null;
      const fromValue = v ? resolveEntity(ctx, v) : null;
      // `let cached: OpenAI | null = null` — the annotation says what it will hold.
      const type = d.path.length === 0 ? declaredType(d.node) : undefined;
      return fromValue ?? (type ? fromType(ctx, type) : null);
    }
    case 'param':
      if (d.path.length === 0 && d.dflt) return resolveEntity(ctx, d.dflt);
      if (d.path.length === 0 && d.type) return fromType(ctx, d.type);
      if (d.path.length === 1 && d.type && ts.isTypeLiteralNode(d.type)) {
        // `({ client }: { client: OpenAI })`
        const member = d.type.members.find(m => ts.isPropertySignature(m) && m.name.getText() === d.path[0]);
        if (member && ts.isPropertySignature(member) && member.type) return fromType(ctx, member.type);
      }
      return d.path.length === 0 && !d.type ? { t: 'untyped-param', name: id.text } : null;
    default:
      return null;
  }
}

/** A type annotation naming an SDK class (`client: OpenAI`, `llm: BaseChatModel`). */
export function fromType(ctx: Ctx, type: ts.TypeNode): Entity | null {
  if (ts.isUnionTypeNode(type)) {
    for (const t of type.types) { const r = fromType(ctx, t); if (r) return r; }
    return null;
  }
  // An import type: `client: import('openai').OpenAI`.
  if (ts.isImportTypeNode(type) && ts.isLiteralTypeNode(type.argument) && ts.isStringLiteral(type.argument.literal) && type.qualifier) {
    const name = ts.isIdentifier(type.qualifier) ? type.qualifier.text : type.qualifier.right.text;
    const cls = ctx.mocked.has(type.argument.literal.text) ? null : classOf(type.argument.literal.text, name);
    return cls ? { t: 'client', cls, opts: null } : null;
  }
  if (!ts.isTypeReferenceNode(type)) return null;
  const tn = type.typeName;
  let imp: { module: string; name: string } | null = null;
  if (ts.isIdentifier(tn)) {
    const d = findDeclaration(tn.text, type);
    if (d?.kind === 'import') imp = { module: d.module, name: d.name === '*' ? tn.text : d.name };
  } else if (ts.isIdentifier(tn.left)) {
    const d = findDeclaration(tn.left.text, type);
    if (d?.kind === 'import' && (d.name === '*' || d.name === 'default')) imp = { module: d.module, name: tn.right.text };
  }
  if (!imp || ctx.mocked.has(imp.module)) return null;
  const cls = classOf(imp.module, imp.name);
  if (cls) return { t: 'client', cls, opts: null };
  // `llm: LLM` / `embedModel: BaseEmbedding` from LlamaIndex.TS: a model chosen elsewhere.
  if (isLlamaIndexModule(imp.module) && LLAMAINDEX_BASE_TYPES.has(imp.name)) return { t: 'client', cls: { family: 'llamaindex', provider: 'llamaindex', vendor: null }, opts: null };
  if (isLangChainModule(imp.module)) {
    const lc = LANGCHAIN_CLASSES[imp.name];
    if (lc) return { t: 'lc-model', className: imp.name, cls: lc, opts: null };
    if (LANGCHAIN_BASE_TYPES.has(imp.name)) {
      const kind: CallKind = imp.name.startsWith('Embeddings') ? 'embedding' : 'chat';
      return { t: 'lc-model', className: imp.name, cls: { vendor: null, kind, modelKeys: [] }, opts: null };
    }
  }
  if ((imp.module === '@google/generative-ai' || imp.module === '@google-cloud/vertexai') && imp.name === 'GenerativeModel') {
    return { t: 'gen-model', vendor: imp.module === '@google/generative-ai' ? 'gemini' : 'vertex_ai', opts: null };
  }
  return null;
}

function classOf(module: string, name: string): ClientClass | null {
  const table = CLIENT_CLASSES[module];
  if (!table) return null;
  return table[name === '*' ? 'default' : name] ?? null;
}

function agentFramework(module: string, name: string): 'vercel' | 'mastra' | 'openai-agents' | null {
  if (module === 'ai' && /^(Agent|Experimental_Agent|ToolLoopAgent)$/.test(name)) return 'vercel';
  if ((module === '@mastra/core' || module === '@mastra/core/agent') && name === 'Agent') return 'mastra';
  if ((module === '@openai/agents' || module === '@openai/agents-core' || module === '@openai/agents-openai') && name === 'Agent') return 'openai-agents';
  return null;
}

function fromNew(ctx: Ctx, e: ts.NewExpression): Entity | null {
  const ctor = resolveEntity(ctx, e.expression);
  if (ctor?.t !== 'import') return null;
  const arg0 = e.arguments?.[0];
  const framework = agentFramework(ctor.module, ctor.name);
  if (framework) return { t: 'agent', framework, opts: resolveObject(ctx, arg0) };
  if (isMastraModule(ctor.module) && ctor.name === 'Mastra') return { t: 'mastra', opts: resolveObject(ctx, arg0) };
  if (ctor.module.startsWith('@openai/agents') && ctor.name === 'Runner') return { t: 'agent-runner' };
  const cls = classOf(ctor.module, ctor.name);
  if (cls) {
    const opts = resolveObject(ctx, arg0);
    return { t: 'client', cls: refineVendor(ctx, cls, opts), opts };
  }
  if (isLangChainModule(ctor.module)) {
    const lc = LANGCHAIN_CLASSES[ctor.name];
    if (lc) return { t: 'lc-model', className: ctor.name, cls: refineLcVendor(ctx, lc, resolveObject(ctx, arg0)), opts: resolveObject(ctx, arg0) };
    if (ctor.name === 'LLMChain' || ctor.name === 'ConversationChain') {
      const opts = resolveObject(ctx, arg0);
      const model = resolveEntity(ctx, opts?.props.get('llm')?.value);
      // A chain with memory resends the conversation so far on every call.
      const memory = ctor.name === 'ConversationChain' || !!opts?.props.has('memory');
      if (model?.t === 'lc-model') return { t: 'lc-chain', model, prompt: opts?.props.get('prompt')?.value ?? null, memory };
    }
    if (ctor.name === 'RunnableWithMessageHistory') {
      const inner = resolveEntity(ctx, resolveObject(ctx, arg0)?.props.get('runnable')?.value);
      if (inner?.t === 'lc-model') return { t: 'lc-chain', model: inner, prompt: null, memory: true };
      if (inner?.t === 'lc-chain') return { ...inner, memory: true };
    }
  }
  const cmd = ctor.module === '@aws-sdk/client-bedrock-runtime' ? BEDROCK_COMMANDS[ctor.name] : undefined;
  if (cmd) return { t: 'bedrock-command', api: cmd.api, streaming: cmd.streaming, input: resolveObject(ctx, arg0) };
  return null;
}

/** OpenAI-compatible clients pointed elsewhere by `baseURL` (Groq, DeepSeek, OpenRouter, Ollama…). */
function refineVendor(ctx: Ctx, cls: ClientClass, opts: ObjView | null): ClientClass {
  if (cls.family === 'google-genai' && opts) {
    const vx = opts.props.get('vertexai')?.value;
    if (vx && unwrap(vx).kind === ts.SyntaxKind.TrueKeyword) return { ...cls, vendor: 'vertex_ai' };
    return cls;
  }
  if ((cls.provider !== 'openai' && cls.provider !== 'anthropic') || !opts) return cls;
  const base = opts.props.get('baseURL')?.value ?? opts.props.get('baseUrl')?.value;
  if (base) {
    const v = evalString(ctx, base);
    const resolved = v.text + ' ' + v.placeholders.join(' ');
    if (cls.provider === 'anthropic') return { ...cls, vendor: anthropicBaseUrlVendor(resolved, cls.vendor) };
    const key = opts.props.get('apiKey')?.value;
    return { ...cls, vendor: vendorOfBaseUrl(resolved, exprText(ctx.sf, base), cls.vendor, key ? exprText(ctx.sf, key) : '') };
  }
  if (cls.provider !== 'openai') return cls;
  const key = opts.props.get('apiKey')?.value;
  if (key) {
    const vendor = vendorFromEnvName(exprText(ctx.sf, key).replace(/OPENAI/gi, ''));
    if (vendor && vendor !== 'azure') return { ...cls, vendor };
  }
  return cls;
}

function refineLcVendor(ctx: Ctx, lc: LangChainClass, opts: ObjView | null): LangChainClass {
  if (lc.vendor !== 'openai' || !opts) return lc;
  const conf = resolveObject(ctx, opts.props.get('configuration')?.value);
  const base = conf?.props.get('baseURL')?.value ?? opts.props.get('baseURL')?.value;
  if (!base) return lc;
  const v = evalString(ctx, base);
  return { ...lc, vendor: vendorOfBaseUrl(v.text + ' ' + v.placeholders.join(' '), exprText(ctx.sf, base), lc.vendor) };
}

const LC_PASSTHROUGH = new Set(['bind', 'bindTools', 'withStructuredOutput', 'withConfig', 'withRetry', 'withFallbacks', 'withListeners']);

function fromCall(ctx: Ctx, e: ts.CallExpression): Entity | null {
  const callee = unwrap(e.expression);
  const arg0 = e.arguments[0];
  if (ts.isPropertyAccessExpression(callee)) {
    const m = callee.name.text;
    const recvExpr = unwrap(callee.expression);
    // ai.chats.create({...}) on @google/genai
    if (m === 'create' && ts.isPropertyAccessExpression(recvExpr) && recvExpr.name.text === 'chats') {
      const c = resolveEntity(ctx, recvExpr.expression);
      if (c?.t === 'client' && c.cls.family === 'google-genai') return { t: 'chat-session', family: 'google-genai', vendor: c.cls.vendor, opts: resolveObject(ctx, arg0), modelOpts: null };
    }
    let recv = resolveEntity(ctx, recvExpr);
    // vertexAI.preview.getGenerativeModel(...)
    if (!recv && ts.isPropertyAccessExpression(recvExpr) && recvExpr.name.text === 'preview') recv = resolveEntity(ctx, recvExpr.expression);
    if (MASTRA_AGENT_GETTERS.has(m)) {
      const agent = mastraAgent(ctx, recvExpr, recv, arg0, e);
      if (agent) return agent;
    }
    // openai.withOptions({ timeout }) / anthropic.withOptions(…): the same client with other transport settings.
    if (recv?.t === 'client' && m === 'withOptions') return recv;
    // `WatsonXAI.newInstance({ version, serviceUrl })`: a static factory of a client class.
    if (recv?.t === 'import' && STATIC_FACTORIES.has(m)) {
      const cls = classOf(recv.module, recv.name);
      if (cls) return { t: 'client', cls, opts: resolveObject(ctx, arg0) };
    }
    if (recv?.t === 'import' && isLlamaIndexModule(recv.module) && /Index$/.test(recv.name) && /^(fromDocuments|init|fromVectorStore|fromVectorStores)$/.test(m)) return { t: 'li-index' };
    if (recv?.t === 'li-index' && (m === 'asQueryEngine' || m === 'asChatEngine')) return llamaSettingsLlm(ctx, e);
    if (recv?.t === 'client' && recv.cls.family === 'google-generative' && m === 'getGenerativeModel') {
      return { t: 'gen-model', vendor: recv.cls.vendor, opts: resolveObject(ctx, arg0) };
    }
    if (recv?.t === 'gen-model' && m === 'startChat') {
      return { t: 'chat-session', family: 'generative-model', vendor: recv.vendor, opts: resolveObject(ctx, arg0), modelOpts: recv.opts };
    }
    if (recv?.t === 'lc-model' && LC_PASSTHROUGH.has(m)) {
      if (m === 'bindTools') return { ...recv, tools: arg0, bound: resolveObject(ctx, e.arguments[1]) };
      if (m === 'bind') {
        const bound = resolveObject(ctx, arg0);
        // Call options bound to the model (`bind({ max_tokens, stop })`) are read like the call's own; tools too.
        const tools = bound?.props.get('tools')?.value;
        return { ...recv, ...(tools ? { tools } : {}), bound };
      }
      if (m === 'withStructuredOutput') return { ...recv, schema: arg0 };
      return recv;
    }
    if ((recv?.t === 'lc-chain' || recv?.t === 'lc-model') && LC_PASSTHROUGH.has(m)) return recv;
    if (m === 'pipe' && arg0) {
      const next = resolveEntity(ctx, arg0);
      if (next?.t === 'lc-model') return { t: 'lc-chain', model: next, prompt: recv?.t === 'lc-chain' ? recv.prompt : recvExpr };
      if (next?.t === 'lc-chain') return next;
      if (recv?.t === 'lc-chain') return recv;
      if (recv?.t === 'lc-model') return { t: 'lc-chain', model: recv, prompt: null };
      return null;
    }
    if (recv?.t === 'import' && recv.name === 'RunnableSequence' && m === 'from') return sequenceOf(ctx, arg0);
    if (recv?.t === 'import' && isLangChainModule(recv.module) && /QAChain$/.test(recv.name) && m === 'fromLLM') {
      // RetrievalQAChain.fromLLM(model, retriever): the model answers with the retrieved documents stuffed in.
      const model = resolveEntity(ctx, arg0);
      if (model?.t === 'lc-model') return { t: 'lc-chain', model, prompt: null, memory: recv.name.startsWith('Conversational') };
    }
    if (recv?.t === 'import' && isLangChainModule(recv.module) && (recv.name === 'RunnableSequence' || recv.name === 'RunnableLambda')) return null;
    if (recv?.t === 'vercel-registry' && m in REGISTRY_MEMBERS) {
      return recv.prefixed ? prefixedRegistryModel(ctx, recv.opts, REGISTRY_MEMBERS[m]!, arg0) : registryModel(ctx, recv.opts, REGISTRY_MEMBERS[m]!, arg0);
    }
    if (recv?.t === 'vercel-provider' && m in VERCEL_MODEL_MEMBERS) return { t: 'vercel-model', vendor: recv.vendor, kind: VERCEL_MODEL_MEMBERS[m]!, modelExpr: arg0, gateway: recv.gateway };
    const provider = recv?.t === 'import' ? providerModule(recv) : null;
    if (provider && recv?.t === 'import' && !recv.name.startsWith('create') && m in VERCEL_MODEL_MEMBERS) {
      return { t: 'vercel-model', vendor: VERCEL_PROVIDERS[provider] ?? null, kind: VERCEL_MODEL_MEMBERS[m]!, modelExpr: arg0, gateway: provider === GATEWAY };
    }
    if (recv?.t === 'import' && recv.name === '*') return fromImportedFunctionCall(ctx, { module: recv.module, name: m }, e);
  }
  const f = resolveEntity(ctx, callee);
  if (f?.t === 'import') return fromImportedFunctionCall(ctx, f, e);
  if (f?.t === 'workspace-import') {
    // `getOpenAI()` exported by another workspace file: what that function returns.
    const fromOtherFile = crossFileFunctionResult(ctx, f.module, f.name, e);
    if (fromOtherFile) return fromOtherFile;
  }
  if (f?.t === 'vercel-provider') return { t: 'vercel-model', vendor: f.vendor, kind: 'chat', modelExpr: arg0, gateway: f.gateway };
  // A local factory: `function getClient() { return new OpenAI() }`, or one declared `(): OpenAI`.
  const ret = functionReturn(ctx, callee);
  const fromReturn = ret ? resolveEntity(ctx, ret) : null;
  if (fromReturn) return fromReturn;
  const declared = declaredReturnType(callee);
  return declared ? fromType(ctx, declared) : null;
}

const LLAMAINDEX_BASE_TYPES = new Set(['LLM', 'BaseLLM', 'ToolCallLLM', 'BaseEmbedding']);
const MASTRA_AGENT_GETTERS = new Set(['getAgent', 'getAgentById']);
const isMastraModule = (m: string) => m === '@mastra/core' || m.startsWith('@mastra/core/');

/**
 * `mastra.getAgent('weatherAgent')`: the agent registered under that name on a Mastra instance built here, else an
 * agent whose model is not known here. The instance also arrives in the context of a workflow step or tool
 * (`execute: async ({ inputData, mastra }) => …`), in a file that imports Mastra.
 */
function mastraAgent(ctx: Ctx, recvExpr: ts.Expression, recv: Entity | null, arg0: ts.Expression | undefined, call: ts.CallExpression): Entity | null {
  const via = exprText(ctx.sf, call);
  if (recv?.t === 'mastra') {
    const key = arg0 ? evalString(ctx, arg0) : null;
    const agents = resolveObject(ctx, recv.opts?.props.get('agents')?.value);
    const registered = key && !key.placeholders.length ? resolveEntity(ctx, agents?.props.get(key.text)?.value) : null;
    return registered?.t === 'agent' ? registered : { t: 'agent', framework: 'mastra', opts: null, via };
  }
  if (!ts.isIdentifier(recvExpr) || !importsMastra(ctx)) return null;
  const d = findDeclaration(recvExpr.text, recvExpr);
  if (d?.kind !== 'param' || d.path.length !== 1 || d.path[0] !== 'mastra') return null;
  const fn = d.param.parent;
  const prop = fn?.parent;
  const inExecute = !!prop && ts.isPropertyAssignment(prop) && prop.name.getText(ctx.sf) === 'execute' && fn.parameters[0] === d.param;
  return inExecute ? { t: 'agent', framework: 'mastra', opts: null, via } : null;
}

function importsMastra(ctx: Ctx): boolean {
  return [...topLevelImports(ctx.sf).values()].some(i => isMastraModule(i.module));
}

function isLlamaIndexModule(m: string): boolean {
  return m === 'llamaindex' || m.startsWith('@llamaindex/');
}

const settingsAssignments = new WeakMap<ts.SourceFile, ts.Expression | null>();

/**
 * LlamaIndex.TS `Settings.llm`: the model this file assigns to it (the last assignment), otherwise a LlamaIndex model
 * set elsewhere — a call all the same, its model unknown here.
 */
function llamaSettingsLlm(ctx: Ctx, at: ts.Node): Entity {
  const sf = at.getSourceFile();
  readWholeFile();
  if (!settingsAssignments.has(sf)) {
    let found: ts.Expression | null = null;
    const visit = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left)
        && n.left.name.text === 'llm' && ts.isIdentifier(n.left.expression) && n.left.expression.text === 'Settings') found = n.right;
      ts.forEachChild(n, visit);
    };
    visit(sf);
    settingsAssignments.set(sf, found);
  }
  const value = settingsAssignments.get(sf);
  const ent = value ? resolveEntity(ctx, value) : null;
  if (ent?.t === 'client' && ent.cls.family === 'llamaindex') return ent;
  return { t: 'client', cls: { family: 'llamaindex', provider: 'llamaindex', vendor: null }, opts: null };
}

/** `registry.languageModel(alias)` → the option group that holds that kind of model. */
const REGISTRY_MEMBERS: Record<string, string> = {
  languageModel: 'languageModels', textEmbeddingModel: 'textEmbeddingModels', embeddingModel: 'textEmbeddingModels', imageModel: 'imageModels',
};

/** The model a customProvider alias maps to; an alias chosen at run time stays unknown (the call is still a call). */
function registryModel(ctx: Ctx, opts: ObjView | null, group: string, aliasExpr: ts.Expression | undefined): Entity {
  const kind: CallKind = group === 'textEmbeddingModels' ? 'embedding' : group === 'imageModels' ? 'image' : 'chat';
  const alias = aliasExpr ? evalString(ctx, aliasExpr) : null;
  const models = resolveObject(ctx, opts?.props.get(group)?.value);
  const target = alias?.exact ? models?.props.get(alias.text)?.value : undefined;
  const hit = target ? resolveEntity(ctx, target) : null;
  if (hit?.t === 'vercel-model') return hit;
  return { t: 'vercel-model', vendor: null, kind, modelExpr: undefined };
}

/** createProviderRegistry({ openai, anthropic }).languageModel('anthropic:claude-…'): the provider named before the colon. */
function prefixedRegistryModel(ctx: Ctx, providers: ObjView | null, group: string, idExpr: ts.Expression | undefined): Entity {
  const kind: CallKind = group === 'textEmbeddingModels' ? 'embedding' : group === 'imageModels' ? 'image' : 'chat';
  const id = idExpr ? evalString(ctx, idExpr) : null;
  const m = id?.exact ? /^([^:]+):/.exec(id.text) : null;
  const p = m ? providers?.props.get(m[1]!)?.value : undefined;
  const provider = p ? resolveEntity(ctx, p) : null;
  const vendor = provider?.t === 'vercel-provider' ? provider.vendor
    : provider?.t === 'import' && provider.module in VERCEL_PROVIDERS ? VERCEL_PROVIDERS[provider.module] ?? null
    : m ? vendorFromPrefix(m[1]!) : null;
  return { t: 'vercel-model', vendor, kind, modelExpr: idExpr, registryPrefix: true };
}

const GATEWAY = '@ai-sdk/gateway';

/** The provider package an import stands for; the `ai` package re-exports the AI Gateway's (`gateway`, `createGateway`). */
function providerModule(f: { module: string; name: string }): string | null {
  if (f.module in VERCEL_PROVIDERS) return f.module;
  return f.module === 'ai' && (f.name === 'gateway' || f.name === 'createGateway') ? GATEWAY : null;
}

function fromImportedFunctionCall(ctx: Ctx, f: { module: string; name: string }, e: ts.CallExpression): Entity | null {
  const arg0 = e.arguments[0];
  const provider = providerModule(f);
  if (provider) {
    const gateway = provider === GATEWAY;
    if (f.name.startsWith('create')) {
      const opts = resolveObject(ctx, arg0);
      const base = opts?.props.get('baseURL')?.value;
      let vendor = VERCEL_PROVIDERS[provider] ?? null;
      if (base && !gateway) {
        const v = evalString(ctx, base);
        vendor = vendorOfBaseUrl(v.text + ' ' + v.placeholders.join(' '), exprText(ctx.sf, base), vendor);
      }
      return { t: 'vercel-provider', vendor, gateway };
    }
    return { t: 'vercel-model', vendor: VERCEL_PROVIDERS[provider] ?? null, kind: 'chat', modelExpr: arg0, gateway };
  }
  if (f.module === 'ai' && (f.name === 'customProvider' || f.name === 'experimental_customProvider')) return { t: 'vercel-registry', opts: resolveObject(ctx, arg0) };
  if (f.module === 'ai' && /^(experimental_)?createProviderRegistry$/.test(f.name)) return { t: 'vercel-registry', opts: resolveObject(ctx, arg0), prefixed: true };
  if (f.module === 'ai' && f.name === 'wrapLanguageModel') return resolveEntity(ctx, resolveObject(ctx, arg0)?.props.get('model')?.value);
  if (isLangChainModule(f.module) && f.name === 'initChatModel') {
    const opts = resolveObject(ctx, e.arguments[1]);
    const provider = opts?.props.get('modelProvider')?.value;
    const first = arg0 ? evalString(ctx, arg0) : null;
    let vendor: string | null = null;
    if (provider) { const p = evalString(ctx, provider); if (p.exact) vendor = vendorFromPrefix(p.text); }
    if (!vendor && first?.exact) { const m = /^([a-z_-]+):/.exec(first.text); vendor = m ? vendorFromPrefix(m[1]!) : null; }
    return { t: 'lc-model', className: 'initChatModel', cls: { vendor, kind: 'chat', modelKeys: ['model'] }, opts, modelArg: arg0 };
  }
  return null;
}

/** RunnableSequence.from([prompt, model, parser]) → a chain around the model; the element before it is the prompt. */
function sequenceOf(ctx: Ctx, arg: ts.Expression | undefined): Entity | null {
  const arr = resolveArray(ctx, arg);
  if (!arr) return null;
  const els = arr.elements;
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (ts.isSpreadElement(el)) continue;
    const ent = resolveEntity(ctx, el);
    if (ent?.t === 'lc-model') {
      const prev = i > 0 ? els[i - 1] : undefined;
      return { t: 'lc-chain', model: ent, prompt: prev && !ts.isSpreadElement(prev) ? prev : null };
    }
    if (ent?.t === 'lc-chain') return ent;
  }
  return null;
}

/** The callee path of a call split into the longest receiver that resolves to an entity, and the method path after it. */
export function splitCallee(ctx: Ctx, callee: ts.Expression): { entity: Entity | null; receiver: ts.Expression; path: string[] } {
  const names: string[] = [];
  const prefixes: ts.Expression[] = [];
  let cur = unwrap(callee);
  while (ts.isPropertyAccessExpression(cur)) {
    names.unshift(cur.name.text);
    prefixes.unshift(cur.expression);
    cur = unwrap(cur.expression);
  }
  // prefixes[i] is the receiver before names[i]; try the shortest receiver first.
  for (let i = 0; i < prefixes.length; i++) {
    const recv = prefixes[i]!;
    const r = unwrap(recv);
    if (r.kind === ts.SyntaxKind.ThisKeyword) continue;
    const ent = resolveEntity(ctx, recv);
    // A member of an imported object that is itself a client: `Settings.llm.complete(…)`.
    if (ent?.t === 'import' && i + 1 < prefixes.length) {
      const member = resolveEntity(ctx, prefixes[i + 1]!);
      if (member?.t === 'client') return { entity: member, receiver: prefixes[i + 1]!, path: names.slice(i + 1) };
    }
    if (ent) return { entity: ent, receiver: recv, path: names.slice(i) };
  }
  return { entity: ts.isIdentifier(cur) ? resolveEntity(ctx, cur) : null, receiver: cur, path: [] };
}

/** The dotted text of a callee (`openai.chat.completions.create`), for wrappers and messages. */
export function calleeText(e: ts.Expression): string | null {
  return dottedName(e)?.join('.') ?? null;
}

function declaredReturnType(callee: ts.Expression): ts.TypeNode | undefined {
  const c = unwrap(callee);
  if (!ts.isIdentifier(c)) return undefined;
  const d = findDeclaration(c.text, c);
  if (d?.kind === 'function') return d.node.type;
  if (d?.kind === 'var' && d.init) {
    const f = unwrap(d.init);
    if (ts.isArrowFunction(f) || ts.isFunctionExpression(f)) return f.type;
  }
  return undefined;
}

// ---------- clients and models built in another workspace file ----------


/** `import { openai } from '@/lib/ai'` → what lib/ai exports as `openai` (a client, a LangChain model, a Vercel model…). */
function crossFileEntity(ctx: Ctx, module: string, name: string, at: ts.Node): Entity | null {
  if (name === '*') return null;
  const sf = loadModule(ctx, module, fileOf(at));
  const expr = sf ? exportedExpression(sf, name) : null;
  return expr ? resolveEntity(ctx, expr) : null;
}


function crossFileFunctionResult(ctx: Ctx, module: string, name: string, at: ts.Node): Entity | null {
  if (name === '*') return null;
  const sf = loadModule(ctx, module, fileOf(at));
  const fn = sf ? exportedFunction(sf, name) : null;
  if (!fn?.body) return null;
  const ret = functionValue(returnedExpressions(fn));
  return (ret ? resolveEntity(ctx, ret) : null) ?? (fn.type ? fromType(ctx, fn.type) : null);
}

/**
 * A member the class never sets itself, in a subclass whose constructor hands exactly one SDK client (or model) to
 * `super(…)`: the base class stores it (`super(client)` → `this.client`), so the member is that client.
 */
function clientHandedToSuper(ctx: Ctx, cls: ts.ClassLikeDeclaration): Entity | null {
  const handed = superArguments(cls).map(a => resolveEntity(ctx, a)).filter((x): x is Entity => x?.t === 'client' || x?.t === 'lc-model');
  return handed.length === 1 ? handed[0]! : null;
}
