// Finds where a name used at some point of a file was declared, walking the lexical scopes outwards.
// No type checker: this is enough to follow consts, imports, requires, parameters and destructuring.
import ts from 'typescript';
import { isFunctionLike, isStringLit, keyName, unwrap } from './ast';
import { hasParsedJsDoc } from './language';
import { readName } from './reads';

export type Decl =
  /** `const x = init` or a destructured `const { a: { x = dflt } } = init` (path ['a','x']). */
  | { kind: 'var'; init: ts.Expression | undefined; path: string[]; dflt: ts.Expression | undefined; isConst: boolean; node: ts.VariableDeclaration }
  /** A function parameter (possibly destructured), with its default value and type annotation. */
  | { kind: 'param'; param: ts.ParameterDeclaration; path: string[]; dflt: ts.Expression | undefined; type: ts.TypeNode | undefined }
  /** An ES import or a `require()`; name is 'default', '*' (namespace / whole CJS module) or the exported name. */
  | { kind: 'import'; module: string; name: string; typeOnly: boolean }
  | { kind: 'function'; node: ts.FunctionDeclaration }
  | { kind: 'class'; node: ts.ClassDeclaration }
  /** `enum Tier { Fast = 'gpt-4o-mini' }`: members are read as `Tier.Fast`. */
  | { kind: 'enum'; node: ts.EnumDeclaration }
  /** Declared, but with no value we can follow (loop variables, catch clauses, enums). */
  | { kind: 'opaque' };

interface BindingHit { path: string[]; dflt: ts.Expression | undefined }

function findInBinding(b: ts.BindingName, name: string, path: string[]): BindingHit | null {
  if (ts.isIdentifier(b)) return b.text === name ? { path, dflt: undefined } : null;
  if (ts.isObjectBindingPattern(b)) {
    for (const el of b.elements) {
      if (el.dotDotDotToken) {
        if (ts.isIdentifier(el.name) && el.name.text === name) return { path, dflt: undefined };
        continue;
      }
      const key = keyName(el.propertyName ?? (ts.isIdentifier(el.name) ? el.name : undefined));
      if (key === null) continue;
      if (ts.isIdentifier(el.name)) {
        if (el.name.text === name) return { path: [...path, key], dflt: el.initializer };
      } else {
        const hit = findInBinding(el.name, name, [...path, key]);
        if (hit) return hit;
      }
    }
    return null;
  }
  // Array pattern: index paths.
  let i = 0;
  for (const el of b.elements) {
    if (ts.isBindingElement(el)) {
      if (ts.isIdentifier(el.name) && el.name.text === name) return { path: [...path, String(i)], dflt: el.initializer };
      if (!ts.isIdentifier(el.name)) {
        const hit = findInBinding(el.name, name, [...path, String(i)]);
        if (hit) return hit;
      }
    }
    i++;
  }
  return null;
}

/** `require('m')`, `require('m').X`, `(await import('m')).X` → module + member. */
export function requireOf(e: ts.Expression | undefined): { module: string; name: string } | null {
  if (!e) return null;
  e = unwrap(e);
  if (ts.isPropertyAccessExpression(e)) {
    const inner = requireOf(e.expression);
    return inner && inner.name === '*' ? { module: inner.module, name: e.name.text } : null;
  }
  if (ts.isCallExpression(e) && e.arguments.length >= 1) {
    const arg = unwrap(e.arguments[0]!);
    const isReq = (ts.isIdentifier(e.expression) && e.expression.text === 'require') || e.expression.kind === ts.SyntaxKind.ImportKeyword;
    if (isReq && isStringLit(arg)) return { module: arg.text, name: '*' };
  }
  return null;
}

function varDecl(d: ts.VariableDeclaration, name: string, isConst: boolean): Decl | null {
  const hit = findInBinding(d.name, name, []);
  if (!hit) return null;
  const req = requireOf(d.initializer);
  if (req) {
    if (hit.path.length === 0) return { kind: 'import', module: req.module, name: req.name, typeOnly: false };
    if (req.name === '*') return { kind: 'import', module: req.module, name: hit.path[0]!, typeOnly: false };
  }
  return { kind: 'var', init: d.initializer, path: hit.path, dflt: hit.dflt, isConst, node: d };
}

function inDeclList(list: ts.VariableDeclarationList, name: string): Decl | null {
  const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
  for (const d of list.declarations) {
    const r = varDecl(d, name, isConst);
    if (r) return r;
  }
  return null;
}

function inImport(s: ts.ImportDeclaration, name: string): Decl | null {
  const clause = s.importClause;
  if (!clause || !isStringLit(s.moduleSpecifier)) return null;
  const module = s.moduleSpecifier.text;
  if (clause.name?.text === name) return { kind: 'import', module, name: 'default', typeOnly: clause.isTypeOnly };
  const nb = clause.namedBindings;
  if (nb && ts.isNamespaceImport(nb) && nb.name.text === name) return { kind: 'import', module, name: '*', typeOnly: clause.isTypeOnly };
  if (nb && ts.isNamedImports(nb)) {
    for (const el of nb.elements) {
      if (el.name.text === name) {
        return { kind: 'import', module, name: (el.propertyName ? keyName(el.propertyName) : null) ?? el.name.text, typeOnly: clause.isTypeOnly || el.isTypeOnly };
      }
    }
  }
  return null;
}

function inStatements(statements: ts.NodeArray<ts.Statement>, name: string): Decl | null {
  for (const s of statements) {
    if (ts.isVariableStatement(s)) {
      const r = inDeclList(s.declarationList, name);
      if (r) return r;
    } else if (ts.isFunctionDeclaration(s) && s.name?.text === name) {
      if (s.body) return { kind: 'function', node: s };
    } else if (ts.isClassDeclaration(s) && s.name?.text === name) {
      return { kind: 'class', node: s };
    } else if (ts.isImportDeclaration(s)) {
      const r = inImport(s, name);
      if (r) return r;
    } else if (ts.isImportEqualsDeclaration(s) && s.name.text === name) {
      const ref = s.moduleReference;
      if (ts.isExternalModuleReference(ref) && isStringLit(ref.expression)) return { kind: 'import', module: ref.expression.text, name: '*', typeOnly: s.isTypeOnly };
      return { kind: 'opaque' };
    } else if (ts.isEnumDeclaration(s) && s.name.text === name) {
      return { kind: 'enum', node: s };
    }
  }
  return null;
}

function bindingNames(b: ts.BindingName, out: string[]): string[] {
  if (ts.isIdentifier(b)) out.push(b.text);
  else for (const el of b.elements) if (ts.isBindingElement(el)) bindingNames(el.name, out);
  return out;
}

/**
 * Every name a top-level statement may declare for indexStatements below (a superset: names of declarations it
 * does not index too), so a change of the statement can be told to touch the lookups of those names.
 */
export function declaredNames(s: ts.Statement): string[] {
  if (ts.isVariableStatement(s)) return s.declarationList.declarations.flatMap(d => bindingNames(d.name, []));
  if (ts.isImportDeclaration(s)) {
    const c = s.importClause;
    if (!c) return [];
    const nb = c.namedBindings;
    return [...(c.name ? [c.name.text] : []), ...(nb && ts.isNamespaceImport(nb) ? [nb.name.text] : []), ...(nb && ts.isNamedImports(nb) ? nb.elements.map(e => e.name.text) : [])];
  }
  const name = (s as { name?: ts.Node }).name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? [name.text] : [];
}

/** Every name a statement list declares → its declaration (first one wins), built once per scope. */
function indexStatements(statements: ts.NodeArray<ts.Statement>): Map<string, Decl> {
  const index = new Map<string, Decl>();
  const add = (name: string, make: () => Decl | null): void => {
    if (index.has(name)) return;
    const d = make();
    if (d) index.set(name, d);
  };
  for (const s of statements) {
    if (ts.isVariableStatement(s)) {
      const isConst = (s.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const d of s.declarationList.declarations) for (const name of bindingNames(d.name, [])) add(name, () => varDecl(d, name, isConst));
    } else if (ts.isFunctionDeclaration(s) && s.name && s.body) {
      const node = s;
      add(s.name.text, () => ({ kind: 'function', node }));
    } else if (ts.isClassDeclaration(s) && s.name) {
      const node = s;
      add(s.name.text, () => ({ kind: 'class', node }));
    } else if (ts.isImportDeclaration(s) && s.importClause) {
      const c = s.importClause;
      const names: string[] = [];
      if (c.name) names.push(c.name.text);
      if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) names.push(c.namedBindings.name.text);
      if (c.namedBindings && ts.isNamedImports(c.namedBindings)) for (const el of c.namedBindings.elements) names.push(el.name.text);
      for (const name of names) add(name, () => inImport(s, name));
    } else if (ts.isImportEqualsDeclaration(s) || ts.isEnumDeclaration(s)) {
      add(s.name.text, () => inStatements(ts.factory.createNodeArray([s]), s.name.text));
    }
  }
  return index;
}

// Keyed by node: a scope's index depends on its own statements only, so it stays right for a node an incremental
// re-parse reuses (TypeScript reuses only nodes whose text did not change; a scope holding the edit is a new node).
const scopeIndex = new WeakMap<ts.Node, Map<string, Decl>>();

// Node kinds that can declare a name (checked below); any other ancestor is skipped with one set lookup.
const SCOPE_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.SourceFile, ts.SyntaxKind.Block, ts.SyntaxKind.ModuleBlock, ts.SyntaxKind.CaseClause, ts.SyntaxKind.DefaultClause,
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor, ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.ForStatement, ts.SyntaxKind.ForOfStatement, ts.SyntaxKind.ForInStatement, ts.SyntaxKind.CatchClause,
]);

/** A declaration's type: its annotation, or in a JS file its JSDoc type (parsed only when it names a client). */
export function declaredType(node: ts.ParameterDeclaration | ts.VariableDeclaration | ts.PropertyDeclaration): ts.TypeNode | undefined {
  return node.type ?? (hasParsedJsDoc(node.getSourceFile()) ? ts.getJSDocType(node) : undefined);
}

function declIn(n: ts.Node, name: string): Decl | null {
  if (!SCOPE_KINDS.has(n.kind)) return null;
  if (ts.isSourceFile(n) || ts.isBlock(n) || ts.isModuleBlock(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) {
    let index = scopeIndex.get(n);
    if (!index) scopeIndex.set(n, (index = indexStatements(n.statements)));
    return index.get(name) ?? null;
  }
  if (isFunctionLike(n)) {
    for (const p of n.parameters) {
      const hit = findInBinding(p.name, name, []);
      if (hit) return { kind: 'param', param: p, path: hit.path, dflt: hit.path.length ? hit.dflt : p.initializer, type: declaredType(p) };
    }
    if ((ts.isFunctionExpression(n)) && n.name?.text === name) return { kind: 'opaque' };
    return null;
  }
  if (ts.isForStatement(n) && n.initializer && ts.isVariableDeclarationList(n.initializer)) return inDeclList(n.initializer, name);
  if ((ts.isForOfStatement(n) || ts.isForInStatement(n)) && ts.isVariableDeclarationList(n.initializer)) {
    for (const d of n.initializer.declarations) if (findInBinding(d.name, name, [])) return { kind: 'opaque' };
  }
  if (ts.isCatchClause(n) && n.variableDeclaration && findInBinding(n.variableDeclaration.name, name, [])) return { kind: 'opaque' };
  return null;
}

/** The declaration `name` refers to at node `from`, or null for globals / unknown names. */
export function findDeclaration(name: string, from: ts.Node): Decl | null {
  for (let n: ts.Node | undefined = from.parent; n; n = n.parent) {
    if (n.kind === ts.SyntaxKind.SourceFile) readName(name);
    const d = declIn(n, name);
    if (d) return d;
  }
  return null;
}

/** Collects every import / require binding of the file's top level: local name → module. */
export function topLevelImports(sf: ts.SourceFile): Map<string, { module: string; name: string; typeOnly: boolean }> {
  const out = new Map<string, { module: string; name: string; typeOnly: boolean }>();
  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s) && s.importClause && isStringLit(s.moduleSpecifier)) {
      const c = s.importClause;
      const module = s.moduleSpecifier.text;
      if (c.name) out.set(c.name.text, { module, name: 'default', typeOnly: c.isTypeOnly });
      const nb = c.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) out.set(nb.name.text, { module, name: '*', typeOnly: c.isTypeOnly });
      if (nb && ts.isNamedImports(nb)) for (const el of nb.elements) out.set(el.name.text, { module, name: keyName(el.propertyName) ?? el.name.text, typeOnly: c.isTypeOnly || el.isTypeOnly });
    } else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        const req = requireOf(d.initializer);
        if (!req) continue;
        if (ts.isIdentifier(d.name)) out.set(d.name.text, { module: req.module, name: req.name, typeOnly: false });
        else if (ts.isObjectBindingPattern(d.name)) {
          for (const el of d.name.elements) if (ts.isIdentifier(el.name)) out.set(el.name.text, { module: req.module, name: keyName(el.propertyName) ?? el.name.text, typeOnly: false });
        }
      }
    } else if (ts.isImportEqualsDeclaration(s) && ts.isExternalModuleReference(s.moduleReference) && isStringLit(s.moduleReference.expression)) {
      out.set(s.name.text, { module: s.moduleReference.expression.text, name: '*', typeOnly: s.isTypeOnly });
    }
  }
  return out;
}

/** The class a `this` inside `node` refers to (arrow functions keep the outer `this`). */
export function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | null {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isClassDeclaration(n) || ts.isClassExpression(n)) return n;
    if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) return null;
  }
  return null;
}

/** The initializer of `Enum.Member`. */
export function enumMember(e: ts.EnumDeclaration, name: string): ts.Expression | null {
  for (const m of e.members) if (keyName(m.name) === name) return m.initializer ?? null;
  return null;
}

/** The initializer of a static field read as `ClassName.FIELD`. */
export function staticMember(cls: ts.ClassLikeDeclaration, name: string): ts.Expression | null {
  for (const m of cls.members) {
    if (ts.isPropertyDeclaration(m) && keyName(m.name) === name && m.initializer
      && ts.getModifiers(m)?.some(x => x.kind === ts.SyntaxKind.StaticKeyword)) return m.initializer;
  }
  return null;
}

/** What `this.<name>` holds in a class: a field initializer, a constructor parameter property, or `this.name = …` assignments. */
export function classMember(cls: ts.ClassLikeDeclaration, name: string): { value?: ts.Expression; type?: ts.TypeNode; param?: ts.ParameterDeclaration } | null {
  let type: ts.TypeNode | undefined;
  for (const m of cls.members) {
    if (ts.isPropertyDeclaration(m) && keyName(m.name) === name) {
      if (m.initializer) return { value: m.initializer, type: declaredType(m) };
      type = declaredType(m);
    }
    if (ts.isConstructorDeclaration(m)) {
      for (const p of m.parameters) {
        if (ts.isIdentifier(p.name) && p.name.text === name && ts.getModifiers(p)?.length) return { type: declaredType(p), value: p.initializer, param: p };
      }
    }
  }
  // `this.name = value` anywhere in the class, constructor first.
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const l = n.left;
      if (ts.isPropertyAccessExpression(l) && l.expression.kind === ts.SyntaxKind.ThisKeyword && l.name.text === name) { found = n.right; return; }
    }
    if (ts.isClassLike(n) && n !== cls) return;
    ts.forEachChild(n, visit);
  };
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  if (ctor) visit(ctor);
  if (!found) for (const m of cls.members) if (m !== ctor) visit(m);
  if (found) return { value: found, type };
  // A getter: `get client() { return this._client }`.
  for (const m of cls.members) {
    if (!ts.isGetAccessorDeclaration(m) || keyName(m.name) !== name || !m.body) continue;
    const ret = m.body.statements.find(ts.isReturnStatement);
    if (ret?.expression) return { value: ret.expression, type: m.type ?? type };
  }
  return type ? { type } : null;
}

/** The arguments a subclass's constructor hands to `super(…)`, object-literal properties spread out. */
export function superArguments(cls: ts.ClassLikeDeclaration): ts.Expression[] {
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  if (!ctor?.body || !cls.heritageClauses?.some(h => h.token === ts.SyntaxKind.ExtendsKeyword)) return [];
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword) {
      for (const a of n.arguments) {
        if (ts.isObjectLiteralExpression(a)) {
          for (const p of a.properties) {
            if (ts.isPropertyAssignment(p)) out.push(p.initializer);
            else if (ts.isShorthandPropertyAssignment(p)) out.push(p.name);
          }
        } else out.push(a);
      }
      return;
    }
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(ctor.body, visit);
  return out;
}
