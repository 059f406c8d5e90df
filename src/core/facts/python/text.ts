// Positions and Python string literals. All offsets are UTF-16 code units (what web-tree-sitter
// reports for a JS string input), lines and columns 1-based.
import type { Node } from 'web-tree-sitter';
import type { LiteralSpan, SourceSpan } from '../../model';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }
}

export function spanOf(node: Node, file: string, lines: LineIndex): SourceSpan {
  const { line, column } = lines.position(node.startIndex);
  return { file, start: node.startIndex, end: node.endIndex, line, column };
}

/** The prefix letters (r, b, f, u, t…) and the quote of a string node. */
export function stringDelimiters(node: Node): { prefix: string; quote: string } {
  const start = node.firstChild;
  const raw = start && start.type === 'string_start' ? start.text : '"';
  const m = /^([A-Za-z]*)(.*)$/.exec(raw);
  return { prefix: (m?.[1] ?? '').toLowerCase(), quote: m?.[2] ?? '"' };
}

export function literalSpan(node: Node, file: string, lines: LineIndex): LiteralSpan {
  const quote = stringDelimiters(node).quote.charAt(0) || '"';
  return { ...spanOf(node, file, lines), quote };
}

const simpleEscapes: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '',
};

/** Decodes the escape sequences of a (non-raw) string piece. */
export function decodeEscapes(raw: string): string {
  return raw.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[\s\S])/g, (whole, esc: string) => {
    if (esc in simpleEscapes) return simpleEscapes[esc];
    if (/^[xuU]/.test(esc)) {
      const code = parseInt(esc.slice(1), 16);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return whole;
  });
}

/** The static text of a string_content node (escapes decoded unless raw; `{{`→`{` in f-strings). */
export function contentText(content: Node, raw: boolean, formatted: boolean): string {
  const text = raw ? content.text : decodeEscapes(content.text);
  // In f-strings `{{` / `}}` (escape_interpolation nodes) stand for single braces.
  return formatted ? text.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : text;
}

/** Python's textwrap.dedent, enough for prompt literals. */
export function dedent(text: string): string {
  const lines = text.split('\n');
  let margin: string | null = null;
  for (const line of lines) {
    if (!line.trim()) continue;
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (margin === null || indent.length < margin.length) margin = indent;
  }
  if (!margin) return text;
  const width = margin.length;
  return lines.map(l => (l.trim() ? l.slice(width) : l.replace(/^[ \t]+$/, ''))).join('\n');
}
