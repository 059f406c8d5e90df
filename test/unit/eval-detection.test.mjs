// The detection evaluation's labels and arithmetic (issue #16). The evaluation itself needs the repositories' mirrors
// and runs with `npm run eval:detection`, not here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkLabels, formatFraction, lineOfOffset, matchFile, modelMatches, splitRepos, summarise, vendorMatches, wilson } from '../../scripts/eval/detection-lib.mjs';

const labels = JSON.parse(readFileSync(new URL('../eval/detection/labels.json', import.meta.url), 'utf8'));
const split = JSON.parse(readFileSync(new URL('../eval/detection/split.json', import.meta.url), 'utf8'));

test('labels and split are consistent', () => {
  assert.deepEqual(checkLabels(labels, split), []);
  assert.ok(labels.calls.length >= 250, `only ${labels.calls.length} labelled calls`);
  const counts = { dev: 0, heldout: 0 };
  for (const r of split.repos) counts[r.split]++;
  assert.ok(Math.abs(counts.dev - counts.heldout) <= 1, `split is not half and half: ${JSON.stringify(counts)}`);
  for (const lang of ['python', 'typescript', 'javascript']) assert.ok(labels.calls.some((c) => c.language === lang), `no ${lang} call`);
});

test('the integrity check catches broken labels', () => {
  const broken = structuredClone(labels);
  const neg = broken.files.find((f) => f.role === 'negative');
  broken.calls.push({ ...broken.calls[0], path: neg.path, repo: neg.repo, line: 1 });
  broken.calls.push({ ...broken.calls[1] });
  broken.calls.push({ ...broken.calls[2], line: 0, kind: 'telepathy' });
  broken.calls.push({ ...broken.calls[3], line: 99999, set: 'supplement' });
  broken.repos[0] = { ...broken.repos[0], commit: 'abc' };
  const wrongSplit = structuredClone(split);
  wrongSplit.repos[0].split = wrongSplit.repos[0].split === 'dev' ? 'heldout' : 'dev';
  const problems = checkLabels(broken, wrongSplit).join('\n');
  for (const p of ['call in a file marked negative', 'labelled twice', 'line must be a positive integer', 'unknown kind telepathy', 'commit is not a 40-hex id', 'does not follow the rule', 'belong to different sets']) assert.match(problems, new RegExp(p));
});

test('the dev2 batch is a split of its own, outside the sha256 rule', () => {
  const dev2 = labels.repos.filter((r) => r.batch === 'dev2').map((r) => r.repo);
  assert.ok(dev2.length >= 6, `dev2 has ${dev2.length} repositories`);
  for (const repo of dev2) assert.equal(split.repos.find((r) => r.repo === repo)?.split, 'dev2', repo);
  assert.ok(labels.calls.filter((c) => dev2.includes(c.repo)).length >= 50);
  // Adding dev2 did not move any first-batch repository between dev and held-out.
  const first = splitRepos(labels.repos.filter((r) => !r.batch).map((r) => r.repo));
  for (const e of first) assert.equal(split.repos.find((r) => r.repo === e.repo).split, e.split, e.repo);
  const moved = structuredClone(split);
  moved.repos.find((r) => r.repo === dev2[0]).split = 'dev';
  assert.match(checkLabels(labels, moved).join('\n'), /does not follow the rule \(dev2\)/);
  const unknown = structuredClone(labels);
  unknown.repos.find((r) => r.repo === dev2[0]).batch = 'dev9';
  assert.match(checkLabels(unknown, split).join('\n'), /unknown batch dev9/);
});

test('split rule is deterministic and alternates over the sha256 order', () => {
  const s = splitRepos(['b/b', 'a/a', 'c/c', 'd/d']);
  assert.deepEqual(s.map((r) => r.split), ['dev', 'heldout', 'dev', 'heldout']);
  assert.deepEqual(splitRepos(['d/d', 'c/c', 'b/b', 'a/a']).map((r) => r.repo), s.map((r) => r.repo));
});

test('Wilson score interval', () => {
  assert.equal(wilson(0, 0), null);
  const close = (a, b) => assert.ok(Math.abs(a - b) < 5e-4, `${a} != ${b}`);
  const [lo, hi] = wilson(5, 10);
  close(lo, 0.2366); close(hi, 0.7634);
  const [lo2, hi2] = wilson(10, 10);
  close(lo2, 0.7225); assert.equal(hi2, 1);
  const [lo3, hi3] = wilson(0, 20);
  assert.equal(lo3, 0); close(hi3, 0.1611);
  const [lo4, hi4] = wilson(62, 100);
  close(lo4, 0.5221); close(hi4, 0.7088);
  assert.equal(formatFraction({ k: 5, n: 10, rate: 0.5, ci: wilson(5, 10) }), '50 % (5/10; 95 % CI 24–76)');
});

test('matching: one to one, span plus two lines of slack, ignored lines set aside', () => {
  const L = (line, extra = {}) => ({ line, note: 'n', vendor: 'openai', model: 'gpt-4o', kind: 'chat', ...extra });
  const F = (line, endLine = line, extra = {}) => ({ line, endLine, vendor: 'openai', model: 'gpt-4o', kind: 'chat', ...extra });
  const r = matchFile([L(10), L(12), L(40)], [F(9, 14), F(12), F(30), F(50, 51)], [52]);
  assert.deepEqual(r.matched.map((m) => [m.label.line, m.found.line]), [[12, 12], [10, 9]]);
  assert.deepEqual(r.missed.map((m) => m.line), [40]);
  assert.deepEqual(r.falsePositives.map((f) => f.line), [30]);
  assert.deepEqual(r.ignored.map((f) => f.line), [50]);
  // a label 3 lines after a one-line call is not a match
  assert.equal(matchFile([L(13)], [F(10)]).matched.length, 0);
});

test('vendor and model comparison', () => {
  assert.ok(vendorMatches('google', 'gemini'));
  assert.ok(vendorMatches(['fireworks', 'openai'], 'openai'));
  assert.ok(vendorMatches('self-hosted', 'self_hosted'));
  assert.ok(!vendorMatches('azure', 'openai'));
  assert.ok(!vendorMatches('openai', null));
  assert.ok(modelMatches('anthropic/claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20240620'));
  assert.ok(modelMatches(['gemini-2.5-flash', 'gpt-4o-mini'], 'GPT-4o-mini'));
  assert.ok(!modelMatches('gpt-4o', 'gpt-4o-mini'));
  assert.ok(!modelMatches('gpt-4o', ''));
});

test('summary counts vendor and model only where the label knows them', () => {
  const fileResult = matchFile(
    [{ line: 1, vendor: 'openai', model: 'gpt-4o', kind: 'chat', note: 'n' }, { line: 20, vendor: null, model: null, kind: 'embedding', note: 'model from env' }, { line: 40, vendor: 'openai', model: 'x', kind: 'chat', note: 'n' }],
    [{ line: 1, endLine: 3, vendor: 'openai', model: 'gpt-4o-mini', kind: 'chat' }, { line: 20, endLine: 20, vendor: 'openai', model: 'text-embedding-3-small', kind: 'embedding' }, { line: 70, endLine: 70, vendor: 'openai', model: null, kind: 'chat' }],
  );
  const s = summarise([fileResult]);
  assert.deepEqual([s.recall.k, s.recall.n], [2, 3]);
  assert.deepEqual([s.precision.k, s.precision.n], [2, 3]);
  assert.deepEqual([s.vendor.k, s.vendor.n], [1, 1]);
  assert.deepEqual([s.model.k, s.model.n], [0, 1]);
  assert.deepEqual([s.modelClaimedWhereUnknown.k, s.modelClaimedWhereUnknown.n], [1, 1]);
});

test('lineOfOffset', () => {
  assert.equal(lineOfOffset('a\nb\nc', 0), 1);
  assert.equal(lineOfOffset('a\nb\nc', 2), 2);
  assert.equal(lineOfOffset('a\nb\nc', 99), 3);
});
