// Name resolution inside one Python file: imports, assignments per scope (module / function /
// class body), parameters, `with … as name`. Lookups are lazy and cached per scope node.
import type { Node } from 'web-tree-sitter';
import { descendants, enclosingFunction, classOfMethod, unwrap } from './syntax';

export interface ImportBinding {
  /** Module as written (`openai`, `.config`, `google.generativeai`). */
  module: string;
  /** Imported name for `from m import name`; null for `import m`. */
  name: string | null;
  /** Imported under `if TYPE_CHECKING:` — usable in annotations only. */
  typeOnly: boolean;
}

export type Binding =
  | { kind: 'assign'; value: Node; target: Node; scope: 'local' | 'module' | 'class'; augments: Node[] }
  | { kind: 'with'; value: Node; target: Node }
  | { kind: 'param'; param: Node; name: string; defaultValue: Node | null; annotation: Node | null }
  | { kind: 'import'; binding: ImportBinding }
  | { kind: 'def'; node: Node }
  | { kind: 'class'; node: Node }
  | { kind: 'loop'; node: Node };

interface Entry {
  kind: 'assign' | 'augment' | 'with' | 'def' | 'class' | 'loop';
  at: number;
  value: Node;
  target: Node;
}

function isTypeCheckingBlock(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'if_statement') {
      const cond = p.childForFieldName('condition')?.text ?? '';
      if (/\bTYPE_CHECKING\b/.test(cond)) return true;
    }
  }
  return false;
}

const bindingTypes = ['assignment', 'augmented_assignment', 'as_pattern', 'for_statement', 'for_in_clause', 'function_definition', 'class_definition'];

/** The id of the function / class / module whose scope a binding belongs to (a def's name binds in the outer one). */
function ownScopeId(node: Node): number {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'module') return p.id;
    if (p.type === 'class_definition') return p.id;
  }
  return -1;
}

function moduleNameText(node: Node): string {
  return node.text.replace(/\s+/g, '');
}

export class FileScope {
  readonly imports = new Map<string, ImportBinding>();
  private readonly scopes = new Map<number, Map<string, Entry[]>>();
  private readonly attributes = new Map<string, { value: Node | null; annotation: Node | null } | null>();

  constructor(readonly root: Node) {
    this.collectImports();
  }

  private collectImports(): void {
    // descendantsOfType runs inside WebAssembly: far cheaper than walking every node from JS.
    for (const n of this.root.descendantsOfType(['import_statement', 'import_from_statement'])) {
      if (!n) continue;
      if (n.type === 'import_statement') {
        const typeOnly = isTypeCheckingBlock(n);
        for (const item of n.childrenForFieldName('name')) {
          if (!item) continue;
          if (item.type === 'aliased_import') {
            const name = item.childForFieldName('name');
            const alias = item.childForFieldName('alias');
            if (name && alias) this.imports.set(alias.text, { module: moduleNameText(name), name: null, typeOnly });
          } else {
            // `import google.generativeai` binds `google`; attribute chains then qualify naturally.
            const first = moduleNameText(item).split('.')[0];
            this.imports.set(first, { module: first, name: null, typeOnly });
          }
        }
      } else if (n.type === 'import_from_statement') {
        const typeOnly = isTypeCheckingBlock(n);
        const mod = n.childForFieldName('module_name');
        if (!mod) continue;
        const module = moduleNameText(mod);
        for (const item of n.childrenForFieldName('name')) {
          if (!item) continue;
          if (item.type === 'aliased_import') {
            const name = item.childForFieldName('name');
            const alias = item.childForFieldName('alias');
            if (name && alias) this.imports.set(alias.text, { module, name: moduleNameText(name), typeOnly });
          } else {
            const name = moduleNameText(item);
            this.imports.set(name, { module, name, typeOnly });
          }
        }
      }
    }
  }

  /** `genai.Client` → `google.genai.Client` when `genai` came from `from google import genai`. */
  qualify(node: Node, allowTypeOnly = false): string | null {
    const n = unwrap(node);
    if (n.type === 'identifier') {
      const b = this.imports.get(n.text);
      if (!b || (b.typeOnly && !allowTypeOnly)) return null;
      if (this.shadowedLocally(n)) return null;
      return b.name ? `${b.module}.${b.name}` : b.module;
    }
    if (n.type === 'attribute') {
      const obj = n.childForFieldName('object');
      const attr = n.childForFieldName('attribute');
      if (!obj || !attr) return null;
      const left = this.qualify(obj, allowTypeOnly);
      return left ? `${left}.${attr.text}` : null;
    }
    return null;
  }

  /** A function parameter or local assignment with the same name hides a module import. */
  private shadowedLocally(id: Node): boolean {
    for (let fn = enclosingFunction(id); fn; fn = enclosingFunction(fn)) {
      if (this.paramOf(fn, id.text)) return true;
      const entries = this.entriesOf(fn).get(id.text);
      if (entries?.some(e => e.kind === 'assign')) return true;
    }
    return false;
  }

  /** Where `name` (read at `at`) gets its value: innermost function scope, then the module. */
  lookup(name: string, at: Node): Binding | null {
    for (let fn = enclosingFunction(at); fn; fn = enclosingFunction(fn)) {
      const found = this.fromScope(fn, name, at, 'local');
      if (found) return found;
      const param = this.paramOf(fn, name);
      if (param) return param;
    }
    // Directly inside a class body (class attribute referring to an earlier one).
    const cls = this.directClassBody(at);
    if (cls) {
      const found = this.fromScope(cls, name, at, 'class');
      if (found) return found;
    }
    const found = this.fromScope(this.root, name, at, 'module');
    if (found) return found;
    const imp = this.imports.get(name);
    return imp ? { kind: 'import', binding: imp } : null;
  }

  private directClassBody(at: Node): Node | null {
    for (let p = at.parent; p; p = p.parent) {
      if (p.type === 'function_definition' || p.type === 'lambda') return null;
      if (p.type === 'class_definition') return p;
    }
    return null;
  }

  private fromScope(scope: Node, name: string, at: Node, kind: 'local' | 'module' | 'class'): Binding | null {
    const entries = this.entriesOf(scope).get(name);
    if (!entries || entries.length === 0) return null;
    // The last binding before the use; if none precedes it (a function using a later module
    // constant), the last one in the scope.
    const before = entries.filter(e => e.at < at.startIndex);
    const pool = before.length ? before : entries;
    let baseIndex = -1;
    for (let i = pool.length - 1; i >= 0; i--) if (pool[i].kind !== 'augment') { baseIndex = i; break; }
    if (baseIndex === -1) return null;
    const base = pool[baseIndex];
    const augments = pool.slice(baseIndex + 1).filter(e => e.kind === 'augment').map(e => e.value);
    switch (base.kind) {
      case 'assign': return { kind: 'assign', value: base.value, target: base.target, scope: kind, augments };
      case 'with': return { kind: 'with', value: base.value, target: base.target };
      case 'def': return { kind: 'def', node: base.value };
      case 'class': return { kind: 'class', node: base.value };
      default: return { kind: 'loop', node: base.value };
    }
  }

  paramOf(fn: Node, name: string): Binding | null {
    const params = fn.childForFieldName('parameters');
    if (!params) return null;
    for (const p of params.namedChildren) {
      if (!p) continue;
      let id: Node | null = null;
      let defaultValue: Node | null = null;
      let annotation: Node | null = null;
      if (p.type === 'identifier') id = p;
      else if (p.type === 'typed_parameter') {
        id = p.namedChildren.find(c => c?.type === 'identifier') ?? null;
        annotation = p.childForFieldName('type');
      } else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
        id = p.childForFieldName('name');
        defaultValue = p.childForFieldName('value');
        annotation = p.childForFieldName('type');
      } else if (p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') {
        id = p.namedChildren.find(c => c?.type === 'identifier') ?? null;
      }
      if (id && id.text === name) return { kind: 'param', param: p, name, defaultValue, annotation };
    }
    return null;
  }

  private entriesOf(scope: Node): Map<string, Entry[]> {
    const cached = this.scopes.get(scope.id);
    if (cached) return cached;
    const map = new Map<string, Entry[]>();
    const add = (name: string, e: Entry) => {
      let list = map.get(name);
      if (!list) map.set(name, (list = []));
      list.push(e);
    };
    const body = scope.type === 'module' ? scope : scope.childForFieldName('body');
    if (body) {
      const candidates = body.descendantsOfType(bindingTypes).filter((n): n is Node => !!n && ownScopeId(n) === scope.id);
      for (const n of candidates) {
        if (n.type === 'assignment') {
          const left = n.childForFieldName('left');
          const right = n.childForFieldName('right');
          // `a = b = value`: the right side is itself an assignment; take the innermost value.
          let value = right;
          while (value?.type === 'assignment') value = value.childForFieldName('right');
          if (left?.type === 'identifier' && value) add(left.text, { kind: 'assign', at: n.startIndex, value, target: left });
        } else if (n.type === 'augmented_assignment') {
          const left = n.childForFieldName('left');
          const right = n.childForFieldName('right');
          const op = n.childForFieldName('operator')?.text ?? n.child(1)?.text;
          if (left?.type === 'identifier' && right && op === '+=') add(left.text, { kind: 'augment', at: n.startIndex, value: right, target: left });
        } else if (n.type === 'as_pattern' && n.parent?.type === 'with_item') {
          const value = n.namedChild(0);
          const alias = n.childForFieldName('alias');
          const id = alias?.namedChildren.find(c => c?.type === 'identifier');
          if (value && id) add(id.text, { kind: 'with', at: n.startIndex, value, target: id });
        } else if (n.type === 'for_statement' || n.type === 'for_in_clause') {
          const left = n.childForFieldName('left');
          if (left) for (const id of [left, ...descendants(left, true)]) if (id.type === 'identifier') add(id.text, { kind: 'loop', at: n.startIndex, value: n, target: id });
        } else if (n.type === 'function_definition' || n.type === 'class_definition') {
          const name = n.childForFieldName('name');
          if (name) add(name.text, { kind: n.type === 'class_definition' ? 'class' : 'def', at: n.startIndex, value: n, target: name });
        }
      }
    }
    this.scopes.set(scope.id, map);
    return map;
  }

  /** Value assigned to `self.<attr>` in any method of `cls` (`__init__` first), or the class-level `attr = …`. */
  classAttribute(cls: Node, attr: string): { value: Node | null; annotation: Node | null } | null {
    const key = `${cls.id}:${attr}`;
    if (!this.attributes.has(key)) this.attributes.set(key, this.findClassAttribute(cls, attr));
    return this.attributes.get(key) ?? null;
  }

  private findClassAttribute(cls: Node, attr: string): { value: Node | null; annotation: Node | null } | null {
    const body = cls.childForFieldName('body');
    if (!body) return null;
    let fallback: { value: Node | null; annotation: Node | null } | null = null;
    for (const stmt of body.namedChildren) {
      const n = stmt?.type === 'expression_statement' ? stmt.namedChild(0) : null;
      if (n?.type === 'assignment' && n.childForFieldName('left')?.text === attr) {
        fallback = { value: n.childForFieldName('right'), annotation: n.childForFieldName('type') };
      }
    }
    const methods = body.namedChildren
      .map(c => (c?.type === 'decorated_definition' ? c.childForFieldName('definition') : c))
      .filter((c): c is Node => !!c && c.type === 'function_definition');
    methods.sort((a, b) => Number(b.childForFieldName('name')?.text === '__init__') - Number(a.childForFieldName('name')?.text === '__init__'));
    for (const m of methods) {
      const mBody = m.childForFieldName('body');
      if (!mBody) continue;
      for (const n of mBody.descendantsOfType('assignment')) {
        if (!n) continue;
        const left = n.childForFieldName('left');
        if (left?.type === 'attribute' && left.childForFieldName('object')?.text === 'self' && left.childForFieldName('attribute')?.text === attr) {
          const value = n.childForFieldName('right');
          if (value) return { value, annotation: n.childForFieldName('type') };
        }
      }
    }
    return fallback;
  }

  /** A method of `cls` by name (decorated or not), if the class defines it. */
  classMethod(cls: Node, name: string): Node | null {
    for (const c of cls.childForFieldName('body')?.namedChildren ?? []) {
      const def = c?.type === 'decorated_definition' ? c.childForFieldName('definition') : c;
      if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === name) return def;
    }
    return null;
  }

  /** `cls` and the classes it inherits from that this file defines, nearest first (bases named by a plain name). */
  classChain(cls: Node): Node[] {
    const chain: Node[] = [];
    const queue: Node[] = [cls];
    while (queue.length && chain.length < 8) {
      const c = queue.shift()!;
      if (chain.some(x => x.id === c.id)) continue;
      chain.push(c);
      for (const b of c.childForFieldName('superclasses')?.namedChildren ?? []) {
        const base = b?.type === 'identifier' ? this.moduleClass(b.text) : null;
        if (base) queue.push(base);
      }
    }
    return chain;
  }

  /** The class whose method contains `node`, if any. */
  classAround(node: Node): Node | null {
    for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
      const cls = classOfMethod(fn);
      if (cls) return cls;
    }
    return null;
  }

  /** A class defined at module level by name. */
  moduleClass(name: string): Node | null {
    const entries = this.entriesOf(this.root).get(name);
    const e = entries?.find(x => x.kind === 'class');
    return e ? e.value : null;
  }
}
