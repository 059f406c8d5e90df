// What calibrate keeps of each record is small: repeated values are shared (compact.ts), and sharing never lets one
// record's merge leak into another (dedupe replaces shared tag lists and code locations, never edits them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const core = createRequire(import.meta.url)('../../out/core.cjs');

const record = (over = {}) => ({
  format: 'otlp', file: 'spans.jsonl', line: 1, calls: 1, inputTokens: 10, outputTokens: 2,
  requestModel: ['gpt-4o', 'mini'].join('-'), code: { file: ['src', 'a.ts'].join('/'), line: 4, function: 'f' }, tags: [],
  ...over,
});

test('repeated models, code locations and tag lists are one shared value; the source index is kept', () => {
  const interner = new core.RecordInterner();
  const a = interner.compact(record({ tags: ['triage'] }), 0);
  const b = interner.compact(record({ tags: ['triage'] }), 1);
  assert.equal(a.code, b.code);
  assert.equal(a.tags, b.tags);
  assert.deepEqual([a.source, b.source], [0, 1]);
  assert.deepEqual(a.code, { file: 'src/a.ts', line: 4, function: 'f' });
  const c = interner.compact(record({ code: { file: 'src/a.ts', line: 5, function: 'f' } }), 0);
  assert.notEqual(a.code, c.code);
});

test('merging duplicates does not change the values other records share', () => {
  const interner = new core.RecordInterner();
  const first = interner.compact(record({ tags: ['triage'], dedupe: { responseId: 'r1' } }), 0);
  const again = interner.compact(record({ tags: ['triage', 'eu'], dedupe: { responseId: 'r1' } }), 1);
  const other = interner.compact(record({ tags: ['triage'], dedupe: { responseId: 'r2' } }), 0);
  const { records, duplicates, dropped } = core.dedupe([first, again, other]);
  assert.equal(duplicates, 1);
  assert.deepEqual(dropped.map(r => r.source), [1]);
  assert.deepEqual(records.find(r => r === first).tags, ['triage', 'eu']);
  assert.deepEqual(other.tags, ['triage'], 'the other record keeps its own tags');
  assert.equal(records.every(r => r.dedupe === undefined), true);
});
