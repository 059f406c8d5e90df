// The protocol module's sanitizers: settings from any client value, panel message guards.
// src/protocol has no bundle of its own, so this test bundles it with esbuild into a temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = mkdtempSync(join(tmpdir(), 'spendlens-protocol-'));
const outfile = join(outDir, 'protocol.cjs');
await esbuild.build({
  entryPoints: [join(root, 'src/protocol/index.ts')],
  bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error',
});
const protocol = createRequire(import.meta.url)(outfile);
rmSync(outDir, { recursive: true, force: true });
const { SpendlensSettings, PanelToHost, WorkspaceReportRequest, TotalsChangedNotification, ruleDocUrl } = protocol;

test('settings: nothing or garbage gives the documented defaults', () => {
  const d = SpendlensSettings.defaults();
  assert.equal(d.advice.minSavingsPct, 30);
  assert.equal(d.advice.allowCrossProvider, false);
  assert.deepEqual(d.advice.preferredModels, []);
  for (const v of [undefined, null, 42, 'x', [], { enable: 'maybe' }]) {
    assert.deepEqual(SpendlensSettings.from(v), d, JSON.stringify(v));
  }
});

test('settings: VS Code nested object is read key by key', () => {
  const s = SpendlensSettings.from({
    enable: false, codeLens: { enable: false }, defaultOutputTokens: 250, callsPerMonth: 5000,
    catalogPath: ' /tmp/prices.json ', exclude: ['**/vendor/**', 7, ''], showMonthly: false,
    advice: { enable: false, minSavingsPct: 50, allowCrossProvider: true, preferredModels: ['gpt-4o-mini'] },
  });
  assert.equal(s.enable, false);
  assert.equal(s.codeLens.enable, false);
  assert.equal(s.defaultOutputTokens, 250);
  assert.equal(s.callsPerMonth, 5000);
  assert.equal(s.catalogPath, '/tmp/prices.json');
  assert.deepEqual(s.exclude, ['**/vendor/**']);
  assert.equal(s.showMonthly, false);
  assert.deepEqual(s.advice, { enable: false, minSavingsPct: 50, allowCrossProvider: true, preferredModels: ['gpt-4o-mini'], noOutputCapMinFactor: 2 });
});

test('settings: flat dotted keys (other editors) work too', () => {
  const s = SpendlensSettings.from({ 'codeLens.enable': false, 'advice.minSavingsPct': '45', 'advice.preferredModels': 'claude-haiku-4-5' });
  assert.equal(s.codeLens.enable, false);
  assert.equal(s.advice.minSavingsPct, 45);
  assert.deepEqual(s.advice.preferredModels, ['claude-haiku-4-5']);
});

test('settings: out-of-range and wrong-typed numbers are clamped or defaulted', () => {
  const s = SpendlensSettings.from({ defaultOutputTokens: -5, callsPerMonth: 12.6, advice: { minSavingsPct: 250 } });
  assert.equal(s.defaultOutputTokens, 0);
  assert.equal(s.callsPerMonth, 13);
  assert.equal(s.advice.minSavingsPct, 100);
  const t = SpendlensSettings.from({ defaultOutputTokens: NaN, callsPerMonth: 'lots', catalogPath: '   ' });
  assert.equal(t.defaultOutputTokens, 400);
  assert.equal(t.callsPerMonth, 1000);
  assert.equal(t.catalogPath, null);
});

test('settings: equals compares by value', () => {
  assert.ok(SpendlensSettings.equals(SpendlensSettings.from({}), SpendlensSettings.defaults()));
  assert.ok(!SpendlensSettings.equals(SpendlensSettings.from({ showMonthly: false }), SpendlensSettings.defaults()));
});

test('panel messages: well-formed accepted, malformed rejected', () => {
  assert.ok(PanelToHost.is({ type: 'ready' }));
  assert.ok(PanelToHost.is({ type: 'openCall', file: 'src/a.ts', line: 3 }));
  assert.ok(PanelToHost.is({ type: 'applySuggestion', file: 'src/a.ts', line: 3, model: 'gpt-4o-mini' }));
  assert.ok(PanelToHost.is({ type: 'setCallsPerMonth', file: 'a.py', line: 1, callsPerMonth: 0 }));
  assert.ok(!PanelToHost.is({ type: 'openCall', file: 'src/a.ts', line: 0 }));
  assert.ok(!PanelToHost.is({ type: 'openCall', file: 3, line: 2 }));
  assert.ok(!PanelToHost.is({ type: 'setCallsPerMonth', file: 'a.py', line: 1, callsPerMonth: -1 }));
  assert.ok(!PanelToHost.is({ type: 'applySuggestion', file: 'a.py', line: 1, model: 5 }));
  assert.ok(!PanelToHost.is({ type: 'eval', code: 'x' }));
  assert.ok(!PanelToHost.is(null));
});

test('method names and doc links', () => {
  assert.equal(WorkspaceReportRequest.method, 'spendlens/workspaceReport');
  assert.equal(WorkspaceReportRequest.type.method, 'spendlens/workspaceReport');
  assert.equal(TotalsChangedNotification.type.method, 'spendlens/totalsChanged');
  assert.equal(ruleDocUrl('file:///ext/README.md', 'no-output-cap'), 'file:///ext/README.md#no-output-cap');
});

test('settings keys: every leaf of the defaults, dotted; explicit keys are kept only when they name a setting', () => {
  const keys = SpendlensSettings.keys();
  assert.ok(keys.includes('callsPerMonth') && keys.includes('codeLens.enable') && keys.includes('advice.minSavingsPct') && keys.includes('assumeModel'));
  assert.ok(!keys.includes('explicit') && !keys.includes('advice'));
  const s = SpendlensSettings.from({ callsPerMonth: 1000, explicit: ['callsPerMonth', 'nonsense', 3] });
  assert.deepEqual(s.explicit, ['callsPerMonth']);
});
