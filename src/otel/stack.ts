// Which frame of the current stack is the application's: the first one, from the innermost out, that is not a
// dependency (node_modules), Node itself (node:, internal/), OpenTelemetry, or a file the caller asks to skip.
// Reads the formatted `stack` string on purpose: with `node --enable-source-maps` Node maps its positions back to the
// original sources, which the structured call-site API does not.
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Frame {
  file: string;
  line: number;
  function?: string;
}

// `    at fn (file:line:col)`, `    at async fn (file:line:col)`, `    at file:line:col`; fn may hold spaces
// (`new Foo`, `Foo.bar [as baz]`) and the location may be wrapped in `eval at …, ` (skipped: no file of its own).
const FRAME = /^\s*at (?:async )?(?:(.*?) \((.*):(\d+):\d+\)|(.*):(\d+):\d+)$/;

/** The default frames that are never the application's. */
export function isLibraryFile(file: string): boolean {
  return /[\\/]node_modules[\\/]/.test(file) || file.startsWith('node:') || file.startsWith('internal/')
    || /[\\/]@opentelemetry[\\/]/.test(file);
}

function cleanFunction(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const name = raw.replace(/^new /, '').replace(/ \[as [^\]]+\]$/, '').replace(/^Object\./, '');
  return name && !name.includes('<anonymous>') ? name : undefined;
}

function toPath(location: string): string | undefined {
  if (location.startsWith('file://')) { try { return fileURLToPath(location); } catch { return undefined; } }
  if (!location || location === 'native' || location.startsWith('<') || location.includes('eval at ')) return undefined;
  return location;
}

/** The frames of V8's stack text that have a file, innermost first, parsed one at a time (the caller usually stops early). */
export function* framesOf(stack: string): Generator<Frame> {
  let from = 0;
  while (from < stack.length) {
    const nl = stack.indexOf('\n', from);
    const text = stack.slice(from, nl < 0 ? stack.length : nl);
    from = nl < 0 ? stack.length : nl + 1;
    const m = FRAME.exec(text);
    if (!m) continue;
    const file = toPath(m[2] ?? m[4]);
    if (file) yield { file, line: Number(m[3] ?? m[5]), function: cleanFunction(m[1]) };
  }
}

/** The innermost frame that `skip` does not rule out; undefined when every frame is a library's. */
export function applicationFrame(stack: string, skip: (file: string) => boolean): Frame | undefined {
  for (const frame of framesOf(stack)) if (!skip(frame.file)) return frame;
  return undefined;
}

/** A path for `code.file.path`: relative to root with forward slashes when inside it, else as it was. */
export function displayPath(file: string, root: string | undefined): string {
  if (!root || !isAbsolute(file)) return file;
  const rel = relative(root, file);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return file;
  return sep === '/' ? rel : rel.split(sep).join('/');
}
