// Small helpers over tree-sitter-python nodes: call arguments, callee chains, enclosing scopes.
import type { Node } from 'web-tree-sitter';

export interface CallArgs {
  positional: Node[];
  keywords: Map<string, Node>;
  /** `**expr` arguments, in order. */
  dictSplats: Node[];
  /** `*expr` arguments, in order. */
  listSplats: Node[];
}

export function callArgs(call: Node): CallArgs {
  const result: CallArgs = { positional: [], keywords: new Map(), dictSplats: [], listSplats: [] };
  const list = call.childForFieldName('arguments');
  if (!list) return result;
  if (list.type === 'generator_expression') {
    result.positional.push(list);
    return result;
  }
  for (const arg of list.namedChildren) {
    if (!arg || arg.type === 'comment') continue;
    if (arg.type === 'keyword_argument') {
      const name = arg.childForFieldName('name');
      const value = arg.childForFieldName('value');
      if (name && value) result.keywords.set(name.text, value);
    } else if (arg.type === 'dictionary_splat') {
      const inner = arg.namedChild(0);
      if (inner) result.dictSplats.push(inner);
    } else if (arg.type === 'list_splat') {
      const inner = arg.namedChild(0);
      if (inner) result.listSplats.push(inner);
    } else {
      result.positional.push(arg);
    }
  }
  return result;
}

/** Strips parentheses and `await`. */
export function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    if ((n.type === 'parenthesized_expression' || n.type === 'await') && n.namedChildCount >= 1) {
      const inner = n.namedChildren.find(c => c && c.type !== 'comment');
      if (!inner) return n;
      n = inner;
    } else return n;
  }
}

// Chain links that only change transport options, not the request: client.with_options(...).chat…
const transparentCalls = new Set(['with_options', 'copy']);
const transparentAttributes = new Set(['with_raw_response', 'with_streaming_response', 'aio']);

export interface CalleeChain {
  /** The innermost receiver (an identifier, a call…). */
  base: Node;
  /** Attribute names after the base. */
  path: string[];
  /** receivers[i] is the node for base + path[0..i) (receivers[0] = base). */
  receivers: Node[];
}

/**
 * `a.b.c` → base `a`, path ['b','c']. Transport-only links (with_options(), with_raw_response, aio)
 * are dropped so `client.with_options(timeout=5).chat.completions.create` reads as chat.completions.create.
 */
export function flattenCallee(fn: Node): CalleeChain {
  const links: Array<{ name: string; node: Node }> = [];
  let n = unwrap(fn);
  for (;;) {
    if (n.type === 'attribute') {
      const attr = n.childForFieldName('attribute');
      const obj = n.childForFieldName('object');
      if (!attr || !obj) break;
      if (!transparentAttributes.has(attr.text)) links.unshift({ name: attr.text, node: n });
      n = unwrap(obj);
      continue;
    }
    if (n.type === 'call') {
      const f = n.childForFieldName('function');
      const fu = f ? unwrap(f) : null;
      if (fu && fu.type === 'attribute' && transparentCalls.has(fu.childForFieldName('attribute')?.text ?? '')) {
        const obj = fu.childForFieldName('object');
        if (obj) {
          n = unwrap(obj);
          continue;
        }
      }
    }
    break;
  }
  return { base: n, path: links.map(l => l.name), receivers: [n, ...links.slice(0, -1).map(l => l.node)] };
}

/** Dotted text of a pure name chain (`a.b.c`), or null if the chain has calls or subscripts. */
export function dottedName(node: Node): string | null {
  const n = unwrap(node);
  if (n.type === 'identifier') return n.text;
  if (n.type === 'attribute') {
    const obj = n.childForFieldName('object');
    const attr = n.childForFieldName('attribute');
    if (!obj || !attr) return null;
    const left = dottedName(obj);
    return left ? `${left}.${attr.text}` : null;
  }
  return null;
}

export function enclosingFunction(node: Node): Node | null {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return null;
}

/** The class a function is a method of (directly in its body), or null. */
export function classOfMethod(fn: Node): Node | null {
  let p = fn.parent;
  if (p?.type === 'decorated_definition') p = p.parent;
  if (p?.type === 'block') p = p.parent;
  return p?.type === 'class_definition' ? p : null;
}

export function enclosingClass(node: Node): Node | null {
  const fn = enclosingFunction(node);
  return fn ? classOfMethod(fn) : null;
}

/** Every descendant (pre-order), not entering nested function or class bodies when `stopAtScopes`. */
export function* descendants(node: Node, stopAtScopes: boolean): Generator<Node> {
  const stack: Node[] = [];
  for (let i = node.namedChildCount - 1; i >= 0; i--) {
    const c = node.namedChild(i);
    if (c) stack.push(c);
  }
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    if (stopAtScopes && (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda')) continue;
    for (let i = n.namedChildCount - 1; i >= 0; i--) {
      const c = n.namedChild(i);
      if (c) stack.push(c);
    }
  }
}

export function isInside(node: Node, container: Node): boolean {
  return node.startIndex >= container.startIndex && node.endIndex <= container.endIndex;
}
