// What a language extractor may ask of the workspace while it works on one file.
// The session implements it over its index; tests can pass a tiny in-memory one.
import type { LiteralSpan } from '../model';

export interface ImportedString {
  value: string;
  definedAt: LiteralSpan;
}

export interface WorkspaceResolver {
  /**
   * A string constant exported by the module `specifier` (as written in the import, e.g. `./config`,
   * `../prompts/index.js`, or for Python `.config` / `app.config`) imported from `fromFile` under `name`.
   * Returns null when the module is not in the workspace or has no such string constant.
   */
  importedString(fromFile: string, specifier: string, name: string): ImportedString | null;
  /**
   * The workspace module an import names (`./client`, `@/lib/ai`, `.settings`, `app.config`) and its text, resolved
   * the one way every extractor shares (workspace/modules.ts). Null for packages and files not in the workspace.
   */
  moduleText(fromFile: string, specifier: string): { file: string; text: string } | null;
  /**
   * Reads a prompt file named in the code. `path` is as written; the resolver tries it relative to
   * `fromFile`'s folder, then to the workspace root. Returns the workspace-relative file and its text.
   */
  readText(path: string, fromFile: string): { file: string; text: string } | null;
}

/** A team's own wrapper around an LLM SDK, declared in `.spendlens/config.json`. */
export interface WrapperDefinition {
  /** Module the function is imported from (as written in the import), or '*' for any. */
  module: string;
  /** Function name (or `obj.method`). */
  function: string;
  /** Which argument holds the model: an index (0-based) or `index.property` like `0.model`. */
  modelArg?: string | number;
  /** Which argument holds the prompt, same notation. */
  promptArg?: string | number;
  /** A fixed model when the wrapper always uses one. */
  model?: string;
  provider?: string;
  vendor?: string;
  kind?: 'chat' | 'completion' | 'embedding';
}

export interface ExtractOptions {
  wrappers: WrapperDefinition[];
}

export const noWorkspace: WorkspaceResolver = {
  importedString: () => null,
  moduleText: () => null,
  readText: () => null,
};
