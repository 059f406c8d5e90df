// The agent loop of a call, read from Python syntax (policy/loop.ts decides what it means): a step-cap keyword, or
// the bound of the loop in the code that appends to the call's messages.
import type { Node } from 'web-tree-sitter';
import type { AgentLoop } from '../../model';
import { callLoop, isAgentRunner, stepsFromBound } from '../policy';
import type { PyContext } from './context';
import { callArgs, dottedName, unwrap } from './syntax';
import { evalNumber } from './values';

export function loopOf(ctx: PyContext, sdkCap: { value: number; param: string } | null, site: { provider: string; api: string }, tools: boolean, growing: Node | null): AgentLoop | undefined {
  return callLoop({
    sdkCap, tools, agentRunner: isAgentRunner(site.provider, site.api),
    growing: growing !== null, bound: growing ? boundOf(growing, ctx) : null,
  });
}

/** `for _ in range(B)` / `range(A, B)`, `while step < B` / `while B > step`: the steps that bound allows. */
function boundOf(loop: Node, ctx: PyContext): number | null {
  if (loop.type === 'for_statement') {
    const it = unwrap(loop.childForFieldName('right')!);
    if (it?.type !== 'call') return null;
    const fn = it.childForFieldName('function');
    if (!fn || dottedName(fn) !== 'range') return null;
    const args = callArgs(it).positional;
    if (args.length === 1) return num(stepsFromBound(0, evalNumber(args[0], ctx) ?? NaN, false));
    if (args.length === 2) return num(stepsFromBound(evalNumber(args[0], ctx) ?? NaN, evalNumber(args[1], ctx) ?? NaN, false));
    return null;
  }
  const cond = loop.childForFieldName('condition');
  const c = cond ? unwrap(cond) : null;
  if (c?.type !== 'comparison_operator' || c.namedChildCount !== 2) return null;
  const op = c.children.find(x => x && !x.isNamed)?.type;
  const less = op === '<' || op === '<=';
  if (!less && op !== '>' && op !== '>=') return null;
  const bound = evalNumber(c.namedChildren[less ? 1 : 0], ctx);
  return bound === null ? null : stepsFromBound(0, bound, op === '<=' || op === '>=');
}

const num = (n: number | null) => (n !== null && Number.isFinite(n) ? n : null);
