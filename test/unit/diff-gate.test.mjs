// The --fail-on-increase gate (src/core/diff/gate.ts): thresholds in percent, dollars or both, and new spend from a
// base of $0 judged by its dollars.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
const core = createRequire(import.meta.url)('../../out/core.cjs');

/** The totals a verdict reads, as diffReports computes them. */
const diff = (baseTotal, headTotal) => ({
  baseTotal, headTotal, totalDelta: headTotal - baseTotal, totalDeltaPct: baseTotal > 0 ? ((headTotal - baseTotal) / baseTotal) * 100 : null,
});

test('thresholds: 20%, a bare 20 (percent), $50, both with a comma; anything else is an error', () => {
  assert.deepEqual(core.parseIncreaseThreshold('20%'), { pct: 20 });
  assert.deepEqual(core.parseIncreaseThreshold('12.5'), { pct: 12.5 });
  assert.deepEqual(core.parseIncreaseThreshold('$50'), { usd: 50 });
  assert.deepEqual(core.parseIncreaseThreshold('20%,$50'), { pct: 20, usd: 50 });
  assert.deepEqual(core.parseIncreaseThreshold('$50 10%'), { pct: 10, usd: 50 });
  for (const bad of ['', 'x', '-5%', '$5%', '20%,30%', '$1,$2', '5$']) assert.equal(typeof core.parseIncreaseThreshold(bad), 'string', bad);
});

test('a small base: $1 → $1.30 passes 20% with a $50 floor, fails 20% alone', () => {
  assert.equal(core.judgeIncrease(diff(1, 1.3), { pct: 20, usd: 50 }).exceeded, false);
  assert.equal(core.judgeIncrease(diff(1, 1.3), { pct: 20 }).exceeded, true);
});

test('a large base: $40k → $47k (+17.5%) passes 20%, fails $50, fails 10% with a $50 floor', () => {
  assert.equal(core.judgeIncrease(diff(40000, 47000), { pct: 20 }).exceeded, false);
  const v = core.judgeIncrease(diff(40000, 47000), { usd: 50 });
  assert.equal(v.exceeded, true);
  assert.match(v.text, /rises \+\$7,000\/month \(\+17\.5%\), \$40,000 → \$47,000\/month, above the threshold of \$50(\.00)?\/month/);
  assert.equal(core.judgeIncrease(diff(40000, 47000), { pct: 10, usd: 50 }).exceeded, true);
});

test('from a base of $0 the new spend is judged by its dollars', () => {
  assert.equal(core.judgeIncrease(diff(0, 30), { pct: 20 }).exceeded, false, 'no percentage of $0');
  assert.equal(core.judgeIncrease(diff(0, 30), { pct: 20, usd: 50 }).exceeded, false);
  assert.equal(core.judgeIncrease(diff(0, 80), { pct: 20, usd: 50 }).exceeded, true);
  assert.match(core.judgeIncrease(diff(0, 80), { usd: 50 }).text, /new spend \+\$80(\.00)?\/month, \$0 → \$80(\.00)?\/month, above \$50(\.00)?\/month/);
});

test('a cheaper or equal head never fails', () => {
  for (const t of [{ pct: 0 }, { usd: 0 }, { pct: 0, usd: 0 }]) {
    assert.equal(core.judgeIncrease(diff(100, 60), t).exceeded, false);
    assert.equal(core.judgeIncrease(diff(100, 100), t).exceeded, false);
  }
});
