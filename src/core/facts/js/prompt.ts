// Collects the prompt of one call: message lists in every SDK's shape, system / prompt / input strings,
// tool and response schemas, and the flags that go with them (vision, history, few-shot, cache markers).
import ts from 'typescript';
import type { PromptPart, PromptRole } from '../../model';
import { dottedName, exprText, isStringLit, rawText, unwrap } from './ast';
import { isInLoop } from './context';
import type { Ctx } from './ctx';
import { findDeclaration } from './scope';
import { readUses } from './reads';
import { fillTemplate, hasExampleTurns, isFewShotText, isTemplateClass, MESSAGE_CLASSES, partKind, promptSourceOf, roleOf } from '../policy';
import { evalString, isIndirect, type ObjView, resolveArray, resolveObject, staticJson, type StrValue } from './values';

/** LangChain's `new ChatMessage(content, role)`: the role is an argument; read as a user turn. */
const classRole = (cls: string): PromptRole | undefined => MESSAGE_CLASSES[cls] ?? (cls === 'ChatMessage' ? 'user' : undefined);

export class PromptBuilder {
  parts: PromptPart[] = [];
  messageCount = 0;
  history = false;
  /** The loop in the code that appends to the messages every step (an agent loop), when one does. */
  growingLoop: ts.IterationStatement | null = null;
  vision = false;
  fewShot = false;
  tools = false;
  jsonMode = false;
  /** Template variables given static values (a LangChain chain's `invoke({ lang: 'German' })`). */
  variables = new Map<string, string>();
  constructor(private readonly ctx: Ctx) {}

  /** > 0 while reading messages reached through a name: their literals are constants. */
  private indirect = 0;

  private push(role: PromptRole, v: StrValue, templated = false): void {
    if (!v.text && !v.placeholders.length) return;
    const source = promptSourceOf(v, { indirect: this.indirect > 0, templated });
    const slots = v.at && v.at.length === v.placeholders.length && v.placeholders.length ? { slots: v.at } : {};
    this.parts.push({ role, text: v.text, placeholders: v.placeholders, ...slots, source });
    if (isFewShotText(v.text)) this.fewShot = true;
  }

  /** A string-valued prompt input (`system`, `prompt`, `input`, `instructions` …). */
  text(role: PromptRole, e: ts.Expression | undefined): void {
    if (!e) return;
    const v = evalString(this.ctx, e);
    this.push(role, v);
  }

  /** A prompt sent as one string (a completion's or an image's `prompt`): one user message. */
  prompt(e: ts.Expression | undefined): void {
    if (!e) return;
    this.messageCount++;
    this.text('user', e);
  }

  /** Embedding inputs: a string, or a list (also through a name) whose items are each embedded; a spread it cannot see is one placeholder. */
  inputs(e: ts.Expression | undefined): void {
    if (!e) return;
    const arr = resolveArray(this.ctx, e);
    if (!arr) { this.text('input', e); return; }
    const indirect = isIndirect(e);
    if (indirect) this.indirect++;
    try {
      for (const el of arr.elements) {
        if (ts.isSpreadElement(el)) this.placeholder('input', el);
        else this.text('input', el);
      }
    } finally {
      if (indirect) this.indirect--;
    }
  }

  /** A system prompt given apart from the messages (`system`, `instructions`, `systemInstruction`): one message. */
  system(e: ts.Expression | undefined): void {
    if (!e) return;
    this.messageCount++;
    this.content('system', e);
  }

  /** A chain's or a template's input values (`invoke({ target: 'German', text })`): each static one fills its `{field}`. */
  templateValues(e: ts.Expression | undefined): void {
    for (const [k, p] of resolveObject(this.ctx, e)?.props ?? []) {
      const v = evalString(this.ctx, p.value);
      if (v.exact) this.variables.set(k, v.text);
    }
  }

  /** A prompt template string with `{var}` fields (LangChain; policy/template.ts): static inputs filled, the rest placeholders. */
  template(role: PromptRole, e: ts.Expression | undefined): void {
    if (!e) return;
    const v = evalString(this.ctx, e);
    const filled = fillTemplate(v.text, name => this.variables.get(name));
    const isTemplate = filled.text !== v.text || filled.fields.length > 0;
    if (isTemplate) {
      // Code placeholders keep their order only if the template has no open fields.
      v.at = v.placeholders.length === 0 ? filled.slots : filled.fields.length ? undefined : v.at;
      v.text = filled.text;
    }
    v.placeholders.push(...filled.fields);
    if (filled.fields.some(x => /history|messages|chat_history/.test(x)) && role !== 'system') this.history = true;
    this.push(role, v, isTemplate);
  }

  /** Unknown dynamic input (a variable we cannot see). */
  placeholder(role: PromptRole, e: ts.Expression): void {
    this.parts.push({ role, text: '', placeholders: [exprText(this.ctx.sf, e, 80)], source: 'unresolved' });
  }

  /** A content value: a string, or a list of content parts (text / image …), or a Gemini `parts` list. */
  content(role: PromptRole, e: ts.Expression | undefined): void {
    if (!e) return;
    const x = unwrap(e);
    const arr = ts.isArrayLiteralExpression(x) || ts.isIdentifier(x) ? resolveArray(this.ctx, x) : null;
    if (arr) {
      for (const el of arr.elements) {
        if (ts.isSpreadElement(el)) { this.placeholder(role, el); continue; }
        this.contentPart(role, el);
      }
      return;
    }
    const obj = ts.isObjectLiteralExpression(x) ? resolveObject(this.ctx, x) : null;
    if (obj) { this.contentPart(role, x); return; }
    this.text(role, e);
  }

  private contentPart(role: PromptRole, el: ts.Expression): void {
    const x = unwrap(el);
    if (ts.isNewExpression(x) || ts.isCallExpression(x)) {
      // createPartFromUri(...), createUserContent([...])
      const name = dottedName(x.expression)?.join('.') ?? '';
      if (/createPartFromUri|createPartFromBase64|Image/i.test(name)) { this.vision = true; return; }
      if (/createUserContent|createModelContent/.test(name) && x.arguments?.[0]) { this.content(role, x.arguments[0]); return; }
    }
    const obj = resolveObject(this.ctx, x);
    if (!obj) { this.text(role, x); return; }
    const type = obj.props.get('type')?.value;
    const t = type ? evalString(this.ctx, type) : null;
    const kind = partKind(t?.exact ? t.text : null, k => obj.props.has(k));
    if (kind === 'image') { this.vision = true; return; }
    if (kind === 'file') { this.placeholder('document', x); return; }
    if (kind === 'audio') { this.placeholder('input', x); return; }
    if (kind === 'tool') { this.text('tool', obj.props.get('content')?.value ?? obj.props.get('input')?.value); return; }
    if (kind === 'nested') { this.content(role, obj.props.get('parts')!.value); return; }
    const text = obj.props.get('text')?.value;
    if (text && kind === 'text') this.text(role, text);
  }

  /**
   * A list of messages in any SDK's shape: `{ role, content }` (OpenAI, Anthropic, Mistral, Ollama, Vercel, Cohere v2),
   * `{ role, parts }` (Gemini contents), LangChain message objects and `['system', '…']` tuples, plain strings (Gemini).
   */
  messages(e: ts.Expression | undefined, opts: { langchainTemplates?: boolean } = {}): void {
    if (!e) return;
    const arr = resolveArray(this.ctx, e);
    if (!arr) {
      const x = unwrap(e);
      if (isStringLit(x) || ts.isTemplateExpression(x)) { this.prompt(x); return; }
      // A list we cannot see: conversation history.
      this.history = true;
      this.placeholder('user', e);
      return;
    }
    const roles: PromptRole[] = [];
    this.messageList(arr, isIndirect(e), roles, opts);
    this.pushedMessages(e, roles, opts);
    // Assistant turns written before a later user turn are worked examples.
    if (hasExampleTurns(roles)) this.fewShot = true;
  }

  /** `const messages = [...]; messages.push({ role: 'user', content: q })` before the call: those turns are sent too. */
  private pushedMessages(e: ts.Expression, roles: PromptRole[], opts: { langchainTemplates?: boolean }): void {
    const x = unwrap(e);
    if (!ts.isIdentifier(x)) return;
    const d = findDeclaration(x.text, x);
    if (d?.kind !== 'var' || d.path.length) return;
    const decl = d.node;
    const scope = decl.parent?.parent?.parent;
    if (!scope) return;
    if (ts.isSourceFile(scope)) readUses(x.text);
    const before = x.getStart();
    // An agent loop appends the model's reply and tool results after the call: the list grows every turn.
    const loop = enclosingLoop(x, scope);
    const visit = (n: ts.Node): void => {
      const after = n.getStart() >= before;
      if (after && (!loop || n.pos >= loop.end)) return;
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && /^(push|unshift)$/.test(n.expression.name.text)) {
        const target = n.expression.expression;
        if (ts.isIdentifier(target) && target.text === x.text) {
          const td = findDeclaration(target.text, target);
          if (td?.kind === 'var' && td.node === decl && after) { this.history = true; this.growingLoop ??= loop; return; }
          if (td?.kind === 'var' && td.node === decl) {
            if (isInLoop(n)) {
              this.history = true;
              this.growingLoop ??= enclosingLoop(n, scope);
            }
            for (const arg of n.arguments) {
              if (ts.isSpreadElement(arg)) { this.history = true; this.placeholder('user', arg.expression); continue; }
              const role = this.message(arg, opts);
              if (role) { this.messageCount++; roles.push(role); }
            }
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(scope);
  }

  private messageList(arr: ts.ArrayLiteralExpression, indirect: boolean, roles: PromptRole[], opts: { langchainTemplates?: boolean }): void {
    if (indirect) this.indirect++;
    try {
      for (const el of arr.elements) {
        if (ts.isSpreadElement(el)) {
          const inner = resolveArray(this.ctx, el.expression);
          if (inner && roles.length < 200) { this.messageList(inner, true, roles, opts); continue; }
          this.history = true;
          this.placeholder('user', el.expression);
          continue;
        }
        const role = this.message(el, opts);
        if (role) { this.messageCount++; roles.push(role); }
      }
    } finally {
      if (indirect) this.indirect--;
    }
  }

  /** One message; returns its role, or null when it was not a message (history placeholder etc.). */
  private message(el: ts.Expression, opts: { langchainTemplates?: boolean }): PromptRole | null {
    const x = unwrap(el);
    // ['system', '...'] tuples (LangChain)
    if (ts.isArrayLiteralExpression(x) && x.elements.length === 2) {
      const r = evalString(this.ctx, x.elements[0]!);
      if (r.exact) {
        if (r.text === 'placeholder') { this.history = true; this.placeholder('user', x.elements[1]!); return null; }
        const role = roleOf(r.text) ?? 'user';
        if (opts.langchainTemplates) this.template(role, x.elements[1]); else this.content(role, x.elements[1]);
        return role;
      }
    }
    if (ts.isNewExpression(x) || ts.isCallExpression(x)) {
      const name = dottedName(ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) ? x.expression.expression : x.expression)?.join('.') ?? '';
      const cls = name.split('.').pop() ?? '';
      if (cls === 'MessagesPlaceholder') { this.history = true; this.placeholder('user', x); return null; }
      const role = classRole(cls);
      if (role) {
        const arg = x.arguments?.[0];
        const obj = arg && ts.isObjectLiteralExpression(unwrap(arg)) ? resolveObject(this.ctx, arg) : null;
        const content = obj ? obj.props.get('content')?.value : arg;
        if (isTemplateClass(cls)) this.template(role, content); else this.content(role, content);
        return role;
      }
    }
    const obj = resolveObject(this.ctx, x);
    if (obj) {
      const roleExpr = obj.props.get('role')?.value;
      const r = roleExpr ? evalString(this.ctx, roleExpr) : null;
      const role: PromptRole = r?.exact ? roleOf(r.text) ?? 'user' : 'user';
      if (obj.props.has('content')) this.content(role, obj.props.get('content')!.value);
      else if (obj.props.has('parts')) this.content(role, obj.props.get('parts')!.value);
      else if (obj.props.has('message')) this.content(role, obj.props.get('message')!.value);
      else if (obj.props.has('text')) this.text(role, obj.props.get('text')!.value);
      return role;
    }
    if (isStringLit(x) || ts.isTemplateExpression(x) || ts.isBinaryExpression(x)) { this.text('user', x); return 'user'; }
    // A single message held in a variable we cannot see.
    this.placeholder('user', x);
    return 'user';
  }

  /** Tool / function definitions → one 'tools' part with their JSON text as written. */
  toolsFrom(e: ts.Expression | undefined): void {
    if (!e) return;
    this.tools = true;
    const j = staticJson(this.ctx, e);
    if (j.text === '' && j.placeholders.length) { this.parts.push({ role: 'tools', text: '', placeholders: j.placeholders, source: 'unresolved' }); return; }
    this.parts.push({ role: 'tools', text: j.text, placeholders: j.placeholders, source: 'schema' });
  }

  /** A response schema (JSON schema object, zod schema …) → one 'schema' part. */
  schemaFrom(e: ts.Expression | undefined): void {
    if (!e) return;
    this.jsonMode = true;
    const text = schemaText(this.ctx, e);
    if (text) this.parts.push({ role: 'schema', text, placeholders: [], source: 'schema' });
  }
}

/** Source text of a schema: JSON of a literal object, the zod expression a name points at, … */
export function schemaText(ctx: Ctx, e: ts.Expression): string {
  const x = unwrap(e);
  if (ts.isIdentifier(x)) {
    const d = findDeclaration(x.text, x);
    if (d?.kind === 'var' && d.init && d.path.length === 0) return schemaText(ctx, d.init);
    if (d?.kind === 'class') return rawText(ctx.sf, d.node);
    return '';
  }
  if (ts.isCallExpression(x)) {
    const name = dottedName(x.expression)?.join('.') ?? '';
    // zodResponseFormat(Schema, 'name'), zodTextFormat(...), jsonSchema(...), zodToJsonSchema(...)
    if (/^(zodResponseFormat|zodTextFormat|zodToJsonSchema|jsonSchema|toJSONSchema|z\.toJSONSchema)$/.test(name) && x.arguments[0]) return schemaText(ctx, x.arguments[0]);
    return rawText(ctx.sf, x);
  }
  const obj = resolveObject(ctx, x);
  if (obj) return staticJson(ctx, x).text;
  return rawText(ctx.sf, x);
}

/** Reads `view[key]` following nested object literals: get(view, 'config.maxOutputTokens'). */
export function getPath(ctx: Ctx, view: ObjView | null, path: string): ts.Expression | undefined {
  const keys = path.split('.');
  let cur: ObjView | null = view;
  for (let i = 0; i < keys.length; i++) {
    if (!cur) return undefined;
    const v = cur.props.get(keys[i]!)?.value;
    if (!v) return undefined;
    if (i === keys.length - 1) return v;
    cur = resolveObject(ctx, v);
  }
  return undefined;
}

/** Whether a `cache_control` / `cacheControl` key appears anywhere under the node (or what names inside it point to). */
export function hasCacheControl(ctx: Ctx, nodes: ts.Node[]): boolean {
  // Declarations are looked up in this file only, so a file that never spells the key has none (and the walk,
  // which resolves every identifier, is the slowest part of pricing a dense file).
  ctx.cacheControlSpelled ??= ctx.sf.text.includes('cache_control') || ctx.sf.text.includes('cacheControl');
  if (!ctx.cacheControlSpelled) return false;
  let found = false;
  const seen = new Set<ts.Node>();
  const visit = (n: ts.Node, depth: number): void => {
    if (found || seen.has(n) || depth > 6) return;
    seen.add(n);
    if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) && /^(cache_control|cacheControl)$/.test(n.name.getText(ctx.sf).replace(/['"]/g, ''))) { found = true; return; }
    if (ts.isIdentifier(n) && depth < 6) {
      const d = findDeclaration(n.text, n);
      if (d?.kind === 'var' && d.init) visit(d.init, depth + 1);
    }
    ts.forEachChild(n, c => visit(c, depth));
  };
  for (const n of nodes) visit(n, 0);
  return found;
}

/** The innermost loop statement around `n`, below `scope`. */
function enclosingLoop(n: ts.Node, scope: ts.Node): ts.IterationStatement | null {
  for (let p = n.parent; p && p !== scope; p = p.parent) {
    if (ts.isFunctionLike(p)) return null;
    if (ts.isIterationStatement(p, false)) return p;
  }
  return null;
}
