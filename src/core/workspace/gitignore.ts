// .gitignore rules of one folder, read by the `ignore` package (git's own semantics: `!` negation, trailing `/` for
// folders, `**`, character classes such as `*.py[cod]` and `[Bb]in/`, escaped spaces, patterns anchored by a slash).
// Its patterns compile to RegExps with tempered repetitions, so a pathological line (`*a*a*a…c`) stays fast; the
// exclude globs of the settings and config.json keep the linear-time matcher of glob.ts.
import ignore, { type Ignore } from 'ignore';

export class IgnoreRules {
  private constructor(private readonly base: string, private readonly rules: Ignore) {}

  static parse(base: string, text: string): IgnoreRules {
    return new IgnoreRules(base, ignore({ allowRelativePaths: true }).add(text));
  }

  /** true = ignored, false = re-included, undefined = these rules say nothing. `path` is workspace-relative. */
  verdict(path: string, isDir: boolean): boolean | undefined {
    const rel = this.base ? (path.startsWith(this.base + '/') ? path.slice(this.base.length + 1) : null) : path;
    if (!rel) return undefined;
    const { ignored, unignored } = this.rules.test(isDir ? `${rel}/` : rel);
    return ignored ? true : unignored ? false : undefined;
  }
}
