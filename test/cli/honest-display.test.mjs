// Honest display (#19 item 6, #20): assumed models labelled, suppressed and re-levelled findings, team-file keys that
// match no call named with the nearest call, unpriced calls counted and named in every total, one money rule.
// Fixtures: test/fixtures/honest/<case>/ with expected.json; the CLI's pipeline (dist/cli.js) runs each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { cli, repoRoot } from './cli-helpers.mjs';
import * as esbuild from 'esbuild';

const fixture = name => join(repoRoot, 'test/fixtures/honest', name);
const expectedOf = name => JSON.parse(readFileSync(join(fixture(name), 'expected.json'), 'utf8'));
const scanJson = name => {
  const r = cli(['scan', fixture(name), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
};
const at = (report, where) => report.calls.find(c => `${c.file}:${c.line}` === where);

/** Bundles a TypeScript module of src/ on the fly (the pure modules tested here import nothing heavy). */
async function load(entry) {
  const out = await esbuild.build({ entryPoints: [join(repoRoot, entry)], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports;
}

test('assume-model: calls whose model the code does not show are priced with the assumed model and say so', () => {
  const expected = expectedOf('assume-model');
  const report = scanJson('assume-model');
  for (const want of expected.calls) {
    const got = at(report, `${want.file}:${want.line}`);
    assert.ok(got, `${want.file}:${want.line} found`);
    for (const [k, v] of Object.entries(want)) assert.deepEqual(got[k], v, `${want.file}:${want.line} ${k}`);
    if (want.modelSource === 'assumed') {
      assert.notEqual(got.costPerCall, null, 'priced');
      assert.match(got.assumptions[0], new RegExp(`^model assumed: ${want.model.replace(/\./g, '\\.')}, from `));
    }
  }
  assert.equal(report.totals.unknownModels, 0);
  const table = cli(['scan', fixture('assume-model')]).stdout;
  for (const label of expected.tableModels) assert.ok(table.includes(label), `table shows ${label}`);
});

test('assume-model: without the team file the same calls are unresolved and unpriced', async () => {
  const { mkdtempSync, cpSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-assume-'));
  try {
    cpSync(fixture('assume-model'), dir, { recursive: true });
    rmSync(join(dir, '.spendlens'), { recursive: true });
    const report = JSON.parse(cli(['scan', dir, '--format', 'json']).stdout);
    assert.equal(report.calls.filter(c => c.modelSource === 'assumed').length, 0);
    assert.equal(report.totals.unknownModels, 6);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('suppress: spendlens-ignore-next-line (all or listed rules, // # /* */, above a volume comment) and per-rule severity', () => {
  const expected = expectedOf('suppress');
  const report = scanJson('suppress');
  for (const [where, findings] of Object.entries(expected.findings)) {
    const got = at(report, where);
    assert.ok(got, where);
    assert.deepEqual(got.findings.map(f => [f.code, f.severity]), findings, where);
  }
  for (const [where, n] of Object.entries(expected.volumes)) assert.equal(at(report, where).callsPerMonth, n, `${where}: the volume comment still counts`);
});

test('unmatched-keys: usage.json and assumeModels keys that match no call are reported with the nearest call key', () => {
  const expected = expectedOf('unmatched-keys');
  const report = scanJson('unmatched-keys');
  assert.deepEqual(report.warnings.filter(w => w.includes('matches no call')), expected.warnings);
  for (const [where, n] of Object.entries(expected.volumes)) assert.equal(at(report, where).callsPerMonth, n, where);
  const table = cli(['scan', fixture('unmatched-keys')]).stdout;
  for (const w of expected.warnings) assert.ok(table.includes(`warning: ${w}`), `the table prints: ${w}`);
});

test('unpriced: the table, Markdown and JSON totals count and name the calls without a price; their cells are —', () => {
  const expected = expectedOf('unpriced');
  const money = s => s.replace(/\$[\d.,]+/g, '$X');
  const table = cli(['scan', fixture('unpriced')]).stdout;
  assert.ok(table.split('\n').some(l => money(l) === expected.tableTotal), table);
  const md = cli(['scan', fixture('unpriced'), '--format', 'markdown']).stdout;
  assert.ok(md.split('\n').some(l => money(l) === expected.markdownTotal), md);
  const { totals } = JSON.parse(cli(['scan', fixture('unpriced'), '--format', 'json']).stdout);
  assert.deepEqual({ unknownModels: totals.unknownModels, unpricedSites: totals.unpricedSites }, expected.jsonTotals, 'the JSON totals count and name them');
  for (const where of expected.unpricedRows) {
    const row = md.split('\n').find(l => l.startsWith(`| \`${where}\``));
    assert.ok(row, where);
    assert.ok(!row.includes('≈—') && row.split('|').filter(c => c.trim() === '—').length === 2, row);
  }
});

test('one money rule: monthly figures are formatted like every other amount', async () => {
  const f = await load('src/shared/format.ts');
  for (const v of [0, 0.004, 0.042, 4.2, 12.29, 42.2, 99.99, 126.4, 1234.4, null]) assert.equal(f.formatMonthly(v), f.formatUsd(v), String(v));
  assert.equal(f.formatUsd(12.29), '$12.29');
  assert.equal(f.unpricedNote(1), '1 call unpriced, not in total');
  assert.equal(f.unpricedSentence([]), '');
  assert.equal(f.unpricedSentence(['a.ts:1', 'b.ts:2', 'c.ts:3', 'd.ts:4']), '4 calls unpriced, not in total: a.ts:1, b.ts:2, c.ts:3 and 1 more');
  assert.equal(f.modelLabel({ model: 'gpt-4o', modelSource: 'assumed' }), 'gpt-4o (assumed)');
  assert.equal(f.modelLabel({ model: null, modelSource: 'unresolved' }), 'unresolved');
});

test('paths are shortened in the middle: the file name and line stay whole', async () => {
  const { shortenPath } = await load('src/shared/format.ts');
  assert.equal(shortenPath('src/a.ts:3'), 'src/a.ts:3');
  const long = 'apps/doc-editor/src/agent/doc-editor/nodes/generate-artifact/index.ts:42';
  const short = shortenPath(long, 40);
  assert.ok(short.endsWith('/index.ts:42') && short.startsWith('apps/…/'), short);
  assert.ok(short.length <= 40, short);
  assert.equal(shortenPath('a-very-long-file-name-that-does-not-fit-anywhere.py:7', 20), 'a-very-long-file-name-that-does-not-fit-anywhere.py:7');
  // Eight files of the same deep folder stay distinguishable.
  const names = ['a', 'b', 'c'].map(n => shortenPath(`packages/agents/src/graphs/shared/nodes/${n}.ts:1`, 30));
  assert.equal(new Set(names).size, 3);
});

test('suppression comments: parsing', async () => {
  const { suppressionsOf, applyTeamRules } = await load('src/core/advice/suppress.ts');
  const s = suppressionsOf(['x', '  // spendlens-ignore-next-line no-output-cap,call-in-loop -- reason', 'call()', '# spendlens-ignore-next-line', 'call()',
    '/* spendlens-ignore-next-line batch-api */', '# spendlens: 5/day', 'call()'].join('\n'));
  assert.deepEqual([...s.get(3)].sort(), ['call-in-loop', 'no-output-cap']);
  assert.equal(s.get(5), 'all');
  assert.deepEqual([...s.get(8)], ['batch-api']);
  assert.equal(suppressionsOf('nothing to see').size, 0);
  const findings = [{ code: 'no-output-cap', severity: 'information', message: '' }, { code: 'batch-api', severity: 'information', message: '' }];
  const suggestion = { kind: 'downgrade', model: 'm' };
  assert.deepEqual(applyTeamRules({ findings, suggestion }, undefined, { 'batch-api': 'off', 'no-output-cap': 'warning' }).findings.map(f => [f.code, f.severity]), [['no-output-cap', 'warning']]);
  assert.equal(applyTeamRules({ findings, suggestion }, new Set(['cheaper-model']), {}).suggestion, null);
  assert.equal(applyTeamRules({ findings, suggestion }, undefined, {}).suggestion, suggestion);
});

test('assumed model precedence: line, function, model function, file, team default, user setting', async () => {
  const { assumedModelFor, modelFunctionOf } = await load('src/core/estimate/assume.ts');
  const fact = { file: 'src/a.ts', line: 9, functionName: 'run', model: { value: null, source: 'unresolved', definedAt: null, expression: 'this.pick(cfg).id' } };
  assert.equal(modelFunctionOf('getModelFromConfig(config)'), 'getModelFromConfig');
  assert.equal(modelFunctionOf('process.env.MODEL'), null);
  const all = { 'src/a.ts:9': 'l', 'src/a.ts#run': 'f', 'pick()': 'p', 'src/a.ts': 'file' };
  const order = [['src/a.ts:9', 'l'], ['src/a.ts#run', 'f'], ['pick()', 'p'], ['src/a.ts', 'file']];
  const left = { ...all };
  for (const [key, model] of order) {
    assert.equal(assumedModelFor(fact, { assumeModels: left }, 'setting').model, model, key);
    delete left[key];
  }
  assert.equal(assumedModelFor(fact, { assumeModels: {}, defaultModel: 'team' }, 'setting').model, 'team');
  assert.deepEqual(assumedModelFor(fact, { assumeModels: {} }, 'setting'), { model: 'setting', from: 'setting spendlens.assumeModel', explicit: false });
  assert.equal(assumedModelFor({ ...fact, model: { ...fact.model, value: 'gpt-4o' } }, { assumeModels: all }, 'x'), null);
});
