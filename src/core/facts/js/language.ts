// Which JS dialect a file is, by extension, and how to parse it.
import ts from 'typescript';

export function jsLanguageOf(file: string): 'typescript' | 'javascript' | null {
  const m = /\.([cm]?[jt]sx?)$/i.exec(file);
  if (!m) return null;
  return m[1]!.toLowerCase().includes('t') ? 'typescript' : 'javascript';
}

export function scriptKindOf(file: string): ts.ScriptKind {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  switch (ext) {
    case 'tsx': return ts.ScriptKind.TSX;
    case 'jsx': return ts.ScriptKind.JSX;
    case 'js': case 'mjs': case 'cjs': return ts.ScriptKind.JS;
    default: return ts.ScriptKind.TS;
  }
}

/** Parses without a program or type checker; JSDoc is skipped (not needed, and it is a large share of parse time). */
export function parseSource(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, true, scriptKindOf(file));
}

export function syntaxErrorCount(sf: ts.SourceFile): number {
  return (sf as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length ?? 0;
}
