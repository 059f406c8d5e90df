// Small helpers over the TypeScript syntax tree shared by the JS/TS extractor.
import ts from 'typescript';
import type { LiteralSpan } from '../../model';

/** Strips wrappers that do not change the value: parentheses, `await`, `as`, `satisfies`, `!`, `<T>x`. */
export function unwrap(e: ts.Expression): ts.Expression {
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)
      || ts.isTypeAssertionExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
    else return e;
  }
}

export function isStringLit(e: ts.Node): e is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e);
}

/** The static name of a property / binding key, or null when computed from something dynamic. */
export function keyName(n: ts.Node | undefined): string | null {
  if (!n) return null;
  if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) return n.text;
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isNumericLiteral(n)) return n.text;
  if (ts.isComputedPropertyName(n)) {
    const e = unwrap(n.expression);
    return isStringLit(e) || ts.isNumericLiteral(e) ? e.text : null;
  }
  return null;
}

// The helpers below take the source file from the node itself: a node may come from another workspace
// file parsed to follow an import (its SourceFile's fileName is that file's workspace-relative path).

export function literalSpan(_sf: ts.SourceFile, _file: string, lit: ts.Node): LiteralSpan {
  const sf = lit.getSourceFile();
  const file = sf.fileName;
  const start = lit.getStart(sf);
  const { line, character } = sf.getLineAndCharacterOfPosition(start);
  return { file, start, end: lit.end, line: line + 1, column: character + 1, quote: sf.text[start] ?? "'" };
}

/** Source text of a node, whitespace collapsed and capped so it stays readable in a hover. */
export function exprText(_sf: ts.SourceFile, node: ts.Node, max = 160): string {
  const sf = node.getSourceFile();
  const t = sf.text.slice(node.getStart(sf), node.end).replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** Raw source text of a node (for schemas kept as written). */
export function rawText(_sf: ts.SourceFile, node: ts.Node): string {
  const sf = node.getSourceFile();
  return sf.text.slice(node.getStart(sf), node.end);
}

/** `a.b.c` → ['a','b','c'] when every link is a plain identifier / `this`; null otherwise. */
export function dottedName(e: ts.Expression): string[] | null {
  e = unwrap(e);
  if (ts.isIdentifier(e)) return [e.text];
  if (e.kind === ts.SyntaxKind.ThisKeyword) return ['this'];
  if (ts.isPropertyAccessExpression(e)) {
    const left = dottedName(e.expression);
    return left ? [...left, e.name.text] : null;
  }
  if (ts.isElementAccessExpression(e)) {
    const k = unwrap(e.argumentExpression);
    const left = dottedName(e.expression);
    return left && isStringLit(k) ? [...left, k.text] : null;
  }
  return null;
}

/** The member name of `x.name` / `x['name']`, or null. */
export function memberName(e: ts.Expression): string | null {
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isElementAccessExpression(e)) {
    const k = unwrap(e.argumentExpression);
    return isStringLit(k) ? k.text : null;
  }
  return null;
}

// One set lookup instead of seven ts.isX calls: every access to the bundled `ts` namespace goes through a
// getter, and this runs on each ancestor of each name lookup (a hot spot in workspace scans).
const FUNCTION_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor, ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor,
]);

export function isFunctionLike(n: ts.Node): n is ts.FunctionLikeDeclaration {
  return FUNCTION_KINDS.has(n.kind);
}

/** `process.env.X`, `process.env['X']`, `import.meta.env.X`, `Deno.env.get('X')`, `Bun.env.X`. */
export function isEnvAccess(e: ts.Expression): boolean {
  e = unwrap(e);
  if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
    const obj = unwrap(e.expression);
    const d = dottedName(obj);
    if (d && (d.join('.') === 'process.env' || d.join('.') === 'Bun.env')) return true;
    if (ts.isPropertyAccessExpression(obj) && obj.name.text === 'env' && ts.isMetaProperty(obj.expression)) return true;
  }
  if (ts.isCallExpression(e)) {
    const d = dottedName(e.expression);
    if (d && d.join('.') === 'Deno.env.get') return true;
  }
  return false;
}

/** The workspace-relative file a node was parsed from. */
export function fileOf(node: ts.Node): string {
  return node.getSourceFile().fileName;
}
