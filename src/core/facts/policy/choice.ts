// Values the code chooses between at run time: `c ? "a" : "b"` (TS) and `"a" if c else "b"` (Python), nested or not.
// One rule for both languages:
// - every branch must be known statically, else the value is dynamic (a placeholder / an unresolved model);
// - prompt text: the branch that costs most is counted (the most static text, then the most placeholders), so an
//   estimate is never low because the code sometimes sends the short branch;
// - a model id: all distinct ids are reported as alternatives; the estimate prices the dearest and says so.

/** What a branch must offer for the choice: its static text and its dynamic pieces. */
export interface Branch { text: string; placeholders: readonly string[] }

/** The branch counted for a prompt: the most static text, then the most placeholders; the first on a tie. */
export function dearestBranch<T extends Branch>(branches: readonly T[]): T {
  let best = branches[0]!;
  for (const b of branches.slice(1)) {
    if (b.text.length > best.text.length || (b.text.length === best.text.length && b.placeholders.length > best.placeholders.length)) best = b;
  }
  return best;
}

/** The distinct model ids a choice names, in source order; null when it names only one (then it is no choice). */
export function modelAlternatives(branches: readonly Branch[]): string[] | null {
  if (branches.some(b => b.placeholders.length > 0 || b.text === '')) return null;
  const ids = [...new Set(branches.map(b => b.text))];
  return ids.length > 1 ? ids : null;
}
