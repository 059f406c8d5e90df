// Another workspace module, parsed so the extractor can follow a function the current file imports from it (a model
// factory: `from .llm import get_llm`). The module's tree lives as long as the extraction of the importing file:
// extract.ts frees it with the file's own (tree-sitter trees must be deleted).
import type { PyContext } from './context';
import { parsePython } from './parser';
import { FileScope } from './scope';
import { LineIndex } from './text';

const parsed = new WeakMap<PyContext, Map<string, PyContext | null>>();

/** The context of the workspace module `module` names (relative to ctx's file), or null for packages and misses. */
export function workspaceModule(ctx: PyContext, module: string): PyContext | null {
  let byModule = parsed.get(ctx);
  if (!byModule) parsed.set(ctx, (byModule = new Map()));
  if (byModule.has(module)) return byModule.get(module)!;
  const found = ctx.foreignTrees ? ctx.resolver.moduleText(ctx.file, module) : null;
  let other: PyContext | null = null;
  if (found && found.file !== ctx.file) {
    const tree = parsePython(found.text);
    ctx.foreignTrees!.push(tree);
    ctx.dependsOn.add(found.file);
    other = {
      file: found.file, text: found.text, lines: new LineIndex(found.text), scope: new FileScope(tree.rootNode),
      resolver: ctx.resolver, dependsOn: ctx.dependsOn, warnings: ctx.warnings, foreignTrees: ctx.foreignTrees,
    };
  }
  byModule.set(module, other);
  return other;
}
