// `spendlens calibrate` end to end on every usage format (test/fixtures/observed/<case>/, expected.json checked by
// hand), then `scan --format json` on the calibrated folder: observed volumes and tokens, precedence, prompt drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, repoRoot } from './cli-helpers.mjs';

const base = join(repoRoot, 'test/fixtures/observed');
const usageFileOf = c => join(base, c, readdirSync(join(base, c)).find(f => f !== 'expected.json'));
const cases = readdirSync(base).filter(c => existsSync(join(base, c, 'expected.json')));

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-obs-'));
  cpSync(join(base, 'app'), dir, { recursive: true });
  return dir;
}

for (const c of cases) {
  test(`calibrate: ${c}`, () => {
    const dir = workspace();
    try {
      const want = JSON.parse(readFileSync(join(base, c, 'expected.json'), 'utf8'));
      const r = cli(['calibrate', '--from', usageFileOf(c), dir]);
      assert.equal(r.code, 0, r.stderr);
      const o = JSON.parse(readFileSync(join(dir, '.spendlens/observed.json'), 'utf8'));
      assert.equal(o.sources[0].format, want.format);
      assert.equal(o.sources[0].records, want.records);
      assert.equal(o.sources[0].duplicates, want.duplicates);
      assert.equal(o.window?.days ?? null, want.days);
      const got = o.sites.map(s => ({ site: `${s.file}:${s.line}`, calls: s.calls, callsPerMonth: s.callsPerMonth, matchedBy: s.matchedBy, inputTokensMean: s.inputTokens?.mean ?? null, outputTokensMean: s.outputTokens?.mean ?? null }));
      assert.deepEqual(got, want.sites);
      assert.deepEqual(o.unmatched.map(u => ({ model: u.model, calls: u.calls })), want.unmatched);
      // What each tier matched is printed, with the sites.
      for (const s of want.sites) assert.match(r.stdout, new RegExp(`${s.site.replace(/[.]/g, '\\.')}\\s`));
      // The scan uses the observed figures.
      const scan = JSON.parse(cli(['scan', dir, '--format', 'json']).stdout);
      for (const s of want.sites) {
        const call = scan.calls.find(x => `${x.file}:${x.line}` === s.site);
        assert.ok(call.observed, `${s.site} has observed figures`);
        assert.equal(call.observed.calls, s.calls);
        assert.equal(call.observed.matchedBy, s.matchedBy);
        assert.equal(call.observed.inputTokensMean, s.inputTokensMean);
        assert.equal(call.outputTokens, Math.round(s.outputTokensMean));
        if (call.callsPerMonthSource.startsWith('observed')) {
          assert.equal(call.callsPerMonth, s.callsPerMonth);
          assert.equal(call.callsPerMonthSource, s.matchedBy === 'model-spread' ? 'observed-spread' : 'observed');
          assert.ok(Math.abs(call.callsPerMonth - call.observed.calls / call.observed.days * 30.44) < 0.06);
        }
      }
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
}

test('calibrate: volume precedence is comment > usage.json > observed > default', () => {
  const dir = workspace();
  try {
    mkdirSync(join(dir, '.spendlens'), { recursive: true });
    writeFileSync(join(dir, '.spendlens/usage.json'), JSON.stringify({ callsPerMonth: { 'src/lib/summarize.ts#headline': 777 } }));
    assert.equal(cli(['calibrate', '--from', usageFileOf('otlp-stable'), dir]).code, 0);
    const calls = JSON.parse(cli(['scan', dir, '--format', 'json']).stdout).calls;
    const at = site => calls.find(c => `${c.file}:${c.line}` === site);
    assert.equal(at('src/workers/classify.ts:7').callsPerMonth, 3000, 'the inline comment wins');
    assert.match(at('src/workers/classify.ts:7').callsPerMonthSource, /^comment/);
    assert.ok(at('src/workers/classify.ts:7').observed, 'tokens still observed under a comment volume');
    assert.match(at('src/lib/summarize.ts:6').callsPerMonthSource, /usage\.json/);
    assert.equal(at('src/lib/summarize.ts:6').callsPerMonth, 777);
    assert.equal(at('src/lib/reply.ts:7').callsPerMonthSource, 'observed');
    assert.equal(at('src/workers/tagger.ts:6').callsPerMonthSource, 'observed-spread');
    assert.equal(at('py/jobs.py:20').callsPerMonthSource, 'default');
    assert.equal(at('py/jobs.py:20').observed, undefined);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('calibrate: a prompt edited after calibration moves the observed input by the static difference', () => {
  const dir = workspace();
  try {
    assert.equal(cli(['calibrate', '--from', usageFileOf('otlp-stable'), dir]).code, 0);
    const before = JSON.parse(cli(['scan', dir, '--format', 'json']).stdout).calls.find(c => c.file === 'src/lib/reply.ts');
    assert.equal(before.inputTokens, 850);
    const file = join(dir, 'src/lib/reply.ts');
    const longer = 'You draft short, friendly replies to support tickets. Always thank the customer, restate the problem in one sentence, and end with the next step.';
    writeFileSync(file, readFileSync(file, 'utf8').replace('You draft short, friendly replies to support tickets.', longer));
    const after = JSON.parse(cli(['scan', dir, '--format', 'json']).stdout).calls.find(c => c.file === 'src/lib/reply.ts');
    const drift = after.observed.estimated.inputTokens - before.observed.estimated.inputTokens;
    assert.ok(drift > 10, `the static estimate grew (${drift})`);
    assert.equal(after.inputTokens, 850 + drift);
    assert.ok(after.assumptions.some(a => a.includes("for the prompt's change since calibration")), after.assumptions.join(' | '));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('calibrate: several files at once; duplicates across files are counted once', () => {
  const dir = workspace();
  try {
    const r = cli(['calibrate', '--from', usageFileOf('otlp-stable'), '--from', usageFileOf('otlp-stable'), '--from', usageFileOf('langfuse'), dir]);
    assert.equal(r.code, 0, r.stderr);
    const o = JSON.parse(readFileSync(join(dir, '.spendlens/observed.json'), 'utf8'));
    assert.equal(o.sources.length, 3);
    // The second copy of the spans repeats the four reply.ts calls (same gen_ai.response.id); the others carry no id and count twice.
    assert.equal(o.sources[1].duplicates, 4);
    assert.equal(o.sites.find(s => s.file === 'src/lib/reply.ts').calls, 4);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('calibrate: a malformed file exits 2 naming the file and line, and changes nothing', () => {
  const dir = workspace();
  try {
    assert.equal(cli(['calibrate', '--from', usageFileOf('otlp-stable'), dir]).code, 0);
    const before = readFileSync(join(dir, '.spendlens/observed.json'), 'utf8');
    const bad = usageFileOf('malformed');
    const r = cli(['calibrate', '--from', usageFileOf('langfuse'), '--from', bad, dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`${bad.replace(/[.]/g, '\\.')}:3: invalid JSON`));
    assert.equal(readFileSync(join(dir, '.spendlens/observed.json'), 'utf8'), before);
    const u = cli(['calibrate', '--from', usageFileOf('unknown-format'), dir]);
    assert.equal(u.code, 2);
    assert.match(u.stderr, /events\.jsonl:1: unknown usage format/);
    const missing = cli(['calibrate', '--from', join(dir, 'nope.jsonl'), dir]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.jsonl: cannot read: ENOENT/);
    const forced = cli(['calibrate', '--from', usageFileOf('litellm'), '--format', 'otlp', dir]);
    assert.equal(forced.code, 2);
    assert.match(forced.stderr, /spend-logs\.json:\d+: not an OTLP JSON record/);
    assert.equal(cli(['calibrate', '--from', usageFileOf('litellm'), '--format', 'csv', dir]).code, 2);
    assert.equal(readFileSync(join(dir, '.spendlens/observed.json'), 'utf8'), before);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('calibrate: --format forces a format the content would also give', () => {
  const dir = workspace();
  try {
    const r = cli(['calibrate', '--from', usageFileOf('helicone'), '--format', 'helicone', dir]);
    assert.equal(r.code, 0, r.stderr);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
