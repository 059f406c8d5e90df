// Line numbers for JSON documents: where each JSON pointer sits, and where a syntax error is.
// The scanner only runs on text JSON.parse has already accepted, so it needs no error handling.

/** Escapes one key for use in a JSON pointer (RFC 6901). */
export function pointerSegment(key: string | number): string {
  const text = String(key);
  if (text.indexOf('~') < 0 && text.indexOf('/') < 0) return text; // the common case, kept cheap
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Maps every JSON pointer in `text` ('' for the root, '/models/3/input', …) to the 1-based line its value starts on. */
export function pointerLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) { line++; i++; } else if (c === 32 || c === 9 || c === 13 || c === 0xfeff) i++; else break;
    }
  };
  const readString = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (pointer: string): void => {
    skipSpace();
    lines.set(pointer, line);
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      skipSpace();
      if (text[i] === close) { i++; return; }
      for (let index = 0; ; index++) {
        skipSpace();
        let child = pointer + '/' + index;
        if (c === '{') {
          child = pointer + '/' + pointerSegment(readString());
          skipSpace();
          i++; // the ':'
        }
        readValue(child);
        skipSpace();
        if (text[i++] !== ',') return; // the closing bracket
      }
    }
    if (c === '"') { readString(); return; }
    while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  };
  readValue('');
  return lines;
}

/** The 1-based line of a JSON.parse error, from the "(line L column C)" or "at position N" V8 puts in its message. */
export function syntaxErrorLine(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column \d+/.exec(message);
  if (lineColumn) return Number(lineColumn[1]);
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of JSON input/i.test(message) ? text.length : undefined;
  if (offset === undefined) return undefined;
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}
