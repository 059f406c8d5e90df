// Everything the Python extractor needs while it works on one file.
import type { WorkspaceResolver } from '../resolver';
import type { FileScope } from './scope';
import type { LineIndex } from './text';
import type { Node, Tree } from 'web-tree-sitter';

export interface PyContext {
  file: string;
  text: string;
  lines: LineIndex;
  scope: FileScope;
  resolver: WorkspaceResolver;
  /** Workspace-relative files the results depend on (imports, prompt files). */
  dependsOn: Set<string>;
  warnings: string[];
  /** The class of the call being matched: `self.x` / `self.m()` resolve in it first (a subclass overrides its bases). */
  receiverClass?: Node | null;
  /** Trees of other workspace modules parsed while extracting this file (python/modules.ts); freed with the file's. */
  foreignTrees?: Tree[];
}

