#!/usr/bin/env node
// Detection evaluation on public repositories nobody tuned for (issue #16).
//   npm run eval:detection -- --mirrors /work/.mirror [--split dev|heldout|dev2|all] [--repo owner/name] [--json FILE] [--keep] [--show-heldout]
// For each labelled repository: materialise the tree at the recorded commit from its git mirror
// (<mirrors>/<owner>+<name>/repo), scan the whole tree with dist/cli.js, and compare the calls found in the labelled
// files with test/eval/detection/labels.json. Not part of `npm test`: CI has no mirrors. See test/eval/detection/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { absentMirrors, materialise, mirrorGitDir } from './mirror.mjs';
import { SPLITS, checkLabels, formatFraction, idiomOf, lineOfOffset, matchFile, modelMatches, summarise, vendorMatches } from './detection-lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const here = join(root, 'test', 'eval', 'detection');

function usage(message) {
  if (message) console.error(`eval:detection: ${message}`);
  console.error('usage: npm run eval:detection -- --mirrors DIR [--split dev|heldout|dev2|all] [--repo owner/name] [--json FILE] [--keep] [--show-heldout]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { mirrors: null, split: 'all', repo: null, json: null, keep: false, showHeldout: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--mirrors') opts.mirrors = value();
    else if (a === '--split') opts.split = value();
    else if (a === '--repo') opts.repo = value();
    else if (a === '--json') opts.json = value();
    else if (a === '--keep') opts.keep = true;
    else if (a === '--show-heldout') opts.showHeldout = true;
    else usage(`unknown argument ${a}`);
  }
  if (!opts.mirrors) usage('--mirrors is required');
  if (![...SPLITS, 'all'].includes(opts.split)) usage(`--split must be ${SPLITS.join(', ')} or all (dev and heldout, the first batch), not ${opts.split}`);
  return opts;
}

function scan(dir) {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) usage('dist/cli.js is missing: run npm run build first');
  const started = Date.now();
  const r = spawnSync(process.execPath, [cli, 'scan', dir, '--format', 'json'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`scan of ${dir} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return { report: JSON.parse(r.stdout), seconds: (Date.now() - started) / 1000 };
}

// Families of idioms, for grouping misses. Read from the labeller's notes; the first family that matches wins.
const FAMILIES = [
  ['method passed as a value / aliased', /passed as (a )?value|aliased|functools\.partial|to_thread/i],
  ['raw HTTP request to a model endpoint', /HTTP|requests\.post|aiohttp|httpx|axios|fetch\(|fetchEventSource|session\.post/i],
  ['LangChain / LangGraph chain, agent or vector store', /LangChain|LangGraph|RunnableSequence|VectorStore|fromDocuments|AgentExecutor/i],
  ['Vercel AI SDK with a model from a factory or config', /Vercel AI/i],
  ['LiteLLM', /LiteLLM/i],
  ['client stored on this/self or passed in (constructor, parameter, base class, getter)', /this\.|self\.|constructor|parameter|super\(|getter|base class|get_client|passed/i],
  ['SDK imported lazily / client built inline', /lazy|inside the function|built in method|built inline/i],
];
// The primary set was labelled before any scan; the supplement after one (labels.json definition.set): reported apart.
// The first labelled batch, split by the sha256 rule; later batches (dev2) are splits of their own.
const FIRST_BATCH = ['dev', 'heldout'];
const primary = (fileResults) => fileResults.filter((f) => f.set === 'primary');
const supplement = (fileResults) => fileResults.filter((f) => f.set !== 'primary');
const familyOf = (label) => (FAMILIES.find(([, re]) => re.test(label.note)) ?? ['other'])[0];

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));
  const split = JSON.parse(readFileSync(join(here, 'split.json'), 'utf8'));
  const problems = checkLabels(labels, split);
  if (problems.length) { console.error(`labels.json is inconsistent:\n  ${problems.join('\n  ')}`); process.exit(2); }
  const splitOf = new Map(split.repos.map((r) => [r.repo, r.split]));
  const inSplit = (repo) => (opts.split === 'all' ? FIRST_BATCH.includes(splitOf.get(repo)) : splitOf.get(repo) === opts.split);
  const repos = labels.repos.filter((r) => inSplit(r.repo) && (!opts.repo || r.repo === opts.repo));
  if (!repos.length) usage(`no labelled repository matches${opts.repo ? ` ${opts.repo}` : ''}`);

  // Every mirror must be present before anything runs.
  const absent = absentMirrors(opts.mirrors, repos);
  if (absent.length) {
    console.error(`eval:detection: missing mirrors under ${opts.mirrors}; fetch these snapshots (the search tool's fetch, github:<owner>/<name>) and check they contain the commit:\n  ${absent.join('\n  ')}`);
    process.exit(2);
  }

  const perRepo = [];
  for (const r of repos) {
    const gitDir = mirrorGitDir(opts.mirrors, r.repo);
    const dir = mkdtempSync(join(tmpdir(), 'spendlens-eval-'));
    try {
      const { missingBlobs } = materialise(gitDir, r.commit, dir);
      const { report, seconds } = scan(dir);
      const files = labels.files.filter((f) => f.repo === r.repo);
      const fileResults = files.map((f) => {
        let text = '';
        try { text = readFileSync(join(dir, f.path), 'utf8'); } catch { /* counted as all missed */ }
        const found = report.calls.filter((c) => c.file === f.path).map((c) => ({
          line: c.line,
          endLine: typeof c.end === 'number' && text ? Math.max(c.line, lineOfOffset(text, c.end)) : c.line,
          vendor: c.vendor ?? c.provider ?? null, model: c.model ?? null, kind: c.kind ?? null, api: c.api ?? null,
        }));
        const inFile = labels.calls.filter((c) => c.repo === r.repo && c.path === f.path);
        const ignored = labels.ignore.filter((g) => g.repo === r.repo && g.path === f.path).map((g) => g.line);
        return { path: f.path, set: f.set ?? 'primary', ...matchFile(inFile, found, ignored) };
      });
      const callsOutside = report.calls.filter((c) => !files.some((f) => f.path === c.file)).length;
      perRepo.push({ repo: r.repo, commit: r.commit, split: splitOf.get(r.repo), seconds, missingBlobs, callsInWholeRepo: report.calls.length, callsOutsideLabelledFiles: callsOutside, fileResults, summary: summarise(primary(fileResults)) });
      console.error(`scanned ${r.repo}@${r.commit.slice(0, 10)} in ${seconds.toFixed(1)} s (${report.calls.length} calls in the whole tree${missingBlobs ? `; ${missingBlobs} large blobs absent from the mirror` : ''})`);
    } finally {
      if (opts.keep) console.error(`  kept ${dir}`); else rmSync(dir, { recursive: true, force: true });
    }
  }
  const result = report(perRepo, labels, opts.showHeldout);
  if (opts.json) writeFileSync(opts.json, JSON.stringify(result, null, 1) + '\n');
}

function report(perRepo, labels, showHeldout) {
  const mainCommit = spawnSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const lines = [`# Detection on untuned repositories — spendlens ${mainCommit}, ${new Date().toISOString().slice(0, 16)}Z`, ''];
  const row = (name, s) => `| ${name} | ${formatFraction(s.recall)} | ${formatFraction(s.precision)} | ${formatFraction(s.vendor)} | ${formatFraction(s.model)} | ${formatFraction(s.kind)} | ${formatFraction(s.modelClaimedWhereUnknown)} |`;
  const header = ['| set | recall | precision (labelled files) | vendor right | model right | kind right | model claimed where labels say unknowable |', '|---|---|---|---|---|---|---|'];
  const bySplit = {};
  lines.push('## Per split', '', ...header);
  for (const s of SPLITS) {
    const rs = perRepo.filter((r) => r.split === s);
    if (!rs.length) continue;
    bySplit[s] = summarise(rs.flatMap((r) => primary(r.fileResults)));
    lines.push(row(`${s} (${rs.length} repos)`, bySplit[s]));
  }
  // 'all' pools the first batch only (dev + held-out), so that its figures stay comparable with the baseline.
  const first = perRepo.filter((r) => FIRST_BATCH.includes(r.split));
  const all = summarise(first.flatMap((r) => primary(r.fileResults)));
  if (first.length) lines.push(row(`all of dev + heldout (${first.length} repos)`, all));
  const extra = perRepo.flatMap((r) => supplement(r.fileResults).map((f) => ({ ...f, split: r.split })));
  const bySupplement = {};
  for (const s of ['dev', 'heldout']) {
    const fs = extra.filter((f) => f.split === s);
    if (fs.length) { bySupplement[s] = summarise(fs); lines.push(row(`${s} supplement (labelled after the baseline scan)`, bySupplement[s])); }
  }
  lines.push('', 'Vendor, model and kind are counted among the calls found that have a labelled value. Per-repository rows cover the primary set.', '');
  lines.push('## Per repository', '', `${header[0]} scan s | calls in whole tree |`, `${header[1]}---|---|`);
  for (const r of perRepo) lines.push(`${row(`${r.repo} (${r.split})`, r.summary)} ${r.seconds.toFixed(1)} | ${r.callsInWholeRepo} |`);

  // Held-out repositories give figures only: their misses and mistakes are not listed unless asked for, so that nobody
  // tunes on them by accident (test/eval/detection/README.md).
  const detailed = perRepo.filter((r) => showHeldout || r.split !== 'heldout');
  if (detailed.length < perRepo.length) lines.push('', `Details below cover dev only (${detailed.length} repos); held-out repositories are summarised above and never listed (use --show-heldout only for the final report, never for tuning).`);
  const misses = detailed.flatMap((r) => r.fileResults.flatMap((f) => f.missed.map((m) => ({ ...m, split: r.split }))));
  const families = new Map();
  for (const m of misses) { const k = familyOf(m); if (!families.has(k)) families.set(k, []); families.get(k).push(m); }
  lines.push('', `## Misses (${misses.length}) grouped by idiom`, '');
  for (const [family, ms] of [...families].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`### ${family} — ${ms.length}`);
    const byIdiom = new Map();
    for (const m of ms) { const k = idiomOf(m); byIdiom.set(k, [...(byIdiom.get(k) ?? []), m]); }
    for (const [idiom, xs] of [...byIdiom].sort((a, b) => b[1].length - a[1].length)) lines.push(`- ${xs.length}× ${idiom} — ${xs.map((x) => `${x.repo}:${x.path}:${x.line}`).join(', ')}`);
    lines.push('');
  }
  const listed = (title, items) => lines.push(`## ${title} (${items.length})`, '', ...items.map((x) => `- ${x}`), '');
  const each = (fn) => detailed.flatMap((r) => r.fileResults.flatMap((f) => fn(r, f)));
  listed('False positives in labelled files', each((r, f) => f.falsePositives.map((x) => `${r.repo}:${f.path}:${x.line} (${x.api ?? '?'}, ${x.vendor ?? '?'}, ${x.model ?? 'no model'})`)));
  listed('Wrong vendor among calls found', each((r, f) => f.matched.filter(({ label, found }) => label.vendor != null && !vendorMatches(label.vendor, found.vendor)).map(({ label, found }) => `${r.repo}:${f.path}:${label.line}: labelled ${JSON.stringify(label.vendor)}, found ${JSON.stringify(found.vendor)}`)));
  listed('Wrong or missing model among calls found', each((r, f) => f.matched.filter(({ label, found }) => label.model != null && !modelMatches(label.model, found.model)).map(({ label, found }) => `${r.repo}:${f.path}:${label.line}: labelled ${JSON.stringify(label.model)}, found ${JSON.stringify(found.model)}`)));
  console.log(lines.join('\n'));
  return { spendlens: mainCommit, at: new Date().toISOString(), bySplit, all, bySupplement, perRepo: perRepo.map(({ fileResults, ...r }) => r), labels: labels.calls.length };
}

main();
