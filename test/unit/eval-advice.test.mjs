// Integrity of the advice evaluation set (test/eval/advice) and the runner's interval arithmetic.
// The evaluation itself (npm run eval:advice) is not run here: it measures, it does not pass or fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { wilson, matchCalls, score, parseArgs } from '../../scripts/eval/advice.mjs';
import { render } from '../eval/advice/render.mjs';

const DIR = new URL('../eval/advice/', import.meta.url).pathname;
const { cases } = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8'));
const LABELS = ['simple', 'moderate', 'complex'];

const caseFiles = readdirSync(join(DIR, 'cases'), { recursive: true })
  .map(String)
  .filter((f) => /\.(ts|py)$/.test(f))
  .map((f) => f.split('\\').join('/'));

test('every case file has exactly one label and every label names an existing file', () => {
  const labelled = cases.map((c) => c.file);
  assert.equal(new Set(labelled).size, labelled.length, 'a file is labelled twice');
  assert.deepEqual([...labelled].sort(), [...caseFiles].sort());
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length, 'duplicate case id');
});

test('cases/ and labels.json are exactly what the hand-written specs give (no hand edits drift)', async () => {
  const { files, labels } = await render();
  for (const [f, text] of files) assert.equal(readFileSync(join(DIR, 'cases', f), 'utf8'), text, `cases/${f} is out of date`);
  assert.deepEqual(cases, labels.cases);
});

test('each label is well-formed and its line holds the start of a call', () => {
  for (const c of cases) {
    assert.ok(LABELS.includes(c.label), `${c.id}: label ${c.label}`);
    assert.ok(['dev', 'heldout', 'fresh'].includes(c.split), `${c.id}: split ${c.split}`);
    assert.ok(c.rationale && c.rationale.length > 5, `${c.id}: rationale`);
    assert.ok(c.file.startsWith(`${c.language}/`), `${c.id}: file under its language folder`);
    const line = readFileSync(join(DIR, 'cases', c.file), 'utf8').split('\n')[c.line - 1] ?? '';
    assert.match(line, /[\w\]]\s*\(\s*[[{]?\s*$/, `${c.file}:${c.line} is not where a call starts: ${line}`);
  }
});

test('the set is large and varied enough: ≥ 300 calls, ≥ 100 moderate or complex, ≥ 8 languages', () => {
  assert.ok(cases.length >= 300, `${cases.length} cases`);
  assert.ok(cases.filter((c) => c.label !== 'simple').length >= 100);
  assert.ok(new Set(cases.map((c) => c.language)).size >= 8);
});

test('dev and heldout each hold all three labels and ≥ 8 languages; every held-out language is in dev', () => {
  const langs = (s) => new Set(cases.filter((c) => c.split === s).map((c) => c.language));
  for (const split of ['dev', 'heldout']) {
    const inSplit = cases.filter((c) => c.split === split);
    for (const label of LABELS) assert.ok(inSplit.some((c) => c.label === label), `${split} lacks ${label}`);
    assert.ok(langs(split).size >= 8, `${split}: ${langs(split).size} languages`);
  }
  // The tuning batch (specs/dev2) adds languages the phrase tables do not cover to dev only.
  for (const l of langs('heldout')) assert.ok(langs('dev').has(l), `${l} is in heldout but not in dev`);
});

test('the tuning batches (specs/dev2, dev3, dev4…) are all in dev, and the first batch keeps its split', () => {
  const tuning = cases.filter((c) => /^d\d+-/.test(c.id.split('/')[1]));
  for (const batch of ['d2', 'd3', 'd4']) assert.ok(tuning.some((c) => c.id.includes(`/${batch}-`)), batch);
  for (const c of tuning) assert.equal(c.split, 'dev', c.id);
  assert.equal(cases.filter((c) => c.split === 'heldout').length, 163);
});

test('the later "fresh" split, when present, also holds all three labels and ≥ 8 languages', () => {
  const fresh = cases.filter((c) => c.split === 'fresh');
  if (!fresh.length) return;
  for (const label of LABELS) assert.ok(fresh.some((c) => c.label === label), `fresh lacks ${label}`);
  assert.ok(new Set(fresh.map((c) => c.language)).size >= 8);
});

test('wilson: known values', () => {
  const close = (a, b) => assert.ok(Math.abs(a - b) < 5e-4, `${a} vs ${b}`);
  let w = wilson(0, 10); // 0/10: [0, 0.2775]
  close(w.low, 0);
  close(w.high, 0.2775);
  w = wilson(5, 10); // 5/10: [0.2366, 0.7634]
  close(w.low, 0.2366);
  close(w.high, 0.7634);
  w = wilson(81, 263); // Wilson's classic example: [0.2553, 0.3662]
  close(w.low, 0.2553);
  close(w.high, 0.3662);
  w = wilson(10, 10);
  close(w.low, 0.7225);
  close(w.high, 1);
  assert.equal(wilson(0, 0), null);
});

test('matching: exact line, nearest call in the file, or reported as not found', () => {
  const labels = [
    { id: 'a', file: 'x/a.ts', line: 5, label: 'simple', language: 'x', split: 'dev' },
    { id: 'b', file: 'x/b.py', line: 9, label: 'complex', language: 'x', split: 'dev' },
    { id: 'c', file: 'x/c.py', line: 3, label: 'moderate', language: 'x', split: 'dev' },
  ];
  const report = {
    calls: [
      { file: 'x/a.ts', line: 5, model: 'gpt-4o', suggestion: { model: 'gpt-4o-mini' } },
      { file: 'x/b.py', line: 4, model: 'gpt-4o', suggestion: { model: 'gpt-4o-2', kind: 'newer' } },
    ],
  };
  const [a, b, c] = matchCalls(labels, report);
  assert.equal(a.match, 'exact');
  assert.equal(a.downgrade, true, 'a suggestion without kind counts as a downgrade');
  assert.equal(b.match, 'line 4');
  assert.equal(b.downgrade, false, 'a non-downgrade kind is not a downgrade');
  assert.equal(b.anySuggestion, true);
  assert.equal(c.found, false);
  const s = score([a, b, c]);
  assert.deepEqual([s.simpleDowngrade.k, s.simpleDowngrade.n, s.complexDowngraded.k, s.notFound], [1, 1, 0, 1]);
});

test('arguments: no --split means dev and heldout; a bad split is a usage error (exit 2)', () => {
  assert.equal(parseArgs([]).split, 'default');
  assert.deepEqual(parseArgs(['--split', 'fresh', '--json']), { split: 'fresh', json: true, cases: false, build: false });
  assert.throws(() => parseArgs(['--split', 'test']), (e) => e.exitCode === 2);
  assert.throws(() => parseArgs(['--bogus']), (e) => e.exitCode === 2);
});
