// Raw HTTP requests to model APIs: `requests.post(URL, json=payload)`, `httpx.post`, an
// `httpx.AsyncClient()` / `aiohttp.ClientSession()` / `requests.Session()` posting, or
// `requests.request("POST", url, data=json.dumps(body))`. Only URLs that name a model host, or a
// model API path with a body that names a model, count: webhooks and other posts are not calls.
import type { Node } from 'web-tree-sitter';
import type { PyContext } from './context';
import { callArgs, dottedName, unwrap } from './syntax';
import { dictOf, evalString, type DictView } from './values';
import { httpApiOf, isModelRequest, type HttpApi, type UrlArgument } from '../policy';

export interface HttpRequest extends HttpApi {
  body: DictView | null;
  /** The body was reached through a name (`json=payload`), not written at the call: a model in it is a 'property'. */
  indirectBody: boolean;
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

/** The arguments of the call that builds a URL (`urljoin(base, PATH)`, `posixpath.join(…)`, `self.path(DeepSeek.CHAT_PATH)`), through a name bound to it. */
function urlBuilderArgs(node: Node, ctx: PyContext): UrlArgument[] | null {
  let n = unwrap(node);
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind === 'assign') n = unwrap(b.value);
  }
  if (n.type !== 'call') return null;
  return callArgs(n).positional.map(a => {
    const arg = unwrap(a);
    const v = evalString(arg, ctx);
    const holder = arg.type === 'attribute' && arg.childForFieldName('object')?.type === 'identifier' ? arg.childForFieldName('object')!.text : null;
    return { text: v && !v.placeholders.length && v.shape !== 'unresolved' ? v.text : null, source: arg.text, holder };
  });
}

/** `json.dumps({...})`, `json.dumps(payload).encode()`, a name bound to either, or a dict. */
export function jsonDict(node: Node | null | undefined, ctx: PyContext): DictView | null {
  return jsonBody(node, ctx)?.dict ?? null;
}

/** The dict a JSON body holds, and whether it was reached through a name. */
function jsonBody(node: Node | null | undefined, ctx: PyContext, depth = 0, indirect = false): { dict: DictView; indirect: boolean } | null {
  if (!node || depth > 6) return null;
  const n = unwrap(node);
  if (n.type === 'call') {
    const fn = n.childForFieldName('function')!;
    const name = dottedName(fn);
    if (name === 'json.dumps' || name === 'dumps') return jsonBody(callArgs(n).positional[0], ctx, depth + 1, indirect);
    if (fn.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'encode') return jsonBody(fn.childForFieldName('object'), ctx, depth + 1, indirect);
  }
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind === 'assign') return jsonBody(b.value, ctx, depth + 1, true);
  }
  const dict = dictOf(n, ctx);
  return dict ? { dict, indirect: indirect || n.type !== 'dictionary' } : null;
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
  const url = u ? { text: u.text, placeholders: u.placeholders, exact: !u.placeholders.length && u.shape !== 'unresolved' } : { text: '', placeholders: [parts.url.text], exact: false };
  const api = httpApiOf(url, urlBuilderArgs(parts.url, ctx));
  if (!api || isHttpMock(call, ctx)) return null;
  const found = jsonBody(parts.body, ctx);
  const body = found?.dict ?? null;
  if (!isModelRequest(api, !!body?.entries.has('model'))) return null;
  // A receiver we cannot see (not an HTTP library or one of its clients): only to a known model host, with a
  // request-shaped body.
  if (!isHttpReceiver(call, ctx) && (!api.hostVendor || !requestKeys.some(k => body?.entries.has(k)))) return null;
  return { ...api, body, indirectBody: found?.indirect ?? false };
}
