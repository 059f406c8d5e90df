// .gitignore rules of one folder: patterns relative to that folder, `!` negation, trailing `/` for folders.
import { compileGlob, type GlobMatcher } from './glob';

interface Rule { re: GlobMatcher; negate: boolean; dirOnly: boolean }

export class IgnoreRules {
  private readonly rules: Rule[] = [];
  constructor(private readonly base: string) {}

  static parse(base: string, text: string): IgnoreRules {
    const rules = new IgnoreRules(base);
    for (let line of text.split(/\r?\n/)) {
      if (!line.trim() || line.startsWith('#')) continue;
      line = line.replace(/(?<!\\)\s+$/, '');
      const negate = line.startsWith('!');
      if (negate) line = line.slice(1);
      const dirOnly = line.endsWith('/');
      if (dirOnly) line = line.slice(0, -1);
      if (!line) continue;
      rules.rules.push({ re: compileGlob(line), negate, dirOnly });
    }
    return rules;
  }

  /** true = ignored, false = re-included, undefined = these rules say nothing. `path` is workspace-relative. */
  verdict(path: string, isDir: boolean): boolean | undefined {
    const rel = this.base ? (path.startsWith(this.base + '/') ? path.slice(this.base.length + 1) : null) : path;
    if (rel === null) return undefined;
    let result: boolean | undefined;
    for (const r of this.rules) {
      if (r.dirOnly && !isDir) continue;
      if (r.re.test(rel)) result = !r.negate;
    }
    return result;
  }
}
