// Deprecation consistent across aliases and dated ids (issue #17 item 7): over the whole bundled catalog, an undated
// alias and the newest snapshot it names agree on deprecation and successor, entries of one snapshot agree, a snapshot
// older than a deprecated newest one is deprecated; no successor is retired, at the catalog's date (the build) nor at
// the day a call is checked (liveSuccessor follows the chain).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');

const catalog = JSON.parse(readFileSync(new URL('../../pricing/catalog.json', import.meta.url), 'utf8'));
const byId = new Map(catalog.models.map(m => [m.id, m]));
const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
const dep = id => [byId.get(id).deprecated, byId.get(id).successor ?? null];

test('model lines: an alias and its dated ids, both Claude name orders, -latest, Vertex @ and Bedrock -v1:0; regions apart', () => {
  const line = id => core.modelLine(id);
  assert.deepEqual(line('claude-opus-4-1-20250805'), { line: 'claude-opus-4-1', snapshot: '20250805' });
  assert.deepEqual(line('claude-4-opus-20250514'), line('claude-opus-4-20250514'));
  assert.deepEqual(line('grok-4-latest'), { line: 'grok-4', snapshot: null });
  assert.deepEqual(line('azure/gpt-4o-2024-11-20'), { line: 'azure/gpt-4o', snapshot: '20241120' });
  assert.deepEqual(line('bedrock/anthropic.claude-haiku-4-5@20251001'), line('bedrock/anthropic.claude-haiku-4-5-20251001-v1:0'));
  assert.notEqual(line('bedrock/eu.anthropic.claude-haiku-4-5-20251001-v1:0').line, line('bedrock/us.anthropic.claude-haiku-4-5-20251001-v1:0').line);
  assert.equal(line('gpt-4o-mini').line, 'gpt-4o-mini', 'another model, not a snapshot of gpt-4o');
  // 4-digit versions carry no year: they are snapshots but cannot be ordered
  assert.equal(core.newestSnapshot([{ id: 'm-0613', provider: 'p' }, { id: 'm-0125', provider: 'p' }]), null);
  assert.equal(core.newestSnapshot([{ id: 'm-2024-05-13', provider: 'p' }, { id: 'm-20241120', provider: 'p' }]), '20241120');
});

test('alignDeprecation: the alias takes its newest snapshot\'s date and successor, older snapshots are deprecated, unorderable ones left', () => {
  const models = [
    { id: 'acme-pro', provider: 'acme', mode: 'chat', deprecated: false },
    { id: 'acme-pro-latest', provider: 'acme', mode: 'chat', deprecated: false },
    { id: 'acme-pro-2025-03-01', provider: 'acme', mode: 'chat', deprecated: '2026-09-01', successor: 'acme-max' },
    { id: 'acme-pro-2024-06-01', provider: 'acme', mode: 'chat', deprecated: false },
    { id: 'acme-mini', provider: 'acme', mode: 'chat', deprecated: true, successor: 'acme-pro' },
    { id: 'acme-mini-0613', provider: 'acme', mode: 'chat', deprecated: '2025-01-01' },
    { id: 'acme-mini-0125', provider: 'acme', mode: 'chat', deprecated: false },
    { id: 'acme-lite', provider: 'acme', mode: 'chat', deprecated: false },
    { id: 'acme-lite-20250101', provider: 'acme', mode: 'embedding', deprecated: '2025-06-01' },
  ];
  core.alignDeprecation(models);
  const of = id => { const m = models.find(x => x.id === id); return [m.deprecated, m.successor ?? null]; };
  assert.deepEqual(of('acme-pro'), ['2026-09-01', 'acme-max']);
  assert.deepEqual(of('acme-pro-latest'), ['2026-09-01', 'acme-max']);
  assert.deepEqual(of('acme-pro-2024-06-01'), [true, 'acme-max'], 'older than a deprecated newest snapshot');
  assert.deepEqual(of('acme-mini'), [true, 'acme-pro'], 'which of 0613 / 0125 the alias names is unknown: left as it is');
  assert.deepEqual(of('acme-mini-0125'), [false, null]);
  assert.deepEqual(of('acme-lite'), [false, null], 'an embedding entry is not a snapshot of a chat model');
});

test('the bundled catalog: every line agrees (alias = newest snapshot, one snapshot\'s entries, older ones deprecated)', () => {
  const same = (a, b) => a.deprecated === b.deprecated && (a.successor ?? null) === (b.successor ?? null);
  let lines = 0;
  let checked = 0;
  for (const [key, entries] of core.modelLines(catalog.models)) {
    lines++;
    const newest = core.newestSnapshot(entries);
    const undated = entries.filter(m => core.modelLine(m.id).snapshot === null);
    const heads = newest === null ? undated : [...undated, ...entries.filter(m => !undated.includes(m) && core.snapshotsOf(m).includes(newest))];
    for (const m of heads) { assert.ok(same(m, heads[0]), `${key}: ${m.id} ${JSON.stringify(dep(m.id))} vs ${heads[0].id} ${JSON.stringify(dep(heads[0].id))}`); checked++; }
    for (const snap of new Set(entries.flatMap(core.snapshotsOf))) {
      const one = entries.filter(m => core.snapshotsOf(m).includes(snap));
      for (const m of one) assert.ok(same(m, one[0]), `${key} @${snap}: ${m.id} vs ${one[0].id}`);
    }
    if (newest !== null && heads.some(m => m.deprecated)) {
      for (const m of entries.filter(x => !heads.includes(x))) assert.ok(m.deprecated, `${m.id}: older than a deprecated ${key}`);
    }
  }
  assert.ok(lines > 50 && checked > 100, `${lines} lines, ${checked} entries checked`);
  // the cases that disagreed before the build aligned them
  assert.deepEqual(dep('claude-opus-4-1'), dep('claude-opus-4-1-20250805'));
  assert.deepEqual(dep('claude-opus-4-1'), ['2026-08-05', 'claude-opus-4-5']);
  assert.deepEqual(dep('claude-4-opus-20250514'), dep('claude-opus-4-20250514'));
  assert.deepEqual(dep('grok-4'), dep('grok-4-0709'));
  assert.deepEqual(dep('grok-4-latest'), dep('grok-4-0709'));
  assert.deepEqual(dep('azure/gpt-4o'), dep('azure/gpt-4o-2024-11-20'));
  assert.equal(byId.get('azure/gpt-4o-2024-05-13').deprecated, true);
  // a region's own shutdown date stays its own
  assert.equal(typeof byId.get('bedrock/eu.anthropic.claude-haiku-4-5-20251001-v1:0').deprecated, 'string');
  assert.equal(byId.get('bedrock/us.anthropic.claude-haiku-4-5-20251001-v1:0').deprecated, false);
});

test('no successor is retired: at the catalog\'s date every successor is live; on the day a call is checked the chain is followed', () => {
  for (const m of catalog.models) {
    if (!m.successor) continue;
    const next = book.lookup(m.successor)?.model;
    assert.ok(next, `${m.id} → ${m.successor} exists`);
    assert.ok(!core.deprecationInfo(next, new Date(`${catalog.updated}T00:00:00Z`)).past, `${m.id} → ${m.successor} retired at the catalog's date`);
  }
  const find = id => book.lookup(id)?.model;
  const opus3 = find('claude-3-opus-20240229');
  assert.equal(core.liveSuccessor(opus3, find, new Date('2026-07-01T00:00:00Z'))?.id, 'claude-opus-4-1', 'before Opus 4.1 shuts down');
  assert.equal(core.liveSuccessor(opus3, find, new Date('2026-12-03T00:00:00Z'))?.id, 'claude-opus-4-5', 'after: its own successor');
  assert.equal(core.liveSuccessor(find('gpt-4o'), find, new Date('2026-12-03T00:00:00Z')), null, 'no successor');
  // a chain that ends in a retired model gives none
  const a = { id: 'a', successor: 'b', deprecated: true };
  const b = { id: 'b', successor: 'a', deprecated: '2020-01-01' };
  assert.equal(core.liveSuccessor(a, id => ({ a, b })[id], new Date('2026-01-01T00:00:00Z')), null);
});
