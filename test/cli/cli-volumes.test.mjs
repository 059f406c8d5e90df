// Calls per month end to end through the CLI: inline `spendlens: N/month` comments, `.spendlens/usage.json`
// (by function and by file:line), the team default in `.spendlens/config.json`, and the built-in default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli, fixture, expectedOf, matches } from './cli-helpers.mjs';

for (const name of ['volumes', 'team-default']) {
  test(`volumes: ${name}`, () => {
    const expected = expectedOf(name);
    const r = cli(['scan', fixture(name), '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.warnings.filter(w => w.includes('.spendlens/') && w !== report.catalog.stale), [], 'the team files are valid');
    assert.deepEqual(report.calls.map(c => `${c.file}:${c.line}`), expected.calls.map(c => `${c.file}:${c.line}`));
    expected.calls.forEach((want, i) => {
      const got = report.calls[i];
      for (const [k, v] of Object.entries(want)) assert.ok(matches(got[k], v), `${want.file}:${want.line} ${k}: got ${JSON.stringify(got[k])}, want ${JSON.stringify(v)}`);
      assert.ok(Math.abs(got.monthlyCost - got.costPerCall * got.callsPerMonth) < 1e-9, 'monthly = per call × volume');
      // Every volume is named in the call's assumptions, the default one as a default.
      const said = got.assumptions.find(a => a.includes(`${got.callsPerMonth} calls/month`));
      assert.ok(said, `${want.file}:${want.line} lists its volume: ${got.assumptions.join(' | ')}`);
      if (got.callsPerMonthSource === 'default') assert.match(said, /default/);
    });
  });
}

test('volumes: the table marks default volumes with * and the total uses every volume', () => {
  const json = JSON.parse(cli(['scan', fixture('volumes'), '--format', 'json']).stdout);
  const table = cli(['scan', fixture('volumes')]).stdout;
  assert.match(table, /src\/summarize\.ts:38 .* 1k\* /);
  assert.match(table, /src\/summarize\.ts:7 .* 20k /);
  const sum = json.calls.reduce((s, c) => s + c.costPerCall * c.callsPerMonth, 0);
  assert.ok(Math.abs(json.totals.monthly - sum) < 1e-9);
});

test('volumes: a broken usage.json stops the CLI (exit 2) naming its path, line, column and pointer', async () => {
  const { mkdtempSync, cpSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-vol-'));
  try {
    cpSync(fixture('volumes'), dir, { recursive: true });
    writeFileSync(join(dir, '.spendlens/usage.json'), '{ "callsPerMonth": { "src/summarize.ts#summarize": "lots" } }');
    const r = cli(['scan', dir, '--format', 'json']);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /\.spendlens\/usage\.json:1:52 \(at \/callsPerMonth\/src~1summarize\.ts#summarize\): must be number/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
