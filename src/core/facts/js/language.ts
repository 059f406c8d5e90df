// Which JS dialect a file is, by extension, and how to parse it.
import ts from 'typescript';
import { CLIENT_TYPE_NAMES } from './sdk';

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

/** JSDoc type tags: `@type {OpenAI}`, `@param {import('openai').OpenAI} client`, `@property {Anthropic} client`. */
const JSDOC_TYPE_TAG = /@(?:type|param|arg|argument|property|prop|member|typedef)\s*\{([^}]*)\}/g;

/**
 * Whether a JS file types a client only in JSDoc: a type tag naming a known client / model class or an SDK import
 * type. Only such files pay for parsing JSDoc; TypeScript files write types in the code.
 */
export function typesClientsInJsDoc(file: string, text: string): boolean {
  const kind = scriptKindOf(file);
  if (kind !== ts.ScriptKind.JS && kind !== ts.ScriptKind.JSX) return false;
  if (!text.includes('@')) return false;
  for (const m of text.matchAll(JSDOC_TYPE_TAG)) {
    if (/import\(/.test(m[1]!)) return true;
    for (const word of m[1]!.match(/[A-Za-z_$][\w$]*/g) ?? []) if (CLIENT_TYPE_NAMES.has(word)) return true;
  }
  return false;
}

/** Trees whose JSDoc was parsed: only their declarations are asked for a JSDoc type (the lookup is not free). */
const jsDocParsed = new WeakSet<ts.SourceFile>();

export function hasParsedJsDoc(sf: ts.SourceFile): boolean {
  return jsDocParsed.has(sf);
}

/**
 * Parses without a program or type checker; JSDoc is skipped (it is a large share of parse time) unless the file
 * types a client only in JSDoc (typesClientsInJsDoc).
 * Given the tree of the same file's previous text, re-parses incrementally: TypeScript reuses the nodes outside the
 * changed span (a one-word edit in a 2,000-line file: ~1 ms instead of ~12). The previous tree must not be used after.
 */
export function parseSource(file: string, text: string, previous?: ts.SourceFile): ts.SourceFile {
  const withJsDoc = typesClientsInJsDoc(file, text);
  // An incremental re-parse keeps the previous tree's JSDoc mode: only when that is still the mode wanted.
  if (previous && previous.fileName === file && previous.text !== text && jsDocParsed.has(previous) === withJsDoc) {
    const sf = ts.updateSourceFile(previous, text, changeRange(previous.text, text));
    if (withJsDoc) jsDocParsed.add(sf);
    return sf;
  }
  const sf = ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: withJsDoc ? ts.JSDocParsingMode.ParseAll : ts.JSDocParsingMode.ParseNone }, true, scriptKindOf(file));
  if (withJsDoc) jsDocParsed.add(sf);
  return sf;
}

/** The one span that differs between two texts: common prefix and suffix are cut off. */
export function changeRange(before: string, after: string): ts.TextChangeRange {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { span: { start: prefix, length: before.length - prefix - suffix }, newLength: after.length - prefix - suffix };
}

export function syntaxErrorCount(sf: ts.SourceFile): number {
  return (sf as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length ?? 0;
}
