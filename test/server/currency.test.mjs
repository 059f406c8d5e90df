// The display currency in the language server, over stdio against the BUILT server: with `currency` in the team's
// .spendlens/config.json the lens, the hover (which states the rate and its date), the findings, the status bar's
// totals and the panel's report are in that currency; the report keeps USD and adds the converted figures.
// Fixture: test/fixtures/currency/eur (shared with the unit and CLI tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, repo } from './lsp-client.mjs';

const source = join(repo, 'test/fixtures/currency/eur');
const expected = JSON.parse(readFileSync(join(source, 'expected.json'), 'utf8'));

test('lens, hover, findings, totals and report in EUR with the stated rate', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-currency-'));
  cpSync(source, dir, { recursive: true });
  const client = new LspClient({ settings: { showMonthly: true } });
  try {
    await client.initialize(pathToFileURL(dir).href);
    const totals = await client.waitFor(() => client.totals.findLast(t => t.complete && t.calls === 2), 20000, 'indexed totals');
    assert.deepEqual(totals.currency, expected.currency, 'the status bar is told the currency');
    assert.ok(totals.monthly > 0, 'totals stay USD (the client converts)');

    const uri = await client.open(dir, 'src/app.ts');
    const lenses = await client.lenses(uri);
    const lens = lenses.find(l => l.range.start.line === 7)?.command.title;
    assert.match(lens, /^≈ €[\d.]+\/call · .* · gpt-4o · €[\d.]+\/mo\*$/, lens);
    assert.ok(lenses.every(l => !/\$\d/.test(l.command.title)), lenses.map(l => l.command.title).join(' | '));

    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 20 } });
    assert.match(hover.contents.value, /\*\*Cost\*\* ≈ €[\d.]+ per call/);
    assert.ok(hover.contents.value.includes('costs in EUR at 0.92 EUR per USD'), hover.contents.value);
    assert.match(hover.contents.value, /rate of 2026-11-30, ECB reference rate; not fetched\); prices per 1M tokens in USD/);
    assert.match(hover.contents.value, /\*\*Prices\*\* \$2\.50 \/ 1M in/, 'catalog prices stay USD');

    const report = await client.request('spendlens/workspaceReport', {});
    assert.deepEqual(report.currency, expected.currency);
    const opus = report.calls.find(c => c.model === 'claude-3-opus-20240229');
    assert.equal(opus.converted.currency, 'EUR');
    assert.ok(Math.abs(opus.converted.costPerCall - opus.costPerCall * 0.92) < 1e-12);
    assert.match(opus.findings.find(f => f.code === 'deprecated-model').message, /→ use claude-opus-4-5: .*\(€[\d.]+ → €[\d.]+\)/);
  } finally {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});
