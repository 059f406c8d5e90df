// Writes `JSON.stringify(value, null, 2) + '\n'` piece by piece, byte for byte the same text as the core's
// writeJson, without ever holding the whole document. Why: a 50 MB workspace gives a ~26 MB report; built as
// one string (two bytes a character once any '≈' or '→' appears in it) plus its UTF-8 Buffer, that was
// ~90 MB of the CLI's peak memory. Objects and arrays are opened here down to `streamDepth`; anything deeper
// (one call, one skipped file) is a small JSON.stringify of its own.

const INDENT = '  ';

export interface JsonSink {
  write(chunk: string): void;
}

/** Gathers small pieces into ~64 KB chunks so the sink sees few, large writes. */
export class ChunkedSink implements JsonSink {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly out: (chunk: string) => void, private readonly chunkChars = 64 * 1024) {}
  write(piece: string): void {
    this.parts.push(piece);
    this.size += piece.length;
    if (this.size >= this.chunkChars) this.flush();
  }
  flush(): void {
    if (this.size === 0) return;
    this.out(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** What JSON.stringify leaves out of an object, and writes as `null` in an array. */
const isSkipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function toJsonValue(value: unknown, key: string): unknown {
  const withToJson = value as { toJSON?: (key: string) => unknown } | null;
  return withToJson !== null && typeof withToJson === 'object' && typeof withToJson.toJSON === 'function'
    ? withToJson.toJSON(key)
    : value;
}

function writeValue(sink: JsonSink, value: unknown, indent: string, depthLeft: number): void {
  const streamable = depthLeft > 0 && value !== null && typeof value === 'object'
    && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);
  if (!streamable) {
    // JSON.stringify's own newlines are all structural (a newline inside a string is escaped), so re-indenting
    // them nests the piece at this depth exactly as one big JSON.stringify would have.
    const text = JSON.stringify(value, null, 2) as string | undefined;
    sink.write(text === undefined ? 'null' : indent ? text.replace(/\n/g, '\n' + indent) : text);
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) { sink.write('[]'); return; }
    sink.write('[\n');
    for (let i = 0; i < value.length; i++) {
      const item = toJsonValue(value[i], String(i));
      sink.write(inner);
      if (isSkipped(item)) sink.write('null');
      else writeValue(sink, item, inner, depthLeft - 1);
      sink.write(i < value.length - 1 ? ',\n' : '\n');
    }
    sink.write(indent + ']');
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = toJsonValue((value as Record<string, unknown>)[key], key);
    if (isSkipped(item)) continue;
    sink.write(first ? '{\n' : ',\n');
    first = false;
    sink.write(`${inner}${JSON.stringify(key)}: `);
    writeValue(sink, item, inner, depthLeft - 1);
  }
  sink.write(first ? '{}' : `\n${indent}}`);
}

/** Streams `JSON.stringify(value, null, 2) + '\n'` into `sink`. */
export function streamJson(value: unknown, sink: JsonSink, streamDepth = 2): void {
  const top = toJsonValue(value, '');
  if (isSkipped(top)) throw new TypeError('nothing to write: the value has no JSON form');
  writeValue(sink, top, '', streamDepth);
  sink.write('\n');
}
