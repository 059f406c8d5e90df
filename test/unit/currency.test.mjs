// A display currency with a stated rate (issue #17 item 7): amounts formatted in the team's currency, the rate and its
// date said, the team file checked (file and line on a bad value), the JSON report keeping USD and adding converted figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');

const fixture = new URL('../fixtures/currency/', import.meta.url).pathname;
const expected = JSON.parse(require('node:fs').readFileSync(join(fixture, 'eur/expected.json'), 'utf8'));
const eur = expected.currency;

test('formatMoney: USD unless a currency is set; then converted at its rate, with its sign (or code), by the same rounding rule', (t) => {
  t.after(() => core.setDisplayCurrency(null));
  core.setDisplayCurrency(null);
  assert.equal(core.formatMoney(0.0042), '$0.0042');
  assert.equal(core.moneySign(), '$');
  assert.equal(core.currencyNote(), '');
  core.setDisplayCurrency(eur);
  assert.equal(core.formatMoney(0.0042), '€0.0039');
  assert.equal(core.formatMoney(1234.5), '€1,136');
  assert.equal(core.formatMoney(-2), '−€1.84');
  assert.equal(core.formatMoney(null), '—');
  assert.equal(core.formatUsd(0.0042), '$0.0042', 'formatUsd stays USD');
  assert.equal(core.moneySign(), '€');
  assert.equal(core.currencyNote(), expected.note);
  core.setDisplayCurrency({ code: 'GBP', perUSD: 0.79, asOf: '2026-11-30' });
  assert.equal(core.formatMoney(10), '£7.90');
  assert.equal(core.currencyNote(), 'costs in GBP at 0.79 GBP per USD (rate of 2026-11-30; not fetched)');
  core.setDisplayCurrency({ code: 'CHF', perUSD: 0.88, asOf: '2026-11-30' });
  assert.equal(core.formatMoney(10), 'CHF 8.80', 'no sign of its own: the code');
  core.setDisplayCurrency({ code: 'USD', perUSD: 1, asOf: '2026-11-30' });
  assert.equal(core.displayCurrency(), null, 'USD is no conversion');
});

test('.spendlens/config.json `currency`: read and normalised; a bad one is reported by file, line and pointer and left out', () => {
  const problems = [];
  const team = core.loadTeamConfig(join(fixture, 'eur'), problems);
  assert.deepEqual(problems, []);
  assert.deepEqual(team.currency, eur);
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-currency-'));
  try {
    cpSync(join(fixture, 'bad'), dir, { recursive: true });
    const bad = [];
    assert.equal(core.loadTeamConfig(dir, bad).currency, undefined);
    assert.deepEqual(bad.map(p => [p.path, p.pointer, p.line]).sort(), [
      ['.spendlens/config.json', '/currency/asOf', 2], ['.spendlens/config.json', '/currency/code', 2], ['.spendlens/config.json', '/currency/perUSD', 2],
    ]);
    writeFileSync(join(dir, '.spendlens/config.json'), '{ "currency": { "code": "eur", "perUSD": 0.92 } }');
    const missing = [];
    assert.equal(core.loadTeamConfig(dir, missing).currency, undefined, 'a rate without its date is refused');
    assert.match(missing[0].message, /asOf/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the report keeps USD fields and adds the converted ones with the currency', async () => {
  const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
  const session = new core.Session({ root: join(fixture, 'eur'), book, observedPath: false });
  const report = await session.scanWorkspace();
  core.setDisplayCurrency(null);
  assert.deepEqual(report.currency, eur);
  assert.deepEqual(Object.fromEntries(report.calls.map(c => [`${c.file}:${c.line}`, c.model])), expected.calls);
  for (const c of report.calls) {
    assert.equal(c.converted.currency, 'EUR');
    assert.ok(Math.abs(c.converted.costPerCall - c.costPerCall * 0.92) < 1e-12, `${c.file}:${c.line}`);
    assert.ok(Math.abs(c.converted.monthlyCost - c.monthlyCost * 0.92) < 1e-9);
  }
  assert.ok(Math.abs(report.totals.converted.monthly - report.totals.monthly * 0.92) < 1e-9);
  assert.equal(report.totals.converted.currency, 'EUR');
  // finding messages are written in the currency too
  const opus = report.calls.find(c => c.model === 'claude-3-opus-20240229');
  const deprecated = opus.findings.find(f => f.code === 'deprecated-model');
  assert.equal(deprecated.data.successor, expected.deprecatedSuccessor);
  assert.match(deprecated.message, /\(€[\d.]+ → €[\d.]+\)/);
  // a Session analysing for a scan worker (its own process state) writes its findings in its team's currency too
  core.setDisplayCurrency(null);
  const worker = new core.Session({ root: join(fixture, 'eur'), book, observedPath: false });
  const pooled = await worker.analyzeForPool('src/app.ts');
  core.setDisplayCurrency(null);
  const pooledOpus = pooled.result.calls.find(c => c.model === 'claude-3-opus-20240229');
  assert.match(pooledOpus.findings.find(f => f.code === 'deprecated-model').message, /€/);
  // without a currency: no converted fields
  const plain = core.withConverted(report.calls.map(({ converted, ...c }) => c), { ...report.totals, converted: undefined }, undefined);
  assert.equal(plain.currency, undefined);
  assert.equal(plain.calls[0].converted, undefined);
});
