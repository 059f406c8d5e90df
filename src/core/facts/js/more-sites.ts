// Sites for SDKs whose request shape is their own: the legacy @azure/openai OpenAIClient (deployment and messages as
// positional arguments), IBM watsonx.ai (`modelId` in one request object) and Vertex AI's PredictionServiceClient
// (the model named inside a resource path). sites.ts dispatches here from clientSite.
import type ts from 'typescript';
import type { Ctx } from './ctx';
import type { MethodSpec } from './sdk';
import { modelFrom, streamOption, type Base, type Site } from './sites';
import { evalString, modelFact, type ObjView, resolveObject } from './values';
import { modelOfVertexResource } from '../policy';

/** `client.getChatCompletions(deployment, messages, { maxTokens })`: the deployment names the model on Azure. */
export function azureLegacySite(ctx: Ctx, call: ts.CallExpression, base: Base, spec: MethodSpec, method: string): Site {
  const [deployment, input, options] = call.arguments;
  const opts = resolveObject(ctx, options);
  return {
    ...base, model: modelFact(ctx, deployment),
    streaming: !!spec.streaming,
    views: [opts],
    collect: c => {
      if (spec.kind === 'chat') c.messages(input);
      else if (spec.kind === 'embedding') c.inputs(input);
      else if (method !== 'getAudioTranscription' && method !== 'getAudioTranslation') { c.prompt(input); }
    },
  };
}

/** `watsonx.textChat({ modelId, messages, maxTokens })`, `generateText({ modelId, input, parameters })`, `embedText({ modelId, inputs })`. */
export function watsonxSite(ctx: Ctx, base: Base, spec: MethodSpec, req: ObjView | null, method: string): Site {
  return {
    ...base, model: modelFrom(ctx, req, ['modelId', 'model_id']),
    streaming: !!spec.streaming,
    views: [req],
    collect: c => {
      const get = (k: string) => req?.props.get(k)?.value;
      if (method.startsWith('textChat')) c.messages(get('messages'));
      else if (spec.kind === 'embedding') c.inputs(get('inputs'));
      else if (spec.kind === 'rerank') { c.text('user', get('query')); c.inputs(get('inputs')); }
      else { c.prompt(get('input')); }
    },
  };
}

/** `client.predict({ endpoint: 'projects/…/publishers/google/models/text-embedding-005', instances })`. */
export function vertexPredictionSite(ctx: Ctx, base: Base, spec: MethodSpec, req: ObjView | null): Site {
  const resource = req?.props.get('endpoint')?.value ?? req?.props.get('model')?.value;
  const v = resource ? evalString(ctx, resource) : null;
  const id = v?.exact ? modelOfVertexResource(v.text) : null;
  const model = id ? { ...modelFact(ctx, resource), value: id, definedAt: null } : { value: null, source: 'unresolved' as const, definedAt: null, expression: resource ? '(a deployed endpoint: its model is not in the code)' : '' };
  return {
    ...base, kind: id && /embed/i.test(id) ? 'embedding' : base.kind, model,
    streaming: !!spec.streaming || streamOption(ctx, req),
    views: [req],
    collect: () => {},
  };
}
