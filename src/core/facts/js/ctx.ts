// Per-file state shared by the resolution helpers while one file is analysed.
import type * as ts from 'typescript';
import type { WorkspaceResolver } from '../resolver';
import { tooDeep } from '../policy';

export interface Ctx {
  file: string;
  sf: ts.SourceFile;
  resolver: WorkspaceResolver;
  /** Workspace files this file's results depend on (imports, prompt files): every file the resolver hands back (units.ts). */
  dependsOn: Set<string>;
  /** Modules replaced by `vi.mock` / `jest.mock` in this file: calls through them are not real. */
  mocked: Set<string>;
  /** Guards against cycles (`const a = b; const b = a`) and runaway recursion. */
  depth: number;
  /** Arguments bound to parameters while a small local function's return value is evaluated. */
  bindings?: Map<ts.ParameterDeclaration, ts.Expression>;
  /** Workspace modules parsed to follow an imported client / model, by `fromFile|specifier` (dropped with the ctx). */
  modules?: Map<string, ts.SourceFile | null>;
  /** Whether the file's text spells `cache_control` / `cacheControl` at all (asked per call, computed once). */
  cacheControlSpelled?: boolean;
}

/** Runs `f` one level deeper, or returns `fallback` when too deep. */
export function deeper<T>(ctx: Ctx, fallback: T, f: () => T): T {
  if (tooDeep(ctx.depth)) return fallback;
  ctx.depth++;
  try { return f(); } finally { ctx.depth--; }
}

/** Module specifiers that point into the workspace (relative or an alias like `@/lib/x`, `~/x`, `#x`). */
export function isWorkspaceModule(spec: string): boolean {
  return spec.startsWith('.') || spec.startsWith('/') || /^[@~#]\//.test(spec) || spec.startsWith('#') || spec.startsWith('$lib') || spec.startsWith('src/');
}
