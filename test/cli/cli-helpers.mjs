// Shared by the CLI tests: run the built CLI (`node dist/cli.js`) and read fixtures.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(fileURLToPath(import.meta.url), '../../..');
// SPENDLENS_CLI points the tests at another build of the CLI (default: dist/cli.js from `npm run build`).
export const cliPath = process.env.SPENDLENS_CLI ?? join(repoRoot, 'dist/cli.js');
export const fixture = (...p) => join(repoRoot, 'test/fixtures/cli', ...p);
export const expectedOf = name => JSON.parse(readFileSync(fixture(name, 'expected.json'), 'utf8'));

/** Runs the CLI; returns its exit code and output. */
export function cli(args, opts = {}) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: opts.cwd ?? repoRoot, encoding: 'utf8', env: { ...process.env, ...opts.env }, timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `{ "not": x }` in an expected.json means "anything but x". */
export function matches(actual, want) {
  if (want && typeof want === 'object' && !Array.isArray(want) && 'not' in want) return actual !== want.not && actual !== undefined;
  return JSON.stringify(actual) === JSON.stringify(want);
}

/** A pure module of the panel (src/webview/<entry>.ts) bundled on the fly: the webview has no bundle of its own but dist/webview.js. */
export async function loadWebview(entry) {
  const esbuild = await import('esbuild');
  const out = esbuild.buildSync({
    stdin: { contents: `export * from './${entry}';`, resolveDir: join(repoRoot, 'src/webview'), loader: 'ts' },
    bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, () => { throw new Error('no imports expected'); });
  return module.exports;
}
