// Minimal glob matching for workspace-relative paths with forward slashes: `**`, `*`, `?`, `{a,b}`.
// A pattern without a slash matches a name at any depth (as in .gitignore and VS Code's files.exclude).
// Patterns come from the workspace (.gitignore, .spendlens/config.json), so they are matched by a set-of-positions
// walk in O(pattern × path) time, never by a backtracking RegExp (`*a*a*a*a*a*a*c` would hang one for hours).

export interface GlobMatcher {
  test(path: string): boolean;
}

type Token =
  | { kind: 'lit'; text: string }
  | { kind: 'one' } // ?      one character of a name
  | { kind: 'star' } // *     any run inside a name
  | { kind: 'any' } // **     any run, slashes included
  | { kind: 'dirs' } // **/   nothing, or any run ending with a slash
  | { kind: 'alt'; texts: string[] }; // {a,b}

export function compileGlob(glob: string): GlobMatcher {
  let g = glob.trim().replace(/\\/g, '/');
  if (g.startsWith('./')) g = g.slice(2);
  const anchored = g.startsWith('/') || g.slice(0, -1).includes('/');
  if (g.startsWith('/')) g = g.slice(1);
  if (g.endsWith('/')) g = g + '**';
  const tokens: Token[] = anchored ? [] : [{ kind: 'dirs' }];
  const lit = (c: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'lit') last.text += c; else tokens.push({ kind: 'lit', text: c });
  };
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        tokens.push(slash ? { kind: 'dirs' } : { kind: 'any' });
        i += slash ? 2 : 1;
      } else tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'one' });
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close > i) { tokens.push({ kind: 'alt', texts: g.slice(i + 1, close).split(',') }); i = close; } else lit(c);
    } else lit(c);
  }
  return { test: path => matchTokens(tokens, path) };
}

/** Walks the pattern once, keeping the set of path positions reachable after each token. */
function matchTokens(tokens: Token[], path: string): boolean {
  const n = path.length;
  let cur = new Uint8Array(n + 1);
  cur[0] = 1;
  for (const t of tokens) {
    const next = new Uint8Array(n + 1);
    let seen = false; // some earlier position was reachable (for the `**` forms)
    for (let q = 0; q <= n; q++) {
      switch (t.kind) {
        case 'lit':
          if (cur[q] && path.startsWith(t.text, q)) next[q + t.text.length] = 1;
          break;
        case 'one':
          if (cur[q] && q < n && path[q] !== '/') next[q + 1] = 1;
          break;
        case 'star':
          next[q] = cur[q] || (q > 0 && next[q - 1] && path[q - 1] !== '/') ? 1 : 0;
          break;
        case 'any':
          seen ||= cur[q] === 1;
          next[q] = seen ? 1 : 0;
          break;
        case 'dirs':
          next[q] = cur[q] || (seen && path[q - 1] === '/') ? 1 : 0;
          seen ||= cur[q] === 1;
          break;
        case 'alt':
          if (cur[q]) for (const s of t.texts) if (path.startsWith(s, q)) next[q + s.length] = 1;
          break;
      }
    }
    cur = next;
  }
  // A match of a folder covers everything under it.
  if (cur[n]) return true;
  for (let q = 0; q < n; q++) if (cur[q] && path[q] === '/') return true;
  return false;
}

export function matchesAny(path: string, patterns: GlobMatcher[]): boolean {
  return patterns.some(p => p.test(path));
}
