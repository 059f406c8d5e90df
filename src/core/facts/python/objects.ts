// What an expression holds, as far as LLM calls are concerned: an SDK client, a framework model
// object (LangChain / LlamaIndex / google.generativeai), a chat session, a LangChain chain or
// prompt template, or a test mock. Follows names, `self.x` attributes, factory functions and
// `with … as x` bindings inside the file.
import type { Node } from 'web-tree-sitter';
import type { CallKind, ModelFact } from '../../model';
import type { PyContext } from './context';
import { callArgs, flattenCallee, unwrap } from './syntax';
import { attributeValue, dictOf, evalBool, evalString, listOf, functionReturn, selfClasses } from './values';
import { modelFact, unresolvedModel } from './model-fact';
import {
  clientClasses, langchainClasses, llamaIndexVendors, moduleClients, type Family,
} from './sdk';
import { anthropicBaseUrlVendor, vendorFromModelId, vendorFromPrefix, vendorFromUrl, vendorOfBaseUrl, tooDeep } from '../policy';
import { kernelService, moreSdkObject } from './more-objects';
import { workspaceModule } from './modules';

export interface SdkObject {
  role: 'client' | 'model' | 'embeddings' | 'chat' | 'chain' | 'prompt' | 'mock';
  family: Family | null;
  provider: string;
  vendor: string | null;
  /** The model bound to the object (chat models, chat sessions, Azure deployments). */
  model: ModelFact | null;
  /** Construction keyword arguments (max_tokens, temperature, system_instruction, config…). */
  params: Map<string, Node>;
  kind?: CallKind;
  /** A LangChain prompt template construction call (prompt objects and chains). */
  template?: Node;
  /** Tools / output schema bound with bind_tools / with_structured_output. */
  tools?: Node;
  schema?: Node;
  /** Chat sessions carry the earlier turns. */
  history?: boolean;
  /** Wrapped by instructor: `create_with_completion`, `create_partial`, `create_iterable` and a bare `create`. */
  instructor?: boolean;
  /** litellm Router deployments: model_name alias → the `litellm_params.model` expression. */
  aliases?: Map<string, Node>;
  /** A LlamaIndex query / chat engine: the request also carries retrieved context. */
  engine?: boolean;
  /** A module-level client (`openai`, `ollama`, `litellm`). */
  isModule?: boolean;
}

const mockClasses = /(^|\.)(MagicMock|Mock|AsyncMock|NonCallableMock|create_autospec)$/;
const templateClasses = /(^|\.)(ChatPromptTemplate|PromptTemplate)$/;
const modelWrappers = new Set(['with_retry', 'with_config', 'with_fallbacks', 'configurable_fields', 'configurable_alternatives', 'with_listeners']);

function blank(role: SdkObject['role']): SdkObject {
  return { role, family: null, provider: 'unknown', vendor: null, model: null, params: new Map() };
}

export function objectOf(node: Node | null | undefined, ctx: PyContext, depth = 0): SdkObject | null {
  if (!node || tooDeep(depth)) return null;
  const n = unwrap(node);
  switch (n.type) {
    case 'identifier': return identifierObject(n, ctx, depth);
    case 'attribute': {
      const q = ctx.scope.qualify(n);
      if (q && moduleClients[q]) return moduleClient(q);
      if (q && llamaSettingsLlm.test(q)) return settingsLlm(ctx, depth);
      const obj = n.childForFieldName('object');
      const attr = n.childForFieldName('attribute')?.text;
      if (!obj || !attr) return null;
      const value = attributeValue(obj, attr, ctx, depth + 1);
      if (value) return objectOf(value, ctx, depth + 1);
      // A class-level annotation without a value: `client: OpenAI`.
      const cls = obj.text === 'self' ? ctx.scope.classAround(obj) : null;
      const annotation = cls ? ctx.scope.classAttribute(cls, attr)?.annotation ?? storedByBase(cls, attr, ctx)?.annotation : null;
      return annotation ? typeObject(annotation, ctx) : null;
    }
    case 'call': return callObject(n, ctx, depth);
    // `client or self.create_client()`: whichever side is a known object.
    case 'boolean_operator': return objectOf(n.childForFieldName('left'), ctx, depth + 1) ?? objectOf(n.childForFieldName('right'), ctx, depth + 1);
    case 'binary_operator': {
      if ((n.childForFieldName('operator')?.text ?? n.child(1)?.text) !== '|') return null;
      return chainObject(n, ctx, depth);
    }
    default: return null;
  }
}

/**
 * A constructor parameter the base class keeps: `def __init__(self, llm: LLM): super().__init__(llm=llm)` read back as
 * `self._llm` / `self.llm` in a class that never assigns it (LlamaIndex synthesizers, framework base classes).
 */
function storedByBase(cls: Node, attr: string, ctx: PyContext): { annotation: Node | null } | null {
  const init = ctx.scope.classMethod(cls, '__init__');
  const name = attr.replace(/^_+/, '');
  const param = init ? ctx.scope.paramOf(init, name) : null;
  if (!init || param?.kind !== 'param') return null;
  const handsOn = init.descendantsOfType('call').some(c => {
    const fn = c?.childForFieldName('function');
    if (!c || !fn || !/^super\([^)]*\)\.__init__$|\.__init__$/.test(fn.text)) return false;
    const args = callArgs(c);
    return [...args.positional, ...args.keywords.values()].some(a => unwrap(a).text === name);
  });
  return handsOn ? { annotation: param.annotation } : null;
}

const llamaSettingsLlm = /^llama_index\.core(\.settings)?\.Settings\.llm$/;
const llamaEngineMakers = new Set(['as_query_engine', 'as_chat_engine']);
const settingsCache = new WeakMap<PyContext, Node | null>();

/** The value assigned to LlamaIndex's global `Settings.llm` anywhere in this file (last one wins). */
function settingsLlmValue(ctx: PyContext): Node | null {
  if (settingsCache.has(ctx)) return settingsCache.get(ctx)!;
  let found: Node | null = null;
  for (const a of ctx.scope.root.descendantsOfType('assignment')) {
    const left = a?.childForFieldName('left');
    if (!a || left?.type !== 'attribute' || !left.text.endsWith('.llm')) continue;
    const q = ctx.scope.qualify(left);
    if (q && llamaSettingsLlm.test(q)) found = a.childForFieldName('right');
  }
  settingsCache.set(ctx, found);
  return found;
}

/** `Settings.llm`: the model set in this file, or an unresolved LlamaIndex model set elsewhere. */
function settingsLlm(ctx: PyContext, depth: number): SdkObject {
  const value = settingsLlmValue(ctx);
  const obj = value ? objectOf(value, ctx, depth + 1) : null;
  if (obj?.role === 'model') return obj;
  return { ...blank('model'), family: 'llamaindex', provider: 'llamaindex', model: { ...unresolvedModel, expression: 'Settings.llm' }, kind: 'chat' };
}

/** An index / retriever built by LlamaIndex (`VectorStoreIndex.from_documents(docs)`, `load_index_from_storage(…)`). */
function isLlamaIndexValue(node: Node | null | undefined, ctx: PyContext, depth: number): boolean {
  if (!node || tooDeep(depth)) return false;
  const n = unwrap(node);
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    return !!b && (b.kind === 'assign' || b.kind === 'with') && isLlamaIndexValue(b.value, ctx, depth + 1);
  }
  if (n.type === 'attribute' && n.childForFieldName('object')?.text === 'self') {
    return isLlamaIndexValue(attributeValue(n.childForFieldName('object')!, n.childForFieldName('attribute')!.text, ctx, depth + 1), ctx, depth + 1);
  }
  if (n.type !== 'call') return false;
  const fn = n.childForFieldName('function')!;
  const q = ctx.scope.qualify(fn) ?? (fn.type === 'attribute' ? ctx.scope.qualify(flattenCallee(fn).base) : null);
  return !!q && q.startsWith('llama_index.');
}

/** A query / chat engine: its model is `llm=` when given, else the global Settings.llm. */
function llamaEngine(llmArg: Node | null, ctx: PyContext, depth: number): SdkObject {
  const llm = llmArg ? objectOf(llmArg, ctx, depth + 1) : null;
  const base = llm?.role === 'model' ? llm : settingsLlm(ctx, depth);
  return { ...base, role: 'model', engine: true };
}

function moduleClient(q: string): SdkObject {
  const c = moduleClients[q];
  return { ...blank('client'), family: c.family, provider: c.provider, vendor: c.vendor, isModule: true };
}

function identifierObject(n: Node, ctx: PyContext, depth: number): SdkObject | null {
  const b = ctx.scope.lookup(n.text, n);
  if (!b) return null;
  switch (b.kind) {
    case 'import': {
      const q = ctx.scope.qualify(n);
      return q && moduleClients[q] ? moduleClient(q) : null;
    }
    case 'assign': {
      // `chat_service: ChatCompletionClientBase = kernel.get_service(…)`: the annotation answers what the value does not.
      const annotation = b.target.parent?.type === 'assignment' ? b.target.parent.childForFieldName('type') : null;
      return objectOf(b.value, ctx, depth + 1) ?? (annotation ? typeObject(annotation, ctx) : null);
    }
    case 'with': return objectOf(b.value, ctx, depth + 1);
    case 'param': {
      if (b.annotation) {
        const t = typeObject(b.annotation, ctx);
        if (t) return t;
      }
      return b.defaultValue ? objectOf(b.defaultValue, ctx, depth + 1) : null;
    }
    default: return null;
  }
}

/** A parameter or attribute annotated with a client / chat-model class (`client: AsyncOpenAI | None`). */
export function typeObject(annotation: Node, ctx: PyContext): SdkObject | null {
  const candidates: Node[] = [];
  const stack: Node[] = [annotation];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.type === 'identifier' || c.type === 'attribute') candidates.push(c);
    // Children pushed last-first, so a union is read in source order: its first client class answers, as in TS.
    else for (const k of [...c.namedChildren].reverse()) if (k) stack.push(k);
  }
  // String annotations: "OpenAI".
  const quoted = /^["']([\w.]+)["']$/.exec(annotation.text.trim());
  for (const c of candidates) {
    const q = ctx.scope.qualify(c, true);
    if (!q) continue;
    const client = clientClasses[q];
    if (client) return { ...blank('client'), family: client.family, provider: client.provider, vendor: client.vendor };
    const last = q.split('.').pop()!;
    if (q.startsWith('langchain') && (langchainClasses[last] || /^Base(Chat|Language)Model$/.test(last))) {
      const cls = langchainClasses[last];
      return { ...blank(cls?.role ?? 'model'), family: 'langchain', provider: 'langchain', vendor: cls?.vendor ?? null, model: unresolvedModel, kind: cls?.kind ?? 'chat' };
    }
    const llama = llamaIndexType(q);
    if (llama) return llama;
    const sk = semanticKernelType(q);
    if (sk) return sk;
  }
  if (quoted) {
    const name = quoted[1].split('.').pop()!;
    const imp = ctx.scope.imports.get(name);
    const q = imp ? (imp.name ? `${imp.module}.${imp.name}` : imp.module) : null;
    const client = q ? clientClasses[q] : undefined;
    if (client) return { ...blank('client'), family: client.family, provider: client.provider, vendor: client.vendor };
  }
  return null;
}

/** LlamaIndex model types in an annotation: the base classes (`llm: LLM`, `embed_model: BaseEmbedding`) and integrations. */
function llamaIndexType(q: string): SdkObject | null {
  if (!q.startsWith('llama_index.')) return null;
  const integration = /^llama_index\.(llms|embeddings)\.([a-z_]+)\.\w+$/.exec(q);
  const base = /^llama_index\.core\.[\w.]*?\b(LLM|BaseLLM|FunctionCallingLLM|CustomLLM|BaseEmbedding|MultiModalEmbedding)$/.exec(q);
  if (!integration && !base) return null;
  const isEmbedding = integration ? integration[1] === 'embeddings' : /Embedding$/.test(base![1]!);
  const vendor = integration ? llamaIndexVendors[integration[2]!] ?? null : null;
  return { ...blank(isEmbedding ? 'embeddings' : 'model'), family: 'llamaindex', provider: 'llamaindex', vendor, model: unresolvedModel, kind: isEmbedding ? 'embedding' : 'chat' };
}

/** Semantic Kernel service base types (`chat_service: ChatCompletionClientBase`): a service whose connector is chosen elsewhere. */
function semanticKernelType(q: string): SdkObject | null {
  const m = /^semantic_kernel\.connectors\.ai\.[\w.]*\b(ChatCompletionClientBase|TextCompletionClientBase|EmbeddingGeneratorBase)$/.exec(q);
  if (!m) return null;
  const kind = m[1] === 'EmbeddingGeneratorBase' ? 'embedding' : m[1] === 'TextCompletionClientBase' ? 'completion' : 'chat';
  return { ...blank(kind === 'embedding' ? 'embeddings' : 'model'), family: 'semantic-kernel', provider: 'semantic-kernel', model: unresolvedModel, kind };
}

function kw(args: ReturnType<typeof callArgs>, ...names: string[]): Node | null {
  for (const name of names) {
    const v = args.keywords.get(name);
    if (v) return v;
  }
  return null;
}

function callObject(n: Node, ctx: PyContext, depth: number): SdkObject | null {
  const fn = n.childForFieldName('function');
  if (!fn) return null;
  const args = callArgs(n);
  const q = ctx.scope.qualify(fn);
  if (q) {
    const fromClass = constructed(q, n, args, ctx);
    if (fromClass) return fromClass;
  }
  const f = unwrap(fn);
  const written = f.type === 'identifier' || f.type === 'attribute' ? f.text : '';
  if (mockClasses.test(written) || (q && mockClasses.test(q))) return blank('mock');
  // A factory function of this file: `def get_client(): return OpenAI()`.
  if (f.type === 'identifier') {
    const b = ctx.scope.lookup(f.text, f);
    if (b?.kind === 'def') {
      const ret = functionReturn(b.node);
      return ret ? objectOf(ret, ctx, depth + 1) : null;
    }
    // A factory function of another workspace module: `from .llm import get_llm` … `get_llm(settings)`.
    if (b?.kind === 'import' && b.binding.name && !b.binding.typeOnly) {
      const other = workspaceModule(ctx, b.binding.module);
      const def = other ? other.scope.lookup(b.binding.name, other.scope.root) : null;
      const ret = def?.kind === 'def' ? functionReturn(def.node) : null;
      if (other && ret) return objectOf(ret, other, depth + 1);
    }
  }
  if (f.type !== 'attribute') return null;
  const { base, path } = flattenCallee(f);
  const method = path.join('.');
  // A factory method of the same class: `self.client = self.create_client()`.
  if (base.text === 'self' && path.length === 1) {
    const cls = ctx.scope.classAround(base);
    // The override in the class of the call wins (`self.client = client or self.create_client()` in a base class).
    const def = cls ? selfClasses(cls, base, ctx).map(c => ctx.scope.classMethod(c, method)).find(d => !!d) : null;
    const ret = def ? functionReturn(def) : null;
    if (ret) return objectOf(ret, ctx, depth + 1);
  }
  if (path.length === 1 && llamaEngineMakers.has(method) && isLlamaIndexValue(base, ctx, depth + 1)) {
    return llamaEngine(kw(args, 'llm'), ctx, depth);
  }
  const target = objectOf(base, ctx, depth + 1);
  // `kernel.get_service(…)` on a kernel handed in: the service this file adds to its kernel, if it adds one.
  if (!target && method === 'get_service' && ctx.scope.imports.size && [...ctx.scope.imports.values()].some(i => i.module.startsWith('semantic_kernel'))) {
    const service = kernelService(ctx, (node, c) => objectOf(node, c, depth + 1));
    if (service) return service;
  }
  if (!target) return methodResult(f.childForFieldName('object')!, f.childForFieldName('attribute')!.text, ctx, depth);
  // prompt.pipe(llm, parser): the same chain as prompt | llm | parser.
  if (path.length === 1 && method === 'pipe' && (target.role === 'prompt' || target.role === 'model' || target.role === 'chain')) {
    return stepsChain([base, ...args.positional], ctx, depth);
  }
  if (target.role === 'client' && target.family === 'genai' && method === 'chats.create') {
    return {
      ...target, role: 'chat', model: modelFact(kw(args, 'model'), ctx, 'client'),
      params: new Map(args.keywords), history: true,
    };
  }
  // xai_sdk: `client.chat.create(model=…)` is a session; `.sample()` / `.stream()` send it.
  if (target.role === 'client' && target.family === 'xai' && method === 'chat.create') {
    return { ...target, role: 'chat', model: modelFact(kw(args, 'model'), ctx, 'client'), params: new Map(args.keywords), history: true };
  }
  // Semantic Kernel: `kernel.get_service(…)` is the chat service the kernel holds.
  if (target.role === 'model' && target.family === 'semantic-kernel' && method === 'get_service') return target;
  if (target.role === 'model' && target.family === 'genai-legacy' && method === 'start_chat') {
    return { ...target, role: 'chat', history: true };
  }
  if ((target.role === 'model' || target.role === 'chain') && path.length === 1) {
    if (method === 'bind_tools') {
      // The options bound with the tools (`tool_choice="generate_title"`) join the model's parameters.
      const params = new Map(target.params);
      for (const [k, v] of args.keywords) if (k !== 'tools') params.set(k, v);
      return { ...target, params, tools: args.positional[0] ?? kw(args, 'tools') ?? undefined };
    }
    if (method === 'with_structured_output') return { ...target, schema: args.positional[0] ?? kw(args, 'schema') ?? undefined };
    if (method === 'bind') {
      const params = new Map(target.params);
      for (const [k, v] of args.keywords) params.set(k, v);
      return { ...target, params, tools: kw(args, 'tools', 'functions') ?? target.tools };
    }
    if (modelWrappers.has(method)) return target;
  }
  if (target.role === 'prompt' && modelWrappers.has(method)) return target;
  // boto3.Session(...).client("bedrock-runtime")
  if (target.role === 'client' && target.provider === 'boto3-session' && method === 'client') return bedrockClient(args, ctx);
  return null;
}

/**
 * A method of an application class that hands out a model: `self._llm_component.get_llm(model_id)` where the component
 * is typed (or built) as a class of this file or of a workspace module and `get_llm` returns a known object or is
 * annotated `-> LLM`.
 */
function methodResult(receiver: Node, method: string, ctx: PyContext, depth: number): SdkObject | null {
  const inst = instanceClass(receiver, ctx, depth + 1);
  const def = inst ? inst.ctx.scope.classChain(inst.cls).map(c => inst.ctx.scope.classMethod(c, method)).find(d => !!d) : null;
  if (!inst || !def) return null;
  const ret = functionReturn(def);
  const fromBody = ret ? objectOf(ret, inst.ctx, depth + 1) : null;
  if (fromBody) return fromBody;
  const annotation = def.childForFieldName('return_type');
  return annotation ? typeObject(annotation, inst.ctx) : null;
}

/** The application class an expression is an instance of: by annotation (`component: LLMComponent`) or construction. */
function instanceClass(node: Node, ctx: PyContext, depth: number): { cls: Node; ctx: PyContext } | null {
  if (tooDeep(depth)) return null;
  const n = unwrap(node);
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind === 'param') return b.annotation ? classNamed(b.annotation, ctx) : null;
    if (b?.kind === 'assign') {
      const annotation = b.target.parent?.type === 'assignment' ? b.target.parent.childForFieldName('type') : null;
      return instanceClass(b.value, ctx, depth + 1) ?? (annotation ? classNamed(annotation, ctx) : null);
    }
    return null;
  }
  if (n.type === 'attribute' && n.childForFieldName('object')?.text === 'self') {
    const self = n.childForFieldName('object')!;
    const attr = n.childForFieldName('attribute')!.text;
    const value = attributeValue(self, attr, ctx, depth + 1);
    const found = value ? instanceClass(value, ctx, depth + 1) : null;
    if (found) return found;
    const cls = ctx.scope.classAround(self);
    const annotation = cls ? ctx.scope.classAttribute(cls, attr)?.annotation : null;
    return annotation ? classNamed(annotation, ctx) : null;
  }
  if (n.type === 'call') {
    const fn = n.childForFieldName('function');
    return fn && (fn.type === 'identifier' || fn.type === 'attribute') ? classNamed(fn, ctx) : null;
  }
  return null;
}

/** The class a name (or the first name of an annotation such as `LLMComponent | None`) refers to, here or in a workspace module. */
function classNamed(annotation: Node, ctx: PyContext): { cls: Node; ctx: PyContext } | null {
  const a = unwrap(annotation);
  const id = a.type === 'identifier' ? a : [a, ...a.descendantsOfType('identifier')].find(x => x?.type === 'identifier') ?? null;
  if (!id) return null;
  const b = ctx.scope.lookup(id.text, id);
  if (b?.kind === 'class') return { cls: b.node, ctx };
  if (b?.kind === 'import' && b.binding.name) {
    const other = workspaceModule(ctx, b.binding.module);
    const cls = other?.scope.moduleClass(b.binding.name);
    if (other && cls) return { cls, ctx: other };
  }
  return null;
}

function bedrockClient(args: ReturnType<typeof callArgs>, ctx: PyContext): SdkObject | null {
  const service = evalString(args.positional[0] ?? kw(args, 'service_name'), ctx);
  if (!service || service.text !== 'bedrock-runtime') return null;
  return { ...blank('client'), family: 'bedrock', provider: 'bedrock', vendor: 'bedrock' };
}

/** An object built by calling a known class or factory (qualified name `q`). */
function constructed(q: string, n: Node, args: ReturnType<typeof callArgs>, ctx: PyContext): SdkObject | null {
  const client = clientClasses[q];
  if (client) {
    const obj: SdkObject = { ...blank('client'), family: client.family, provider: client.provider, vendor: client.vendor, params: new Map(args.keywords) };
    if (client.family === 'openai' && client.provider === 'openai') {
      const base = kw(args, 'base_url', 'api_base');
      const url = evalString(base, ctx);
      const key = kw(args, 'api_key');
      if (base) obj.vendor = vendorOfBaseUrl(url?.text ?? '', base.text, client.vendor, key?.text ?? '');
    }
    if (client.family === 'anthropic') {
      const base = kw(args, 'base_url');
      if (base) obj.vendor = anthropicBaseUrlVendor(evalString(base, ctx)?.text ?? '', client.vendor);
    }
    if (client.provider === 'azure-openai') {
      const deployment = kw(args, 'azure_deployment');
      if (deployment) obj.model = modelFact(deployment, ctx, 'client');
    }
    if (client.family === 'genai' && evalBool(kw(args, 'vertexai'), ctx) === true) obj.vendor = 'vertex_ai';
    // Clients bound to one model: InferenceClient(model=…) (or first), CrewAI LLM(model=…), azure-ai-inference model=.
    if (client.family === 'huggingface' || client.family === 'crewai' || client.family === 'azure-inference') {
      const m = kw(args, 'model') ?? (client.family !== 'azure-inference' ? args.positional[0] ?? null : null);
      if (m) obj.model = modelFact(m, ctx, 'client');
      if (client.family === 'huggingface') {
        const base = kw(args, 'base_url');
        if (base) obj.vendor = vendorOfBaseUrl(evalString(base, ctx)?.text ?? '', base.text, obj.vendor);
      }
    }
    return obj;
  }
  const vertex = /^vertexai(\.preview)?\.generative_models\.GenerativeModel$/.test(q);
  if (q === 'google.generativeai.GenerativeModel' || vertex) {
    return {
      ...blank('model'), family: 'genai-legacy', provider: 'google', vendor: vertex ? 'vertex_ai' : 'gemini', kind: 'chat',
      model: modelFact(args.positional[0] ?? kw(args, 'model_name', 'model'), ctx, 'client'), params: new Map(args.keywords),
    };
  }
  if (q === 'boto3.client' || q === 'boto3.session.Session.client') return bedrockClient(args, ctx);
  if (q === 'boto3.Session' || q === 'boto3.session.Session') return { ...blank('client'), provider: 'boto3-session' };
  if (/^instructor\.(from_openai|from_anthropic|from_mistral|from_gemini|from_genai|patch|apatch|from_litellm)$/.test(q)) {
    const inner = objectOf(args.positional[0] ?? kw(args, 'client'), ctx, 1);
    return inner ? { ...inner, instructor: true } : null;
  }
  if (q === 'instructor.from_provider') return instructorProvider(args, ctx);
  if (q === 'agents.Agent' || q === 'agents.agent.Agent') return openaiAgent(args, ctx);
  if (q === 'pydantic_ai.Agent' || q === 'pydantic_ai.agent.Agent') return pydanticAgent(args, ctx);
  if (q === 'litellm.Router' || q === 'litellm.router.Router') return litellmRouter(args, ctx);
  const last = q.split('.').pop()!;
  if (q.startsWith('langchain')) {
    if (last === 'init_chat_model') return initChatModel(args, ctx);
    const cls = langchainClasses[last];
    if (cls) {
      const modelNode = kw(args, ...cls.modelKeys) ?? args.positional[0] ?? null;
      let vendor = cls.vendor;
      const model = modelFact(modelNode, ctx, 'client');
      if (last === 'ChatOpenAI') {
        const base = kw(args, 'base_url', 'openai_api_base');
        if (base) vendor = vendorOfBaseUrl(evalString(base, ctx)?.text ?? '', base.text, vendor);
      }
      if (vendor === null && model.value) vendor = vendorFromModelId(model.value);
      return { ...blank(cls.role), family: 'langchain', provider: 'langchain', vendor, model, params: new Map(args.keywords), kind: cls.kind };
    }
    if (templateClasses.test(q) || /^(ChatPromptTemplate|PromptTemplate)\.(from_messages|from_template)$/.test(q.split('.').slice(-2).join('.'))) {
      return { ...blank('prompt'), template: n };
    }
    if (last === 'RunnableSequence') {
      const middle = kw(args, 'middle');
      const steps = [...args.positional, kw(args, 'first'), ...(middle && unwrap(middle).type === 'list' ? unwrap(middle).namedChildren : [middle]), kw(args, 'last')];
      return stepsChain(steps.filter((x): x is Node => !!x), ctx, 0);
    }
    if (last === 'LLMChain') {
      const llm = objectOf(kw(args, 'llm'), ctx, 1);
      const prompt = objectOf(kw(args, 'prompt'), ctx, 1);
      if (llm && (llm.role === 'model')) return { ...llm, role: 'chain', template: prompt?.template };
    }
    // Legacy and helper chains around a model: RetrievalQA.from_chain_type(llm=…), ConversationChain(llm=…),
    // create_stuff_documents_chain(llm, prompt), create_retrieval_chain(retriever, combine_docs_chain).
    const inner = [kw(args, 'llm'), kw(args, 'combine_docs_chain'), kw(args, 'agent'), ...args.positional]
      .map(a => (a ? objectOf(a, ctx, 1) : null))
      .find(o => o && (o.role === 'model' || o.role === 'chain'));
    // …and agents: create_tool_calling_agent(llm, tools, prompt) run through AgentExecutor(agent=…).
    if (inner && (/Chain|chain|QA\b/.test(q.split('.').slice(-2).join('.')) || /^create_\w+_agent$|^AgentExecutor$/.test(last))) {
      const prompt = [kw(args, 'prompt'), ...args.positional].map(a => (a ? objectOf(a, ctx, 1) : null)).find(o => o?.role === 'prompt');
      const retrieval = /Retrieval|retrieval|stuff_documents|QA\b/.test(q);
      const isAgent = /^create_\w+_agent$|^AgentExecutor$/.test(last);
      const tools = inner.tools ?? (isAgent ? kw(args, 'tools') ?? args.positional[1] ?? undefined : undefined);
      return { ...inner, role: 'chain', template: prompt?.template ?? inner.template, engine: inner.engine || retrieval, history: /Conversation/.test(q) || inner.history, tools };
    }
  }
  if (/^haystack(_integrations)?\.components\.generators\./.test(q)) return haystackGenerator(last, args, ctx);
  // `ChatPromptTemplate.from_messages(...)`: qualify gives module.ChatPromptTemplate.from_messages.
  const parts = q.split('.');
  if (parts.length >= 2 && q.startsWith('langchain') && /^(ChatPromptTemplate|PromptTemplate)$/.test(parts[parts.length - 2])) {
    return { ...blank('prompt'), template: n };
  }
  if (q.startsWith('llama_index.')) {
    // RetrieverQueryEngine.from_args(retriever, llm=…), SimpleChatEngine.from_defaults(llm=…).
    if (/Engine\.(from_args|from_defaults)$/.test(q) || /Engine$/.test(last)) return llamaEngine(kw(args, 'llm'), ctx, 0);
    const m = /^llama_index\.(llms|embeddings)\.([a-z_]+)\.(\w+)$/.exec(q);
    if (m) {
      const vendor = llamaIndexVendors[m[2]] ?? null;
      const isEmbedding = m[1] === 'embeddings';
      const modelNode = kw(args, 'model', 'model_name', 'engine', 'deployment_name') ?? args.positional[0] ?? null;
      const model = modelFact(vendor === 'azure' ? kw(args, 'engine', 'deployment_name') ?? modelNode : modelNode, ctx, 'client');
      return {
        ...blank(isEmbedding ? 'embeddings' : 'model'), family: 'llamaindex', provider: 'llamaindex', vendor, model,
        params: new Map(args.keywords), kind: isEmbedding ? 'embedding' : 'chat',
      };
    }
  }
  return moreSdkObject(q, n, ctx, (node, c) => objectOf(node, c, 1));
}

/** `instructor.from_provider("anthropic/claude-3-5-haiku-latest")`: the provider prefix picks the SDK, the rest is the model. */
function instructorProvider(args: ReturnType<typeof callArgs>, ctx: PyContext): SdkObject {
  const model = modelFact(args.positional[0] ?? kw(args, 'model'), ctx, 'client');
  let family: Family = 'openai';
  let provider = 'openai';
  let vendor: string | null = null;
  const m = model.value ? /^([a-z_-]+)\/(.+)$/.exec(model.value) : null;
  if (m) {
    vendor = vendorFromPrefix(m[1]);
    model.value = m[2];
    if (vendor === 'anthropic') [family, provider] = ['anthropic', 'anthropic'];
    // instructor speaks OpenAI-style messages to every other provider.
    else if (m[1] === 'google' || vendor === 'gemini') [provider, vendor] = ['google', 'gemini'];
    else provider = m[1] === 'openai' ? 'openai' : m[1];
  }
  return { ...blank('client'), family, provider, vendor, model, instructor: true, params: new Map(args.keywords) };
}

/** `Router(model_list=[{"model_name": "fast", "litellm_params": {"model": "groq/…"}}])`: calls name the alias. */
function litellmRouter(args: ReturnType<typeof callArgs>, ctx: PyContext): SdkObject {
  const aliases = new Map<string, Node>();
  for (const item of listOf(kw(args, 'model_list'), ctx)?.items ?? []) {
    const d = dictOf(item, ctx);
    const alias = evalString(d?.entries.get('model_name'), ctx);
    const model = dictOf(d?.entries.get('litellm_params'), ctx)?.entries.get('model');
    // The first deployment of an alias stands for the group (load balancing picks among equals).
    if (alias && model && !aliases.has(alias.text)) aliases.set(alias.text, model);
  }
  return { ...blank('client'), family: 'litellm', provider: 'litellm', aliases };
}

/** pydantic-ai model classes live in `pydantic_ai.models.<provider>`. */
const pydanticModelModules: Record<string, string> = {
  openai: 'openai', anthropic: 'anthropic', gemini: 'gemini', google: 'gemini', groq: 'groq', mistral: 'mistral',
  cohere: 'cohere', bedrock: 'bedrock',
};

/** `Agent("openai:gpt-4o-mini", system_prompt=…)` or `Agent(OpenAIModel("gpt-4o"), …)`. */
function pydanticAgent(args: ReturnType<typeof callArgs>, ctx: PyContext): SdkObject {
  const modelArg = args.positional[0] ?? kw(args, 'model');
  const u = modelArg ? unwrap(modelArg) : null;
  let model = unresolvedModel;
  let vendor: string | null = null;
  if (u?.type === 'call') {
    // A model object: its first argument names the model, its module the provider.
    const q = ctx.scope.qualify(u.childForFieldName('function')!) ?? '';
    const m = /^pydantic_ai\.models\.(\w+)\./.exec(q);
    vendor = m ? pydanticModelModules[m[1]] ?? null : null;
    const margs = callArgs(u);
    model = modelFact(margs.positional[0] ?? kw(margs, 'model_name'), ctx, 'client');
  } else if (modelArg) {
    model = modelFact(modelArg, ctx, 'client');
    const colon = model.value ? /^([a-z_-]+):(.+)$/.exec(model.value) : null;
    if (colon) {
      vendor = vendorFromPrefix(colon[1]);
      model = { ...model, value: colon[2] };
    }
  }
  if (!vendor && model.value) vendor = vendorFromModelId(model.value);
  return {
    ...blank('model'), family: 'pydantic-ai', provider: 'pydantic-ai', vendor, model, kind: 'chat', params: new Map(args.keywords),
    tools: kw(args, 'tools') ?? undefined, schema: kw(args, 'output_type', 'result_type') ?? undefined,
  };
}

/** Haystack generator components: `OpenAIChatGenerator(model=…).run(messages=[…])`. */
const haystackVendors: Array<[RegExp, string]> = [
  [/^AzureOpenAI/, 'azure'], [/^OpenAI/, 'openai'], [/^Anthropic/, 'anthropic'], [/Gemini|GoogleGenAI/, 'gemini'],
  [/^Ollama/, 'ollama'], [/^Cohere/, 'cohere'], [/^Mistral/, 'mistral'], [/^AmazonBedrock/, 'bedrock'],
];

function haystackGenerator(cls: string, args: ReturnType<typeof callArgs>, ctx: PyContext): SdkObject | null {
  if (!/Generator$/.test(cls)) return null;
  const vendor = haystackVendors.find(([re]) => re.test(cls))?.[1] ?? null;
  const model = modelFact(kw(args, 'model', 'azure_deployment') ?? args.positional[0] ?? null, ctx, 'client');
  return {
    ...blank('model'), family: 'haystack', provider: 'haystack', vendor: vendor ?? (model.value ? vendorFromModelId(model.value) : null),
    model, kind: 'chat', params: new Map(args.keywords),
  };
}

/** OpenAI Agents SDK `Agent(name=…, instructions=…, model="gpt-4.1", tools=[…], output_type=…)`. */
function openaiAgent(args: ReturnType<typeof callArgs>, ctx: PyContext): SdkObject {
  const modelNode = kw(args, 'model');
  // A model object (OpenAIChatCompletionsModel(model=…), LitellmModel(model=…)) names the model inside.
  const u = modelNode ? unwrap(modelNode) : null;
  const inner = u?.type === 'call' ? callArgs(u) : null;
  const model = modelFact(inner ? kw(inner, 'model') ?? inner.positional[0] : modelNode, ctx, 'client');
  let vendor: string | null = model.value ? vendorFromModelId(model.value) : null;
  if (model.value?.startsWith('litellm/')) {
    // "litellm/anthropic/claude-…": the provider is the second segment.
    const [, prefix, ...rest] = model.value.split('/');
    vendor = vendorFromPrefix(prefix) ?? vendor;
    model.value = rest.join('/');
  }
  return {
    ...blank('model'), family: 'openai-agents', provider: 'openai-agents', vendor, model, kind: 'chat', params: new Map(args.keywords),
    tools: kw(args, 'tools') ?? undefined, schema: kw(args, 'output_type') ?? undefined,
  };
}

function initChatModel(args: ReturnType<typeof callArgs>, ctx: PyContext): SdkObject {
  const modelNode = args.positional[0] ?? kw(args, 'model');
  const model = modelFact(modelNode, ctx, 'client');
  let vendor: string | null = null;
  const provider = evalString(kw(args, 'model_provider'), ctx);
  if (provider) vendor = vendorFromPrefix(provider.text);
  if (model.value) {
    const colon = /^([a-z_-]+):(.+)$/.exec(model.value);
    if (colon && vendorFromPrefix(colon[1])) {
      vendor ??= vendorFromPrefix(colon[1]);
      // init_chat_model("openai:gpt-4o"): the catalog id is the part after the provider.
      model.value = colon[2];
    }
    vendor ??= vendorFromModelId(model.value);
  }
  return { ...blank('model'), family: 'langchain', provider: 'langchain', vendor, model, params: new Map(args.keywords), kind: 'chat' };
}

/** `prompt | llm | parser`: the first model in the pipe, with the prompt template before it. */
function chainObject(n: Node, ctx: PyContext, depth: number): SdkObject | null {
  const operands: Node[] = [];
  const flatten = (x: Node) => {
    const u = unwrap(x);
    if (u.type === 'binary_operator' && (u.childForFieldName('operator')?.text ?? u.child(1)?.text) === '|') {
      const l = u.childForFieldName('left');
      const r = u.childForFieldName('right');
      if (l) flatten(l);
      if (r) flatten(r);
    } else operands.push(u);
  };
  flatten(n);
  return stepsChain(operands, ctx, depth);
}

/** Steps of a pipeline in order: the first model, with the prompt template before it. */
function stepsChain(operands: Node[], ctx: PyContext, depth: number): SdkObject | null {
  let template: Node | undefined;
  for (const op of operands) {
    const obj = objectOf(op, ctx, depth + 1);
    if (!obj) continue;
    if (obj.role === 'prompt' && !template) template = obj.template;
    if (obj.role === 'model') return { ...obj, role: 'chain', template };
    if (obj.role === 'chain') return { ...obj, template: obj.template ?? template };
  }
  return null;
}
