// Loads tree-sitter and the Python grammar once, lazily, and hands out trees.
// web-tree-sitter parses a JS string as UTF-16: node indices and columns are UTF-16 code units,
// the same unit as the offsets in model.ts. Trees live in WebAssembly memory: every tree must be
// deleted by whoever parsed it (a missing delete leaked 824 MiB over the stdlib).
import { Parser, Language, Edit, type Tree, type Point } from 'web-tree-sitter';
import { readFileSync } from 'node:fs';
import { assetPath } from '../../assets';

let parser: Parser | null = null;
let loading: Promise<void> | null = null;

/** Loads the parser and the grammar (idempotent; concurrent callers share one load). */
export function initPythonParser(): Promise<void> {
  if (parser) return Promise.resolve();
  loading ??= (async () => {
    await Parser.init({ locateFile: () => assetPath('web-tree-sitter.wasm') });
    // Bytes, not a path: given a path, web-tree-sitter reads it through a dynamic import('fs/promises'), which a
    // bundle compiled from V8's code cache (src/bin/launch.ts) cannot run.
    const python = await Language.load(readFileSync(assetPath('tree-sitter-python.wasm')));
    const p = new Parser();
    p.setLanguage(python);
    parser = p;
  })().catch(err => {
    loading = null;
    throw err;
  });
  return loading;
}

export function isPythonParserReady(): boolean {
  return parser !== null;
}

/** Parses `text`; the caller owns the returned tree and must `delete()` it. */
export function parsePython(text: string, oldTree?: Tree | null): Tree {
  if (!parser) throw new Error('Python parser not initialised: await initPythonParser() before extracting Python facts');
  const tree = parser.parse(text, oldTree ?? null);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/** A text change in LSP style: replace [start, end) of the current text with `text` (UTF-16 offsets). */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/**
 * An open editor document that keeps its last tree so an edit re-parses incrementally.
 * Workspace scans must not use this (they parse, extract and delete at once).
 */
export class PythonDocument {
  private current: Tree | null;
  private source: string;

  constructor(text: string) {
    this.source = text;
    this.current = parsePython(text);
  }

  get text(): string {
    return this.source;
  }

  /** The live tree; valid until the next update() or dispose(). Do not delete it yourself. */
  get tree(): Tree {
    if (!this.current) throw new Error('PythonDocument was disposed');
    return this.current;
  }

  /**
   * Moves to `newText`. With `changes` (applied in order, each against the text left by the previous
   * one, as LSP sends them) the old tree is edited and re-used; without them it is a full parse.
   */
  update(newText: string, changes?: TextChange[]): Tree {
    const old = this.tree;
    let reuse: Tree | null = null;
    if (changes && changes.length > 0) {
      let text = this.source;
      for (const change of changes) {
        const startPosition = pointAt(text, change.start);
        const oldEndPosition = pointAt(text, change.end);
        text = text.slice(0, change.start) + change.text + text.slice(change.end);
        const newEndIndex = change.start + change.text.length;
        old.edit(new Edit({
          startIndex: change.start, oldEndIndex: change.end, newEndIndex,
          startPosition, oldEndPosition, newEndPosition: pointAt(text, newEndIndex),
        }));
      }
      // Edits that do not reproduce newText would corrupt the tree: fall back to a full parse.
      if (text === newText) reuse = old;
    }
    const next = parsePython(newText, reuse);
    old.delete();
    this.current = next;
    this.source = newText;
    return next;
  }

  dispose(): void {
    this.current?.delete();
    this.current = null;
  }
}
