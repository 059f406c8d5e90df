#!/usr/bin/env node
// `npm run eval:advice` — scores Spendlens' "cheaper model" advice against the hand-labelled call sites in
// test/eval/advice (labels.json). It knows the tool only through its CLI and the JSON report contract.
//
//   node scripts/eval/advice.mjs [--split dev|heldout|fresh|all] [--json] [--cases] [--build]
//
// Without --split it reports dev and heldout. The "fresh" split (cases written after tuning began) is reported only
// when asked for (--split fresh or all), so that it stays unseen until the final measurement.
//
// It builds first when dist/ is missing, or always with --build (a stale dist/ measures old code).
//
// Per split and language it prints, each as k/n with a 95 % Wilson score interval:
//   simple   → share that got a downgrade suggestion, and share that got any suggestion;
//   complex  → how many were downgraded (should be 0);
//   moderate → share with an unprompted downgrade suggestion.
// A suggestion counts as a downgrade when its `kind` is 'downgrade' or, for reports without `kind`, always.
// n counts every labelled call; calls the scanner did not find get no suggestion and are also counted as "not found".
// The held-out split is for reporting only: never tune on it (see test/eval/advice/README.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EVAL_DIR = join(ROOT, 'test/eval/advice');
const SPLITS = ['dev', 'heldout', 'fresh'];

/** 95 % Wilson score interval for k successes out of n; null when n = 0. */
export function wilson(k, n, z = 1.959963984540054) {
  if (n === 0) return null;
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The suggestions a report call carries, whether the report has one `suggestion` or a `suggestions` list. */
export function suggestionsOf(call) {
  if (Array.isArray(call.suggestions)) return call.suggestions;
  return call.suggestion ? [call.suggestion] : [];
}
export const isDowngrade = (s) => (s.kind === undefined ? true : s.kind === 'downgrade');

/** Pairs each label with the report call at its file and line (or, failing that, the nearest call in the file). */
export function matchCalls(labels, report) {
  const byFile = new Map();
  for (const call of report.calls ?? []) {
    if (!byFile.has(call.file)) byFile.set(call.file, []);
    byFile.get(call.file).push(call);
  }
  return labels.map((label) => {
    const inFile = byFile.get(label.file) ?? [];
    let call = inFile.find((c) => c.line === label.line);
    let match = call ? 'exact' : 'missing';
    if (!call && inFile.length) {
      call = [...inFile].sort((a, b) => Math.abs(a.line - label.line) - Math.abs(b.line - label.line))[0];
      match = `line ${call.line}`;
    }
    const suggestions = call ? suggestionsOf(call) : [];
    return {
      ...label,
      found: Boolean(call),
      match,
      reportModel: call?.model ?? null,
      suggestion: suggestions[0] ?? null,
      anySuggestion: suggestions.length > 0,
      downgrade: suggestions.some(isDowngrade),
    };
  });
}

export function ratio(results, pred) {
  const n = results.length;
  const k = results.filter(pred).length;
  return { k, n, ci: wilson(k, n) };
}

/** Figures for one group of results (a split, or a split × language). */
export function score(results) {
  const of = (label) => results.filter((r) => r.label === label);
  return {
    simpleDowngrade: ratio(of('simple'), (r) => r.downgrade),
    simpleAny: ratio(of('simple'), (r) => r.anySuggestion),
    complexDowngraded: ratio(of('complex'), (r) => r.downgrade),
    moderateDowngrade: ratio(of('moderate'), (r) => r.downgrade),
    notFound: results.filter((r) => !r.found).length,
    total: results.length,
  };
}

export function evaluate(labels, report, splits) {
  const results = matchCalls(labels, report);
  return { results, splits: figuresBySplit(results, splits) };
}

/** Figures per split (or 'all'), overall, for non-English prompts and per language; splits without results are left out. */
export function figuresBySplit(results, splits) {
  const out = {};
  for (const split of splits) {
    const inSplit = results.filter((r) => split === 'all' || r.split === split);
    if (!inSplit.length) continue;
    const languages = [...new Set(inSplit.map((r) => r.language))].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
    out[split] = {
      all: score(inSplit),
      nonEnglish: score(inSplit.filter((r) => r.language !== 'en')),
      languages: Object.fromEntries(languages.map((l) => [l, score(inSplit.filter((r) => r.language === l))])),
    };
  }
  return out;
}

const pct = (x) => `${Math.round(x * 100)}`;
export function cell({ k, n, ci }) {
  if (!n) return '—';
  return `${k}/${n} ${pct(k / n)}% [${pct(ci.low)}–${pct(ci.high)}]`;
}

export function table(name, s) {
  const rows = [['', 'simple → downgrade', 'simple → any', 'complex downgraded', 'moderate → downgrade', 'not found']];
  const row = (label, g) => rows.push([label, cell(g.simpleDowngrade), cell(g.simpleAny), cell(g.complexDowngraded), cell(g.moderateDowngrade), `${g.notFound}/${g.total}`]);
  row('all', s.all);
  row('non-English', s.nonEnglish);
  for (const [lang, g] of Object.entries(s.languages)) row(lang, g);
  const widths = rows[0].map((_c, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return `split: ${name}\n${lines.join('\n')}`;
}

export function parseArgs(argv) {
  const args = { split: 'default', json: false, cases: false, build: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--cases') args.cases = true;
    else if (a === '--build') args.build = true;
    else if (a === '--split') args.split = argv[++i];
    else if (a.startsWith('--split=')) args.split = a.slice(8);
    else throw usage(`unknown argument ${a}`);
  }
  if (![...SPLITS, 'all', 'default'].includes(args.split)) throw usage(`--split must be one of ${[...SPLITS, 'all'].join(', ')}`);
  return args;
}
function usage(msg) {
  const e = new Error(`${msg}\nusage: node scripts/eval/advice.mjs [--split dev|heldout|fresh|all] [--json] [--cases] [--build]`);
  e.exitCode = 2;
  return e;
}

function scan(build) {
  if (build || !existsSync(join(ROOT, 'dist/cli.js'))) {
    const b = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('build failed');
  }
  const res = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'scan', join(EVAL_DIR, 'cases'), '--format', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (res.status !== 0 && res.status !== 1) throw new Error(`spendlens scan exited with ${res.status}:\n${res.stderr}`);
  return JSON.parse(res.stdout);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const labels = JSON.parse(readFileSync(join(EVAL_DIR, 'labels.json'), 'utf8')).cases;
  const report = scan(args.build);
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || 'unknown';
  const splits = args.split === 'all' ? [...SPLITS, 'all'] : args.split === 'default' ? ['dev', 'heldout'] : [args.split];
  const { results, splits: figures } = evaluate(labels, report, splits);
  const selected = results.filter((r) => args.split === 'all' || (args.split === 'default' ? r.split !== 'fresh' : r.split === args.split));
  if (args.json) {
    const body = { tool: report.tool, version: report.version, commit, cases: selected.length, splits: figures };
    if (args.cases) body.results = selected;
    process.stdout.write(JSON.stringify(body, null, 2) + '\n');
    return;
  }
  console.log(`Spendlens ${report.version} (commit ${commit}) advice evaluation — ${labels.length} labelled calls, ${selected.length} in the splits shown; k/n share [95 % Wilson interval]`);
  console.log('A downgrade = a suggestion whose kind is "downgrade" (or any suggestion when the report has no kind).\n');
  for (const [name, s] of Object.entries(figures)) console.log(table(name, s) + '\n');
  const missing = selected.filter((r) => !r.found);
  if (missing.length) {
    console.log(`Not found by the scanner (${missing.length}):`);
    for (const r of missing) console.log(`  ${r.file}:${r.line}  [${r.label}, ${r.split}]`);
  }
  if (args.cases) {
    console.log('\nPer call:');
    for (const r of selected) {
      const verdict = !r.found ? 'NOT FOUND' : r.downgrade ? `→ ${r.suggestion.model}` : r.anySuggestion ? `~ ${r.suggestion.model}` : '—';
      console.log(`  ${r.split.padEnd(7)} ${r.label.padEnd(8)} ${`${r.file}:${r.line}`.padEnd(48)} ${verdict}`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(`eval:advice: ${e.message}`);
    process.exit(e.exitCode ?? 2);
  }
}
