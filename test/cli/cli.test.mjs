// `spendlens scan` end to end through the built CLI: every output format, the budget gate and every exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, fixture, expectedOf, repoRoot } from './cli-helpers.mjs';

const basic = fixture('basic');
const expected = expectedOf('basic');
let cached;
/** The JSON report of the basic fixture (one CLI run shared by the tests that only read it). */
const scanJson = () => (cached ??= JSON.parse(cli(['scan', basic, '--format', 'json']).stdout));

test('--help and --version exit 0', () => {
  const help = cli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /spendlens diff --base REV/);
  const v = cli(['--version']);
  assert.equal(v.code, 0);
  assert.equal(v.stdout.trim(), JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
});

test('json: the report contract, calls as expected, totals that add up', () => {
  const r = cli(['scan', basic, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.tool, 'spendlens');
  for (const k of ['version', 'root', 'catalog', 'calls', 'totals', 'skipped', 'warnings']) assert.ok(k in report, k);
  for (const k of ['updated', 'models', 'stale', 'sources', 'layers']) assert.ok(k in report.catalog, `catalog.${k}`);
  assert.ok(report.catalog.models > 100, 'the bundled catalog is loaded');
  assert.equal(report.calls.length, expected.calls.length, report.calls.map(c => `${c.file}:${c.line}`).join(', '));
  expected.calls.forEach((want, i) => {
    for (const [k, v] of Object.entries(want)) assert.deepEqual(report.calls[i][k], v, `call ${i + 1} ${k}`);
  });
  for (const c of report.calls) {
    for (const k of ['column', 'inputTokens', 'outputTokens', 'costPerCall', 'monthlyCost', 'callsPerMonthSource', 'assumptions', 'findings', 'catalogModel', 'encoding']) assert.ok(k in c, `call.${k}`);
    assert.ok(c.costPerCall > 0, `${c.model} is priced`);
    assert.ok(Math.abs(c.monthlyCost - c.costPerCall * c.callsPerMonth) < 1e-9);
  }
  const t = report.totals;
  assert.equal(t.calls, 2);
  assert.equal(t.unknownModels, 0);
  assert.ok(Math.abs(t.monthly - report.calls.reduce((s, c) => s + c.monthlyCost, 0)) < 1e-9);
  for (const [site, codes] of Object.entries(expected.findings)) {
    const c = report.calls.find(x => `${x.file}:${x.line}` === site);
    for (const code of codes) assert.ok(c.findings.some(f => f.code === code), `${site} has ${code}: ${c.findings.map(f => f.code)}`);
  }
});

test('table (the default): one row per call and the total', () => {
  const r = cli(['scan', basic]);
  assert.equal(r.code, 0, r.stderr);
  const report = scanJson();
  for (const c of report.calls) assert.match(r.stdout, new RegExp(`${c.file}:${c.line}\\s+${c.provider}.*${c.model.replace(/\./g, '\\.')}`));
  assert.match(r.stdout, /^Total: ≈\$[\d,.]+\/month over 2 call site\(s\)/m);
});

test('markdown: a PR-comment summary with the total, a row per call and the savings', () => {
  const r = cli(['scan', basic, '--format', 'markdown']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^### Spendlens/m);
  assert.match(r.stdout, /\*\*≈\$[\d,.]+\/month\*\* across \*\*2 call sites\*\*/);
  assert.match(r.stdout, /\| Call site \| Model \|/);
  for (const c of expected.calls) assert.match(r.stdout, new RegExp(`\\| \`${c.file}:${c.line}\` \\| ${c.model}`));
});

test('sarif --sarif-results all: a valid 2.1.0 log with a cost note per call and the findings at the call', () => {
  const r = cli(['scan', basic, '--format', 'sarif', '--sarif-results', 'all']);
  assert.equal(r.code, 0, r.stderr);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  const rules = run.tool.driver.rules.map(x => x.id);
  for (const id of ['no-output-cap', 'context-overflow', 'deprecated-model', 'prompt-caching', 'batch-api', 'call-in-loop', 'unknown-model', 'cheaper-model']) assert.ok(rules.includes(id), id);
  const notes = run.results.filter(x => x.ruleId === rules[0]);
  assert.equal(notes.length, expected.calls.length);
  notes.forEach((n, i) => {
    const loc = n.locations[0].physicalLocation;
    // Relative to the repository when the folder is in one (this fixture is), else to the folder.
    assert.ok([expected.calls[i].file, `test/fixtures/cli/basic/${expected.calls[i].file}`].includes(loc.artifactLocation.uri), loc.artifactLocation.uri);
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(loc.region.startLine, expected.calls[i].line);
    assert.ok(loc.region.startColumn >= 1);
    assert.ok(loc.region.endLine > loc.region.startLine, 'the region spans the call (read back from the file)');
    assert.equal(n.level, 'note');
    assert.equal(n.properties.model, expected.calls[i].model);
    assert.match(n.message.text, /per call .* calls\/month( \(default\))? ≈ \$[\d,.]+\/month/);
    assert.ok(n.partialFingerprints['spendlensCallSite/v1']);
  });
  const cap = run.results.find(x => x.ruleId === 'no-output-cap');
  assert.ok(cap, 'the uncapped call is reported');
  assert.equal(cap.locations[0].physicalLocation.region.startLine, 10);
  assert.equal(cap.level, 'note');
  for (const res of run.results) assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
});

test('sarif by default: the findings only, each with the fingerprint of its call site, stable across runs', () => {
  const all = JSON.parse(cli(['scan', basic, '--format', 'sarif', '--sarif-results', 'all']).stdout).runs[0].results;
  const run = () => JSON.parse(cli(['scan', basic, '--format', 'sarif']).stdout).runs[0].results;
  const findings = run();
  assert.ok(findings.length > 0);
  assert.deepEqual(findings, all.filter(x => x.ruleId !== 'spendlens/cost'));
  assert.ok(findings.every(x => /^[0-9a-f]{32}$/.test(x.partialFingerprints['spendlensCallSite/v1'])));
  assert.deepEqual(run().map(x => x.partialFingerprints), findings.map(x => x.partialFingerprints));
  assert.match(cli(['scan', basic, '--sarif-results', 'some']).stderr, /--sarif-results expects findings or all/);
});

test('sarif outside a git repository: paths relative to the scanned folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-nogit-'));
  try {
    cpSync(basic, dir, { recursive: true });
    const r = cli(['scan', dir, '--format', 'sarif'], { env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    assert.equal(r.code, 0, r.stderr);
    const uris = JSON.parse(r.stdout).runs[0].results.map(x => x.locations[0].physicalLocation.artifactLocation.uri);
    assert.deepEqual([...new Set(uris)], ['src/support.ts']);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('--output writes the report to a file and nothing to stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-cli-'));
  try {
    const out = join(dir, 'report.sarif');
    const r = cli(['scan', basic, '--format=sarif', '--output', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.ok(existsSync(out));
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).version, '2.1.0');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('--budget: under it exits 0, over it exits 1 with a message on stderr', () => {
  const monthly = scanJson().totals.monthly;
  assert.ok(monthly > 1, `the fixture costs something (${monthly})`);
  const under = cli(['scan', basic, '--budget', String(Math.ceil(monthly * 2))]);
  assert.equal(under.code, 0, under.stderr);
  assert.equal(under.stderr, '');
  const over = cli(['scan', basic, '--budget', String(Math.floor(monthly / 2)), '--format', 'json']);
  assert.equal(over.code, 1);
  assert.match(over.stderr, /over the budget of \$[\d,.]+\/month/);
  assert.equal(JSON.parse(over.stdout).totals.calls, 2, 'the report is still written');
  assert.equal(cli(['scan', basic, '--budget', '$' + Math.floor(monthly / 2)]).code, 1, 'a leading $ is accepted');
});

test('no call sites: exit 0, a friendly table and an empty SARIF run', () => {
  const t = cli(['scan', fixture('empty')]);
  assert.equal(t.code, 0, t.stderr);
  assert.match(t.stdout, /No LLM call sites found/);
  const s = JSON.parse(cli(['scan', fixture('empty'), '--format', 'sarif']).stdout);
  assert.deepEqual(s.runs[0].results, []);
  assert.equal(cli(['scan', fixture('empty'), '--budget', '0']).code, 0, '$0 is not over a $0 budget');
});

test('exit 2 for bad usage or input, with a message on stderr', () => {
  const cases = [
    [['scan', basic, '--format', 'xml'], /unknown format "xml"/],
    [['scan', fixture('no-such-folder')], /not a folder/],
    [['scan', basic, '--catalog', fixture('catalogs', 'broken.json')], /broken\.json/],
    [['scan', basic, '--catalog', fixture('catalogs', 'missing.json')], /catalog file not found: .*missing\.json/],
    [['scan', basic, '--config', fixture('catalogs', 'missing-config.json')], /config file not found/],
    [['scan', basic, '--budget', 'lots'], /--budget expects a non-negative number/],
    [['scan', basic, '--budget'], /--budget needs a value/],
    [['scan', basic, '--verbose'], /unknown option --verbose/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['scan', basic, '--output', fixture('no-such-folder', 'out.json')], /cannot write --output .*out\.json/],
    [['scan', basic, basic], /unexpected argument/],
    [['diff', basic], /diff needs --base/],
    [['diff', '--base', 'HEAD', '--format', 'sarif'], /unknown format "sarif"/],
    [['diff', '--base', 'HEAD', '--fail-on-increase', 'x'], /--fail-on-increase expects a percentage \(20%\) or a dollar amount \(\$50\), got "x"/],
    [['diff', '--base', 'HEAD', '--fail-on-increase', '$5', '--min-delta', '5'], /say the same thing/],
    [['scan', basic, '--output', '--help'], /--output needs a value|ambiguous/],
    [['scan', basic, '-x'], /unknown option -x/],
  ];
  for (const [args, message] of cases) {
    const r = cli(args);
    assert.equal(r.code, 2, `${args.join(' ')} → ${r.code}\n${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '', `${args.join(' ')} writes no report`);
  }
});
