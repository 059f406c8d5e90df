// Streaming access to a usage file: fixed-size chunks, lines, and the records of a JSON document found one by one
// (the elements of a top-level array, or of the `resourceSpans` / `data` arrays of a top-level object), so an
// export of any size is read with memory bounded by its largest record, never the whole file.
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * A usage file that cannot be read. The message names the file and the line, never the content: parser messages
 * quote the text around an error, and that text may be a prompt.
 */
export class UsageFileError extends Error {
  constructor(readonly file: string, readonly line: number | undefined, readonly reason: string) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
  }
}

/** One record-level JSON object and where it starts. `container` is the key of the array it was found in. */
export interface JsonItem { value: unknown; line: number; container?: string }

/** Arrays of a top-level object whose elements are records: OTLP TracesData, API pages (OpenAI, Langfuse), ClickHouse `FORMAT JSON`. */
const CONTAINER_KEYS = new Set(['resourceSpans', 'data']);

const CHUNK_BYTES = 1 << 20;

/** The file as UTF-8 text in chunks of ~1 MB (a character split between two reads is kept whole). */
export function* textChunks(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  const decoder = new StringDecoder('utf8');
  const buf = Buffer.alloc(CHUNK_BYTES);
  try {
    let first = true;
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      let text = decoder.write(buf.subarray(0, n));
      if (first) { text = text.replace(/^\uFEFF/, ''); first = false; }
      if (text) yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** Lines (1-based numbers, `\r\n` or `\n`), one at a time. */
export function* linesOf(chunks: Iterable<string>): Generator<{ text: string; line: number }> {
  let carry = '';
  let line = 0;
  for (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      const text = carry + chunk.slice(from, nl);
      carry = '';
      from = nl + 1;
      yield { text: text.endsWith('\r') ? text.slice(0, -1) : text, line: ++line };
    }
    carry += chunk.slice(from);
  }
  if (carry) yield { text: carry.endsWith('\r') ? carry.slice(0, -1) : carry, line: ++line };
}

export type Layout = 'json-lines' | 'json-array' | 'json-object' | 'csv' | 'empty';

/** How the file is laid out, from its first characters and its first line. */
export function layoutOf(path: string): Layout {
  for (const { text } of linesOf(textChunks(path))) {
    const t = text.trim();
    if (!t) continue;
    if (t.startsWith('[')) return 'json-array';
    if (t.startsWith('{')) {
      // A first line that is a whole object is JSON lines (one object per line); `{` alone opens a pretty-printed document.
      if (!t.endsWith('}')) return 'json-object';
      try { JSON.parse(t); return 'json-lines'; } catch { return 'json-object'; }
    }
    return 'csv';
  }
  return 'empty';
}

/** JSON.parse with an error that names the file and the line of the problem, and nothing of the text. */
export function parseJson(text: string, file: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const at = pos ? line + countNewlines(text, Number(pos[1])) : line;
    throw new UsageFileError(file, at, 'invalid JSON');
  }
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The record-level objects of the file, whatever its JSON layout. */
export function* jsonItems(path: string, layout: Layout): Generator<JsonItem> {
  if (layout === 'json-lines') {
    for (const { text, line } of linesOf(textChunks(path))) {
      if (!text.trim()) continue;
      yield* unwrap(parseJson(text, path, line), line, path);
    }
  } else if (layout === 'json-array' || layout === 'json-object') {
    yield* splitDocument(textChunks(path), path);
  }
}

/** A line's object, or the elements of its container arrays (`{"resourceSpans":[…]}`, `{"object":"page","data":[…]}`). */
function* unwrap(value: unknown, line: number, file: string): Generator<JsonItem> {
  if (!isObject(value)) throw new UsageFileError(file, line, 'expected a JSON object on each line');
  const key = Object.keys(value).find(k => CONTAINER_KEYS.has(k) && Array.isArray(value[k]));
  if (!key) { yield { value, line }; return; }
  for (const v of value[key] as unknown[]) yield { value: v, line, container: key };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Splits one JSON document into its records without parsing the rest: a character scanner that tracks strings,
 * nesting and the keys of the top-level object, and hands each element of a record-level array to JSON.parse.
 */
function* splitDocument(chunks: Iterable<string>, file: string): Generator<JsonItem> {
  const stack: string[] = [];   // '{' or '['
  let inString = false, escape = false;
  let line = 1;
  let rootKey: string | null = null;   // the key being read / last read at depth 1 of a top-level object
  let expectKey = false;
  let keyParts: string[] | null = null;
  let capture: string[] | null = null; // pieces of the element being captured
  let captureDepth = 0, captureLine = 0, captureFrom = 0;
  let sawRoot = false;

  const atRecordLevel = () =>
    (stack.length === 1 && stack[0] === '[') ||
    (stack.length === 2 && stack[0] === '{' && stack[1] === '[' && rootKey !== null && CONTAINER_KEYS.has(rootKey));

  for (const chunk of chunks) {
    if (capture) captureFrom = 0;
    let keyFrom = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (inString) {
        if (escape) escape = false;
        else if (c === 92) escape = true;          // backslash
        else if (c === 34) {                         // closing quote
          inString = false;
          if (keyParts) { keyParts.push(chunk.slice(keyFrom, i)); rootKey = keyParts.join(''); keyParts = null; }
        }
        continue;
      }
      switch (c) {
        case 34: // "
          inString = true;
          if (expectKey && stack.length === 1 && !capture) { keyParts = []; keyFrom = i + 1; }
          break;
        case 123: case 91: { // { [
          if (!capture && atRecordLevel()) {
            if (c !== 123) throw new UsageFileError(file, line, 'expected a JSON object for each record');
            capture = []; captureDepth = stack.length; captureLine = line; captureFrom = i;
          }
          if (stack.length === 0) { if (sawRoot) throw new UsageFileError(file, line, 'more than one JSON document (use one object per line for JSON lines)'); sawRoot = true; }
          stack.push(c === 123 ? '{' : '[');
          expectKey = c === 123;
          break;
        }
        case 125: case 93: { // } ]
          const open = stack.pop();
          if (open !== (c === 125 ? '{' : '[')) throw new UsageFileError(file, line, 'unbalanced brackets');
          if (capture && stack.length === captureDepth) {
            capture.push(chunk.slice(captureFrom, i + 1));
            const text = capture.join('');
            capture = null;
            yield { value: parseJson(text, file, captureLine), line: captureLine, ...(stack.length === 2 ? { container: rootKey! } : {}) };
          }
          expectKey = false;
          break;
        }
        case 44: // ,
          expectKey = stack[stack.length - 1] === '{';
          break;
        case 58: // :
          expectKey = false;
          break;
        default:
          break;
      }
    }
    if (keyParts) keyParts.push(chunk.slice(keyFrom));
    if (capture) capture.push(chunk.slice(captureFrom));
  }
  if (inString || stack.length > 0) throw new UsageFileError(file, line, 'the JSON document ends before it is complete');
}
