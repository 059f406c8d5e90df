// `spendlens scan` in the team's display currency (.spendlens/config.json `currency`): the table and Markdown show costs
// in it and state the rate and its date; JSON keeps USD and adds the converted figures; a bad currency stops with 2.
// Fixtures: test/fixtures/currency/ (shared with the unit and server tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, repoRoot } from './cli-helpers.mjs';

const dir = name => join(repoRoot, 'test/fixtures/currency', name);
const expected = JSON.parse(readFileSync(join(dir('eur'), 'expected.json'), 'utf8'));

test('table and Markdown: costs in EUR with the rate and its date', () => {
  const table = cli(['scan', dir('eur')]);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /€\/call .* €\/month/);
  assert.match(table.stdout, /Total: ≈€[\d.]+\/month/);
  assert.ok(table.stdout.includes(expected.note), table.stdout);
  assert.doesNotMatch(table.stdout.split('\nPrices:')[0], /\$\d/, 'no dollar amount above the footer');
  const md = cli(['scan', dir('eur'), '--format', 'markdown']);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /\| €\/call \| Calls\/mo \| €\/month \|/);
  assert.ok(md.stdout.includes(expected.note));
});

test('JSON: USD fields as they are, converted figures beside them with the currency', () => {
  const r = cli(['scan', dir('eur'), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.currency, expected.currency);
  for (const c of report.calls) {
    assert.equal(typeof c.costPerCall, 'number');
    assert.deepEqual(c.converted, { currency: 'EUR', costPerCall: Number((c.costPerCall * 0.92).toPrecision(12)), monthlyCost: Number((c.monthlyCost * 0.92).toPrecision(12)) });
  }
  assert.equal(report.totals.converted.monthly, Number((report.totals.monthly * 0.92).toPrecision(12)));
  const opus = report.calls.find(c => c.model === 'claude-3-opus-20240229');
  assert.match(opus.findings.find(f => f.code === 'deprecated-model').message, /€/);
});

test('a bad currency in config.json stops the scan with exit 2, naming the file, line and value', () => {
  const r = cli(['scan', dir('bad')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /config\.json:2:\d+.*\/currency\/code/);
  assert.match(r.stderr, /\/currency\/perUSD/);
  assert.match(r.stderr, /\/currency\/asOf/);
});

test('--currency CODE:PER_USD:DATE overrides config.json for one run; a malformed one is a usage error (exit 2)', () => {
  const r = cli(['scan', dir('eur'), '--currency', 'gbp:0.79:2026-12-01', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.currency, { code: 'GBP', perUSD: 0.79, asOf: '2026-12-01', source: '--currency' });
  for (const c of report.calls) assert.equal(c.converted.costPerCall, Number((c.costPerCall * 0.79).toPrecision(12)));
  const table = cli(['scan', dir('eur'), '--currency', 'GBP:0.79:2026-12-01']);
  assert.match(table.stdout, /Total: ≈£[\d.]+\/month/);
  assert.ok(table.stdout.includes('costs in GBP at 0.79 GBP per USD (rate of 2026-12-01, --currency; not fetched)'), table.stdout);
  for (const bad of ['EUR', 'EUR:0:2026-11-30', 'EURO:0.9:2026-11-30', 'EUR:0.92:30.11.2026']) {
    const b = cli(['scan', dir('eur'), '--currency', bad]);
    assert.equal(b.code, 2, bad);
    assert.match(b.stderr, /--currency expects CODE:PER_USD:YYYY-MM-DD/);
  }
});
