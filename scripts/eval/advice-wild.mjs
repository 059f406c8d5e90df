#!/usr/bin/env node
// `npm run eval:advice-wild` — scores Spendlens' "cheaper model" advice on real prompts written by others: the call
// sites labelled in test/eval/advice-wild/labels.json (public repositories at recorded commits, read from git mirrors).
//
//   npm run eval:advice-wild -- --mirrors /work/.mirror [--split dev|heldout|fresh|all] [--cases] [--json] [--build] [--show-heldout]
//
// For each labelled repository it writes the tree at the recorded commit into a temp dir, runs
// `node dist/cli.js scan <dir> --format json` on the whole tree, pairs the report's calls with the labels by file and
// line (scripts/eval/advice-wild-lib.mjs), and prints per split and per language, each as k/n with a 95 % Wilson
// interval (the figures of eval:advice): simple → downgrade / any suggestion, complex downgraded, moderate with an
// unprompted downgrade, calls not found. It adds simple → downgrade for calls on a model above the catalog's small tier.
// Per-call lines (--cases) and the list of calls not found leave out held-out and fresh calls unless --show-heldout:
// never tune on them.
// Not part of `npm test` (CI has no mirrors); missing mirrors exit 2. See test/eval/advice-wild/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cell, figuresBySplit, ratio, table } from './advice.mjs';
import { SPLITS, TIERS_WITH_ROOM, catalogTier, checkLabels, pairFile, parseArgs } from './advice-wild-lib.mjs';
import { absentMirrors, materialise, mirrorGitDir } from './mirror.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HERE = join(ROOT, 'test/eval/advice-wild');

function scanTree(dir) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'scan', dir, '--format', 'json'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`spendlens scan of ${dir} exited ${r.status}:\n${r.stderr.slice(0, 2000)}`);
  return { report: JSON.parse(r.stdout), seconds: (Date.now() - started) / 1000 };
}

/** Scan one repository at its commit and pair its labelled cases with the report's calls. */
function runRepo(mirrors, repo, cases) {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-advice-wild-'));
  try {
    const { missingBlobs } = materialise(mirrorGitDir(mirrors, repo.repo), repo.commit, dir);
    const { report, seconds } = scanTree(dir);
    const files = [...new Set(cases.map((c) => c.file))];
    const results = files.flatMap((file) => {
      let text = '';
      try { text = readFileSync(join(dir, file), 'utf8'); } catch { /* a file absent at the commit: its cases are not found */ }
      return pairFile(cases.filter((c) => c.file === file), report.calls.filter((c) => c.file === file), text);
    });
    console.error(`scanned ${repo.repo}@${repo.commit.slice(0, 10)} in ${seconds.toFixed(1)} s (${report.calls.length} calls in the tree${missingBlobs ? `; ${missingBlobs} large blobs absent from the mirror` : ''})`);
    return { results, version: report.version, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const labels = JSON.parse(readFileSync(join(HERE, 'labels.json'), 'utf8'));
  const problems = checkLabels(labels);
  if (problems.length) throw Object.assign(new Error(`test/eval/advice-wild/labels.json is inconsistent:\n  ${problems.join('\n  ')}`), { exitCode: 2 });
  const repos = labels.repos.filter((r) => opts.split === 'all' || r.split === opts.split);
  const absent = absentMirrors(opts.mirrors, repos);
  if (absent.length) {
    throw Object.assign(new Error(`missing mirrors under ${opts.mirrors}; fetch these snapshots (the search tool's fetch, github:<owner>/<name>) and check they contain the commit:\n  ${absent.join('\n  ')}`), { exitCode: 2 });
  }
  if (opts.build || !existsSync(join(ROOT, 'dist/cli.js'))) {
    const b = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('build failed');
  }

  let version = null;
  const results = [];
  for (const repo of repos) {
    const run = runRepo(opts.mirrors, repo, labels.cases.filter((c) => c.repo === repo.repo));
    version = run.version;
    results.push(...run.results);
  }
  const catalog = JSON.parse(readFileSync(join(ROOT, 'pricing/catalog.json'), 'utf8'));
  for (const r of results) r.roomBelow = TIERS_WITH_ROOM.includes(catalogTier(catalog, r.model));

  const shown = opts.split === 'all' ? [...SPLITS.filter((s) => repos.some((r) => r.split === s)), 'all'] : [opts.split];
  const figures = figuresBySplit(results, shown);
  const roomFigures = Object.fromEntries(shown.map((s) => [s, ratio(results.filter((r) => r.label === 'simple' && r.roomBelow && (s === 'all' || r.split === s)), (r) => r.downgrade)]));
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || 'unknown';
  const detailed = results.filter((r) => opts.showHeldout || r.split === 'dev');
  const date = new Date().toISOString().slice(0, 10);
  const pairing = { exact: results.filter((r) => r.match === 'exact').length, withinSpan: results.filter((r) => r.found && r.match !== 'exact').length, notFound: results.filter((r) => !r.found).length };

  if (opts.json) {
    const body = { tool: 'spendlens', version, commit, date, cases: results.length, pairing, splits: figures, simpleOnModelWithRoom: roomFigures };
    if (opts.cases) body.results = detailed;
    process.stdout.write(JSON.stringify(body, null, 2) + '\n');
    return;
  }
  console.log(`Spendlens ${version} (commit ${commit}, ${date}) advice on real prompts — ${results.length} labelled calls in ${repos.length} repositories; k/n share [95 % Wilson interval]`);
  console.log('A downgrade = a suggestion whose kind is "downgrade" (or any suggestion when the report has no kind).');
  console.log(`Pairing: ${pairing.exact} on the labelled line, ${pairing.withinSpan} within the call's span (±2 lines), ${pairing.notFound} not found.\n`);
  for (const [name, s] of Object.entries(figures)) {
    console.log(table(name, s));
    console.log(`simple on a model above the catalog's small tier → downgrade: ${cell(roomFigures[name])}\n`);
  }
  const missing = detailed.filter((r) => !r.found);
  if (missing.length) {
    console.log(`Not found by the scanner (${missing.length}${opts.showHeldout ? '' : ', dev only'}):`);
    for (const r of missing) console.log(`  ${r.repo}:${r.file}:${r.line}  [${r.label}, ${r.split}]`);
  }
  if (opts.cases) {
    console.log(`\nPer call${opts.showHeldout ? '' : ' (dev only; held-out and fresh calls are never listed unless --show-heldout)'}:`);
    for (const r of detailed) {
      const verdict = !r.found ? 'NOT FOUND' : r.downgrade ? `→ ${r.suggestion.model}` : r.anySuggestion ? `~ ${r.suggestion.model}` : '—';
      console.log(`  ${r.split.padEnd(7)} ${r.label.padEnd(8)} ${r.language} ${`${r.repo}:${r.file}:${r.line}`.padEnd(90)} ${verdict}`);
    }
  }
}

try {
  main();
} catch (e) {
  console.error(`eval:advice-wild: ${e.message}`);
  process.exit(e.exitCode ?? 2);
}
