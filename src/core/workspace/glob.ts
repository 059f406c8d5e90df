// Minimal glob → RegExp for workspace-relative paths with forward slashes: `**`, `*`, `?`, `{a,b}`.
// A pattern without a slash matches a name at any depth (as in .gitignore and VS Code's files.exclude).

export function globToRegExp(glob: string): RegExp {
  let g = glob.trim().replace(/\\/g, '/');
  if (g.startsWith('./')) g = g.slice(2);
  const anchored = g.startsWith('/') || g.slice(0, -1).includes('/');
  if (g.startsWith('/')) g = g.slice(1);
  if (g.endsWith('/')) g = g + '**';
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close > i) {
        re += '(?:' + g.slice(i + 1, close).split(',').map(escape).join('|') + ')';
        i = close;
      } else re += '\\{';
    } else re += escape(c);
  }
  // A match of a folder covers everything under it.
  return new RegExp((anchored ? '^' : '^(?:.*/)?') + re + '(?:/.*)?$');
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

export function matchesAny(path: string, patterns: RegExp[]): boolean {
  return patterns.some(p => p.test(path));
}
