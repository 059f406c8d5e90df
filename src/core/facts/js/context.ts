// Where a call sits: inside a loop (or a per-item callback), which function, and any volume comment above it.
import ts from 'typescript';
import { isFunctionLike, keyName } from './ast';
import type { CommentSyntax } from '../policy/volume';

const ITERATING_METHODS = new Set(['map', 'forEach', 'flatMap', 'reduce', 'reduceRight', 'filter', 'some', 'every', 'find', 'findIndex']);

/** Inside a for / for-of / for-in / while / do body, or a callback passed to map / forEach / reduce … */
export function isInLoop(node: ts.Node): boolean {
  let child: ts.Node = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (ts.isForStatement(n) || ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isWhileStatement(n) || ts.isDoStatement(n)) {
      // The loop header runs once (for-of's iterable) except for conditions / incrementors.
      if ((ts.isForOfStatement(n) || ts.isForInStatement(n)) && child === n.expression) continue;
      return true;
    }
    if (isFunctionLike(n)) {
      const p = n.parent;
      if (p && ts.isCallExpression(p) && p.arguments.includes(n as ts.Expression)) {
        const callee = p.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
        if (ITERATING_METHODS.has(name) || /^(pMap|mapLimit|eachLimit|mapSeries|forEachSeries|each)$/.test(name)) return true;
      }
      // A named function declaration ends the search: where it is called from is unknown.
      if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n)) return false;
    }
  }
  return false;
}

/** The enclosing named function: `function f`, `Class.method`, `const f = () =>`, `{ f: () => … }`. */
export function enclosingFunctionName(node: ts.Node): string | null {
  for (let n = node.parent; n; n = n.parent) {
    if (!isFunctionLike(n)) continue;
    const name = functionName(n);
    if (name) return name;
  }
  return null;
}

function functionName(fn: ts.FunctionLikeDeclaration): string | null {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text ?? (hasDefaultModifier(fn) ? 'default' : null);
  if (ts.isMethodDeclaration(fn) || ts.isGetAccessorDeclaration(fn) || ts.isSetAccessorDeclaration(fn) || ts.isConstructorDeclaration(fn)) {
    const m = ts.isConstructorDeclaration(fn) ? 'constructor' : keyName(fn.name);
    const cls = fn.parent;
    const clsName = cls && (ts.isClassDeclaration(cls) || ts.isClassExpression(cls)) ? cls.name?.text ?? (ts.isClassExpression(cls) ? className(cls) : null) : null;
    return m ? (clsName ? `${clsName}.${m}` : m) : null;
  }
  if (ts.isFunctionExpression(fn) && fn.name) return fn.name.text;
  const p = fn.parent;
  if (p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (p && ts.isPropertyAssignment(p)) return keyName(p.name);
  if (p && ts.isPropertyDeclaration(p)) {
    const m = keyName(p.name);
    const cls = p.parent;
    const clsName = cls && (ts.isClassDeclaration(cls) || ts.isClassExpression(cls)) ? cls.name?.text ?? null : null;
    return m ? (clsName ? `${clsName}.${m}` : m) : null;
  }
  if (p && ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    // exports.handler = async () => …, module.exports.run = function () …
    const l = p.left;
    if (ts.isPropertyAccessExpression(l)) return l.name.text;
    if (ts.isIdentifier(l)) return l.text;
  }
  if (p && ts.isExportAssignment(p)) return 'default';
  if (p && ts.isCallExpression(p)) return builderChainName(p);
  return null;
}

/**
 * A callback handed to a builder chain that is itself named: tRPC `summarize: procedure.input(…).mutation(async () => …)`,
 * `export const POST = withAuth(async (req) => …)`. Plain callbacks (`items.map(…)`) stay unnamed so the outer function names them.
 */
function builderChainName(call: ts.CallExpression): string | null {
  // Express / Hono / Fastify routes: `app.post('/api/chat', async (req, res) => …)` → 'POST /api/chat'.
  const callee = call.expression;
  const route = call.arguments[0];
  if (ts.isPropertyAccessExpression(callee) && /^(get|post|put|patch|delete|all)$/.test(callee.name.text) && route && ts.isStringLiteralLike(route)) {
    return `${callee.name.text.toUpperCase()} ${route.text}`;
  }
  let n: ts.Node = call;
  while (n.parent && (ts.isCallExpression(n.parent) || ts.isPropertyAccessExpression(n.parent) || ts.isAwaitExpression(n.parent))) n = n.parent;
  const p = n.parent;
  if (p && ts.isPropertyAssignment(p)) return keyName(p.name);
  if (p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) && ts.isSourceFile(p.parent.parent.parent)) return p.name.text;
  if (p && ts.isExportAssignment(p)) return 'default';
  return null;
}

function className(cls: ts.ClassExpression): string | null {
  const p = cls.parent;
  return p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) ? p.name.text : null;
}

function hasDefaultModifier(n: ts.FunctionDeclaration): boolean {
  return !!ts.getModifiers(n)?.some(m => m.kind === ts.SyntaxKind.DefaultKeyword);
}

/** How JS/TS writes the comment a `spendlens: N/month` volume sits in (the grammar is policy/volume.ts). */
export const JS_COMMENTS: CommentSyntax = { comment: /^(\/\/|\/\*|\*)/, trailing: '//' };
