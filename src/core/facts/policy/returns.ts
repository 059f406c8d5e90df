// The value of a function the code calls for a model or a prompt (`model: pickModel(tier)`, `system: buildPrompt()`).
//
// Rule (both languages): the LAST `return <expr>` of the function's own body, in source order — returns inside
// `if` / loops / `try` count, returns of nested functions and lambdas do not. Why the last: early returns are
// guards and special cases (`if (!input) return ''`, `if tier == "free": return "mini"`); the final return is the
// path taken when no guard fires, i.e. the general case the function exists for. With `if … else` both returning,
// it is the `else` branch, the same answer a reader gets from the fall-through.

/** Picks the function's value from its returned expressions, listed in source order. */
export function functionValue<T>(returns: readonly T[]): T | null {
  return returns.length ? returns[returns.length - 1]! : null;
}
