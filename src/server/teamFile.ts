// Edits one of the team's JSON files in `.spendlens/` in place, with jsonc-parser's modify/applyEdits: only the values
// the edit sets change; comments, key order, indentation and line endings of the rest of the file are kept. A missing
// or empty file starts as `{}`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// The ESM build (see src/core/workspace/team-files.ts).
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, printParseErrorCode, type Edit, type Node as JsonNode, type FormattingOptions, type JSONPath, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { lineColumn } from '../core';

export interface TeamFileEdit {
  /** The file's content as it was read (change it through set / setEntry, never directly). */
  readonly value: Record<string, unknown>;
  /** Sets the value at `path` (`['defaultModel']`); a new key goes to its sorted place among its siblings. */
  set(path: JSONPath, value: unknown): void;
  /** Sets `map[key]`, creating the map `name` when it is absent or not an object. */
  setEntry(name: string, key: string, value: unknown): void;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Applies `edit` to the object in `<root>/<rel>` and writes it; returns the absolute path. Throws if it is not a JSON object. */
export function updateTeamFile(root: string, rel: string, edit: (file: TeamFileEdit) => void): string {
  const path = join(root, rel);
  let text = '';
  try { text = readFileSync(path, 'utf8'); } catch { /* no file yet */ }
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  text = text.slice(bom.length);
  if (text.trim() === '') text = '{}\n';
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors[0]) {
    const { line, column } = lineColumn(text, errors[0].offset);
    throw new Error(`${rel}:${line}:${column}: invalid JSON (${printParseErrorCode(errors[0].error)}); the file was not changed`);
  }
  const value: unknown = tree ? getNodeValue(tree) : undefined;
  if (!isObject(value)) throw new Error(`${rel} is not a JSON object`);
  const formattingOptions = formattingOf(text);
  const set = (p: JSONPath, v: unknown) => {
    const key = String(p[p.length - 1]);
    const parent = findNodeAtLocation(parseTree(text, [], { allowTrailingComma: true })!, p.slice(0, -1));
    const fresh = parent?.type === 'object' && !parent.children?.some(c => c.children?.[0]?.value === key);
    const inserted = fresh ? insertEdits(text, parent, key, v, formattingOptions) : null;
    const candidate = inserted && applyEdits(text, inserted);
    // Should the hand-made insertion not parse (a comment in an odd place), jsonc-parser's own edit is used.
    const ok = candidate !== null && (() => { const errors: ParseError[] = []; parseTree(candidate, errors, { allowTrailingComma: true }); return !errors.length; })();
    text = ok ? candidate : applyEdits(text, modify(text, p, v, { formattingOptions, getInsertionIndex: keys => sortedIndex(keys, key) }));
  };
  edit({
    value,
    set,
    setEntry: (name, key, v) => isObject(value[name]) ? set([name, key], v) : set([name], { [key]: v }),
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bom + text);
  return path;
}

/** The map under `content[name]`, or an empty one. */
export function objectAt(content: Record<string, unknown>, name: string): Record<string, unknown> {
  const v = content[name];
  return isObject(v) ? v : {};
}

/**
 * The edits that add `key` to a multi-line object without touching anything else: jsonc-parser's modify re-formats
 * the neighbouring entry, which moves its trailing comment (`"a": 1 // why`) after the new entry. Here the new entry
 * is a line of its own at its sorted place, after the previous entry's trailing comment and before the next entry's
 * leading comments; the previous entry gets the comma it needs. Null for a one-line or empty object (modify's job).
 */
function insertEdits(text: string, object: JsonNode, key: string, value: unknown, f: FormattingOptions): Edit[] | null {
  const props = object.children ?? [];
  if (!props.length || !text.slice(object.offset, object.offset + object.length).includes('\n')) return null;
  const at = sortedIndex(props.map(p => String(p.children?.[0]?.value)), key);
  const eol = f.eol ?? '\n';
  const sibling = props[Math.min(at, props.length - 1)]!;
  const indent = /[ \t]*$/.exec(text.slice(0, sibling.offset))![0];
  const unit = f.insertSpaces === false ? '\t' : ' '.repeat(f.tabSize ?? 2);
  const entry = `${JSON.stringify(key)}: ${JSON.stringify(value, null, unit).split('\n').join(eol + indent)}`;
  /** Past `,` and a comment on the same line after offset `from`. */
  const lineEnd = (from: number) => from + /^[ \t]*,?[ \t]*(\/\/[^\r\n]*|\/\*[^\r\n]*?\*\/[ \t]*(?=\r?\n))?/.exec(text.slice(from))![0].length;
  if (at === 0) {
    const brace = object.offset + 1;
    return [{ offset: lineEnd(brace), length: 0, content: `${eol}${indent}${entry},` }];
  }
  const prev = props[at - 1]!, prevEnd = prev.offset + prev.length;
  const hasComma = /^[ \t]*,/.test(text.slice(prevEnd));
  const last = at === props.length;
  const edits: Edit[] = [];
  if (!hasComma) edits.push({ offset: prevEnd, length: 0, content: ',' });
  // A last entry keeps the file's style: a trailing comma if the previous last entry had one.
  edits.push({ offset: lineEnd(prevEnd), length: 0, content: `${eol}${indent}${entry}${!last || hasComma ? ',' : ''}` });
  return edits;
}

/** Where a new key goes: before the first key that sorts after it (a sorted file stays sorted; small diffs). */
function sortedIndex(keys: string[], key: string): number {
  const i = keys.findIndex(k => k.localeCompare(key) > 0);
  return i === -1 ? keys.length : i;
}

/** The file's own indentation and line ending, so inserted lines look like the rest (2 spaces and \n by default). */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)["/}\]]/.exec(text)?.[1];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}
