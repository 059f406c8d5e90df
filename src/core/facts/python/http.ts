// Raw HTTP requests to model APIs: `requests.post(URL, json=payload)`, `httpx.post`, an
// `httpx.AsyncClient()` / `aiohttp.ClientSession()` / `requests.Session()` posting, or
// `requests.request("POST", url, data=json.dumps(body))`. Only URLs that name a model host, or a
// model API path with a body that names a model, count: webhooks and other posts are not calls.
import type { Node } from 'web-tree-sitter';
import type { CallKind } from '../../model';
import type { PyContext } from './context';
import { callArgs, dottedName, unwrap } from './syntax';
import { dictOf, evalString, type DictView } from './values';
import { vendorFromUrl } from '../policy';

/** How the JSON body is laid out, so prompts are read from the right keys. */
export type HttpShape = 'openai-chat' | 'openai-responses' | 'anthropic' | 'gemini' | 'embedding' | 'completion' | 'ollama-chat';

export interface HttpRequest {
  body: DictView | null;
  shape: HttpShape;
  kind: CallKind;
  vendor: string | null;
  api: string;
  streaming: boolean;
  /** Gemini REST names the model in the URL (`models/gemini-1.5-flash:generateContent`). */
  urlModel: string | null;
}

const httpModules = /^(requests|httpx|aiohttp|urllib3)(\.|$)/;

/** The URL and body of a POST call, or null when the call is no POST. */
function postParts(call: Node, ctx: PyContext): { url: Node; body: Node | null } | null {
  const fn = call.childForFieldName('function');
  if (!fn || unwrap(fn).type !== 'attribute') return null;
  const method = unwrap(fn).childForFieldName('attribute')?.text;
  const args = callArgs(call);
  const body = args.keywords.get('json') ?? args.keywords.get('data') ?? args.keywords.get('content') ?? null;
  if (method === 'post') {
    const url = args.positional[0] ?? args.keywords.get('url');
    return url ? { url, body: body ?? args.positional[1] ?? null } : null;
  }
  if (method === 'request') {
    const verb = evalString(args.positional[0] ?? args.keywords.get('method'), ctx)?.text;
    const url = args.positional[1] ?? args.keywords.get('url');
    return verb?.toUpperCase() === 'POST' && url ? { url, body } : null;
  }
  return null;
}

/** `json.dumps({...})`, `json.dumps(payload).encode()`, a name bound to either, or a dict. */
export function jsonDict(node: Node | null | undefined, ctx: PyContext, depth = 0): DictView | null {
  if (!node || depth > 6) return null;
  const n = unwrap(node);
  if (n.type === 'call') {
    const fn = n.childForFieldName('function')!;
    const name = dottedName(fn);
    if (name === 'json.dumps' || name === 'dumps') return dictOf(callArgs(n).positional[0], ctx);
    if (fn.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'encode') return jsonDict(fn.childForFieldName('object'), ctx, depth + 1);
  }
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind === 'assign') return jsonDict(b.value, ctx, depth + 1);
  }
  return dictOf(n, ctx);
}

const requestKeys = ['model', 'messages', 'contents', 'input', 'prompt'];
const mockLibraries = /(^|\.)(requests_mock|respx|responses|aioresponses|httpretty|pytest_httpx|httpx_mock)(\.|$)|mock/i;

/** Test doubles of HTTP: `respx.post(URL)`, `requests_mock.post(URL, json=fake_reply)`, `with requests_mock.Mocker() as m`. */
function isHttpMock(call: Node, ctx: PyContext): boolean {
  const fn = unwrap(call.childForFieldName('function')!);
  const recv = fn.childForFieldName('object');
  if (!recv) return false;
  if (mockLibraries.test(ctx.scope.qualify(recv) ?? recv.text)) return true;
  const u = unwrap(recv);
  if (u.type !== 'identifier') return false;
  const b = ctx.scope.lookup(u.text, u);
  if (b && (b.kind === 'assign' || b.kind === 'with')) {
    const v = unwrap(b.value);
    const ctor = v.type === 'call' ? v.childForFieldName('function')! : v;
    return mockLibraries.test(ctx.scope.qualify(ctor) ?? ctor.text);
  }
  return b?.kind === 'param' && /mock/i.test(u.text);
}

/** Whether the receiver of `.post` is an HTTP library or one of its clients (not an app object). */
function isHttpReceiver(call: Node, ctx: PyContext): boolean {
  const fn = unwrap(call.childForFieldName('function')!);
  const recv = fn.childForFieldName('object');
  if (!recv) return false;
  const q = ctx.scope.qualify(recv);
  if (q && httpModules.test(q)) return true;
  // `http = httpx.Client()`, `async with aiohttp.ClientSession() as s`, `self.session = requests.Session()`.
  const u = unwrap(recv);
  if (u.type === 'identifier') {
    const b = ctx.scope.lookup(u.text, u);
    if (b && (b.kind === 'assign' || b.kind === 'with')) {
      const v = unwrap(b.value);
      const ctor = v.type === 'call' ? ctx.scope.qualify(v.childForFieldName('function')!) : null;
      if (ctor && httpModules.test(ctor)) return true;
    }
  }
  // A receiver we cannot see: accept it only when the URL names a model host (checked by the caller).
  return false;
}

export function matchHttpCall(call: Node, ctx: PyContext): HttpRequest | null {
  const parts = postParts(call, ctx);
  if (!parts) return null;
  const u = evalString(parts.url, ctx);
  if (!u) return null;
  const url = u.text;
  const hostVendor = vendorFromUrl(url.replace(/^(https?:\/\/[^/]*).*$/, '$1'));
  const hostless = !/^[a-z]+:\/\//i.test(url);
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/\?.*$/, '');
  const body = jsonDict(parts.body, ctx);
  if (isHttpMock(call, ctx)) return null;
  const known = isHttpReceiver(call, ctx);
  // An unseen receiver posting to a model host must at least send a request-shaped body.
  if (!known && !requestKeys.some(k => body?.entries.has(k))) return null;
  // Local hosts are only Ollama when the path is Ollama's.
  const vendor = hostVendor === 'ollama' && !/\/api\/(chat|generate|embed)/.test(path) && !/\/v1\//.test(path) ? null : hostVendor;
  if (!vendor) {
    // `os.getenv("BASE") + "/chat/completions"`: a model path on an unseen host, with a model in the body.
    if (!(hostless || u.placeholders.length > 0) || !known || !body?.entries.has('model')) return null;
  } else if (!known && !body) return null;
  const api = `POST ${path}`;
  const streaming = /streamGenerateContent|:stream/i.test(path);
  const base = { body, vendor, api, streaming, urlModel: null as string | null };
  if (/:(stream)?generateContent$/i.test(path)) {
    const m = /models\/([^:/]+):/.exec(path);
    return { ...base, shape: 'gemini', kind: 'chat', urlModel: m ? m[1] : null };
  }
  if (/:(batchEmbedContents|embedContent)$/i.test(path)) {
    const m = /models\/([^:/]+):/.exec(path);
    return { ...base, shape: 'embedding', kind: 'embedding', urlModel: m ? m[1] : null };
  }
  if (/\/chat\/completions$/.test(path)) return { ...base, shape: 'openai-chat', kind: 'chat' };
  if (/\/api\/chat$/.test(path) && (vendor === 'ollama' || !vendor)) return { ...base, vendor: vendor ?? 'ollama', shape: 'ollama-chat', kind: 'chat' };
  if (/\/v1\/messages$/.test(path) && (vendor === 'anthropic' || !vendor)) return { ...base, vendor: 'anthropic', shape: 'anthropic', kind: 'chat' };
  if (/\/responses$/.test(path)) return { ...base, shape: 'openai-responses', kind: 'chat' };
  if (/\/embeddings?$/.test(path) || /\/api\/embed(dings)?$/.test(path)) return { ...base, shape: 'embedding', kind: 'embedding' };
  if (/\/completions$/.test(path) || /\/api\/generate$/.test(path)) return { ...base, shape: 'completion', kind: 'completion' };
  return null;
}
