// Objects built by SDKs whose construction is more than `Client(...)`: IBM watsonx.ai ModelInference / Embeddings,
// DSPy LMs and modules, Semantic Kernel AI services, and Vertex AI `Model.from_pretrained(id)`. objects.ts asks here
// after its own tables; each returns null when the qualified name is not one of these.
import type { Node } from 'web-tree-sitter';
import type { PyContext } from './context';
import type { SdkObject } from './objects';
import { callArgs, type CallArgs, unwrap } from './syntax';
import { modelFact, unresolvedModel } from './model-fact';
import { vendorFromModelId, vendorFromPrefix, vendorOfBaseUrl } from '../policy';
import { evalString } from './values';

type Resolve = (node: Node | null | undefined, ctx: PyContext) => SdkObject | null;

function kw(args: CallArgs, ...names: string[]): Node | null {
  for (const name of names) {
    const v = args.keywords.get(name);
    if (v) return v;
  }
  return null;
}

function object(role: SdkObject['role'], family: SdkObject['family'], provider: string, vendor: string | null, args: CallArgs): SdkObject {
  return { role, family, provider, vendor, model: null, params: new Map(args.keywords) };
}

/** DSPy modules that send the configured LM a request when called. */
const dspyModules = /^dspy(\.predict(\.\w+)?)?\.(Predict|ChainOfThought|ChainOfThoughtWithHint|ReAct|ProgramOfThought|MultiChainComparison|CodeAct|Refine|BestOfN)$/;

/** Semantic Kernel service class name → vendor (the connector module says the same; the class name is shorter). */
const semanticKernelVendors: Array<[RegExp, string]> = [
  [/^Azure/, 'azure'], [/^OpenAI/, 'openai'], [/^Anthropic/, 'anthropic'], [/^GoogleAI/, 'gemini'], [/^VertexAI/, 'vertex_ai'],
  [/^Ollama/, 'ollama'], [/^MistralAI/, 'mistral'], [/^Bedrock/, 'bedrock'], [/^HuggingFace/, 'huggingface'], [/^Nvidia/, 'nvidia_nim'],
];

/**
 * smolagents model classes that call an API, with the model their constructor falls back to (smolagents 1.2x; the
 * deprecated `HfApiModel` kept Qwen2.5-Coder's) and whose it is. In-process classes (TransformersModel, VLLMModel,
 * MLXModel) send no request and are absent.
 */
const smolagentsModels: Record<string, { vendor: string | null; fallback: string | null }> = {
  LiteLLMModel: { vendor: null, fallback: 'anthropic/claude-3-5-sonnet-20240620' },
  LiteLLMRouterModel: { vendor: null, fallback: null },
  InferenceClientModel: { vendor: 'huggingface', fallback: 'Qwen/Qwen3-Next-80B-A3B-Thinking' },
  HfApiModel: { vendor: 'huggingface', fallback: 'Qwen/Qwen2.5-Coder-32B-Instruct' },
  OpenAIModel: { vendor: 'openai', fallback: null },
  OpenAIServerModel: { vendor: 'openai', fallback: null },
  AzureOpenAIModel: { vendor: 'azure', fallback: null },
  AzureOpenAIServerModel: { vendor: 'azure', fallback: null },
  AmazonBedrockModel: { vendor: 'bedrock', fallback: null },
  AmazonBedrockServerModel: { vendor: 'bedrock', fallback: null },
};
const smolagentsAgents = /^smolagents(\.agents)?\.(CodeAgent|ToolCallingAgent|MultiStepAgent)$/;

const smolagentsInProcess = /^smolagents(\.models)?\.(TransformersModel|VLLMModel|MLXModel)$/;

/** A model built here (or bound to a name built here) from a class that runs the weights in this process. */
function runsInProcess(node: Node | null, ctx: PyContext): boolean {
  let n = node ? unwrap(node) : null;
  if (n?.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    n = b?.kind === 'assign' ? unwrap(b.value) : null;
  }
  const fn = n?.type === 'call' ? n.childForFieldName('function') : null;
  return !!fn && smolagentsInProcess.test(ctx.scope.qualify(fn) ?? '');
}

/** A smolagents model object: its model (the class default when none is given) and vendor. */
function smolagentsModel(cls: string, args: CallArgs, ctx: PyContext): SdkObject | null {
  const spec = smolagentsModels[cls];
  if (!spec) return null;
  const obj = object('model', 'smolagents', 'smolagents', spec.vendor, args);
  const given = kw(args, 'model_id') ?? args.positional[0] ?? null;
  obj.model = given ? modelFact(given, ctx, 'client')
    : spec.fallback ? { value: spec.fallback, source: 'parameter-default', definedAt: null, expression: `${cls}() default` } : unresolvedModel;
  obj.kind = 'chat';
  const base = kw(args, 'api_base', 'base_url');
  const provider = evalString(kw(args, 'provider'), ctx);
  if (spec.vendor === 'openai' && base) {
    const url = evalString(base, ctx);
    obj.vendor = vendorOfBaseUrl(url ? url.text : '', base.text, 'openai');
  } else if (spec.vendor === 'huggingface' && provider && !provider.placeholders.length) {
    // Inference Providers: `provider="together"` routes the request to that host.
    obj.vendor = vendorFromPrefix(provider.text) ?? spec.vendor;
  } else if (!spec.vendor) obj.vendor = vendorFromModelId(obj.model.value);
  return obj;
}

/** `vertexai.language_models` / `vision_models` classes loaded with `from_pretrained(id)`. */
const vertexPretrained = /^vertexai(\.preview)?\.(language_models|vision_models)\.(\w+)\.from_pretrained$/;

export function moreSdkObject(q: string, call: Node, ctx: PyContext, resolve: Resolve): SdkObject | null {
  const args = callArgs(call);
  // IBM watsonx.ai (and its predecessor ibm_watson_machine_learning): ModelInference / Model, Embeddings.
  const wx = /^ibm_watson(x_ai|_machine_learning)\.foundation_models(\.\w+)*\.(ModelInference|Model|Embeddings)$/.exec(q);
  if (wx) {
    const embeddings = wx[3] === 'Embeddings';
    const obj = object(embeddings ? 'embeddings' : 'model', 'watsonx', 'watsonx', 'watsonx', args);
    obj.model = modelFact(kw(args, 'model_id') ?? args.positional[0], ctx, 'client');
    obj.kind = embeddings ? 'embedding' : 'chat';
    return obj;
  }
  if (q === 'dspy.LM' || q === 'dspy.clients.LM' || q === 'dspy.clients.lm.LM') {
    const obj = object('model', 'dspy', 'dspy', null, args);
    obj.model = modelFact(args.positional[0] ?? kw(args, 'model'), ctx, 'client');
    obj.vendor = vendorFromModelId(obj.model.value);
    obj.kind = 'chat';
    return obj;
  }
  if (dspyModules.test(q)) {
    // A module runs on the LM it is given, else the one `dspy.configure(lm=…)` set in this file.
    const lm = resolve(kw(args, 'lm'), ctx) ?? configuredDspyLm(ctx, resolve);
    return lm ?? { ...object('model', 'dspy', 'dspy', null, args), model: unresolvedModel, kind: 'chat' };
  }
  const sk = /^semantic_kernel\.connectors\.ai\.[\w.]*\.(\w+?)(ChatCompletion|TextCompletion|TextEmbedding)$/.exec(q);
  if (sk) {
    const embeddings = sk[2] === 'TextEmbedding';
    const vendor = semanticKernelVendors.find(([re]) => re.test(sk[1]!))?.[1] ?? null;
    const obj = object(embeddings ? 'embeddings' : 'model', 'semantic-kernel', 'semantic-kernel', vendor, args);
    const modelNode = vendor === 'azure'
      ? kw(args, 'deployment_name', 'ai_model_id')
      : kw(args, 'ai_model_id', 'gemini_model_id', 'embedding_model_id', 'model_id', 'model');
    obj.model = modelFact(modelNode, ctx, 'client');
    obj.kind = embeddings ? 'embedding' : sk[2] === 'TextCompletion' ? 'completion' : 'chat';
    if (!obj.vendor) obj.vendor = vendorFromModelId(obj.model.value);
    return obj;
  }
  const smol = /^smolagents(\.models)?\.(\w+)$/.exec(q);
  if (smol) {
    // An agent runs on the model it is given.
    if (smolagentsAgents.test(q)) {
      const model = kw(args, 'model');
      if (runsInProcess(model, ctx)) return null;
      return resolve(model, ctx) ?? { ...object('model', 'smolagents', 'smolagents', null, args), model: unresolvedModel, kind: 'chat' };
    }
    const model = smolagentsModel(smol[2]!, args, ctx);
    if (model) return model;
  }
  if (q === 'semantic_kernel.Kernel' || q === 'semantic_kernel.kernel.Kernel') {
    // A kernel runs prompts on the chat service added to it; one added elsewhere is a call with an unknown model.
    return kernelService(ctx, resolve) ?? { ...object('model', 'semantic-kernel', 'semantic-kernel', null, args), model: unresolvedModel, kind: 'chat' };
  }
  const agent = skAgent(q, args, ctx, resolve);
  if (agent) return agent;
  const vx = vertexPretrained.exec(q);
  if (vx) {
    const cls = vx[3]!;
    const model = modelFact(args.positional[0] ?? kw(args, 'model_name'), ctx, 'client');
    if (/EmbeddingModel$/.test(cls)) return { ...object('embeddings', 'vertex-models', 'google', 'vertex_ai', args), model, kind: 'embedding' };
    // Chat models start sessions (`start_chat().send_message(…)`) the way google.generativeai models do.
    if (/ChatModel$/.test(cls)) return { ...object('model', 'genai-legacy', 'google', 'vertex_ai', args), model, kind: 'chat' };
    return { ...object('model', 'vertex-models', 'google', 'vertex_ai', args), model, kind: /Image/.test(cls) ? 'image' : 'completion' };
  }
  return null;
}

const skAgentClasses = /^semantic_kernel\.agents(\.[\w.]+)?\.(ChatCompletionAgent|AgentGroupChat|AgentChat)$/;

/**
 * Semantic Kernel agents. A ChatCompletionAgent answers on its `service=`, else on the chat service of its `kernel=`; an
 * AgentGroupChat on its first agent's. Either way a run is a request, with the model unknown when the service is.
 */
function skAgent(q: string, args: CallArgs, ctx: PyContext, resolve: Resolve): SdkObject | null {
  const m = skAgentClasses.exec(q);
  if (!m) return null;
  let inner: SdkObject | null = null;
  if (m[2] === 'ChatCompletionAgent') inner = resolve(kw(args, 'service'), ctx) ?? resolve(kw(args, 'kernel'), ctx);
  else {
    let first: Node | null = kw(args, 'agents') ?? args.positional[0] ?? null;
    while (first && unwrap(first).type === 'binary_operator') first = unwrap(first).childForFieldName('left');
    if (first && unwrap(first).type === 'list') first = unwrap(first).namedChildren[0] ?? null;
    inner = resolve(first, ctx);
  }
  const service = inner && (inner.family === 'semantic-kernel' || inner.family === 'semantic-kernel-agent') && inner.role === 'model' ? inner : null;
  return {
    ...object('model', 'semantic-kernel-agent', 'semantic-kernel', service?.vendor ?? null, args),
    model: service?.model ?? unresolvedModel, kind: 'chat',
    params: new Map([...(service?.params ?? []), ...args.keywords]),
  };
}

/**
 * An object this file sets up for others to use: what `pick` finds in the file's calls (the first or the last found),
 * remembered per file. While it is being looked for it reads as null, so a lookup that comes back to itself ends.
 */
function setUpInFile(ctx: PyContext, memo: WeakMap<PyContext, SdkObject | null>, which: 'first' | 'last', pick: (call: Node, fn: Node) => SdkObject | null): SdkObject | null {
  if (memo.has(ctx)) return memo.get(ctx)!;
  memo.set(ctx, null);
  let found: SdkObject | null = null;
  for (const c of ctx.scope.root.descendantsOfType('call')) {
    const fn = c?.childForFieldName('function');
    const hit = c && fn ? pick(c, fn) : null;
    if (hit) { found = hit; if (which === 'first') break; }
  }
  memo.set(ctx, found);
  return found;
}

const kernelServices = new WeakMap<PyContext, SdkObject | null>();

/** The first Semantic Kernel chat (or text) service added with `….add_service(…)` in this file. */
export function kernelService(ctx: PyContext, resolve: Resolve): SdkObject | null {
  return setUpInFile(ctx, kernelServices, 'first', (c, fn) => {
    if (fn.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'add_service') return null;
    const args = callArgs(c);
    const service = resolve(args.positional[0] ?? kw(args, 'service'), ctx);
    return service?.family === 'semantic-kernel' && service.role === 'model' ? service : null;
  });
}

const configured = new WeakMap<PyContext, SdkObject | null>();

/** The LM passed to `dspy.configure(lm=…)` / `dspy.settings.configure(lm=…)` in this file (the last one). */
function configuredDspyLm(ctx: PyContext, resolve: Resolve): SdkObject | null {
  return setUpInFile(ctx, configured, 'last', (c, fn) => {
    if (!/configure$|\.context$/.test(fn.text)) return null;
    const q = ctx.scope.qualify(fn);
    if (q !== 'dspy.configure' && q !== 'dspy.settings.configure' && q !== 'dspy.context') return null;
    const lm = resolve(callArgs(c).keywords.get('lm'), ctx);
    return lm?.family === 'dspy' ? lm : null;
  });
}
