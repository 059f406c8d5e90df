// Integrity of the advice evaluation on real prompts (test/eval/advice-wild/labels.json) and the runner's pure parts:
// argument parsing, the split rule, pairing report calls with labels, the catalog tier lookup, and the exit code when
// mirrors are missing. Nothing here needs the network or the mirrors: the evaluation itself measures, it is not a test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LABELS, SPLITS, balancedRepoSplit, catalogTier, checkLabels, pairFile, parseArgs } from '../../scripts/eval/advice-wild-lib.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const labels = JSON.parse(readFileSync(join(ROOT, 'test/eval/advice-wild/labels.json'), 'utf8'));
const catalog = JSON.parse(readFileSync(join(ROOT, 'pricing/catalog.json'), 'utf8'));
const clone = (x) => JSON.parse(JSON.stringify(x));

test('labels.json is well formed: fields, labels, languages, commits, one split per repository by the rule', () => {
  assert.deepEqual(checkLabels(labels), []);
  assert.ok(labels.cases.length >= 120, `${labels.cases.length} cases`);
  assert.ok(labels.repos.length >= 15, `${labels.repos.length} repositories`);
  const nonEnglish = new Set(labels.cases.filter((c) => c.language !== 'en').map((c) => c.repo));
  assert.ok(nonEnglish.size >= 3, 'at least three repositories with non-English prompts');
  for (const c of labels.cases) {
    assert.deepEqual(Object.keys(c).sort(), ['commit', 'file', 'label', 'language', 'line', 'model', 'rationale', 'repo', 'split']);
    assert.ok(LABELS.includes(c.label) && SPLITS.includes(c.split));
  }
  const sizes = ['dev', 'heldout'].map((s) => labels.cases.filter((c) => c.split === s).length);
  assert.ok(Math.abs(sizes[0] - sizes[1]) <= labels.cases.length * 0.25, `splits about half each: ${sizes}`);
});

test('checkLabels names each kind of defect', () => {
  const broken = clone(labels);
  broken.cases[0].label = 'easy';
  broken.cases[1].line = 0;
  broken.cases[2].file = '../outside.py';
  broken.cases[3].split = broken.cases[3].split === 'dev' ? 'heldout' : 'dev';
  broken.cases[4].rationale = ' ';
  broken.cases[5].commit = 'f'.repeat(40);
  broken.cases.push({ ...broken.cases[6] });
  broken.repos[0].commit = 'abc';
  const problems = checkLabels(broken).join('\n');
  for (const want of ['label must be one of', 'line must be a positive integer', 'file must be a relative', 'split differs', 'rationale missing', 'commit differs', 'labelled twice', 'commit is not a 40-hex id']) {
    assert.match(problems, new RegExp(want), want);
  }
  const moved = clone(labels);
  const repo = moved.repos[0];
  repo.split = repo.split === 'dev' ? 'heldout' : 'dev';
  for (const c of moved.cases) if (c.repo === repo.repo) c.split = repo.split;
  assert.match(checkLabels(moved).join('\n'), /does not follow the rule/);
  assert.deepEqual(checkLabels({}), ['labels.json must hold "repos" and "cases" arrays']);
  // Repositories added after the first run (split fresh) are outside the dev/heldout rule, but still one split each.
  const later = clone(labels);
  const fresh = later.repos.find((r) => r.split === 'fresh');
  assert.ok(fresh, 'the set has a fresh split');
  later.cases.find((c) => c.repo === fresh.repo).split = 'dev';
  assert.match(checkLabels(later).join('\n'), /split differs from the repository's/);
});

test('the split rule keeps repositories whole and balances the cases, whatever order the repositories come in', () => {
  const counts = new Map([['a/one', 40], ['b/two', 3], ['c/three', 7], ['d/four', 22], ['e/five', 9], ['f/six', 15]]);
  const split = balancedRepoSplit(counts);
  const reversed = balancedRepoSplit(new Map([...counts].reverse()));
  assert.deepEqual([...split].sort(), [...reversed].sort());
  const size = (s) => [...split].filter(([, v]) => v === s).reduce((n, [r]) => n + counts.get(r), 0);
  assert.ok(Math.abs(size('dev') - size('heldout')) <= 40, `${size('dev')} / ${size('heldout')}`);
  assert.deepEqual(new Set(split.values()), new Set(['dev', 'heldout']));
});

test('parseArgs: --mirrors is required; split, flags and bad input', () => {
  assert.deepEqual(parseArgs(['--mirrors', '/m']), { mirrors: '/m', split: 'all', cases: false, json: false, build: false, showHeldout: false });
  assert.deepEqual(parseArgs(['--mirrors=/m', '--split', 'dev', '--cases', '--json', '--build', '--show-heldout']), { mirrors: '/m', split: 'dev', cases: true, json: true, build: true, showHeldout: true });
  assert.equal(parseArgs(['--mirrors', '/m', '--split=heldout']).split, 'heldout');
  assert.equal(parseArgs(['--mirrors', '/m', '--split', 'fresh']).split, 'fresh');
  for (const bad of [[], ['--split', 'dev'], ['--mirrors'], ['--mirrors', '--json'], ['--mirrors', '/m', '--split', 'later'], ['--mirrors', '/m', '--verbose']]) {
    assert.throws(() => parseArgs(bad), (e) => e.exitCode === 2 && /usage: npm run eval:advice-wild/.test(e.message), bad.join(' '));
  }
});

test('pairFile pairs by line within the call span, one to one, and reads downgrade suggestions', () => {
  const cases = [
    { repo: 'o/r', file: 'a.py', line: 10, label: 'simple', language: 'en', split: 'dev' },
    { repo: 'o/r', file: 'a.py', line: 30, label: 'complex', language: 'en', split: 'dev' },
    { repo: 'o/r', file: 'a.py', line: 50, label: 'moderate', language: 'ja', split: 'dev' },
  ];
  const calls = [
    { file: 'a.py', line: 10, model: 'gpt-4o', suggestion: { kind: 'downgrade', model: 'gpt-4o-mini' } },
    { file: 'a.py', line: 29, model: 'gpt-4o', suggestion: { kind: 'newer-same-tier', model: 'x' } },
    { file: 'a.py', line: 70, model: 'gpt-4o' },
  ];
  const [simple, complex, moderate] = pairFile(cases, calls);
  assert.deepEqual([simple.found, simple.match, simple.downgrade, simple.anySuggestion], [true, 'exact', true, true]);
  assert.deepEqual([complex.found, complex.match, complex.downgrade, complex.anySuggestion], [true, 'line 29', false, true]);
  assert.deepEqual([moderate.found, moderate.downgrade], [false, false]);
  // A call that spans several lines (its end offset) pairs with a label inside it; a second label cannot take it too.
  const text = 'x = client.create(\n  model="m",\n  messages=[],\n)\n';
  const spanned = pairFile([{ line: 3 }, { line: 4 }], [{ file: 'a.py', line: 1, end: text.length - 2 }], text);
  assert.deepEqual(spanned.map((r) => r.found), [true, false]);
});

test('catalogTier reads the catalog by id or alias, ignoring case', () => {
  assert.equal(catalogTier(catalog, 'gpt-4o'), 'large');
  assert.equal(catalogTier(catalog, 'GPT-4O-2024-08-06'), 'large');
  assert.equal(catalogTier(catalog, 'gpt-4o-mini'), 'small');
  assert.equal(catalogTier(catalog, null), null);
  assert.equal(catalogTier(catalog, 'no-such-model-xyz'), null);
});

test('the runner exits 2 with a clear message when mirrors are missing, before scanning anything', () => {
  const empty = mkdtempSync(join(tmpdir(), 'advice-wild-mirrors-'));
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/eval/advice-wild.mjs'), '--mirrors', empty, '--split', 'dev'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing mirrors under/);
    const devRepo = labels.repos.find((x) => x.split === 'dev');
    assert.ok(r.stderr.includes(`${devRepo.repo}@${devRepo.commit}`));
    assert.ok(!labels.repos.filter((x) => x.split === 'heldout').some((x) => r.stderr.includes(x.repo)), 'only the asked split is checked');
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
