// The agent loop of a call, read from TS/JS syntax (policy/loop.ts decides what it means): a step-cap option, or the
// bound of the loop in the code that appends to the call's messages.
import ts from 'typescript';
import type { AgentLoop } from '../../model';
import { callLoop, isAgentRunner, stepsFromBound } from '../policy';
import type { Ctx } from './ctx';
import { sdkStepCap, type ParamView } from './params';
import { evalNumber } from './values';
import { unwrap } from './ast';

export function loopOf(ctx: Ctx, pv: ParamView[], site: { provider: string; api: string }, tools: boolean, growing: ts.IterationStatement | null): AgentLoop | undefined {
  return callLoop({
    sdkCap: sdkStepCap(ctx, pv), tools, agentRunner: isAgentRunner(site.provider, site.api),
    growing: growing !== null, bound: growing ? boundOf(ctx, growing) : null,
  });
}

/** `for (let i = A; i < B; …)`, `while (step < B)`, `do … while (n++ <= B)`: the steps that bound allows. */
function boundOf(ctx: Ctx, loop: ts.IterationStatement): number | null {
  let from = 0;
  let condition: ts.Expression | undefined;
  if (ts.isForStatement(loop)) {
    condition = loop.condition;
    const init = loop.initializer;
    const decl = init && ts.isVariableDeclarationList(init) ? init.declarations[0] : undefined;
    const start = decl?.initializer ? evalNumber(ctx, decl.initializer)
      : init && !ts.isVariableDeclarationList(init) && ts.isBinaryExpression(init) ? evalNumber(ctx, init.right) : 0;
    if (start === null) return null;
    from = start;
  } else if (ts.isWhileStatement(loop) || ts.isDoStatement(loop)) {
    condition = loop.expression;
  }
  const c = condition ? unwrap(condition) : undefined;
  if (!c || !ts.isBinaryExpression(c)) return null;
  const op = c.operatorToken.kind;
  // `i < B` / `i <= B`, or written the other way round: `B > i` / `B >= i`
  const less = op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.LessThanEqualsToken;
  const greater = op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken;
  if (!less && !greater) return null;
  const bound = evalNumber(ctx, less ? c.right : c.left);
  if (bound === null) return null;
  return stepsFromBound(from, bound, op === ts.SyntaxKind.LessThanEqualsToken || op === ts.SyntaxKind.GreaterThanEqualsToken);
}
