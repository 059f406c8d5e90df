// The string value both evaluators (js/values.ts, python/values.ts) give an expression, and what its provenance says.
// Each evaluator reads its syntax into a StaticString; the decisions about it are made here, once.
import type { LiteralSpan, ModelSource } from '../../model';

/** How a value was reached from the expression that uses it (a name bound to a const, an object property, …). */
export type Hop = 'constant' | 'property' | 'import' | 'env-default' | 'parameter-default';

/**
 * The shape of the innermost expression that gives a string: a literal, a template (template literal, f-string,
 * `.format`, `%`, a substitution), a concatenation, a prompt file read at run time, or nothing static.
 */
export type Shape = 'literal' | 'template' | 'concat' | 'unresolved' | `file:${string}`;

/** A string as far as the code shows it. Both languages' value types extend this. */
export interface StaticString {
  /** Static text; dynamic pieces are left out and listed in `placeholders` (their source text). */
  text: string;
  shape: Shape;
  placeholders: string[];
  /** Offsets in `text` where each placeholder was cut out, when all are known (see PromptPart.slots). */
  at?: number[];
  /** A run-time choice between these exact strings (`c ? 'a' : 'b'`); `text` is the dearest branch (policy/choice.ts). */
  choices?: string[];
  /** Every hop on the way from the use to the value. */
  hops: ReadonlySet<Hop>;
  /** The one string literal holding the whole value, when there is one (a quick fix edits it there). */
  definedAt: LiteralSpan | null;
}

export const NO_HOPS: ReadonlySet<Hop> = new Set();

/** How far both evaluators follow names, calls and imports from one use: a guard against cycles and runaway chains. */
export const MAX_DEPTH = 12;

export function tooDeep(depth: number): boolean {
  return depth >= MAX_DEPTH;
}

/** The hops of a value reached through one more hop. */
export function withHop(hops: ReadonlySet<Hop>, hop: Hop): ReadonlySet<Hop> {
  return hops.has(hop) ? hops : new Set([...hops, hop]);
}

/** The hops of a value that takes one of several values (`c ? a : b`): every branch's. */
export function allHops(values: ReadonlyArray<{ hops: ReadonlySet<Hop> }>): ReadonlySet<Hop> {
  return new Set(values.flatMap(v => [...v.hops]));
}

/**
 * Where a model id comes from, one rule for both languages: the most telling hop on the way, whatever its order —
 * an env-var or parameter default first (the code only falls back to it), then an import (the id lives in another
 * file), an object property, a constant; no hop: written at the call. `indirect`: the option object holding it was
 * itself reached through a name (a spread, a variable).
 */
export function modelSourceOf(hops: ReadonlySet<Hop>, indirect = false): ModelSource {
  if (hops.has('env-default')) return 'env-default';
  if (hops.has('parameter-default')) return 'parameter-default';
  if (hops.has('import')) return 'import';
  if (hops.has('property') || indirect) return 'property';
  if (hops.has('constant')) return 'constant';
  return 'literal';
}

/**
 * Where a prompt piece comes from (PromptPart.source), one rule for both languages. A prompt file or a value with
 * nothing static says so; a literal is `import` when an import reached it, `constant` when any other name did (or
 * when it sits in a message list that was itself reached through a name: `indirect`), else `literal` — except a
 * literal read as a prompt template with fields (`templated`), which is a `template`; template and concatenation
 * shapes say their shape.
 */
export function promptSourceOf(v: { shape: Shape; hops: ReadonlySet<Hop> }, how: { indirect?: boolean; templated?: boolean } = {}): string {
  if (v.shape !== 'literal') return v.shape;
  if (v.hops.has('import')) return 'import';
  if (how.templated && v.hops.size === 0) return 'template';
  if (v.hops.size || how.indirect) return 'constant';
  return 'literal';
}

/**
 * A model given to a client or a provider factory (`new ChatOpenAI({ model })`, `openai('gpt-4o')`): labelled by the
 * object when written there (a literal or an option property); a constant, an import or a default keeps its label,
 * which says where the id lives.
 */
export function boundModelSource(source: ModelSource, bound: ModelSource): ModelSource {
  return source === 'literal' || source === 'property' ? bound : source;
}
