// Python call-site facts (tree-sitter). See extract.ts for the entry point.
export { initPythonParser, isPythonParserReady, PythonDocument, type TextChange } from './parser';
export { extractPythonFacts, type PythonExtractInput } from './extract';
export { collectPythonExports } from './exports';

/** True for the files this extractor reads (.py sources and .pyi stubs). */
export function isPythonFile(file: string): boolean {
  return /\.pyi?$/i.test(file);
}
