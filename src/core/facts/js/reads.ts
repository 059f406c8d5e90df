// What the extraction of one top-level statement's calls read outside that statement, so an edit elsewhere in the
// file can tell whether those calls must be extracted again (see units.ts). Everything an extraction reads outside
// its own statement it reaches in one of these ways, each noted where it happens:
// - a name looked up at file level (scope.ts findDeclaration: a hit, or a miss that a new declaration would change);
// - a search of the whole file for the uses of a name (the callers of a file-private function, `messages.push`);
// - a search of the whole file for anything else (LlamaIndex `Settings.llm`): no statement is independent of it;
// - the workspace resolver (other files; recorded by units.ts, which wraps it).
// File-level facts computed once per file (imports, mocked modules, …) are compared by units.ts as a whole.

export interface UnitReads {
  /** Names looked up at file level. */
  names: Set<string>;
  /** Names whose uses were searched for across the whole file. */
  uses: Set<string>;
  /** Read something of the whole file not keyed by a name. */
  wholeFile: boolean;
}

let current: UnitReads | null = null;

export function newReads(): UnitReads {
  return { names: new Set(), uses: new Set(), wholeFile: false };
}

/** Runs `f` with its file-level reads noted in `reads`. */
export function noting<T>(reads: UnitReads, f: () => T): T {
  const saved = current;
  current = reads;
  try { return f(); } finally { current = saved; }
}

export function readName(name: string): void {
  current?.names.add(name);
}

export function readUses(name: string): void {
  current?.uses.add(name);
}

export function readWholeFile(): void {
  if (current) current.wholeFile = true;
}
