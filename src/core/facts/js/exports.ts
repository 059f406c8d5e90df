// What a JS/TS file exports as static strings, so other files importing a model id or a prompt from it
// can be resolved: `export const MODEL = 'gpt-4o'`, `export const PROMPTS = { summary: '…' }` (as PROMPTS.summary),
// `export default …`, `export { A as B }`, and CommonJS `module.exports = {…}` / `exports.X = …`.
import ts from 'typescript';
import type { FileExports } from '../../model';
import { noWorkspace } from '../resolver';
import { keyName, literalSpan, unwrap } from './ast';
import type { Ctx } from './ctx';
import { parseSource } from './language';
import { evalString, resolveObject } from './values';

export function collectJsExports(file: string, text: string): FileExports {
  const sf = parseSource(file, text);
  const ctx: Ctx = { file, sf, resolver: noWorkspace, dependsOn: new Set(), mocked: new Set(), depth: 0 };
  const strings: FileExports['strings'] = {};

  const add = (name: string, e: ts.Expression | undefined, depth = 0): void => {
    if (!e || depth > 4) return;
    const x = unwrap(e);
    const v = evalString(ctx, x);
    if (v.exact && v.shape !== 'unresolved') {
      strings[name] = { value: v.text, definedAt: v.definedAt ?? literalSpan(sf, file, x) };
      return;
    }
    const obj = ts.isObjectLiteralExpression(x) || ts.isIdentifier(x) ? resolveObject(ctx, x) : null;
    if (obj) for (const [k, p] of obj.props) add(`${name}.${k}`, p.value, depth + 1);
  };

  const topLevelValue = (local: string): ts.Expression | undefined => {
    for (const s of sf.statements) {
      if (!ts.isVariableStatement(s)) continue;
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === local) return d.initializer;
    }
    return undefined;
  };

  for (const s of sf.statements) {
    if (ts.isVariableStatement(s) && ts.getModifiers(s)?.some(m => m.kind === ts.SyntaxKind.ExportKeyword)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) add(d.name.text, d.initializer);
    } else if (ts.isExportAssignment(s) && !s.isExportEquals) {
      add('default', s.expression);
    } else if (ts.isExportDeclaration(s) && !s.moduleSpecifier && s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const el of s.exportClause.elements) {
        const local = keyName(el.propertyName) ?? el.name.text;
        add(el.name.text, topLevelValue(local));
      }
    } else if (ts.isExpressionStatement(s) && ts.isBinaryExpression(s.expression) && s.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = s.expression.left;
      const target = left.getText(sf);
      if (target === 'module.exports') {
        const obj = resolveObject(ctx, s.expression.right);
        if (obj) for (const [k, p] of obj.props) add(k, p.value);
        else add('default', s.expression.right);
      } else if (ts.isPropertyAccessExpression(left) && (left.expression.getText(sf) === 'exports' || left.expression.getText(sf) === 'module.exports')) {
        add(left.name.text, s.expression.right);
      }
    }
  }
  return { strings };
}
