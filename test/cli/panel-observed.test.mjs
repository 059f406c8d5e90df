// The panel's observed-usage columns: the volume source and observed $/call against the static estimate, from a
// real report of the calibrated fixture (test/fixtures/observed/app + otlp-stable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, loadWebview, repoRoot } from './cli-helpers.mjs';

test('panel rows carry the volume source and observed vs estimated', async () => {
  const vm = await loadWebview('viewModel');
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-panel-obs-'));
  try {
    cpSync(join(repoRoot, 'test/fixtures/observed/app'), dir, { recursive: true });
    assert.equal(cli(['calibrate', '--from', join(repoRoot, 'test/fixtures/observed/otlp-stable/spans.jsonl'), dir]).code, 0);
    const report = JSON.parse(cli(['scan', dir, '--format', 'json']).stdout);
    const rows = vm.rowsFromReports([report]);
    const at = file => rows.find(r => r.file === file);
    assert.equal(at('src/lib/reply.ts').volumeSource, 'observed');
    assert.equal(at('src/workers/tagger.ts').volumeSource, 'observed (spread)');
    assert.equal(at('src/workers/classify.ts').volumeSource, 'comment');
    assert.equal(at('py/jobs.py').volumeSource, 'default');
    const reply = at('src/lib/reply.ts');
    assert.equal(reply.observed.inputTokensMean, 850);
    const pct = Math.round((reply.costPerCall / reply.observed.estimatedCostPerCall - 1) * 100);
    assert.equal(vm.observedVsEstimate(reply), pct === 0 ? '±0%' : pct > 0 ? `+${pct}%` : `−${-pct}%`);
    assert.equal(vm.observedVsEstimate(at('py/jobs.py')), '');
    assert.equal(report.observed.unmatched[0].model, 'gpt-5-mystery');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
