// The SARIF writer (src/core/report/sarif.ts) on a synthetic report: the structure GitHub code scanning
// requires, one rule per kind, levels from finding severities, regions, and stable fingerprints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
const core = createRequire(import.meta.url)('../../out/core.cjs');

function call(over = {}) {
  const c = {
    file: 'src/app/route.ts', line: 8, column: 21, start: 100, end: 300, language: 'typescript', provider: 'openai', vendor: 'openai',
    api: 'chat.completions.create', kind: 'chat', model: 'gpt-4o', catalogModel: 'gpt-4o', modelSource: 'literal', modelDefinedAt: null,
    promptSource: ['literal'], inputTokens: 1200, inputTokensExact: true, inputBreakdown: [], outputTokens: 400, outputTokensSource: 'default',
    streaming: false, inLoop: false, costPerCall: 0.007, inputPricePerM: 2.5, outputPricePerM: 10, callsPerMonth: 20000,
    callsPerMonthSource: 'comment', monthlyCost: 140, encoding: 'o200k_base', tokenRatio: 1, assumptions: [], suggestion: null, findings: [],
    functionName: 'POST', ...over,
  };
  return c;
}
const report = calls => ({
  tool: 'spendlens', version: '0.1.0', root: '/repo', catalog: { updated: '2026-07-24', models: 1, stale: null, sources: ['litellm'], layers: [] },
  calls, totals: core.totalsOf(calls), skipped: [], warnings: [],
});

const ADVICE = ['no-output-cap', 'context-overflow', 'deprecated-model', 'prompt-caching', 'batch-api', 'call-in-loop', 'unknown-model', 'cheaper-model', 'observed-model-differs', 'lower-reasoning-effort'];

test('SARIF 2.1.0 log with the driver and one rule per kind', () => {
  const log = JSON.parse(core.writeSarif(report([])));
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'Spendlens');
  assert.equal(driver.version, '0.1.0');
  // No public home yet: no links rather than placeholder ones.
  assert.equal(driver.informationUri, undefined);
  const ids = driver.rules.map(r => r.id);
  assert.deepEqual(ids, [`spendlens${'/'}cost`, ...ADVICE]);
  for (const r of driver.rules) {
    for (const k of ['id', 'name', 'shortDescription', 'fullDescription', 'defaultConfiguration', 'properties']) assert.ok(r[k], `${r.id}.${k}`);
    assert.ok(r.shortDescription.text.length > 10);
    assert.ok(['note', 'warning', 'error'].includes(r.defaultConfiguration.level));
    assert.match(r.name, /^[A-Z][A-Za-z]+$/);
  }
  assert.equal(driver.rules.find(r => r.id === 'context-overflow').defaultConfiguration.level, 'warning');
  assert.equal(driver.rules.find(r => r.id === 'cheaper-model').defaultConfiguration.level, 'note');
  assert.deepEqual(log.runs[0].results, []);
});

test('a cost note per call and a result per finding, with region, level, message figures and properties', () => {
  const findings = [
    { code: 'context-overflow', severity: 'warning', message: 'The prompt (≈140k tokens) exceeds the 128k context of gpt-4o' },
    { code: 'cheaper-model', severity: 'hint', message: 'gpt-4o-mini would do', savingsPerCall: 0.0066 },
  ];
  const log = core.buildSarif(report([call({ findings })]));
  const results = log.runs[0].results;
  assert.deepEqual(results.map(r => [r.ruleId, r.level]), [[`spendlens${'/'}cost`, 'note'], ['context-overflow', 'warning'], ['cheaper-model', 'note']]);
  const rules = log.runs[0].tool.driver.rules;
  for (const r of results) {
    assert.equal(rules[r.ruleIndex].id, r.ruleId);
    const loc = r.locations[0].physicalLocation;
    assert.deepEqual(loc.artifactLocation, { uri: 'src/app/route.ts', uriBaseId: '%SRCROOT%' });
    assert.equal(loc.region.startLine, 8);
    assert.equal(loc.region.startColumn, 21);
    assert.equal(r.properties.model, 'gpt-4o');
    assert.equal(r.properties.costPerCall, 0.007);
    assert.equal(r.properties.monthlyCost, 140);
    assert.equal(r.properties.inputTokens, 1200);
    assert.equal(r.properties.outputTokens, 400);
  }
  assert.match(results[0].message.text, /gpt-4o: ≈\$0\.007 per call \(1\.2k tokens in, ~400 out\) × 20k calls\/month ≈ \$140\/month/);
  assert.match(results[2].message.text, /Saves ≈\$0\.0066 per call, ≈\$132\/month/);
  assert.ok(Math.abs(results[2].properties.savingsMonthly - 132) < 1e-9);
  assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, 'file:///repo/');
});

test('fingerprints: stable when the call moves, distinct per call site', () => {
  const fp = r => r.partialFingerprints['spendlensCallSite/v1'];
  const a = core.buildSarif(report([call({ line: 8 })])).runs[0].results[0];
  const moved = core.buildSarif(report([call({ line: 30, column: 5 })])).runs[0].results[0];
  assert.match(fp(a), /^[0-9a-f]{32}$/);
  assert.equal(fp(a), fp(moved));
  const two = core.buildSarif(report([call({ line: 8 }), call({ line: 20 }), call({ line: 40, functionName: 'GET' }), call({ line: 50, api: 'responses.create' })])).runs[0].results;
  assert.equal(new Set(two.map(fp)).size, 4);
});

test('an unpriced call says so; paths with spaces are URI-encoded; costNotes can be turned off', () => {
  const log = core.buildSarif(report([call({ file: 'my app/x.py', model: 'mystery', catalogModel: null, costPerCall: null, monthlyCost: null,
    findings: [{ code: 'unknown-model', severity: 'information', message: 'mystery is not in the catalog' }] })]));
  const [note, finding] = log.runs[0].results;
  assert.match(note.message.text, /no price known/);
  assert.equal(note.locations[0].physicalLocation.artifactLocation.uri, 'my%20app/x.py');
  assert.equal(finding.level, 'note');
  assert.equal(finding.message.text, 'mystery is not in the catalog.');
  const quiet = core.buildSarif(report([call({ findings: [{ code: 'no-output-cap', severity: 'information', message: 'No output cap.' }] })]), { costNotes: false });
  assert.deepEqual(quiet.runs[0].results.map(r => r.ruleId), ['no-output-cap']);
});

test('a finding code the rule list does not know still gets a rule', () => {
  const log = core.buildSarif(report([call({ findings: [{ code: 'new-rule', severity: 'error', message: 'x' }] })]));
  const rules = log.runs[0].tool.driver.rules;
  const r = log.runs[0].results[1];
  assert.equal(rules[r.ruleIndex].id, 'new-rule');
  assert.equal(r.level, 'error');
});

test('uriPrefix places the scanned folder in the repository; %SRCROOT% is the repository', () => {
  const r = report([call()]);
  r.root = '/repo/packages/api';
  const log = core.buildSarif(r, { uriPrefix: 'packages/api' });
  assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'packages/api/src/app/route.ts');
  assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, 'file:///repo/');
  const fp = x => x.runs[0].results[0].partialFingerprints['spendlensCallSite/v1'];
  assert.notEqual(fp(log), fp(core.buildSarif(report([call()]))), 'the same file name in two packages differs');
});

test('readText gives each region its end line and column (UTF-16, exclusive end)', () => {
  const text = 'const a = 1;\nconst r = await client.chat.completions.create({\n  model: "gpt-4o",\n});\n';
  const start = text.indexOf('client'), end = text.indexOf('})') + 2;
  const log = core.buildSarif(report([call({ line: 2, column: 17, start, end })]), { readText: f => (f === 'src/app/route.ts' ? text : null) });
  assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 2, startColumn: 17, endLine: 4, endColumn: 3 });
  const stale = core.buildSarif(report([call({ line: 9, start, end })]), { readText: () => text });
  assert.equal(stale.runs[0].results[0].locations[0].physicalLocation.region.endLine, undefined, 'a file that changed since the scan gives no end');
});
