// Static evaluation of the expressions that hold model ids, prompts and numeric parameters: literals,
// templates, concatenation, consts, object properties (with spreads), class fields, imports through the
// workspace resolver, default parameters, env-var defaults, prompt files and small prompt-building functions.
import ts from 'typescript';
import { posix } from 'node:path';
import type { LiteralSpan, ModelFact } from '../../model';
import { dearestBranch, functionValue, type Hop, modelAlternatives, modelSourceOf, namesModel, type Pattern, regexFromLiteral, type Shape, type StaticString, substitute } from '../policy';
import { dottedName, exprText, fileOf, isEnvAccess, isFunctionLike, isStringLit, literalSpan, memberName, rawText, unwrap } from './ast';
import { type Ctx, deeper, isWorkspaceModule } from './ctx';
import { exportedExpression, exportedFunction, loadModule } from './modules';
import { classMember, type Decl, enclosingClass, enumMember, findDeclaration, staticMember } from './scope';
import { readUses } from './reads';

/** A string expression's value (policy/values.ts), with what TS adds: whether it is whole. */
export interface StrValue extends StaticString {
  /** True when the whole value is known. */
  exact: boolean;
  /** How the value was reached (identifier → const, object property, import …); a set this evaluator adds to. */
  hops: Set<Hop>;
}

function dynamic(ctx: Ctx, e: ts.Node, wrap = false): StrValue {
  const t = exprText(ctx.sf, e, 80);
  return { text: '', placeholders: [wrap ? `\${${t}}` : t], at: [0], exact: false, definedAt: null, shape: 'unresolved', hops: new Set() };
}

function known(text: string, shape: Shape, definedAt: LiteralSpan | null = null): StrValue {
  return { text, placeholders: [], at: [], exact: true, definedAt, shape, hops: new Set() };
}

function withHop(v: StrValue, hop: Hop): StrValue {
  if (v.shape === 'unresolved') return v;
  v.hops.add(hop);
  return v;
}

export function evalString(ctx: Ctx, e: ts.Expression): StrValue {
  return deeper(ctx, dynamic(ctx, e), () => evalInner(ctx, e));
}

function evalInner(ctx: Ctx, e0: ts.Expression): StrValue {
  const e = unwrap(e0);
  if (isStringLit(e)) return known(e.text, 'literal', literalSpan(ctx.sf, ctx.file, e));
  if (ts.isNumericLiteral(e)) return known(e.text, 'literal');
  if (ts.isTemplateExpression(e)) return evalTemplate(ctx, e);
  if (ts.isTaggedTemplateExpression(e)) {
    // dedent`…` / outdent`…` strip the indentation of the written text, not of the substituted values.
    const strip = /dedent|outdent|stripIndent/i.test(exprText(ctx.sf, e.tag));
    const v = ts.isNoSubstitutionTemplateLiteral(e.template)
      ? known(strip ? dedentPieces([e.template.text])[0]! : e.template.text, 'template')
      : evalTemplate(ctx, e.template, strip);
    v.shape = 'template';
    v.definedAt = null;
    return v;
  }
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) return concat([evalString(ctx, e.left), evalString(ctx, e.right)], 'concat');
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
      const left = evalString(ctx, e.left);
      if (left.exact && left.text !== '') return left;
      const right = evalString(ctx, e.right);
      if (right.shape === 'unresolved') return dynamic(ctx, e);
      if (containsEnv(e.left)) return withHop(right, 'env-default');
      return right;
    }
    return dynamic(ctx, e);
  }
  if (ts.isConditionalExpression(e)) return evalChoice(ctx, e);
  if (ts.isIdentifier(e)) return evalIdentifier(ctx, e);
  if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) return evalMember(ctx, e);
  if (ts.isCallExpression(e)) return evalCall(ctx, e);
  return dynamic(ctx, e);
}

/** `c ? a : b` (nested too): the shared rule of policy/choice.ts over the branches' values. */
function evalChoice(ctx: Ctx, e: ts.ConditionalExpression): StrValue {
  const branches: StrValue[] = [];
  const collect = (x: ts.Expression): void => {
    const u = unwrap(x);
    if (ts.isConditionalExpression(u)) { collect(u.whenTrue); collect(u.whenFalse); } else branches.push(evalString(ctx, u));
  };
  collect(e);
  if (branches.some(b => b.shape === 'unresolved')) return dynamic(ctx, e);
  const best = dearestBranch(branches);
  const hops = new Set<Hop>(branches.flatMap(b => [...b.hops]));
  const choices = modelAlternatives(branches) ?? undefined;
  const exact = branches.every(b => b.exact);
  return { ...best, placeholders: [...best.placeholders], exact, definedAt: choices ? null : best.definedAt, hops, choices };
}

function containsEnv(e: ts.Expression): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isExpression(n) && isEnvAccess(n)) { found = true; return; }
    ts.forEachChild(n, visit);
  };
  visit(e);
  return found;
}

function concat(parts: StrValue[], shape: Shape): StrValue {
  const out: StrValue = { text: '', placeholders: [], at: [], exact: true, definedAt: null, shape, hops: new Set() };
  for (const p of parts) {
    out.at = joinSlots(out, p);
    out.text += p.text;
    out.placeholders.push(...p.placeholders);
    out.exact &&= p.exact;
  }
  return out;
}

function evalTemplate(ctx: Ctx, t: ts.TemplateExpression, strip = false): StrValue {
  const pieces = [t.head.text, ...t.templateSpans.map(s => s.literal.text)];
  const statics = strip ? dedentPieces(pieces) : pieces;
  const out: StrValue = { text: statics[0]!, placeholders: [], at: [], exact: true, definedAt: null, shape: 'template', hops: new Set() };
  for (const [i, span] of t.templateSpans.entries()) {
    const v = evalString(ctx, span.expression);
    if (v.shape === 'unresolved') {
      out.at?.push(out.text.length);
      out.placeholders.push(`\${${exprText(ctx.sf, span.expression, 80)}}`);
      out.exact = false;
    } else {
      out.at = joinSlots(out, v);
      out.text += v.text;
      out.placeholders.push(...v.placeholders);
      out.exact &&= v.exact;
    }
    out.text += statics[i + 1]!;
  }
  return out;
}

/** The slots of `out` followed by those of `next` (appended at the end of out's text); undefined once one is unknown. */
function joinSlots(out: StrValue, next: StrValue): number[] | undefined {
  if (!out.at || !next.at || next.at.length !== next.placeholders.length || out.at.length !== out.placeholders.length) return undefined;
  return [...out.at, ...next.at.map(o => o + out.text.length)];
}

/** The static pieces of a template with their common indentation removed (and the first / last blank line). */
function dedentPieces(pieces: string[]): string[] {
  const indents: number[] = [];
  pieces.forEach((p, i) => {
    const lines = p.split('\n');
    lines.forEach((l, j) => {
      if (j === 0 && !(i === 0)) return; // continues a line that started before a substitution
      if (j === lines.length - 1 && i < pieces.length - 1) { indents.push(/^[ \t]*/.exec(l)![0].length); return; }
      if (l.trim()) indents.push(/^[ \t]*/.exec(l)![0].length);
    });
  });
  const cut = indents.length ? Math.min(...indents) : 0;
  const re = new RegExp(`\n[ \t]{0,${cut}}`, 'g');
  const out = pieces.map((p, i) => (i === 0 ? p.replace(/^[ \t]{0,0}/, '') : p).replace(re, '\n'));
  out[0] = out[0]!.replace(/^\n/, '');
  out[out.length - 1] = out[out.length - 1]!.replace(/\n[ \t]*$/, '');
  return out;
}

function evalIdentifier(ctx: Ctx, id: ts.Identifier): StrValue {
  if (id.text === 'undefined') return dynamic(ctx, id);
  const d = findDeclaration(id.text, id);
  if (!d) return dynamic(ctx, id);
  return evalDecl(ctx, d, id);
}

function evalDecl(ctx: Ctx, d: Decl, at: ts.Node): StrValue {
  switch (d.kind) {
    case 'var': {
      if (d.path.length === 0) return d.init ? withHop(evalString(ctx, d.init), 'constant') : dynamic(ctx, at);
      const v = d.init ? valueAtPath(ctx, d.init, d.path) : null;
      if (v) return withHop(evalString(ctx, v), 'property');
      // `const { OPENAI_MODEL = 'gpt-4o-mini' } = process.env` is an environment default.
      if (d.dflt) return withHop(evalString(ctx, d.dflt), d.init && isEnvObject(d.init) ? 'env-default' : 'parameter-default');
      return dynamic(ctx, at);
    }
    case 'param': {
      const bound = d.path.length === 0 ? ctx.bindings?.get(d.param) : undefined;
      if (bound) return evalString(ctx, bound);
      if (d.dflt) return withHop(evalString(ctx, d.dflt), 'parameter-default');
      return (d.path.length === 0 ? callerArgument(ctx, d.param) : null) ?? dynamic(ctx, at);
    }
    case 'import':
      return importedString(ctx, d, [], at) ?? textModule(ctx, d, at) ?? dynamic(ctx, at);
    default:
      return dynamic(ctx, at);
  }
}

/** A string exported by a workspace module, through the resolver (`name` or `NAME.nested.key`). */
function importedString(ctx: Ctx, d: Extract<Decl, { kind: 'import' }>, rest: string[], at: ts.Node): StrValue | null {
  if (d.typeOnly) return null;
  const path = d.name === '*' ? rest : [d.name, ...rest];
  if (path.length === 0) return null;
  const hit = ctx.resolver.importedString(fileOf(at), d.module, path.join('.'));
  if (!hit) return null;
  const v = known(hit.value, 'literal', hit.definedAt);
  v.hops.add('import');
  return v;
}

/** `process.env` / `import.meta.env`. */
function isEnvObject(e: ts.Expression): boolean {
  const n = dottedName(unwrap(e))?.join('.');
  return n === 'process.env' || n === 'import.meta.env' || n === 'Bun.env' || n === 'Deno.env';
}

/** `import config from './config.json'` (or a named import of a top-level key): the parsed JSON literal. */
function jsonModuleValue(ctx: Ctx, d: Extract<Decl, { kind: 'import' }>, at: ts.Node): ts.Expression | null {
  if (d.typeOnly || !/\.json$/i.test(d.module)) return null;
  const key = `json|${fileOf(at)}|${d.module}`;
  ctx.modules ??= new Map();
  // Asked every time (answered from memory after the first): each unit that reads the file is on record.
  const hit = ctx.resolver.readText(d.module, fileOf(at));
  if (!ctx.modules.has(key)) {
    let sf: ts.SourceFile | null = null;
    if (hit) {
      sf = ts.parseJsonText(hit.file, hit.text);
      setParents(sf);
    }
    ctx.modules.set(key, sf);
  }
  const root = (ctx.modules.get(key)?.statements[0] as ts.ExpressionStatement | undefined)?.expression ?? null;
  if (!root) return null;
  return d.name === 'default' || d.name === '*' ? root : valueAtPath(ctx, root, [d.name]);
}

function setParents(root: ts.Node): void {
  const visit = (n: ts.Node): void => { ts.forEachChild(n, c => { (c as { parent: ts.Node }).parent = n; visit(c); }); };
  visit(root);
}

/** A prompt file imported as text by the bundler: `import system from './system.md?raw'`, `import p from './p.txt'`. */
function textModule(ctx: Ctx, d: Extract<Decl, { kind: 'import' }>, at: ts.Node): StrValue | null {
  if (d.typeOnly || d.name !== 'default') return null;
  const raw = /\?raw$/.test(d.module);
  const spec = d.module.replace(/\?raw$/, '');
  if (!raw && !/\.(md|mdx|txt|prompt|hbs|mustache|tmpl|tpl|liquid|j2|jinja)$/i.test(spec)) return null;
  const hit = ctx.resolver.readText(spec, fileOf(at));
  if (!hit) return null;
  return known(hit.text, `file:${hit.file}`);
}

/**
 * A parameter of a file-private function that every caller in the file fills with the same value:
 * `async function ask(model: string, q: string) {…}` called as `ask('gpt-4.1', q)`. Exported functions may have
 * callers elsewhere, so they stay unresolved.
 */
function callerArgument(ctx: Ctx, param: ts.ParameterDeclaration): StrValue | null {
  const fn = param.parent;
  if (!isFunctionLike(fn) || param.dotDotDotToken) return null;
  const idx = fn.parameters.indexOf(param);
  const callee = privateCalleeName(fn);
  if (idx < 0 || !callee) return null;
  const calls = callersOf(fn, callee);
  if (!calls.length || calls.length > 20) return null;
  const args = calls.map(c => c.arguments[idx]);
  let first: StrValue | null = null;
  for (const a of args) {
    if (!a || ts.isSpreadElement(a)) return null;
    const v = evalString(ctx, a);
    if (!v.exact) return null;
    if (first && first.text !== v.text) return null;
    first ??= v;
  }
  return first ? withHop(first, 'constant') : null;
}

/**
 * Calls of a file-private function, found once per scope and name (a big file asks for each parameter of each call
 * site). Keyed by the scope searched, not the function: an incremental re-parse reuses the nodes of unchanged text,
 * and an unchanged scope has the same callers, while a scope holding the edit is a new node.
 */
const callerCache = new WeakMap<ts.Node, Map<string, ts.CallExpression[]>>();

function callersOf(fn: ts.FunctionLikeDeclaration, callee: { name: string; method: boolean; scope: ts.Node }): ts.CallExpression[] {
  if (ts.isSourceFile(callee.scope)) readUses(callee.name);
  let byName = callerCache.get(callee.scope);
  if (!byName) callerCache.set(callee.scope, (byName = new Map()));
  const key = `${callee.method ? 'this.' : ''}${callee.name}`;
  const cached = byName.get(key);
  if (cached) return cached;
  const calls: ts.CallExpression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const c = unwrap(n.expression);
      const name = callee.method
        ? (ts.isPropertyAccessExpression(c) && c.expression.kind === ts.SyntaxKind.ThisKeyword ? c.name.text : null)
        : (ts.isIdentifier(c) ? c.text : null);
      if (name === callee.name) calls.push(n);
    }
    ts.forEachChild(n, visit);
  };
  visit(callee.scope);
  byName.set(key, calls);
  return calls;
}

/** The name callers use for a function that cannot be called from another file, and where those callers can be. */
function privateCalleeName(fn: ts.FunctionLikeDeclaration): { name: string; method: boolean; scope: ts.Node } | null {
  const exported = (n: ts.Node) => !!ts.getModifiers(n as ts.HasModifiers)?.some(m => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DefaultKeyword);
  if (ts.isFunctionDeclaration(fn) && fn.name) return exported(fn) ? null : { name: fn.name.text, method: false, scope: fn.parent };
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) {
    const stmt = fn.parent.parent.parent;
    return stmt && exported(stmt) ? null : { name: fn.parent.name.text, method: false, scope: stmt?.parent ?? fn.getSourceFile() };
  }
  if (ts.isMethodDeclaration(fn) && fn.parent && ts.isClassLike(fn.parent)) {
    const priv = ts.isPrivateIdentifier(fn.name) || !!ts.getModifiers(fn)?.some(m => m.kind === ts.SyntaxKind.PrivateKeyword);
    const name = ts.isPrivateIdentifier(fn.name) ? fn.name.text : ts.isIdentifier(fn.name) ? fn.name.text : null;
    return priv && name ? { name, method: true, scope: fn.parent } : null;
  }
  return null;
}

function evalMember(ctx: Ctx, e: ts.PropertyAccessExpression | ts.ElementAccessExpression): StrValue {
  if (isEnvAccess(e)) return dynamic(ctx, e);
  const dn = dottedName(e);
  if (dn && dn[0] !== 'this') {
    const d = findDeclaration(dn[0]!, e);
    if (d?.kind === 'import') {
      const hit = importedString(ctx, d, dn.slice(1), e);
      if (hit) return hit;
      const json = jsonModuleValue(ctx, d, e);
      const v = json ? valueAtPath(ctx, json, dn.slice(1)) : null;
      return v ? withHop(evalString(ctx, v), 'import') : dynamic(ctx, e);
    }
  }
  const target = memberValue(ctx, e);
  if (target) return withHop(evalString(ctx, target), 'property');
  return dynamic(ctx, e);
}

/** The expression a member access reads: an object literal property, a class field, an array element. */
export function memberValue(ctx: Ctx, e: ts.PropertyAccessExpression | ts.ElementAccessExpression): ts.Expression | null {
  return deeper(ctx, null, () => {
    const obj = unwrap(e.expression);
    if (ts.isElementAccessExpression(e)) {
      const k = unwrap(e.argumentExpression);
      if (ts.isNumericLiteral(k)) {
        const arr = resolveArray(ctx, obj);
        return arr?.elements[Number(k.text)] ?? null;
      }
    }
    const name = memberName(e);
    if (name === null) return null;
    if (obj.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = enclosingClass(e);
      const m = cls ? classMember(cls, name) : null;
      return m?.value ?? (cls && !m ? inheritedValue(cls, name) : null);
    }
    if (ts.isIdentifier(obj)) {
      const d = findDeclaration(obj.text, obj);
      if (d?.kind === 'enum') return enumMember(d.node, name);
      if (d?.kind === 'class') return staticMember(d.node, name);
    }
    const view = resolveObject(ctx, obj);
    return view?.props.get(name)?.value ?? null;
  });
}

/**
 * A field a base class keeps from its constructor (`constructor(protected modelId: string)`, or `this.modelId = modelId`)
 * read in a subclass: the argument the subclasses hand down with `super(…)`, following each one's own constructor
 * parameter (`super(modelId ?? 'gpt-4o-mini')`), else the base parameter's default. Bases declared in this file.
 */
function inheritedValue(cls: ts.ClassLikeDeclaration, name: string): ts.Expression | null {
  const chain: ts.ClassLikeDeclaration[] = [cls];
  for (let c: ts.ClassLikeDeclaration | null = cls; c && chain.length < 8;) {
    const ext: ts.Expression | undefined = c.heritageClauses?.find(h => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    const d: Decl | null = ext && ts.isIdentifier(ext) ? findDeclaration(ext.text, ext) : null;
    c = d?.kind === 'class' ? d.node : null;
    if (c) chain.push(c);
  }
  const ctorOf = (c: ts.ClassLikeDeclaration) => c.members.find(ts.isConstructorDeclaration);
  const paramIndex = (c: ts.ClassLikeDeclaration, e: ts.Expression | undefined) => {
    const x = e ? unwrap(e) : null;
    return x && ts.isIdentifier(x) ? ctorOf(c)?.parameters.findIndex(p => ts.isIdentifier(p.name) && p.name.text === x.text) ?? -1 : -1;
  };
  for (let j = 1; j < chain.length; j++) {
    const m = classMember(chain[j]!, name);
    if (!m) continue;
    let index = m.param ? ctorOf(chain[j]!)!.parameters.indexOf(m.param) : paramIndex(chain[j]!, m.value);
    if (index < 0) return m.value ?? null;
    const base = ctorOf(chain[j]!)!.parameters[index]!;
    for (let k = j - 1; k >= 0; k--) {
      const superCall = findSuperCall(ctorOf(chain[k]!));
      const given = superCall?.arguments[index];
      if (!given || ts.isSpreadElement(given)) return base.initializer ?? null;
      const next = k > 0 ? paramIndex(chain[k]!, given) : -1;
      if (next < 0) return given;
      index = next;
    }
    return null;
  }
  return null;
}

function findSuperCall(ctor: ts.ConstructorDeclaration | undefined): ts.CallExpression | null {
  let found: ts.CallExpression | null = null;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword) { found = n; return; }
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, visit);
  };
  if (ctor?.body) ts.forEachChild(ctor.body, visit);
  return found;
}

/** Follows a destructuring path (`const { a: { b } } = init`) into object / array literals. */
export function valueAtPath(ctx: Ctx, init: ts.Expression, path: string[]): ts.Expression | null {
  let cur: ts.Expression | null = init;
  for (const key of path) {
    if (!cur) return null;
    if (/^\d+$/.test(key)) {
      const arr = resolveArray(ctx, cur);
      cur = arr?.elements[Number(key)] ?? null;
    } else {
      cur = resolveObject(ctx, cur)?.props.get(key)?.value ?? null;
    }
  }
  return cur;
}

// ---------- objects and arrays ----------

export interface ObjProp {
  value: ts.Expression;
  /** Reached through an identifier, a member or a spread rather than written at the call. */
  indirect: boolean;
}

export interface ObjView {
  props: Map<string, ObjProp>;
  /** Spreads we could not see into (`...opts`), by source text. */
  dynamicSpreads: string[];
  /** The object literal itself, when there is one. */
  node: ts.ObjectLiteralExpression | null;
}

export function resolveObject(ctx: Ctx, e: ts.Expression | undefined, indirect = false): ObjView | null {
  if (!e) return null;
  return deeper(ctx, null, () => resolveObjectInner(ctx, e, indirect));
}

function resolveObjectInner(ctx: Ctx, e0: ts.Expression, indirect: boolean): ObjView | null {
  const e = unwrap(e0);
  if (ts.isObjectLiteralExpression(e)) {
    const view: ObjView = { props: new Map(), dynamicSpreads: [], node: e };
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p)) {
        const key = keyOf(p.name);
        if (key !== null) view.props.set(key, { value: p.initializer, indirect });
      } else if (ts.isShorthandPropertyAssignment(p)) {
        view.props.set(p.name.text, { value: p.name, indirect });
      } else if (ts.isSpreadAssignment(p)) {
        const inner = resolveObject(ctx, p.expression, true);
        if (inner) {
          for (const [k, v] of inner.props) view.props.set(k, { value: v.value, indirect: true });
          view.dynamicSpreads.push(...inner.dynamicSpreads);
        } else view.dynamicSpreads.push(exprText(ctx.sf, p.expression, 60));
      }
    }
    return view;
  }
  if (ts.isIdentifier(e)) {
    const d = findDeclaration(e.text, e);
    if (d?.kind === 'var' && d.init) {
      const v = d.path.length ? valueAtPath(ctx, d.init, d.path) : d.init;
      return v ? resolveObject(ctx, v, true) : null;
    }
    if ((d?.kind === 'var' || d?.kind === 'param') && d.dflt) return resolveObject(ctx, d.dflt, true);
    if (d?.kind === 'import') {
      const json = jsonModuleValue(ctx, d, e);
      if (json) return resolveObject(ctx, json, true);
      // An object of constants another workspace file exports (`export const Google = { ChatPath: (m) => … }`).
      if (d.typeOnly || !isWorkspaceModule(d.module)) return null;
      const sf = loadModule(ctx, d.module, fileOf(e));
      const x = sf ? exportedExpression(sf, d.name) : null;
      return x && ts.isObjectLiteralExpression(unwrap(x)) ? resolveObject(ctx, x, true) : null;
    }
    return null;
  }
  if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
    const v = memberValue(ctx, e);
    return v ? resolveObject(ctx, v, true) : null;
  }
  if (ts.isCallExpression(e)) {
    // A local factory `function params() { return {...} }` or `Object.assign({}, a, b)`.
    const dn = dottedName(e.expression);
    if (dn?.join('.') === 'Object.assign') {
      const view: ObjView = { props: new Map(), dynamicSpreads: [], node: null };
      for (const a of e.arguments) {
        const inner = resolveObject(ctx, a, true);
        if (inner) for (const [k, v] of inner.props) view.props.set(k, { value: v.value, indirect: true });
        else view.dynamicSpreads.push(exprText(ctx.sf, a, 60));
      }
      return view;
    }
    const ret = functionReturn(ctx, e.expression);
    return ret ? resolveObject(ctx, ret, true) : null;
  }
  return null;
}

function keyOf(n: ts.PropertyName): string | null {
  if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isComputedPropertyName(n)) {
    const x = unwrap(n.expression);
    return isStringLit(x) ? x.text : null;
  }
  return null;
}

export function resolveArray(ctx: Ctx, e: ts.Expression | undefined): ts.ArrayLiteralExpression | null {
  if (!e) return null;
  return deeper(ctx, null, () => {
    const x = unwrap(e);
    if (ts.isArrayLiteralExpression(x)) return x;
    if (ts.isIdentifier(x)) {
      const d = findDeclaration(x.text, x);
      if (d?.kind === 'var' && d.init) {
        const v = d.path.length ? valueAtPath(ctx, d.init, d.path) : d.init;
        return v ? resolveArray(ctx, v) : null;
      }
      if (d?.kind === 'param' && d.dflt) return resolveArray(ctx, d.dflt);
      return null;
    }
    if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) {
      const v = memberValue(ctx, x);
      return v ? resolveArray(ctx, v) : null;
    }
    return null;
  });
}

/** Whether an array expression was reached through a name rather than written in place. */
export function isIndirect(e: ts.Expression): boolean {
  return !ts.isArrayLiteralExpression(unwrap(e)) && !ts.isObjectLiteralExpression(unwrap(e));
}

// ---------- calls that produce strings ----------

const STRING_PASSTHROUGH = new Set(['trim', 'trimStart', 'trimEnd', 'toString', 'valueOf', 'normalize']);

/** `PROMPT.replace('{x}', v)` / `.replaceAll(/\{x\}/g, v)`: syntax read here, the rule is policy/substitute.ts. */
function evalReplace(ctx: Ctx, target: ts.Expression, patternArg: ts.Expression, valueArg: ts.Expression, all: boolean): StrValue | null {
  const base = evalString(ctx, target);
  if (base.shape === 'unresolved') return null;
  const p = regexOf(patternArg) ?? unwrap(patternArg);
  let pattern: Pattern | null = null;
  if (ts.isRegularExpressionLiteral(p)) {
    const re = regexFromLiteral(p.text);
    pattern = re ? { regex: re } : null;
  } else {
    const s = evalString(ctx, p);
    pattern = s.exact ? { literal: s.text } : null;
  }
  const v = unwrap(valueArg);
  const value = ts.isArrowFunction(v) || ts.isFunctionExpression(v) ? null : evalString(ctx, v);
  const out = substitute(base, pattern, { text: value?.exact ? value.text : null, source: exprText(ctx.sf, valueArg, 80), refs: 'js' }, { all });
  return { text: out.text, placeholders: out.placeholders, exact: out.placeholders.length === 0, definedAt: null, shape: 'template', hops: base.hops };
}

/** A regular-expression literal written in place or held by a const (`const SLOT = /\{x\}/g`). */
function regexOf(e: ts.Expression): ts.RegularExpressionLiteral | null {
  const x = unwrap(e);
  if (ts.isRegularExpressionLiteral(x)) return x;
  if (!ts.isIdentifier(x)) return null;
  const d = findDeclaration(x.text, x);
  const init = d?.kind === 'var' && d.path.length === 0 && d.init ? unwrap(d.init) : null;
  return init && ts.isRegularExpressionLiteral(init) ? init : null;
}

function evalCall(ctx: Ctx, e: ts.CallExpression): StrValue {
  const callee = unwrap(e.expression);
  if (ts.isPropertyAccessExpression(callee)) {
    const m = callee.name.text;
    if (STRING_PASSTHROUGH.has(m)) {
      const v = evalString(ctx, callee.expression);
      if (v.exact && m.startsWith('trim')) v.text = m === 'trim' ? v.text.trim() : m === 'trimStart' ? v.text.trimStart() : v.text.trimEnd();
      return v;
    }
    if (m === 'join') {
      const arr = resolveArray(ctx, callee.expression);
      if (arr) {
        const sepArg = e.arguments[0] ? evalString(ctx, e.arguments[0]) : known(',', 'literal');
        const sep = sepArg.exact ? sepArg.text : '';
        const parts: StrValue[] = [];
        arr.elements.forEach((el, i) => {
          if (i > 0) parts.push(known(sep, 'literal'));
          parts.push(ts.isSpreadElement(el) ? dynamic(ctx, el) : evalString(ctx, el));
        });
        return concat(parts, 'concat');
      }
    }
    if (m === 'concat') return concat([evalString(ctx, callee.expression), ...e.arguments.map(a => evalString(ctx, a))], 'concat');
    if ((m === 'replace' || m === 'replaceAll') && e.arguments.length >= 2) {
      const replaced = evalReplace(ctx, callee.expression, e.arguments[0]!, e.arguments[1]!, m === 'replaceAll');
      if (replaced) return replaced;
    }
  }
  const dn = dottedName(callee);
  const name = dn?.join('.');
  if (name === 'String' && e.arguments[0]) return evalString(ctx, e.arguments[0]);
  if (name === 'JSON.stringify' && e.arguments[0]) {
    const j = staticJson(ctx, e.arguments[0]);
    return { text: j.text, placeholders: j.placeholders, exact: j.placeholders.length === 0, definedAt: null, shape: j.placeholders.length ? 'template' : 'literal', hops: new Set() };
  }
  const file = fileRead(ctx, e);
  if (file) return file;
  const ret = functionReturn(ctx, callee);
  if (ret) {
    const v = withArguments(ctx, callee, e.arguments, () => evalString(ctx, ret));
    if (v.shape !== 'unresolved') {
      if (!v.exact && v.shape === 'literal') v.shape = 'template';
      // Returned by a function: not written at the call (policy/returns.ts classifies it like a constant or an import).
      const c = unwrap(callee);
      const imported = ts.isIdentifier(c) && findDeclaration(c.text, c)?.kind === 'import';
      return withHop(v, imported ? 'import' : 'constant');
    }
  }
  return dynamic(ctx, e);
}

/** Evaluates `f` with the call's arguments bound to the callee's parameters (`buildPrompt('Acme')`). */
function withArguments<T>(ctx: Ctx, callee: ts.Expression, args: ts.NodeArray<ts.Expression>, f: () => T): T {
  const fn = functionOf(ctx, callee);
  if (!fn || !args.length) return f();
  const saved = ctx.bindings;
  const next = new Map(saved ?? []);
  fn.parameters.forEach((p, i) => { const a = args[i]; if (a && !p.dotDotDotToken) next.set(p, a); });
  ctx.bindings = next;
  try { return f(); } finally { ctx.bindings = saved; }
}

/** The returned expression of a small local function / method (`return \`…\``), or null. */
export function functionReturn(ctx: Ctx, callee: ts.Expression): ts.Expression | null {
  const fn = functionOf(ctx, callee);
  if (!fn?.body) return null;
  return functionValue(returnedExpressions(fn));
}

/** The expressions a function returns, in source order (an arrow's expression body; not nested functions' returns). */
export function returnedExpressions(fn: ts.FunctionLikeDeclaration): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isReturnStatement(n)) { if (n.expression) out.push(n.expression); return; }
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return out;
}

function functionOf(_ctx: Ctx, callee: ts.Expression): ts.FunctionLikeDeclaration | null {
  let fn: ts.FunctionLikeDeclaration | null = null;
  callee = unwrap(callee);
  if (ts.isIdentifier(callee)) {
    const d = findDeclaration(callee.text, callee);
    if (d?.kind === 'function') fn = d.node;
    else if (d?.kind === 'var' && d.path.length === 0 && d.init) {
      const init = unwrap(d.init);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) fn = init;
    }
    else if (d?.kind === 'import' && !d.typeOnly && isWorkspaceModule(d.module)) {
      // A prompt builder exported by another workspace file: `system: systemPrompt({ selectedChatModel })`.
      const sf = loadModule(_ctx, d.module, fileOf(callee));
      fn = sf ? exportedFunction(sf, d.name) : null;
    }
  } else if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const cls = enclosingClass(callee);
    const m = cls?.members.find(x => ts.isMethodDeclaration(x) && ts.isIdentifier(x.name) && x.name.text === callee.name.text);
    if (m && ts.isMethodDeclaration(m)) fn = m;
  } else if (ts.isPropertyAccessExpression(callee)) {
    // `Google.ChatPath(model)`: a function kept in an object of constants (of this file or an imported one).
    const v = resolveObject(_ctx, callee.expression)?.props.get(callee.name.text)?.value;
    const x = v ? unwrap(v) : null;
    if (x && (ts.isArrowFunction(x) || ts.isFunctionExpression(x))) fn = x;
  }
  return fn;
}

// ---------- prompt files ----------

const READ_FUNCTIONS = new Set(['readFileSync', 'readFile', 'readTextFile', 'readTextFileSync']);

function fileRead(ctx: Ctx, e: ts.CallExpression): StrValue | null {
  const callee = unwrap(e.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
  let pathExpr: ts.Expression | undefined;
  if (name && READ_FUNCTIONS.has(name)) pathExpr = e.arguments[0];
  // Bun.file(p).text()
  if (name === 'text' && ts.isPropertyAccessExpression(callee)) {
    const inner = unwrap(callee.expression);
    if (ts.isCallExpression(inner) && dottedName(inner.expression)?.join('.') === 'Bun.file') pathExpr = inner.arguments[0];
  }
  if (!pathExpr) return null;
  const p = evalPath(ctx, pathExpr);
  if (p === null) return null;
  const hit = ctx.resolver.readText(p, fileOf(e));
  if (!hit) return null;
  return known(hit.text, `file:${hit.file}`);
}

const ROOT = '<root>/';

/** A file path written in code, relative to the file ('./x') or to the workspace; null when dynamic. */
export function evalPath(ctx: Ctx, e: ts.Expression): string | null {
  const raw = deeper<string | null>(ctx, null, () => evalPathInner(ctx, e));
  if (raw === null) return null;
  if (raw.startsWith(ROOT)) return posix.normalize(raw.slice(ROOT.length));
  return raw;
}

function evalPathInner(ctx: Ctx, e0: ts.Expression): string | null {
  const e = unwrap(e0);
  const dn = dottedName(e)?.join('.');
  if (dn === '__dirname' || dn === 'import.meta.dirname') return '.';
  if (ts.isPropertyAccessExpression(e) && e.name.text === 'dirname' && ts.isMetaProperty(e.expression)) return '.';
  if (ts.isIdentifier(e)) {
    const d = findDeclaration(e.text, e);
    if (d?.kind === 'var' && d.init && d.path.length === 0) return evalPathInner(ctx, d.init);
  }
  if (ts.isPropertyAccessExpression(e) && e.name.text === 'pathname') return evalPathInner(ctx, e.expression);
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'URL' && e.arguments?.[0]) {
    const first = evalString(ctx, e.arguments[0]);
    return first.exact ? (first.text.startsWith('.') ? first.text : './' + first.text) : null;
  }
  if (ts.isCallExpression(e)) {
    const callee = dottedName(e.expression);
    const last = callee?.[callee.length - 1];
    if (last === 'cwd') return ROOT.slice(0, -1);
    if (last === 'fileURLToPath' && e.arguments[0]) return evalPathInner(ctx, e.arguments[0]);
    if (last === 'join' || last === 'resolve') {
      const parts: string[] = [];
      for (const a of e.arguments) {
        const p = evalPathInner(ctx, a);
        if (p === null) return null;
        parts.push(p);
      }
      if (!parts.length) return null;
      const [first, ...rest] = parts;
      if (first === ROOT.slice(0, -1)) return ROOT + posix.join(...(rest.length ? rest : ['.']));
      const joined = posix.join(first!, ...rest);
      return first === '.' && !joined.startsWith('..') ? './' + joined : joined;
    }
  }
  if (ts.isTemplateExpression(e)) {
    // `${__dirname}/prompts/x.txt`
    let out = e.head.text;
    for (const span of e.templateSpans) {
      const p = evalPathInner(ctx, span.expression);
      if (p === null) return null;
      out += p + span.literal.text;
    }
    return out.startsWith(ROOT.slice(0, -1)) ? ROOT + out.slice(ROOT.length - 1).replace(/^\/+/, '') : out;
  }
  const v = evalString(ctx, e);
  return v.exact ? v.text : null;
}

// ---------- numbers, booleans, JSON ----------

export function evalNumber(ctx: Ctx, e: ts.Expression | undefined): number | null {
  if (!e) return null;
  return deeper<number | null>(ctx, null, () => {
    const x = unwrap(e);
    if (ts.isNumericLiteral(x)) { const n = Number(x.text.replace(/_/g, '')); return Number.isFinite(n) ? n : null; }
    if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.MinusToken) { const n = evalNumber(ctx, x.operand); return n === null ? null : -n; }
    if (isStringLit(x)) { const n = Number(x.text); return x.text.trim() && Number.isFinite(n) ? n : null; }
    if (ts.isIdentifier(x)) {
      const d = findDeclaration(x.text, x);
      if (d?.kind === 'var') {
        const v = d.init ? (d.path.length ? valueAtPath(ctx, d.init, d.path) : d.init) : null;
        return v ? evalNumber(ctx, v) : evalNumber(ctx, d.dflt);
      }
      if (d?.kind === 'param') return evalNumber(ctx, d.dflt);
      return null;
    }
    if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) return evalNumber(ctx, memberValue(ctx, x) ?? undefined);
    if (ts.isBinaryExpression(x)) {
      const op = x.operatorToken.kind;
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) return evalNumber(ctx, x.left) ?? evalNumber(ctx, x.right);
      const a = evalNumber(ctx, x.left), b = evalNumber(ctx, x.right);
      if (a === null || b === null) return null;
      if (op === ts.SyntaxKind.AsteriskToken) return a * b;
      if (op === ts.SyntaxKind.PlusToken) return a + b;
      if (op === ts.SyntaxKind.MinusToken) return a - b;
      return null;
    }
    if (ts.isCallExpression(x)) {
      const n = dottedName(x.expression)?.join('.');
      if ((n === 'Number' || n === 'parseInt' || n === 'Number.parseInt' || n === 'parseFloat') && x.arguments[0]) return evalNumber(ctx, x.arguments[0]);
    }
    return null;
  });
}

export function evalBool(ctx: Ctx, e: ts.Expression | undefined): boolean | null {
  if (!e) return null;
  const x = unwrap(e);
  if (x.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (x.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isIdentifier(x)) {
    const d = findDeclaration(x.text, x);
    if (d?.kind === 'var' && d.init && d.path.length === 0) return deeper(ctx, null, () => evalBool(ctx, d.init));
    if ((d?.kind === 'param' || d?.kind === 'var') && d.dflt) return deeper(ctx, null, () => evalBool(ctx, d.dflt));
  }
  return null;
}

/** JSON text of a static value as written (object literals, arrays, consts); dynamic leaves become placeholders,
 *  schema-builder calls (`z.object(…)`) are kept as their source text, functions (`execute`) are left out. */
export function staticJson(ctx: Ctx, e: ts.Expression): { text: string; placeholders: string[] } {
  const placeholders: string[] = [];
  const value = toStatic(ctx, e, placeholders);
  return { text: typeof value === 'string' ? value : JSON.stringify(value), placeholders };
}

function isFunctionValue(e: ts.Expression): boolean {
  const x = unwrap(e);
  return ts.isArrowFunction(x) || ts.isFunctionExpression(x);
}

function toStatic(ctx: Ctx, e: ts.Expression, ph: string[]): unknown {
  return deeper<unknown>(ctx, exprText(ctx.sf, e), () => {
    const x = unwrap(e);
    if (x.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (x.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (x.kind === ts.SyntaxKind.NullKeyword) return null;
    if (ts.isNumericLiteral(x)) return Number(x.text.replace(/_/g, ''));
    if (ts.isArrayLiteralExpression(x)) {
      const out: unknown[] = [];
      for (const el of x.elements) {
        if (ts.isSpreadElement(el)) {
          const arr = resolveArray(ctx, el.expression);
          if (arr) for (const y of arr.elements) out.push(toStatic(ctx, y, ph));
          else ph.push(exprText(ctx.sf, el, 60));
        } else out.push(toStatic(ctx, el, ph));
      }
      return out;
    }
    const obj = ts.isObjectLiteralExpression(x) || ts.isIdentifier(x) || ts.isPropertyAccessExpression(x) ? resolveObject(ctx, x) : null;
    if (obj) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of obj.props) if (!isFunctionValue(v.value)) out[k] = toStatic(ctx, v.value, ph);
      ph.push(...obj.dynamicSpreads);
      return out;
    }
    if (ts.isIdentifier(x) || ts.isPropertyAccessExpression(x)) {
      const arr = resolveArray(ctx, x);
      if (arr) return toStatic(ctx, arr, ph);
      const target = ts.isIdentifier(x) ? findDeclaration(x.text, x) : null;
      if (target?.kind === 'var' && target.init && target.path.length === 0 && !isStringish(ctx, x)) return toStatic(ctx, target.init, ph);
    }
    if (ts.isCallExpression(x) || ts.isNewExpression(x)) {
      const name = dottedName(x.expression)?.join('.') ?? '';
      // Zod / schema builders and tool() helpers: keep the source text as written.
      if (/^(z|zod|Type|t|yup|v|s)\./.test(name) || /^(tool|zodFunction|zodResponseFormat|jsonSchema|zodToJsonSchema|zodTextFormat)$/.test(name)) {
        if (name === 'tool' && x.arguments?.[0]) return toStatic(ctx, x.arguments[0], ph);
        return rawText(ctx.sf, x);
      }
    }
    const s = evalString(ctx, x);
    if (s.shape !== 'unresolved') { ph.push(...s.placeholders); return s.text; }
    if (ts.isCallExpression(x)) return rawText(ctx.sf, x);
    ph.push(exprText(ctx.sf, x, 60));
    return '';
  });
}

function isStringish(ctx: Ctx, x: ts.Expression): boolean {
  return evalString(ctx, x).shape !== 'unresolved';
}

// ---------- model ids ----------

/** Resolves the expression that holds a model id into a ModelFact. `indirect`: reached through a config object. */
export function modelFact(ctx: Ctx, e: ts.Expression | undefined, indirect = false): ModelFact {
  if (!e) return { value: null, source: 'unresolved', definedAt: null, expression: '' };
  const v = evalString(ctx, e);
  if (v.choices) return { value: v.choices[0]!, alternatives: v.choices, source: modelSourceOf(v.hops, indirect), definedAt: null };
  if (!v.exact || !namesModel(v.text)) return { value: null, source: 'unresolved', definedAt: null, expression: exprText(ctx.sf, e) };
  return { value: v.text, source: modelSourceOf(v.hops, indirect), definedAt: v.definedAt };
}

