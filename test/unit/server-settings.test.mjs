// Editor settings → analysis settings: a volume or output default the user set (even to the default value) reaches the
// analysis and overrides the team's `.spendlens/config.json`; one the user never set does not hide the team's.
// src/server/settings.ts has no bundle of its own, so this test bundles it with esbuild into a temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = mkdtempSync(join(tmpdir(), 'spendlens-settings-'));
const outfile = join(outDir, 'settings.cjs');
await esbuild.build({
  stdin: { contents: "export { toAnalysisSettings } from './src/server/settings'; export { SpendlensSettings } from './src/protocol';", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', external: ['vscode-languageserver', 'vscode-languageserver/*'],
});
const { toAnalysisSettings, SpendlensSettings } = createRequire(import.meta.url)(outfile);
rmSync(outDir, { recursive: true, force: true });

test('a volume the user set to the default value still overrides the team default (the client says it was set)', () => {
  const s = SpendlensSettings.from({ callsPerMonth: 1000, explicit: ['callsPerMonth'] });
  const out = toAnalysisSettings(s);
  assert.equal(out.callsPerMonth, 1000);
  assert.equal(out.defaultOutputTokens, undefined, 'output default not set by the user: the team decides');
});

test('a value is never judged set by comparing it to the default: a client listing what was set decides', () => {
  // VS Code sends every value (defaults filled in) and the list of keys the user set: 5000 not listed is no choice.
  assert.equal(toAnalysisSettings(SpendlensSettings.from({ callsPerMonth: 5000, defaultOutputTokens: 400, explicit: [] })).callsPerMonth, undefined);
});

test('without explicit keys (other LSP clients): the keys the client sent are the ones set, even to the default value', () => {
  assert.equal(toAnalysisSettings(SpendlensSettings.from({})).callsPerMonth, undefined);
  assert.equal(toAnalysisSettings(SpendlensSettings.from({ callsPerMonth: 5000 })).callsPerMonth, 5000);
  const back = toAnalysisSettings(SpendlensSettings.from({ callsPerMonth: 1000, 'defaultOutputTokens': 400 }));
  assert.equal(back.callsPerMonth, 1000);
  assert.equal(back.defaultOutputTokens?.chat, 400);
  // Removed from the settings: the team's default applies again.
  assert.equal(toAnalysisSettings(SpendlensSettings.from({ exclude: [] })).callsPerMonth, undefined);
});
