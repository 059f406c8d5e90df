// Turns the expression that names a model into a ModelFact.
import type { Node } from 'web-tree-sitter';
import type { ModelFact, ModelSource } from '../../model';
import type { PyContext } from './context';
import { evalString } from './values';
import { boundModelSource, modelSourceOf, namesModel } from '../policy';

/** The model named by `node`; `bound` labels a model attached to a client / chat-model object. */
export function modelFact(node: Node | null | undefined, ctx: PyContext, bound?: ModelSource): ModelFact {
  if (!node) return { value: null, source: 'unresolved', definedAt: null };
  const v = evalString(node, ctx);
  if (!v || v.placeholders.length > 0 || (!namesModel(v.text) && !v.choices)) {
    return { value: null, source: 'unresolved', definedAt: null, expression: node.text };
  }
  const source = bound ? boundModelSource(modelSourceOf(v.hops), bound) : modelSourceOf(v.hops);
  if (v.choices) return { value: v.choices[0]!, alternatives: v.choices, source, definedAt: null };
  return { value: v.text, source, definedAt: v.definedAt };
}

export const unresolvedModel: ModelFact = { value: null, source: 'unresolved', definedAt: null };
