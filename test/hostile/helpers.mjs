// Shared by the hostile-input suite: builds throw-away workspaces in os.tmpdir() (big inputs are generated,
// never committed), loads the built core (out/core.cjs) and runs the built CLI (dist/cli.js) with a time bound.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = join(repo, 'dist/cli.js');
export const serverPath = join(repo, 'dist/server.js');
const corePath = join(repo, 'out/core.cjs');
if (!existsSync(corePath)) throw new Error('out/core.cjs is missing: run npm run build first');
export const core = createRequire(import.meta.url)(corePath);

/** One OpenAI chat call whose user message is `promptExpr` (a JS expression). */
export const tsCall = (promptExpr, model = 'gpt-4o') =>
  `import OpenAI from 'openai';\nconst client = new OpenAI();\n` +
  `export const ask = () => client.chat.completions.create({ model: ${JSON.stringify(model)}, messages: [{ role: 'user', content: ${promptExpr} }] });\n`;

export const pyCall = (prompt, model = 'gpt-4o') =>
  `from openai import OpenAI\nclient = OpenAI()\n` +
  `client.chat.completions.create(model=${JSON.stringify(model)}, messages=[{"role": "user", "content": ${JSON.stringify(prompt)}}])\n`;

/** A temp workspace from `{ relPath: string | Buffer }`; `dispose()` removes it. */
export function workspace(files = {}) {
  const root = mkdtempSync(join(tmpdir(), 'spendlens-hostile-'));
  const write = (rel, content) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  };
  for (const [rel, content] of Object.entries(files)) write(rel, content);
  return { root, write, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** The layers the CLI and the server build: the bundled catalog, then the team's `.spendlens/pricing.json` if any. */
export const bookFor = root => {
  const team = join(root, '.spendlens/pricing.json');
  return core.loadPriceBook({ bundledPath: core.bundledCatalogPath(), workspacePath: existsSync(team) ? team : undefined });
};

/** Scans `root` with a fresh core Session; returns the report and the elapsed time. */
export async function scan(root, opts = {}) {
  const session = new core.Session({ root, book: opts.book ?? bookFor(root), ...opts });
  const t0 = performance.now();
  const report = await session.scanWorkspace();
  return { report, ms: performance.now() - t0, session };
}

/** Runs the built CLI with a hard time bound (a hang is a failure, not a stuck test run). */
export function cli(args, opts = {}) {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), cliPath, ...args], {
    cwd: opts.cwd ?? repo, encoding: 'utf8', env: { ...process.env, ...opts.env }, timeout: opts.timeout ?? 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const callsIn = (report, file) => report.calls.filter(c => c.file === file);
