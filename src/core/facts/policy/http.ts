// Raw HTTP requests to model APIs (`fetch`, axios, `requests.post`, httpx, aiohttp): which URL paths are model APIs,
// what each one sends, and whose host it is. Each extractor reads the URL and the JSON body from its syntax and asks
// here; one rule for both languages:
// - the vendor is the host's (a known API host, or a hostless URL whose base names one: `${OLLAMA_HOST}/api/chat`);
// - Gemini REST paths (`models/x:generateContent`) count only on a Google host, Ollama's native `/api/…` paths only
//   on an Ollama host (an app's own `/api/chat` route is not a model API);
// - a model API path on an unknown host is a model request only when its body names a model.
import type { CallKind } from '../../model';
import { vendorFromEnvName, vendorFromName, vendorFromUrl } from './vendor';

/** How the JSON body is laid out, so each extractor reads the prompt from the right keys. */
export type HttpShape =
  | 'openai-chat' | 'openai-responses' | 'anthropic' | 'gemini' | 'gemini-embedding' | 'embedding' | 'completion'
  | 'ollama-chat' | 'ollama-generate' | 'image' | 'audio' | 'dashscope' | 'hunyuan';

export interface HttpApi {
  shape: HttpShape;
  kind: CallKind;
  /** The host's vendor; null for an unknown host. */
  hostVendor: string | null;
  /** Whose API it is: the host's, else Anthropic's for its Messages path; null (the caller falls back to the model id). */
  vendor: string | null;
  /** `POST /v1/chat/completions`: the path as the report names the API. */
  api: string;
  /** The path alone says the response streams (Gemini `streamGenerateContent`); a body's `stream` is read by the caller. */
  streaming: boolean;
  /** Gemini REST names the model in the path (`models/gemini-2.0-flash:generateContent`). */
  urlModel: string | null;
}

const GOOGLE = new Set(['gemini', 'vertex_ai']);

/**
 * API paths, first match wins. `hosts`: the only host vendors the path counts on (else any host). `vendor`: a
 * provider's native path that no one else serves, so it names the vendor on any host (the app's proxy to it too).
 */
const PATHS: Array<{ path: RegExp; shape: HttpShape; kind: CallKind; hosts?: Set<string>; vendor?: string }> = [
  { path: /:(stream)?generateContent$/i, shape: 'gemini', kind: 'chat', hosts: GOOGLE },
  // Baidu Qianfan (ERNIE) chat: `…/wenxinworkshop/chat/<endpoint>`; Alibaba DashScope's native generation API;
  // Tencent Hunyuan answers on its host's root (the action is a header).
  { path: /\/wenxinworkshop\/chat\/[\w.-]*$/, shape: 'openai-chat', kind: 'chat', vendor: 'baidu' },
  { path: /(^|\/)services\/aigc\/(text|multimodal)-generation\/generation$/, shape: 'dashscope', kind: 'chat', vendor: 'dashscope' },
  { path: /^\/?$/, shape: 'hunyuan', kind: 'chat', hosts: new Set(['tencent']) },
  { path: /:(batchEmbedContents|embedContent)$/i, shape: 'gemini-embedding', kind: 'embedding', hosts: GOOGLE },
  { path: /\/api\/chat$/, shape: 'ollama-chat', kind: 'chat', hosts: new Set(['ollama']) },
  { path: /\/api\/generate$/, shape: 'ollama-generate', kind: 'completion', hosts: new Set(['ollama']) },
  { path: /\/api\/embed(dings)?$/, shape: 'embedding', kind: 'embedding', hosts: new Set(['ollama']) },
  { path: /(^|\/)chat\/completions$/, shape: 'openai-chat', kind: 'chat' },
  { path: /(^|\/)v1\/messages$/, shape: 'anthropic', kind: 'chat' },
  { path: /\/responses$/, shape: 'openai-responses', kind: 'chat' },
  { path: /(^|\/)embeddings?$/, shape: 'embedding', kind: 'embedding' },
  { path: /(^|\/)images\/(generations|edits|variations)$/, shape: 'image', kind: 'image' },
  { path: /(^|\/)audio\/(speech|transcriptions|translations)$/, shape: 'audio', kind: 'audio' },
  { path: /(^|\/)completions$/, shape: 'completion', kind: 'completion' },
];

const HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/**
 * The model API a POST goes to, or null when the path is none. `url` is the URL's static text (dynamic pieces cut
 * out), `dynamic` the source text of those pieces (env-var names may name the host), `path` an API path found
 * elsewhere when the URL itself does not show one (a URL-building helper's argument).
 */
export function httpApi(url: string, dynamic: readonly string[] = [], path?: string | null, named?: string | null): HttpApi | null {
  const host = HOST.exec(url)?.[0] ?? null;
  // A hostless URL: an env-var base names the host, else the provider a path constant is kept under (`Google.ChatPath`).
  const vendor = host ? vendorFromUrl(host) : vendorFromEnvName(dynamic.join(' ')) ?? named ?? null;
  const p = (path ?? url).replace(HOST, '').replace(/[?#].*$/s, '');
  for (const rule of PATHS) {
    if (!rule.path.test(p)) continue;
    if (rule.hosts && !(vendor && rule.hosts.has(vendor))) return null;
    // Gemini REST names the model in the path (`models/gemini-2.0-flash:generateContent`), Qianfan its endpoint.
    const model = rule.shape === 'gemini' || rule.shape === 'gemini-embedding' ? /models\/([^:/]+):/.exec(p)?.[1] ?? null
      : rule.vendor === 'baidu' ? /\/chat\/([\w.-]+)$/.exec(p)?.[1] ?? null : null;
    // Anthropic's Messages path on another host (a proxy, a gateway) still speaks Anthropic's API.
    const v = vendor ?? rule.vendor ?? (rule.shape === 'anthropic' ? 'anthropic' : null);
    return { shape: rule.shape, kind: rule.kind, hostVendor: vendor ?? rule.vendor ?? null, vendor: v, api: `POST ${p.replace(/\/{2,}/g, '/') || '/'}`, streaming: /streamGenerateContent/i.test(p), urlModel: model };
  }
  return null;
}

/** Whether a POST to a model API path is a model request: a known model host, or a body that names a model. */
export function isModelRequest(api: HttpApi, bodyNamesModel: boolean): boolean {
  return api.hostVendor !== null || bodyNamesModel;
}

/**
 * Whether text read as a path (a URL-building helper's argument, `v1/chat/completions`) is a model API path; `named`:
 * the vendor the path is kept under (`Google.ChatPath`), for paths that count only on that vendor's host.
 */
export function isApiPath(text: string, named: string | null = null): boolean {
  const p = text.startsWith('/') ? text : '/' + text;
  return /^\/?[\w.-]+(\/[\w.:-]*)+$/.test(text) && PATHS.some(r => r.path.test(p) && !/^\^/.test(r.path.source) && (!r.hosts || (!!named && r.hosts.has(named))));
}

/** The body key naming the model: Tencent Hunyuan's API spells its keys capitalised (`Model`, `Messages`). */
export function httpModelKey(shape: HttpShape): string {
  return shape === 'hunyuan' ? 'Model' : 'model';
}

/** One argument of a URL-building call, as the extractor reads it. */
export interface UrlArgument {
  /** Its static text when the whole value is known, else null. */
  text: string | null;
  /** Its source text (an env-var name in it may name the host). */
  source: string;
  /** The name of the object holding it (`DeepSeek.ChatPath` → `DeepSeek`), when it is a member of a named object. */
  holder: string | null;
  /** `text` is the static part of a path a function of the model builds (`Google.ChatPath(model)`): a path, never a base. */
  partial?: boolean;
}

/** A POST's URL as far as the code shows it. */
export interface UrlValue { text: string; placeholders: readonly string[]; exact: boolean }

/**
 * The model API a POST reaches, one rule for both languages. A URL known whole is read as it is. Otherwise, when the
 * URL is built by a call (`joinUrl(base, CHAT_PATH)`, `this.path(DeepSeek.ChatPath)`, `new URL(path, base)`,
 * `urljoin(base, path)`, `posixpath.join(base, path)`), its last argument that reads as an API path is the path, an
 * argument with a host is the base, and the path's holder names the vendor when it is a provider's name (even when
 * the URL is known whole: a literal fallback base).
 */
export function httpApiOf(url: UrlValue, builder: readonly UrlArgument[] | null): HttpApi | null {
  const built = builder ? builtUrl(builder) : null;
  const api = url.exact || !built
    ? httpApi(url.text, url.placeholders)
    : httpApi(built.base ?? url.text, [...url.placeholders, ...built.dynamic], built.path, built.vendor);
  if (!api || !built?.vendor || api.vendor) return api;
  return { ...api, vendor: built.vendor };
}

function builtUrl(args: readonly UrlArgument[]): { path: string; base: string | null; dynamic: string[]; vendor: string | null } | null {
  let at = -1;
  const named = (a: UrlArgument) => (a.holder ? vendorFromName(a.holder) : null);
  for (let i = args.length - 1; i >= 0 && at < 0; i--) if (args[i]!.text !== null && isApiPath(args[i]!.text!, named(args[i]!))) at = i;
  if (at < 0) return null;
  const others = args.filter((_, i) => i !== at);
  return {
    path: args[at]!.text!,
    base: others.find(a => a.text !== null && !a.partial && HOST.test(a.text))?.text ?? null,
    dynamic: others.filter(a => a.text === null).map(a => a.source),
    vendor: named(args[at]!),
  };
}
