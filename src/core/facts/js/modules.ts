// Other workspace modules an extractor run looks into (a client, model or prompt built in `lib/ai.ts`):
// found through the resolver, parsed once per run, and what they export picked out without a type checker.
import ts from 'typescript';
import { dottedName, keyName, unwrap } from './ast';
import type { Ctx } from './ctx';
import { parseSource } from './language';

/** Parses the workspace module `spec` imported from `fromFile` (resolved by the workspace resolver), once per run. */
export function loadModule(ctx: Ctx, spec: string, fromFile: string): ts.SourceFile | null {
  // Asked every time (the extractor's resolver answers repeats from memory): each unit that reads a module is on record.
  const hit = ctx.resolver.moduleText(fromFile, spec);
  if (!hit || hit.file === ctx.file) return null;
  const key = `${fromFile}|${spec}`;
  ctx.modules ??= new Map();
  if (ctx.modules.has(key)) return ctx.modules.get(key)!;
  const sf = parseSource(hit.file, hit.text);
  ctx.modules.set(key, sf);
  return sf;
}

/** A function a module exports under `name`: `export function f`, `export const f = () => …`, `export default function`. */
export function exportedFunction(sf: ts.SourceFile, name: string): ts.FunctionLikeDeclaration | null {
  const isExported = (s: ts.Statement) => ts.getModifiers(s as ts.HasModifiers)?.some(m => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
  const isDefault = (s: ts.Statement) => ts.getModifiers(s as ts.HasModifiers)?.some(m => m.kind === ts.SyntaxKind.DefaultKeyword) ?? false;
  let local = name;
  for (const s of sf.statements) {
    if (ts.isExportDeclaration(s) && !s.moduleSpecifier && s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const el of s.exportClause.elements) if (el.name.text === name) local = keyName(el.propertyName) ?? el.name.text;
    }
    if (name === 'default' && ts.isExportAssignment(s) && ts.isIdentifier(s.expression)) local = s.expression.text;
  }
  for (const s of sf.statements) {
    if (ts.isFunctionDeclaration(s) && s.body) {
      if (name === 'default' && isDefault(s)) return s;
      if (s.name?.text === local && (local !== name || isExported(s) || name === 'default')) return s;
    }
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || d.name.text !== local || !d.initializer) continue;
        const init = unwrap(d.initializer);
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
      }
    }
  }
  return null;
}

/** The expression a module exports under `name` ('default' for the default export). */
export function exportedExpression(sf: ts.SourceFile, name: string): ts.Expression | null {
  const topLevel = (local: string): ts.Expression | null => {
    for (const s of sf.statements) {
      if (!ts.isVariableStatement(s)) continue;
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === local) return d.initializer ?? null;
    }
    return null;
  };
  for (const s of sf.statements) {
    if (name === 'default' && ts.isExportAssignment(s)) return s.expression;
    if (ts.isVariableStatement(s) && ts.getModifiers(s)?.some(m => m.kind === ts.SyntaxKind.ExportKeyword)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return d.initializer ?? null;
    }
    if (ts.isExportDeclaration(s) && !s.moduleSpecifier && s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const el of s.exportClause.elements) if (el.name.text === name) return topLevel(keyName(el.propertyName) ?? el.name.text);
    }
    if (ts.isExpressionStatement(s) && ts.isBinaryExpression(s.expression) && s.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = s.expression.left, right = s.expression.right;
      const target = dottedName(left)?.join('.');
      if (target === `exports.${name}` || target === `module.exports.${name}`) return right;
      if (target === 'module.exports') {
        if (name === 'default') return right;
        const r = unwrap(right);
        if (ts.isObjectLiteralExpression(r)) {
          for (const p of r.properties) {
            if (ts.isPropertyAssignment(p) && keyName(p.name) === name) return p.initializer;
            if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
          }
        }
      }
    }
  }
  return null;
}
