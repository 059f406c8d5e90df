// Where a Python call's volume comment sits (`# spendlens: 20k/month` above it, or trailing on its line).
// The grammar itself is shared with JS/TS: policy/volume.ts.
import { volumeNear, type CommentSyntax, type Volume } from '../policy/volume';
import type { PyContext } from './context';

const PYTHON_COMMENTS: CommentSyntax = { comment: /^#/, transparent: /^@/, trailing: '#' };

/** The volume comment for a call on `line` (1-based). */
export function volumeAbove(ctx: PyContext, line: number): Volume | null {
  const lineText = (i: number): string | undefined => {
    if (i < 0 || i >= ctx.lines.lineCount()) return undefined;
    const start = ctx.lines.lineStart(i + 1);
    const end = ctx.lines.lineStart(i + 2) || ctx.text.length;
    return ctx.text.slice(start, end);
  };
  return volumeNear(lineText, line - 1, PYTHON_COMMENTS);
}
