// Entry point of the Python extractor: parse, find the calls that reach a model, describe each.
import type { Node, Tree } from 'web-tree-sitter';
import type { CallFact, FileFacts } from '../../model';
import type { ExtractOptions, WorkspaceResolver } from '../resolver';
import type { PyContext } from './context';
import { buildCallFact, isUnsentRequest } from './call-fact';
import { matchCall } from './calls';
import { isMockedContext } from './mocks';
import { parsePython, type PythonDocument } from './parser';
import { FileScope } from './scope';
import { LineIndex } from './text';

export interface PythonExtractInput {
  file: string;
  text: string;
  resolver: WorkspaceResolver;
  options: ExtractOptions;
  /** An open document's live tree (its text must equal `text`); otherwise the file is parsed and the tree freed. */
  document?: PythonDocument;
}

/** Counts ERROR and MISSING nodes (an ERROR subtree counts once). */
export function syntaxErrorCount(root: Node): number {
  if (!root.hasError) return 0;
  let count = 0;
  const cursor = root.walk();
  try {
    let descend = true;
    for (;;) {
      if (descend) {
        const type = cursor.nodeType;
        if (type === 'ERROR') count++;
        else if (cursor.nodeIsMissing) count++;
        if (type !== 'ERROR' && cursor.gotoFirstChild()) continue;
      }
      if (cursor.gotoNextSibling()) {
        descend = true;
        continue;
      }
      if (!cursor.gotoParent()) break;
      descend = false;
    }
  } finally {
    cursor.delete();
  }
  return count;
}

function allCalls(root: Node): Node[] {
  return root.descendantsOfType('call');
}

export function extractPythonFacts(input: PythonExtractInput): FileFacts {
  const { file, text } = input;
  const facts: FileFacts = { file, language: 'python', calls: [], syntaxErrors: 0, dependsOn: [], warnings: [] };
  const useDocument = input.document && input.document.text === text;
  const tree: Tree = useDocument ? input.document!.tree : parsePython(text);
  const foreignTrees: Tree[] = [];
  try {
    const root = tree.rootNode;
    facts.syntaxErrors = syntaxErrorCount(root);
    // Type stubs declare, they never call.
    if (file.endsWith('.pyi')) return facts;
    const ctx: PyContext = {
      file, text, lines: new LineIndex(text), scope: new FileScope(root), resolver: input.resolver,
      dependsOn: new Set(), warnings: facts.warnings, foreignTrees,
    };
    const calls: CallFact[] = [];
    for (const call of allCalls(root)) {
      const site = matchCall(call, ctx, input.options.wrappers ?? []);
      if (!site || isMockedContext(call) || isUnsentRequest(site, ctx)) continue;
      try {
        calls.push(buildCallFact(site, ctx));
      } catch (err) {
        facts.warnings.push(`${file}:${ctx.lines.position(call.startIndex).line}: could not analyse call: ${(err as Error).message}`);
      }
    }
    calls.sort((a, b) => a.start - b.start);
    facts.calls = calls;
    facts.dependsOn = [...ctx.dependsOn].filter(f => f !== file).sort();
    return facts;
  } finally {
    if (!useDocument) tree.delete();
    for (const t of foreignTrees) t.delete();
  }
}
