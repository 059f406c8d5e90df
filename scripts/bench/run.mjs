// `npm run bench`: Spendlens' performance figures, each as a ratio to a floor measured in the same run on the
// same machine (so a slow or busy machine moves both), with its goal. A script, not a test: nothing here fails
// the test suite. Builds its workspaces in os.tmpdir() and removes them at the end.
//   node scripts/bench/run.mjs [--skip-build] [--skip-package] [--rounds N] [--only scan,lsp,memory,vsix]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { rmSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { callDenseWorkspace, editWorkspace, largeWorkspace, mixedWorkspace, repo, sizeOf } from './workspaces.mjs';
import { LspClient, fileUri } from '../../test/server/lsp-client.mjs';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 40;
const rows = [];
const cleanup = [];

const pct = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const median = values => pct(values, 0.5);
const fmt = (x, d = 2) => x.toFixed(d);
function row(figure, measured, floor, ratio, goal, met) {
  rows.push({ figure, measured, floor, ratio, goal, met: met ? 'yes' : 'NO' });
  console.error(`  ${figure}: ${measured} (${ratio}) — goal ${goal}: ${met ? 'met' : 'NOT met'}`);
}
const node = (script, a = []) => JSON.parse(execFileSync(process.execPath, [join(import.meta.dirname, script), ...a], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());

function bareParseMs(text, file = 'calls.ts', n = 30) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false);
    times.push(performance.now() - t0);
  }
  return median(times.slice(n / 3));
}

// ── 1. workspace scans vs a bare parse of the same files ─────────────────────────────────────────
// Sparse: fixtures + TypeScript's own libs + plain Python (the pre-filter skips most files). Call-dense: the fixture
// trees repeated to ~3,000 TS/JS + ~500 Python files, nearly all calling a model. Floor: TypeScript createSourceFile
// for TS/JS, tree-sitter for Python, read + parse, warm, one thread, in the same child process.
async function scanFigures() {
  for (const [label, make, goal] of [['sparse', mixedWorkspace, 1.0], ['call-dense', callDenseWorkspace, 1.5]]) {
    const dir = make();
    cleanup.push(dir);
    const r = node('scan-child.mjs', [dir]);
    const desc = `${r.files} files (${r.pyFiles} Python), ${fmt(r.bytes / 1e6, 1)} MB, ${r.calls} calls`;
    const floor = `${fmt(r.parseMs, 0)} ms parse`;
    row(`${label} scan, in-process, warm (${desc})`, `${fmt(r.scanWarmMs, 0)} ms`, floor, `${fmt(r.scanWarmMs / r.parseMs)}×`, `≤ ${fmt(goal, 1)}×`, r.scanWarmMs <= goal * r.parseMs);
    row(`  same, CPU time (user + system)`, `${fmt(r.scanWarmCpuMs, 0)} ms`, `${fmt(r.parseCpuMs, 0)} ms parse`, `${fmt(r.scanWarmCpuMs / r.parseCpuMs)}×`, '(info)', true);
    row(`  same, cold (first scan in a process: tokenizer, Python parser load)`, `${fmt(r.scanColdMs, 0)} ms`, `${fmt(r.parseColdMs, 0)} ms cold parse`, `${fmt(r.scanColdMs / r.parseColdMs)}×`, '(info)', true);
    const cli = cliScanMs(dir);
    row(`  ${label}: spendlens scan --format json (whole CLI process)`, `${fmt(cli, 0)} ms`, floor, `${fmt(cli / r.parseMs)}×`, `≤ ${fmt(goal, 1)}×`, cli <= goal * r.parseMs);
  }
}

/** Wall time of `node dist/cli.js scan <dir> --format json`, median of 3 (process start, catalog, scan, report). */
function cliScanMs(dir) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(repo, 'dist/cli.js'), 'scan', dir, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`spendlens scan exited ${r.status}: ${String(r.stderr).slice(-2000)}`);
  }
  return median(times);
}

/** codeLens, then codeLens/resolve for each lens that came without a command — what VS Code does (it resolves only those). */
async function lensesAsVsCodeAsks(client, uri) {
  const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
  return Promise.all(lenses.map(l => (l.command ? l : client.request('codeLens/resolve', l))));
}

// ── 2 + 3. language server: start → first CodeLens, and edit → fresh CodeLens ────────────────────
async function lspFigures() {
  const dir = editWorkspace();
  cleanup.push(dir);
  const text = readFileSync(join(dir, 'calls.ts'), 'utf8');
  const lines = text.split('\n').length;

  // Floor for the start figure: a bare `node -e 0`, median of 5.
  const nodeStarts = [];
  for (let i = 0; i < 5; i++) { const t0 = performance.now(); spawnSync(process.execPath, ['-e', '0']); nodeStarts.push(performance.now() - t0); }
  const nodeStart = median(nodeStarts);
  // A second floor: a language server with none of our code (bare-server.cjs: Node + vscode-languageserver), from spawn
  // to its first (one-line) lens over the same client — the part of the start no code of ours can remove.
  const bareStarts = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const bare = new LspClient({ server: join(import.meta.dirname, 'bare-server.cjs') });
    await bare.initialize(fileUri(dir, '').replace(/\/$/, ''));
    const lenses = await bare.request('textDocument/codeLens', { textDocument: { uri: await bare.open(dir, 'calls.ts') } });
    bareStarts.push(performance.now() - t0);
    if (lenses.length !== 1) throw new Error('the bare server answered no lens');
    await bare.dispose();
  }
  const bareStart = median(bareStarts);

  // Start → first lens as shipped, and, interleaved in the same run, with each start-up aid switched off
  // (the tokenizer thread; the V8 code cache), so their effect is a same-machine, same-load comparison.
  // `shipped` runs last in each round: its last client stays up for the edit figure below.
  const variants = { noThread: { SPENDLENS_TOKENIZER_THREAD: 'off' }, noCodeCache: { SPENDLENS_CODE_CACHE: 'off' }, shipped: {} };
  const starts = { shipped: [], noThread: [], noCodeCache: [] };
  let client;
  for (let i = 0; i < 3; i++) {
    for (const [name, env] of Object.entries(variants)) {
      const saved = { ...process.env };
      Object.assign(process.env, env); // the server inherits the bench's environment
      const t0 = performance.now();
      client = new LspClient();
      process.env = saved;
      await client.initialize(fileUri(dir, '').replace(/\/$/, ''));
      const uri = await client.open(dir, 'calls.ts');
      const lenses = await lensesAsVsCodeAsks(client, uri);
      starts[name].push(performance.now() - t0);
      if (!lenses.length) throw new Error('no lens at start');
      if (!(i === 2 && name === 'shipped')) await client.dispose();
    }
  }
  const start = median(starts.shipped);
  row('server start → first CodeLens (spawn, initialize, didOpen, titled codeLens)', `${fmt(start, 0)} ms`, `${fmt(nodeStart, 0)} ms node -e 0`, `${fmt(start / nodeStart, 1)}×`, '≤ 500 ms', start <= 500);
  row('  same, a server with none of our code (Node + vscode-languageserver, empty answers)', `${fmt(bareStart, 0)} ms`, `${fmt(start, 0)} ms shipped`, `${fmt(bareStart / start, 2)}×`, '(info)', true);
  for (const [name, label] of [['noThread', 'tokenizer counted in-process'], ['noCodeCache', 'bundle compiled without the code cache']]) {
    const other = median(starts[name]);
    row(`  same, ${label}`, `${fmt(other, 0)} ms`, `${fmt(start, 0)} ms shipped`, `${fmt(other / start, 2)}×`, '(info)', true);
  }

  // Edit → fresh lenses: change one prompt literal (the text really changes every round), then the lenses as VS Code asks for them (titled: no resolve).
  const uri = fileUri(dir, 'calls.ts');
  const times = [];
  let count = 0;
  for (let i = 0; i < rounds; i++) {
    const edited = text.replace('Summarise item 0:', `Summarise item 0 (v${i}):`);
    const t0 = performance.now();
    await client.changeAll(uri, edited);
    const lenses = await lensesAsVsCodeAsks(client, uri);
    times.push(performance.now() - t0);
    count = lenses.length;
  }
  await client.dispose();
  const floor = bareParseMs(text);
  const p50 = pct(times, 0.5), p95 = pct(times, 0.95);
  row(`edit → fresh CodeLens p50 (${lines} lines, ${count} lenses, ${rounds} edits)`, `${fmt(p50, 1)} ms`, `${fmt(floor, 1)} ms parse`, `${fmt(p50 / floor, 1)}×`, '(info)', true);
  row('edit → fresh CodeLens p95', `${fmt(p95, 1)} ms`, `${fmt(floor, 1)} ms parse`, `${fmt(p95 / floor, 1)}×`, '≤ 3× bare parse', p95 <= 3 * floor);
}

// ── 4. peak RSS of a CLI scan of a ~50 MB workspace ──────────────────────────────────────────────
async function memoryFigure() {
  const dir = largeWorkspace(50);
  cleanup.push(dir);
  const mb = sizeOf(dir) / 1e6;
  const run = extra => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', join(import.meta.dirname, 'maxrss.cjs'), ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', d => { err += d; });
    child.on('exit', () => { const m = /SPENDLENS_MAXRSS=(\d+)/.exec(err); m ? resolve(Number(m[1]) / 1024) : reject(new Error(err.slice(-2000))); });
  });
  const t0 = performance.now();
  const peak = await run([join(repo, 'dist/cli.js'), 'scan', dir, '--format', 'json']);
  const ms = performance.now() - t0;
  const floor = await run(['-e', "require('typescript')"]);
  row(`peak RSS, CLI scan of ${fmt(mb, 0)} MB (${fmt(ms / 1000, 1)} s)`, `${fmt(peak, 0)} MB`, `${fmt(floor, 0)} MB node + typescript`, `${fmt(peak / floor, 1)}×`, '≤ 300 MB', peak <= 300);
}

// ── 5. VSIX size ────────────────────────────────────────────────────────────────────────────────
function vsixFigure() {
  if (!args.includes('--skip-package')) {
    execFileSync('npm', ['run', 'package', '--silent'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    // `package` leaves a minified production build in dist/: rebuild the development one the tests use.
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const size = statSync(join(repo, 'dist-vsix/spendlens.vsix')).size;
  row('VSIX size (npm run package)', `${fmt(size / 2 ** 20)} MiB`, '—', `${fmt(size / (4 * 2 ** 20))}× of goal`, '≤ 4 MiB', size <= 4 * 2 ** 20);
}

try {
  if (!args.includes('--skip-build')) execFileSync('npm', ['run', 'build', '--silent'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  console.error('Spendlens benchmark — measuring…');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
  const figures = { scan: scanFigures, lsp: lspFigures, memory: memoryFigure, vsix: vsixFigure };
  for (const [name, figure] of Object.entries(figures)) if (!only || only.includes(name)) await figure();
} finally {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
}

const cols = ['figure', 'measured', 'floor', 'ratio', 'goal', 'met'];
console.log(`\nSpendlens benchmark — Node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
console.log(`| ${cols.join(' | ')} |`);
console.log(`| ${cols.map(() => '---').join(' | ')} |`);
for (const r of rows) console.log(`| ${cols.map(c => r[c]).join(' | ')} |`);
