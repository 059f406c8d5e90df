// Static evaluation of Python expressions: strings (literals, f-strings, .format, %, +, join,
// constants, imports, class attributes, env defaults, prompt files), numbers, dicts and lists.
// Nothing is executed; what cannot be known becomes a placeholder.
import type { Node } from 'web-tree-sitter';
import type { LiteralSpan } from '../../model';
import type { PyContext } from './context';
import { callArgs, unwrap, dottedName, enclosingFunction } from './syntax';
import { contentText, dedent, literalSpan, stringDelimiters } from './text';
import type { Binding } from './scope';
import { allHops, dearestBranch, functionValue, type Hop, modelAlternatives, NO_HOPS, regexFromPython, type Shape, type StaticString, substitute, tooDeep, withHop, fillTemplate } from '../policy';

const CONSTANT: ReadonlySet<Hop> = new Set(['constant']);
const IMPORT: ReadonlySet<Hop> = new Set(['import']);

/** A string expression's value (policy/values.ts); Python adds nothing to it. */
export type StrValue = StaticString;

/** A value reached through one more hop (a name, an attribute…). */
function through(v: StrValue, hop: Hop): StrValue {
  return { ...v, hops: withHop(v.hops, hop) };
}

function placeholderOnly(node: Node): StrValue {
  return { text: '', placeholders: [node.text], at: [0], shape: 'unresolved', hops: NO_HOPS, definedAt: null };
}

function join(parts: StrValue[], shape: Shape): StrValue {
  let at: number[] | undefined = [];
  let length = 0;
  for (const p of parts) {
    at = at && p.at && p.at.length === p.placeholders.length ? [...at, ...p.at.map(o => o + length)] : undefined;
    length += p.text.length;
  }
  return {
    at,
    text: parts.map(p => p.text).join(''),
    placeholders: parts.flatMap(p => p.placeholders),
    shape,
    hops: parts.length === 1 ? parts[0].hops : CONSTANT,
    definedAt: parts.length === 1 ? parts[0].definedAt : null,
  };
}

/** Evaluates a string-valued expression; null when nothing static is known about it. */
export function evalString(node: Node | null | undefined, ctx: PyContext, depth = 0): StrValue | null {
  if (!node || tooDeep(depth)) return null;
  const n = unwrap(node);
  switch (n.type) {
    case 'string': return stringLiteral(n, ctx, depth);
    // A number read as text (a template value `{"hours": 4}`), as JS reads a numeric literal.
    case 'integer':
    case 'float': return { text: n.text.replace(/_/g, ''), placeholders: [], at: [], shape: 'literal', hops: NO_HOPS, definedAt: null };
    case 'concatenated_string': {
      const parts = n.namedChildren.filter((c): c is Node => !!c && c.type === 'string').map(s => stringLiteral(s, ctx, depth));
      const templated = parts.some(p => p.shape !== 'literal');
      const v = join(parts, templated ? 'template' : 'literal');
      return { ...v, hops: NO_HOPS, definedAt: null };
    }
    case 'identifier': return identifierString(n, ctx, depth);
    case 'attribute': return attributeString(n, ctx, depth);
    case 'subscript': return subscriptString(n, ctx, depth);
    case 'binary_operator': return binaryString(n, ctx, depth);
    case 'boolean_operator': {
      // `os.getenv("M") or "gpt-4o"`: the right side is the static fallback.
      if (n.child(1)?.type !== 'or') return null;
      const left = evalString(n.childForFieldName('left'), ctx, depth + 1);
      if (left && (left.text || left.definedAt)) return left;
      const right = evalString(n.childForFieldName('right'), ctx, depth + 1);
      if (!right) return null;
      const isEnv = /\b(getenv|environ)\b/.test(n.childForFieldName('left')?.text ?? '');
      return isEnv ? { ...right, hops: withHop(right.hops, 'env-default') } : right;
    }
    case 'conditional_expression': return choiceString(n, ctx, depth);
    case 'call': return callString(n, ctx, depth);
    default: return null;
  }
}

/** `"a" if c else "b"` (nested too): the shared rule of policy/choice.ts over the branches' values. */
function choiceString(n: Node, ctx: PyContext, depth: number): StrValue | null {
  const branches: Array<StrValue | null> = [];
  const collect = (x: Node | null): void => {
    const u = x ? unwrap(x) : null;
    // `a if cond else b`: the value branches are the first and the third named child.
    if (u?.type === 'conditional_expression') { collect(u.namedChild(0)); collect(u.namedChild(2)); } else branches.push(evalString(u, ctx, depth + 1));
  };
  collect(n);
  if (branches.some(b => b === null || b.shape === 'unresolved')) return null;
  const known = branches as StrValue[];
  const best = dearestBranch(known);
  const choices = modelAlternatives(known) ?? undefined;
  return { ...best, hops: allHops(known), definedAt: choices ? null : best.definedAt, choices };
}

function stringLiteral(n: Node, ctx: PyContext, depth: number): StrValue {
  const { prefix } = stringDelimiters(n);
  const raw = prefix.includes('r');
  const formatted = prefix.includes('f') || prefix.includes('t');
  let text = '';
  const placeholders: string[] = [];
  const at: number[] = [];
  let dynamic = false;
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'string_content') text += contentText(c, raw, formatted);
    else if (c.type === 'interpolation') {
      const expr = c.childForFieldName('expression');
      // Constants interpolated into an f-string are part of the prompt; anything else is a placeholder.
      const inner = expr && !c.childForFieldName('format_specifier') ? evalString(expr, ctx, depth + 1) : null;
      if (inner && inner.placeholders.length === 0 && inner.shape !== 'unresolved') text += inner.text;
      else {
        at.push(text.length);
        placeholders.push(c.text);
        dynamic = true;
      }
    }
  }
  const isFormat = formatted && n.namedChildren.some(c => c?.type === 'interpolation');
  return {
    text,
    placeholders,
    at,
    shape: isFormat ? 'template' : 'literal',
    hops: NO_HOPS,
    definedAt: isFormat || dynamic ? null : literalSpan(n, ctx.file, ctx.lines),
  };
}

function fromBinding(b: Binding, id: Node, ctx: PyContext, depth: number): StrValue | null {
  switch (b.kind) {
    case 'assign': {
      const base = evalString(b.value, ctx, depth + 1);
      if (!base) return null;
      let v = through(base, 'constant');
      if (b.augments.length) {
        const more = b.augments.map(a => evalString(a, ctx, depth + 1) ?? placeholderOnly(a));
        v = { ...join([v, ...more], 'concat'), hops: v.hops };
      }
      return v;
    }
    case 'param': {
      if (!b.defaultValue) return null;
      const d = evalString(b.defaultValue, ctx, depth + 1);
      // A parameter's default is only what runs when the caller passes nothing: keep it visible.
      return d ? through(d, 'parameter-default') : null;
    }
    case 'import': return importedString(b.binding.module, b.binding.name ?? id.text, null, ctx);
    default: return null;
  }
}

function identifierString(n: Node, ctx: PyContext, depth: number): StrValue | null {
  const b = ctx.scope.lookup(n.text, n);
  return b ? fromBinding(b, n, ctx, depth) : null;
}

/** A string constant from another workspace file, through the resolver. */
function importedString(module: string, name: string, member: string | null, ctx: PyContext): StrValue | null {
  const tries: Array<[string, string]> = [[module, member ? `${name}.${member}` : name]];
  // `from app import config` then `config.MODEL`: `config` may be a module.
  if (member) tries.push([module.endsWith('.') ? `${module}${name}` : `${module}.${name}`, member]);
  for (const [mod, key] of tries) {
    const found = ctx.resolver.importedString(ctx.file, mod, key);
    if (found) {
      ctx.dependsOn.add(found.definedAt.file);
      return { text: found.value, placeholders: [], shape: 'literal', hops: IMPORT, definedAt: found.definedAt };
    }
  }
  for (const [mod, key] of tries) {
    const found = reExported(mod, key, ctx.file, ctx, 0);
    if (found) {
      ctx.dependsOn.add(found.definedAt.file);
      return { text: found.value, placeholders: [], shape: 'literal', hops: IMPORT, definedAt: found.definedAt };
    }
  }
  return null;
}

/** The file a module specifier names, read through the resolver (`app` → app/__init__.py or app.py). */
function moduleSource(fromFile: string, module: string, ctx: PyContext): { file: string; text: string } | null {
  return ctx.resolver.moduleText(fromFile, module);
}

const fromImport = /^from\s+([.\w]+)\s+import\s+(\([^)]*\)|[^\n#]+)/gm;

/**
 * A constant re-exported by a package (`app/__init__.py`: `from .settings import MODEL`): the
 * module's own exports lack it, so follow its `from … import` lines (a few hops at most).
 */
function reExported(module: string, key: string, fromFile: string, ctx: PyContext, depth: number): { value: string; definedAt: LiteralSpan } | null {
  if (depth > 2) return null;
  const src = moduleSource(fromFile, module, ctx);
  if (!src) return null;
  const [head, ...rest] = key.split('.');
  for (const m of src.text.matchAll(fromImport)) {
    const names = m[2].replace(/[()\\]/g, ' ').split(',').map(x => x.trim()).filter(Boolean);
    for (const entry of names) {
      const [orig, alias] = entry.split(/\s+as\s+/).map(x => x.trim());
      if (orig !== '*' && (alias ?? orig) !== head) continue;
      const wanted = orig === '*' ? key : [orig, ...rest].join('.');
      const found = ctx.resolver.importedString(src.file, m[1], wanted) ?? reExported(m[1], wanted, src.file, ctx, depth + 1);
      if (found) {
        ctx.dependsOn.add(src.file);
        return found;
      }
    }
  }
  return null;
}

/** `a.b.c` over an imported module or name: the member path after the import. */
function importedMember(node: Node, ctx: PyContext): StrValue | null {
  const dotted = dottedName(node);
  if (!dotted) return null;
  const [head, ...rest] = dotted.split('.');
  if (rest.length === 0) return null;
  const b = ctx.scope.lookup(head, node);
  if (b?.kind !== 'import') return null;
  if (b.binding.name === null) {
    // `import app.config as cfg` / `import config` → name = first member, the rest nested.
    return importedString(b.binding.module, rest[0], rest.length > 1 ? rest.slice(1).join('.') : null, ctx)
      ?? (rest.length > 1 ? importedString(`${b.binding.module}.${rest[0]}`, rest[1], rest.length > 2 ? rest.slice(2).join('.') : null, ctx) : null);
  }
  return importedString(b.binding.module, b.binding.name, rest.join('.'), ctx);
}

function attributeString(n: Node, ctx: PyContext, depth: number): StrValue | null {
  const obj = n.childForFieldName('object');
  const attr = n.childForFieldName('attribute')?.text;
  if (!obj || !attr) return null;
  const imported = importedMember(n, ctx);
  if (imported) return imported;
  const value = attributeValue(obj, attr, ctx, depth);
  if (value) {
    const v = evalString(value, ctx, depth + 1);
    return v ? through(v, 'property') : null;
  }
  return storedOnModule(n, ctx, depth);
}

const storeCache = new WeakMap<PyContext, Node[]>();

/** Assignments to a subscript or attribute anywhere in the file, collected once per file. */
function storeAssignments(ctx: PyContext): Node[] {
  let list = storeCache.get(ctx);
  if (!list) {
    list = ctx.scope.root.descendantsOfType('assignment').filter((a): a is Node => {
      const t = a?.childForFieldName('left')?.type;
      return t === 'subscript' || t === 'attribute';
    });
    storeCache.set(ctx, list);
  }
  return list;
}

/** `st.session_state.model` / `st.session_state["model"]` as one key, whatever the access style. */
function storeKey(n: Node, ctx: PyContext, depth: number): string | null {
  const u = unwrap(n);
  if (u.type === 'identifier') return u.text;
  if (u.type === 'attribute') {
    const left = storeKey(u.childForFieldName('object')!, ctx, depth + 1);
    return left && `${left}.${u.childForFieldName('attribute')!.text}`;
  }
  if (u.type === 'subscript') {
    const key = evalString(u.childForFieldName('subscript'), ctx, depth + 1);
    const left = storeKey(u.childForFieldName('value')!, ctx, depth + 1);
    return left && key && !key.placeholders.length ? `${left}.${key.text}` : null;
  }
  return null;
}

/**
 * A key of an imported module's state object set in this file (Streamlit's
 * `st.session_state["model"] = "gpt-4o-mini"` read later as `st.session_state["model"]`).
 * Counts only when every assignment in the file stores the same static string.
 */
function storedOnModule(n: Node, ctx: PyContext, depth: number): StrValue | null {
  if (tooDeep(depth)) return null;
  let base = unwrap(n);
  while (base.type === 'attribute' || base.type === 'subscript') base = unwrap(base.childForFieldName(base.type === 'attribute' ? 'object' : 'value')!);
  if (base.type !== 'identifier' || base.id === unwrap(n).id || ctx.scope.lookup(base.text, base)?.kind !== 'import') return null;
  const key = storeKey(n, ctx, depth);
  if (!key || !key.includes('.')) return null;
  let found: StrValue | null = null;
  for (const a of storeAssignments(ctx)) {
    const left = a.childForFieldName('left');
    if (!left || !left.text.startsWith(base.text)) continue;
    if (storeKey(left, ctx, depth) !== key) continue;
    const v = evalString(a.childForFieldName('right'), ctx, depth + 1);
    if (!v || v.placeholders.length || (found && found.text !== v.text)) return null;
    found = through(v, 'property');
  }
  return found;
}

/** The expression assigned to `obj.attr`: self attributes, class attributes, instances of local classes. */
export function attributeValue(obj: Node, attr: string, ctx: PyContext, depth: number): Node | null {
  if (tooDeep(depth)) return null;
  const o = unwrap(obj);
  let cls: Node | null = null;
  if (o.type === 'identifier' && (o.text === 'self' || o.text === 'cls')) cls = ctx.scope.classAround(o);
  else if (o.type === 'identifier') {
    const b = ctx.scope.lookup(o.text, o);
    if (b?.kind === 'class') cls = b.node;
    else if (b?.kind === 'assign') {
      const v = unwrap(b.value);
      // settings = Settings() → the class's field default.
      if (v.type === 'call') {
        const fn = v.childForFieldName('function');
        const fb = fn?.type === 'identifier' ? ctx.scope.lookup(fn.text, fn) : null;
        if (fb?.kind === 'class') {
          const kw = callArgs(v).keywords.get(attr);
          if (kw) return kw;
          cls = fb.node;
        }
      }
    }
  }
  if (!cls) return null;
  const chain = selfClasses(cls, o, ctx);
  for (const [i, c] of chain.entries()) {
    const value = ctx.scope.classAttribute(c, attr)?.value;
    if (value) return handedDown(value, c, chain.slice(0, i).reverse(), ctx);
  }
  return null;
}

/**
 * A base class keeps a constructor parameter (`self.model_id = model_id`); the subclasses below it hand it on with
 * `super().__init__(model_id=…)`: the value the nearest-to-the-caller subclass gives (a default it fills in first, such
 * as `if model_id is None: model_id = "…"`), following each subclass's own parameter down the chain.
 */
function handedDown(value: Node, owner: Node, subclasses: Node[], ctx: PyContext): Node {
  let current = value;
  let cls = owner;
  for (const sub of subclasses) {
    const v = unwrap(current);
    const init = ctx.scope.classMethod(cls, '__init__');
    if (v.type !== 'identifier' || !init || ctx.scope.lookup(v.text, v)?.kind !== 'param' || enclosingFunction(v)?.id !== init.id) break;
    const subInit = ctx.scope.classMethod(sub, '__init__');
    const call = subInit?.descendantsOfType('call').find(c => !!c && /^super\([^)]*\)\.__init__$/.test(c.childForFieldName('function')?.text ?? ''));
    const given = call ? callArgs(call).keywords.get(v.text) : undefined;
    if (!given) break;
    current = given;
    cls = sub;
  }
  return current;
}

/**
 * Where `self.x` is looked up: for `self`, the class of the call being matched first when it inherits from the class
 * around this `self` (a subclass's override wins), then that class and its bases in this file.
 */
export function selfClasses(cls: Node, self: Node, ctx: PyContext): Node[] {
  const own = ctx.scope.classChain(cls);
  const recv = ctx.receiverClass;
  if (self.text !== 'self' || !recv || recv.id === cls.id) return own;
  const fromReceiver = ctx.scope.classChain(recv);
  return fromReceiver.some(c => c.id === cls.id) ? [...fromReceiver, ...own] : own;
}

function subscriptString(n: Node, ctx: PyContext, depth: number): StrValue | null {
  const obj = n.childForFieldName('value');
  const key = n.childForFieldName('subscript');
  if (!obj || !key) return null;
  if (isEnviron(obj)) return null;
  const keyStr = evalString(key, ctx, depth + 1);
  if (!keyStr || keyStr.placeholders.length) return null;
  const dotted = dottedName(obj);
  if (dotted) {
    const [head, ...rest] = dotted.split('.');
    const b = ctx.scope.lookup(head, obj);
    if (b?.kind === 'import') {
      const name = b.binding.name ?? rest.shift();
      if (name) {
        const member = [...rest, keyStr.text].join('.');
        const found = importedString(b.binding.name ? b.binding.module : `${b.binding.module}`, name, member, ctx);
        if (found) return found;
      }
    }
  }
  const dict = dictOf(obj, ctx, depth + 1);
  const entry = dict?.entries.get(keyStr.text);
  if (!entry) return storedOnModule(n, ctx, depth);
  const v = evalString(entry, ctx, depth + 1);
  return v ? through(v, 'property') : null;
}

function isEnviron(node: Node): boolean {
  const t = dottedName(node);
  return t === 'os.environ' || t === 'environ';
}

function binaryString(n: Node, ctx: PyContext, depth: number): StrValue | null {
  const op = n.childForFieldName('operator')?.text ?? n.child(1)?.text;
  const left = n.childForFieldName('left');
  const right = n.childForFieldName('right');
  if (!left || !right) return null;
  if (op === '+') {
    const l = evalString(left, ctx, depth + 1);
    const r = evalString(right, ctx, depth + 1);
    if (!l && !r) return null;
    return join([l ?? placeholderOnly(left), r ?? placeholderOnly(right)], 'concat');
  }
  if (op === '%') {
    const l = evalString(left, ctx, depth + 1);
    if (!l) return null;
    const specs = l.text.match(/%(\([^)]*\))?[-#0 +]*\d*(\.\d+)?[sdifrx]/g) ?? [];
    if (specs.length === 0) return null;
    return { text: l.text.replace(/%(\([^)]*\))?[-#0 +]*\d*(\.\d+)?[sdifrx]/g, ''), placeholders: [...l.placeholders, ...specs], shape: 'template', hops: CONSTANT, definedAt: null };
  }
  return null;
}

/**
 * Fills the `{name}` fields of a str.format / prompt template in place with known values; the
 * others are removed from the text and listed. `{{` and `}}` are literal braces.
 */
const strMethodsKeepingText = new Set(['strip', 'lstrip', 'rstrip', 'lower', 'upper', 'encode', 'decode']);

function callString(n: Node, ctx: PyContext, depth: number): StrValue | null {
  const fn = n.childForFieldName('function');
  if (!fn) return null;
  const args = callArgs(n);
  const f = unwrap(fn);
  const name = dottedName(f);
  // os.getenv("X", "default") / os.environ.get("X", "default")
  if (name && /^(os\.)?(getenv|environ\.get)$/.test(name)) {
    const d = args.positional[1] ?? args.keywords.get('default');
    const v = d ? evalString(d, ctx, depth + 1) : null;
    return v ? through(v, 'env-default') : null;
  }
  // pydantic / dataclass field defaults: `MODEL: str = Field(default="gpt-4o")`, `field(default="x")`.
  if (name && /^(pydantic\.|dataclasses\.)?(Field|field)$/.test(name)) {
    const d = args.keywords.get('default') ?? (name.endsWith('Field') ? args.positional[0] : undefined);
    return d && unwrap(d).type !== 'ellipsis' ? evalString(d, ctx, depth + 1) : null;
  }
  // `re.sub(r"\{name\}", name, PROMPT)`.
  if (ctx.scope.qualify(f) === 're.sub') {
    const [pattern, repl, target, count, flags] = args.positional;
    const p = pattern ?? args.keywords.get('pattern');
    const r = repl ?? args.keywords.get('repl');
    const t = target ?? args.keywords.get('string');
    if (p && r && t) return regexSubstituted(p, flags ?? args.keywords.get('flags') ?? null, r, t, count ?? args.keywords.get('count'), ctx, depth);
  }
  if (name === 'textwrap.dedent' || name === 'dedent' || name === 'inspect.cleandoc' || name === 'cleandoc' || name === 'str') {
    const v = evalString(args.positional[0], ctx, depth + 1);
    if (!v) return null;
    const text = name.endsWith('cleandoc') ? dedent(v.text.replace(/^\s*\n/, '')).trim() : name === 'str' ? v.text : dedent(v.text);
    return { ...v, text, at: text === v.text ? v.at : undefined, definedAt: v.definedAt };
  }
  if (f.type === 'attribute') {
    const obj = f.childForFieldName('object');
    const method = f.childForFieldName('attribute')?.text ?? '';
    if (!obj) return null;
    if (method === 'format') {
      const base = evalString(obj, ctx, depth + 1);
      if (!base) return null;
      // Keyword arguments that are static strings are filled in; the rest stay placeholders.
      const { text, fields, slots } = fillTemplate(base.text, key => {
        const kv = args.keywords.get(key) ?? (/^\d+$/.test(key) ? args.positional[Number(key)] : undefined);
        const sv = kv ? evalString(kv, ctx, depth + 1) : null;
        return sv && sv.placeholders.length === 0 && sv.shape !== 'unresolved' ? sv.text : undefined;
      });
      return { text, placeholders: [...base.placeholders, ...fields], at: base.placeholders.length ? undefined : slots, shape: 'template', hops: base.hops, definedAt: null };
    }
    if (method === 'join') {
      const sep = evalString(obj, ctx, depth + 1);
      const items = listOf(args.positional[0], ctx, depth + 1);
      if (!sep || !items) return null;
      const parts = items.items.map(i => evalString(i, ctx, depth + 1) ?? placeholderOnly(i));
      const text = parts.map(p => p.text).join(sep.text);
      return { text, placeholders: [...parts.flatMap(p => p.placeholders), ...(items.dynamic ? [args.positional[0].text] : [])], shape: 'concat', hops: CONSTANT, definedAt: null };
    }
    if (method === 'replace' && args.positional.length >= 2) return replacedString(obj, args, ctx, depth);
    // `PATTERN.sub(repl, text)` with `PATTERN = re.compile(r"…")`.
    if (method === 'sub' && args.positional.length >= 2) {
      const compiled = compiledPattern(obj, ctx);
      if (compiled) return regexSubstituted(compiled.pattern, compiled.flags, args.positional[0]!, args.positional[1]!, args.positional[2] ?? args.keywords.get('count'), ctx, depth);
    }
    if (strMethodsKeepingText.has(method)) {
      const v = evalString(obj, ctx, depth + 1);
      if (!v) return null;
      const text = method === 'strip' ? v.text.trim() : method === 'lstrip' ? v.text.trimStart() : method === 'rstrip' ? v.text.trimEnd() : method === 'lower' ? v.text.toLowerCase() : method === 'upper' ? v.text.toUpperCase() : v.text;
      return { ...v, text, at: text === v.text ? v.at : undefined, definedAt: text === v.text ? v.definedAt : null };
    }
    if (method === 'read' || method === 'read_text') {
      const path = method === 'read_text' ? evalPath(obj, ctx, depth + 1) : openedPath(obj, ctx, depth + 1);
      return path !== null ? readPromptFile(path, n, ctx) : null;
    }
  }
  // A function of this file that builds the prompt: `content=build_prompt(q)`.
  if (f.type === 'identifier') {
    const b = ctx.scope.lookup(f.text, f);
    if (b?.kind === 'def') {
      const ret = functionReturn(b.node);
      const v = ret ? evalString(ret, ctx, depth + 1) : null;
      return v ? through(v, 'constant') : null;
    }
  }
  return null;
}

/** `PROMPT.replace("{x}", v)` (chains too): syntax read here, the rule is policy/substitute.ts. */
function replacedString(obj: Node, args: ReturnType<typeof callArgs>, ctx: PyContext, depth: number): StrValue | null {
  const base = evalString(obj, ctx, depth + 1);
  if (!base) return null;
  const p = evalString(args.positional[0], ctx, depth + 1);
  const v = evalString(args.positional[1], ctx, depth + 1);
  const count = evalNumber(args.positional[2] ?? args.keywords.get('count'), ctx, depth + 1);
  const out = substitute(base, isStatic(p) ? { literal: p.text } : null,
    { text: isStatic(v) ? v.text : null, source: args.positional[1]!.text },
    { all: true, limit: count !== null && count >= 0 ? count : undefined });
  return { text: out.text, placeholders: out.placeholders, shape: 'template', hops: base.hops, definedAt: null };
}

/** `re.sub(pattern, repl, text)` / a compiled pattern's `.sub(repl, text)`: the rule is policy/substitute.ts. */
function regexSubstituted(patternNode: Node, flagsNode: Node | null, repl: Node, target: Node, countNode: Node | undefined, ctx: PyContext, depth: number): StrValue | null {
  const base = evalString(target, ctx, depth + 1);
  if (!base) return null;
  const p = evalString(patternNode, ctx, depth + 1);
  const re = p && isStatic(p) ? regexFromPython(p.text, flagNames(flagsNode)) : null;
  // A function as the replacement (`lambda m: …`) computes each value at run time.
  const v = unwrap(repl).type === 'lambda' ? null : evalString(repl, ctx, depth + 1);
  const count = evalNumber(countNode, ctx, depth + 1);
  const out = substitute(base, re ? { regex: re } : null, { text: isStatic(v) ? v.text : null, source: repl.text, refs: 'python' },
    { all: true, limit: count !== null && count > 0 ? count : undefined });
  return { text: out.text, placeholders: out.placeholders, shape: 'template', hops: base.hops, definedAt: null };
}

/** The pattern and flags of `re.compile(p, flags)`, written in place or bound to a name. */
function compiledPattern(node: Node, ctx: PyContext): { pattern: Node; flags: Node | null } | null {
  let n = unwrap(node);
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind !== 'assign') return null;
    n = unwrap(b.value);
  }
  if (n.type !== 'call' || ctx.scope.qualify(n.childForFieldName('function')!) !== 're.compile') return null;
  const args = callArgs(n);
  const pattern = args.positional[0] ?? args.keywords.get('pattern');
  return pattern ? { pattern, flags: args.positional[1] ?? args.keywords.get('flags') ?? null } : null;
}

/** `re.IGNORECASE | re.M` → ['IGNORECASE', 'M']. */
function flagNames(node: Node | null): string[] {
  return node ? [...node.text.matchAll(/\b(?:re\.)?(IGNORECASE|MULTILINE|DOTALL|[IMS])\b/g)].map(m => m[1]!) : [];
}

function isStatic(v: StrValue | null): v is StrValue {
  return !!v && v.placeholders.length === 0 && v.shape !== 'unresolved';
}

/** The value of a function: its returned expressions chosen by the shared rule (policy/returns.ts). */
export function functionReturn(fn: Node): Node | null {
  return functionValue(returnedExpressions(fn));
}

/** The expressions a function returns, in source order (not those of nested functions, lambdas or classes). */
function returnedExpressions(fn: Node): Node[] {
  const body = fn.childForFieldName('body');
  const out: Node[] = [];
  const visit = (n: Node): void => {
    if (n.type === 'return_statement') { const v = n.namedChild(0); if (v) out.push(v); return; }
    if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda') return;
    for (const c of n.namedChildren) if (c) visit(c);
  };
  if (body) visit(body);
  return out;
}

function readPromptFile(path: string, at: Node, ctx: PyContext): StrValue | null {
  const found = ctx.resolver.readText(path, ctx.file);
  if (!found) {
    ctx.warnings.push(`prompt file not found: ${path} (${ctx.file}:${ctx.lines.position(at.startIndex).line})`);
    return { text: '', placeholders: [at.text], shape: 'unresolved', hops: NO_HOPS, definedAt: null };
  }
  ctx.dependsOn.add(found.file);
  return { text: found.text, placeholders: [], shape: `file:${found.file}`, hops: CONSTANT, definedAt: null };
}

/** The path of `open(p)` / `Path(p).open()` / a `with open(p) as f` variable. */
function openedPath(node: Node, ctx: PyContext, depth: number): string | null {
  if (tooDeep(depth)) return null;
  const n = unwrap(node);
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind === 'with' || b?.kind === 'assign') return openedPath(b.value, ctx, depth + 1);
    return null;
  }
  if (n.type !== 'call') return null;
  const fn = n.childForFieldName('function');
  const name = fn ? dottedName(fn) : null;
  const args = callArgs(n);
  if (name === 'open' || name === 'io.open' || name === 'codecs.open') return evalPath(args.positional[0] ?? args.keywords.get('file'), ctx, depth + 1);
  if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'open') {
    const obj = fn.childForFieldName('object');
    return obj ? evalPath(obj, ctx, depth + 1) : null;
  }
  return null;
}

function joinPath(a: string, b: string): string {
  if (b.startsWith('/')) return b;
  const parts = [...a.split('/'), ...b.split('/')].filter(p => p && p !== '.');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(p);
  }
  return out.join('/') || '.';
}

/**
 * A file path built from literals, relative to the current file's folder when it starts from
 * `__file__` (Path(__file__).parent / "prompts" / "x.txt", os.path.join(os.path.dirname(__file__), …)).
 */
export function evalPath(node: Node | null | undefined, ctx: PyContext, depth = 0): string | null {
  if (!node || tooDeep(depth)) return null;
  const n = unwrap(node);
  if (n.type === 'string' || n.type === 'concatenated_string') {
    const v = evalString(n, ctx, depth + 1);
    return v && v.placeholders.length === 0 ? v.text : null;
  }
  if (n.type === 'identifier') {
    if (n.text === '__file__') return '__file__';
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind === 'assign') return evalPath(b.value, ctx, depth + 1);
    const s = evalString(n, ctx, depth + 1);
    return s && s.placeholders.length === 0 ? s.text : null;
  }
  if (n.type === 'binary_operator' && (n.childForFieldName('operator')?.text ?? n.child(1)?.text) === '/') {
    const l = evalPath(n.childForFieldName('left'), ctx, depth + 1);
    const r = evalPath(n.childForFieldName('right'), ctx, depth + 1);
    return l !== null && r !== null ? joinPath(l, r) : null;
  }
  if (n.type === 'attribute') {
    const attr = n.childForFieldName('attribute')?.text;
    const obj = n.childForFieldName('object');
    if (attr === 'parent' && obj) {
      const p = evalPath(obj, ctx, depth + 1);
      if (p === '__file__') return '.';
      return p !== null ? joinPath(p, '..') : null;
    }
    const s = evalString(n, ctx, depth + 1);
    return s && s.placeholders.length === 0 ? s.text : null;
  }
  if (n.type === 'call') {
    const fn = n.childForFieldName('function');
    const name = fn ? dottedName(fn) : null;
    const args = callArgs(n);
    if (name && /^(pathlib\.)?(Path|PurePath|PosixPath)$/.test(name)) {
      if (args.positional.length === 0) return '.';
      let p = evalPath(args.positional[0], ctx, depth + 1);
      for (const more of args.positional.slice(1)) {
        const m = evalPath(more, ctx, depth + 1);
        if (p === null || m === null) return null;
        p = joinPath(p === '__file__' ? '.' : p, m);
      }
      return p;
    }
    if (name === 'os.path.dirname' || name === 'path.dirname' || name === 'dirname') {
      const p = evalPath(args.positional[0], ctx, depth + 1);
      if (p === '__file__') return '.';
      return p !== null ? joinPath(p, '..') : null;
    }
    if (name && /^(os\.path\.)?(abspath|realpath|normpath)$/.test(name)) return evalPath(args.positional[0], ctx, depth + 1);
    if (name === 'os.path.join' || name === 'path.join') {
      let p: string | null = null;
      for (const a of args.positional) {
        const m = evalPath(a, ctx, depth + 1);
        if (m === null) return null;
        p = p === null ? (m === '__file__' ? '.' : m) : joinPath(p, m);
      }
      return p;
    }
    if (fn?.type === 'attribute') {
      const method = fn.childForFieldName('attribute')?.text;
      const obj = fn.childForFieldName('object');
      if (obj && (method === 'resolve' || method === 'absolute' || method === 'expanduser')) return evalPath(obj, ctx, depth + 1);
      if (obj && method === 'joinpath') {
        let p = evalPath(obj, ctx, depth + 1);
        for (const a of args.positional) {
          const m = evalPath(a, ctx, depth + 1);
          if (p === null || m === null) return null;
          p = joinPath(p === '__file__' ? '.' : p, m);
        }
        return p;
      }
    }
  }
  return null;
}

export function evalNumber(node: Node | null | undefined, ctx: PyContext, depth = 0): number | null {
  if (!node || tooDeep(depth)) return null;
  const n = unwrap(node);
  if (n.type === 'integer') {
    const t = n.text.replace(/_/g, '').toLowerCase();
    const v = t.startsWith('0x') ? parseInt(t, 16) : t.startsWith('0o') ? parseInt(t.slice(2), 8) : t.startsWith('0b') ? parseInt(t.slice(2), 2) : parseInt(t, 10);
    return Number.isFinite(v) ? v : null;
  }
  if (n.type === 'float') {
    const v = parseFloat(n.text.replace(/_/g, ''));
    return Number.isFinite(v) ? v : null;
  }
  if (n.type === 'unary_operator') {
    const v = evalNumber(n.childForFieldName('argument'), ctx, depth + 1);
    return v === null ? null : n.child(0)?.text === '-' ? -v : v;
  }
  if (n.type === 'binary_operator') {
    const l = evalNumber(n.childForFieldName('left'), ctx, depth + 1);
    const r = evalNumber(n.childForFieldName('right'), ctx, depth + 1);
    const op = n.childForFieldName('operator')?.text ?? n.child(1)?.text;
    if (l === null || r === null) return null;
    if (op === '*') return l * r;
    if (op === '+') return l + r;
    if (op === '-') return l - r;
    if (op === '//') return Math.floor(l / r);
    return null;
  }
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind === 'assign') return evalNumber(b.value, ctx, depth + 1);
    if (b?.kind === 'param') return evalNumber(b.defaultValue, ctx, depth + 1);
    if (b?.kind === 'import') {
      const found = ctx.resolver.importedString(ctx.file, b.binding.module, b.binding.name ?? n.text);
      const v = found ? Number(found.value) : NaN;
      return Number.isFinite(v) ? v : null;
    }
    return null;
  }
  if (n.type === 'attribute') {
    const obj = n.childForFieldName('object');
    const attr = n.childForFieldName('attribute')?.text;
    const value = obj && attr ? attributeValue(obj, attr, ctx, depth + 1) : null;
    if (value) return evalNumber(value, ctx, depth + 1);
    // settings.max_tokens from another module (exported as text).
    const imported = importedMember(n, ctx);
    const v = imported ? Number(imported.text) : NaN;
    return Number.isFinite(v) ? v : null;
  }
  if (n.type === 'call') {
    const name = dottedName(n.childForFieldName('function')!);
    // int(os.getenv("MAX_TOKENS", "500")) / Field(default=500)
    const args = callArgs(n);
    if (name === 'int' || name === 'float') {
      const inner = args.positional[0];
      const v = evalNumber(inner, ctx, depth + 1) ?? Number(evalString(inner, ctx, depth + 1)?.text ?? NaN);
      return Number.isFinite(v) ? (name === 'int' ? Math.trunc(v) : v) : null;
    }
    if (name && /^(pydantic\.)?Field$|^(dataclasses\.)?field$/.test(name)) return evalNumber(args.keywords.get('default') ?? (name.endsWith('Field') ? args.positional[0] : null), ctx, depth + 1);
    return null;
  }
  if (n.type === 'subscript') {
    const obj = n.childForFieldName('value');
    const key = evalString(n.childForFieldName('subscript'), ctx, depth + 1);
    const dict = obj && key ? dictOf(obj, ctx, depth + 1) : null;
    return dict && key ? evalNumber(dict.entries.get(key.text), ctx, depth + 1) : null;
  }
  return null;
}

export function evalBool(node: Node | null | undefined, ctx: PyContext, depth = 0): boolean | null {
  if (!node || tooDeep(depth)) return null;
  const n = unwrap(node);
  if (n.type === 'true') return true;
  if (n.type === 'false') return false;
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind === 'assign') return evalBool(b.value, ctx, depth + 1);
    if (b?.kind === 'param') return evalBool(b.defaultValue, ctx, depth + 1);
  }
  return null;
}

export interface DictView {
  entries: Map<string, Node>;
  /** Some entries come from a splat or call we could not see. */
  dynamic: boolean;
}

/** A dict literal (or `dict(k=v)`), following names and `**other` splats. */
export function dictOf(node: Node | null | undefined, ctx: PyContext, depth = 0): DictView | null {
  if (!node || tooDeep(depth)) return null;
  const n = unwrap(node);
  if (n.type === 'dictionary') {
    const view: DictView = { entries: new Map(), dynamic: false };
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'pair') {
        const keyNode = c.childForFieldName('key');
        // An integer key (a token id in `logit_bias={9642: 100}`) is read as its digits.
        const k = keyNode?.type === 'integer' ? { text: keyNode.text, placeholders: [] } : evalString(keyNode, ctx, depth + 1);
        const v = c.childForFieldName('value');
        if (k && v && k.placeholders.length === 0) view.entries.set(k.text, v);
        else view.dynamic = true;
      } else if (c.type === 'dictionary_splat') {
        const inner = dictOf(c.namedChild(0), ctx, depth + 1);
        if (inner) {
          for (const [k, v] of inner.entries) view.entries.set(k, v);
          view.dynamic ||= inner.dynamic;
        } else view.dynamic = true;
      }
    }
    return view;
  }
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind === 'assign') return dictOf(b.value, ctx, depth + 1);
    if (b?.kind === 'param') return dictOf(b.defaultValue, ctx, depth + 1);
    return null;
  }
  if (n.type === 'attribute') {
    const obj = n.childForFieldName('object');
    const attr = n.childForFieldName('attribute')?.text;
    const value = obj && attr ? attributeValue(obj, attr, ctx, depth + 1) : null;
    return value ? dictOf(value, ctx, depth + 1) : null;
  }
  if (n.type === 'subscript') {
    const obj = n.childForFieldName('value');
    const key = evalString(n.childForFieldName('subscript'), ctx, depth + 1);
    const outer = obj && key ? dictOf(obj, ctx, depth + 1) : null;
    return outer && key ? dictOf(outer.entries.get(key.text), ctx, depth + 1) : null;
  }
  if (n.type === 'call') {
    const fn = n.childForFieldName('function');
    const name = fn ? dottedName(fn) : null;
    const args = callArgs(n);
    if (name === 'dict') {
      const view: DictView = { entries: new Map(args.keywords), dynamic: false };
      const base = args.positional[0] ? dictOf(args.positional[0], ctx, depth + 1) : null;
      if (base) for (const [k, v] of base.entries) if (!view.entries.has(k)) view.entries.set(k, v);
      return view;
    }
    // Typed config objects (types.GenerateContentConfig(max_output_tokens=…)) read like dicts.
    if (name && /(Config|Options|Params|Settings)$/.test(name)) {
      return { entries: new Map(args.keywords), dynamic: args.dictSplats.length > 0 };
    }
    if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'copy') return dictOf(fn.childForFieldName('object'), ctx, depth + 1);
  }
  return null;
}

export interface ListView {
  items: Node[];
  /** Elements added by a splat or an append we could not follow, or a list we cannot see. */
  dynamic: boolean;
  /** `*history` style spreads inside the literal. */
  spreads: Node[];
  /** Items and spreads in the order the list holds them; `indirect`: reached through a name (policy promptSourceOf). */
  sequence: Array<{ node: Node; spread: boolean; indirect?: boolean }>;
}

/** The same list reached through a name: its items are. */
function reached(view: ListView): ListView {
  return { ...view, sequence: view.sequence.map(x => ({ ...x, indirect: true })) };
}

/** A list / tuple literal, following names (and `.append(...)` calls on it before `at`). */
export function listOf(node: Node | null | undefined, ctx: PyContext, depth = 0, at?: Node): ListView | null {
  if (!node || tooDeep(depth)) return null;
  const n = unwrap(node);
  if (n.type === 'list' || n.type === 'tuple') {
    const view: ListView = { items: [], dynamic: false, spreads: [], sequence: [] };
    for (const c of n.namedChildren) {
      if (!c || c.type === 'comment') continue;
      if (c.type === 'list_splat') {
        const found = listOf(c.namedChild(0), ctx, depth + 1);
        const inner = found && reached(found);
        if (inner) {
          view.items.push(...inner.items);
          view.spreads.push(...inner.spreads);
          view.sequence.push(...inner.sequence);
          view.dynamic ||= inner.dynamic;
        } else {
          view.spreads.push(c);
          view.sequence.push({ node: c, spread: true });
          view.dynamic = true;
        }
      } else {
        view.items.push(c);
        view.sequence.push({ node: c, spread: false });
      }
    }
    return view;
  }
  if (n.type === 'binary_operator' && (n.childForFieldName('operator')?.text ?? n.child(1)?.text) === '+') {
    const l = listOf(n.childForFieldName('left'), ctx, depth + 1);
    const r = listOf(n.childForFieldName('right'), ctx, depth + 1);
    const left = n.childForFieldName('left')!;
    const right = n.childForFieldName('right')!;
    return {
      items: [...(l?.items ?? []), ...(r?.items ?? [])],
      dynamic: !l || !r || l.dynamic || r.dynamic,
      spreads: [...(l ? l.spreads : [left]), ...(r ? r.spreads : [right])],
      sequence: [...(l ? l.sequence : [{ node: left, spread: true }]), ...(r ? r.sequence : [{ node: right, spread: true }])],
    };
  }
  if (n.type === 'identifier') {
    const b = ctx.scope.lookup(n.text, n);
    if (b?.kind === 'assign') {
      const found = listOf(b.value, ctx, depth + 1);
      if (!found) return null;
      const base = reached(found);
      const use = at ?? n;
      const appended = appendsBetween(n.text, b.target, use, ctx);
      return {
        items: [...base.items, ...appended.items], dynamic: base.dynamic || appended.dynamic,
        spreads: [...base.spreads, ...appended.spreads], sequence: [...base.sequence, ...appended.sequence],
      };
    }
    const found = b?.kind === 'param' && b.defaultValue ? listOf(b.defaultValue, ctx, depth + 1) : null;
    return found && reached(found);
  }
  if (n.type === 'attribute') {
    const obj = n.childForFieldName('object');
    const attr = n.childForFieldName('attribute')?.text;
    const value = obj && attr ? attributeValue(obj, attr, ctx, depth + 1) : null;
    const found = value ? listOf(value, ctx, depth + 1) : null;
    return found && reached(found);
  }
  return null;
}

/** `name.append(x)` / `name.extend([...])` / `name += [...]` statements between a list's assignment and its use. */
function appendsBetween(name: string, from: Node, to: Node, ctx: PyContext): ListView {
  const view: ListView = { items: [], dynamic: false, spreads: [], sequence: [] };
  const item = (node: Node): void => { view.items.push(node); view.sequence.push({ node, spread: false }); };
  const text = ctx.text;
  const re = new RegExp(`\\b${name.replace(/[$]/g, '\\$')}\\s*(\\.\\s*(append|extend|insert)\\s*\\(|\\+=)`, 'g');
  re.lastIndex = from.endIndex;
  for (let m = re.exec(text); m && m.index < to.startIndex; m = re.exec(text)) {
    const node = ctx.scope.root.descendantForIndex(m.index, m.index + name.length);
    const stmt = node?.parent?.parent;
    const call = stmt?.type === 'call' ? stmt : node?.parent?.type === 'augmented_assignment' ? node.parent : null;
    if (!call) continue;
    const inLoop = loopBetween(call, from);
    if (call.type === 'call') {
      const args = callArgs(call);
      const method = m[2];
      if (method === 'append') {
        if (args.positional[0]) item(args.positional[0]);
      } else if (method === 'insert') {
        if (args.positional[1]) item(args.positional[1]);
      } else {
        const more = listOf(args.positional[0], ctx, 1);
        if (more) more.items.forEach(item);
        else if (args.positional[0]) { view.spreads.push(args.positional[0]); view.sequence.push({ node: args.positional[0], spread: true }); }
      }
    } else {
      const more = listOf(call.childForFieldName('right'), ctx, 1);
      if (more) more.items.forEach(item);
    }
    if (inLoop) view.dynamic = true;
  }
  return view;
}

/** A loop between the list's assignment and this statement makes the appended count unknown. */
function loopBetween(node: Node, from: Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.startIndex <= from.startIndex && p.endIndex >= from.endIndex) return false;
    if (p.type === 'for_statement' || p.type === 'while_statement') return true;
  }
  return false;
}

/** A Python literal as JSON-able data (for tool and schema definitions); unknown parts become `<expr>`. */
export function pyToJson(node: Node | null | undefined, ctx: PyContext, depth = 0): unknown {
  if (!node || tooDeep(depth)) return null;
  const n = unwrap(node);
  switch (n.type) {
    case 'true': return true;
    case 'false': return false;
    case 'none': return null;
    case 'integer':
    case 'float': return evalNumber(n, ctx, depth + 1);
    case 'string':
    case 'concatenated_string': {
      const v = evalString(n, ctx, depth + 1);
      return v ? v.text + v.placeholders.join('') : n.text;
    }
    case 'dictionary': {
      const d = dictOf(n, ctx, depth + 1);
      const out: Record<string, unknown> = {};
      if (d) for (const [k, v] of d.entries) out[k] = pyToJson(v, ctx, depth + 1);
      return out;
    }
    case 'list':
    case 'tuple': {
      const l = listOf(n, ctx, depth + 1);
      return l ? l.items.map(i => pyToJson(i, ctx, depth + 1)) : [];
    }
    case 'identifier': {
      const b = ctx.scope.lookup(n.text, n);
      if (b?.kind === 'assign') return pyToJson(b.value, ctx, depth + 1);
      if (b?.kind === 'def' || b?.kind === 'class') return definitionText(b.node);
      const s = evalString(n, ctx, depth + 1);
      return s ? s.text : `<${n.text}>`;
    }
    case 'call': {
      const fn = n.childForFieldName('function');
      const name = fn ? dottedName(fn) : null;
      if (name === 'dict') {
        const d = dictOf(n, ctx, depth + 1);
        const out: Record<string, unknown> = {};
        if (d) for (const [k, v] of d.entries) out[k] = pyToJson(v, ctx, depth + 1);
        return out;
      }
      return `<${n.text}>`;
    }
    default: {
      const s = evalString(n, ctx, depth + 1);
      return s ? s.text : `<${n.text}>`;
    }
  }
}

/** What a model sees of a Python function or class passed as a tool / schema: signature, docstring, fields. */
export function definitionText(def: Node): string {
  if (def.type === 'class_definition') return def.text;
  const body = def.childForFieldName('body');
  const header = body ? def.text.slice(0, body.startIndex - def.startIndex) : def.text;
  const first = body?.namedChild(0);
  const doc = first?.type === 'expression_statement' && first.namedChild(0)?.type === 'string' ? first.text : '';
  return `${header.trim()}\n${doc}`.trim();
}
