// What a Python module offers other files: module-level string constants (`MODEL = "gpt-4o"`,
// `MODEL: str = …`, env defaults), string values of module-level dicts as `NAME.key`, and class
// attributes as `Class.attr` (nested classes and dicts as deeper dotted names).
import type { Node } from 'web-tree-sitter';
import type { FileExports, LiteralSpan } from '../../model';
import { noWorkspace } from '../resolver';
import type { PyContext } from './context';
import { parsePython } from './parser';
import { FileScope } from './scope';
import { callArgs, unwrap } from './syntax';
import { LineIndex, literalSpan, spanOf } from './text';
import { dictOf, evalNumber, evalString, functionReturn } from './values';

export function collectPythonExports(file: string, text: string): FileExports {
  const tree = parsePython(text);
  try {
    const root = tree.rootNode;
    const ctx: PyContext = { file, text, lines: new LineIndex(text), scope: new FileScope(root), resolver: noWorkspace, dependsOn: new Set(), warnings: [] };
    const strings: FileExports['strings'] = {};
    collectBody(root, '', ctx, strings);
    return { strings };
  } finally {
    tree.delete();
  }
}

function spanFor(node: Node, ctx: PyContext): LiteralSpan {
  const n = unwrap(node);
  if (n.type === 'string') return literalSpan(n, ctx.file, ctx.lines);
  // A computed value (concatenation, f-string of constants): point at the whole expression.
  const firstString = n.descendantsOfType('string')[0];
  const quote = firstString ? literalSpan(firstString, ctx.file, ctx.lines).quote : '';
  return { ...spanOf(n, ctx.file, ctx.lines), quote };
}

function addValue(name: string, value: Node, ctx: PyContext, out: FileExports['strings'], depth = 0): void {
  if (depth > 4) return;
  const dict = unwrap(value).type === 'dictionary' ? dictOf(value, ctx) : null;
  if (dict) {
    for (const [key, v] of dict.entries) addValue(`${name}.${key}`, v, ctx, out, depth + 1);
    return;
  }
  const s = evalString(value, ctx);
  if (!s) {
    // Numeric settings (MAX_TOKENS = 400) travel as their text; evalNumber parses them back.
    const num = evalNumber(value, ctx);
    if (num !== null) out[name] = { value: String(num), definedAt: spanFor(value, ctx) };
    return;
  }
  if (s.placeholders.length > 0) return;
  out[name] = { value: s.text, definedAt: s.definedAt ?? spanFor(value, ctx) };
}

function collectBody(body: Node, prefix: string, ctx: PyContext, out: FileExports['strings']): void {
  for (const stmt of body.namedChildren) {
    if (!stmt) continue;
    if (stmt.type === 'expression_statement') {
      const a = stmt.namedChild(0);
      if (a?.type !== 'assignment') continue;
      const left = a.childForFieldName('left');
      let right = a.childForFieldName('right');
      while (right?.type === 'assignment') right = right.childForFieldName('right');
      if (left?.type === 'identifier' && right) {
        addValue(prefix + left.text, right, ctx, out);
        if (!prefix) addInstance(left.text, right, ctx, out);
      }
    } else if (stmt.type === 'class_definition' || stmt.type === 'decorated_definition') {
      const cls = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
      const name = cls?.type === 'class_definition' ? cls.childForFieldName('name')?.text : null;
      const clsBody = cls?.childForFieldName('body');
      if (name && clsBody) collectBody(clsBody, `${prefix}${name}.`, ctx, out);
    } else if (!prefix && (stmt.type === 'if_statement' || stmt.type === 'try_statement')) {
      // Module constants defined under `if`/`try` (feature flags, optional imports).
      for (const block of stmt.descendantsOfType('block')) if (block.parent?.id === stmt.id || block.parent?.parent?.id === stmt.id) collectBody(block, prefix, ctx, out);
    }
  }
}

/** The class a module-level instance is built from: `settings = Settings()` or `settings = get_settings()` (returns `Settings()`). */
function instanceClass(value: Node, ctx: PyContext): { cls: string; call: Node } | null {
  const v = unwrap(value);
  if (v.type !== 'call') return null;
  const fn = v.childForFieldName('function');
  if (fn?.type !== 'identifier') return null;
  const b = ctx.scope.lookup(fn.text, fn);
  if (b?.kind === 'class') return { cls: fn.text, call: v };
  if (b?.kind === 'def') {
    const ret = functionReturn(b.node);
    return ret ? instanceClass(ret, ctx) : null;
  }
  return null;
}

/**
 * An instance of a settings class (pydantic BaseSettings, dataclass) exports the class's field
 * defaults under its own name, with keyword arguments of the construction taking precedence.
 */
function addInstance(name: string, value: Node, ctx: PyContext, out: FileExports['strings']): void {
  const inst = instanceClass(value, ctx);
  if (!inst) return;
  const prefix = `${inst.cls}.`;
  for (const [key, entry] of Object.entries(out)) {
    if (key.startsWith(prefix)) out[`${name}.${key.slice(prefix.length)}`] = entry;
  }
  for (const [k, v] of callArgs(inst.call).keywords) addValue(`${name}.${k}`, v, ctx, out);
}
