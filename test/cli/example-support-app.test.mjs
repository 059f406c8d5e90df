// examples/support-app — the realistic app of the README screenshots (a TS service and a Python worker) — scans
// cleanly: exit 0, no warnings, every call found is priced, the factory calls are priced with the model the team
// assumed for getModelFromConfig() and say so, and the forced-tool calls are priced from the tool's schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cli, repoRoot } from './cli-helpers.mjs';

const dir = join(repoRoot, 'examples/support-app');

test('examples/support-app scans cleanly and prices every call it finds', () => {
  const r = cli(['scan', dir, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  // The only warning allowed is the bundled catalog's age, which depends on the day the test runs.
  assert.deepEqual(report.warnings.filter(w => !/Prices are \d+ days old/.test(w)), []);
  const at = key => report.calls.find(c => `${c.file}:${c.line}` === key);
  assert.deepEqual(report.calls.map(c => `${c.file}:${c.line}`).sort(), [
    'service/src/autoreply.ts:5', 'service/src/reply.ts:13', 'service/src/search.ts:17', 'service/src/search.ts:8', 'service/src/suggest.ts:13',
    'service/src/suggest.ts:19', 'service/src/triage.ts:15', 'worker/support_worker/escalation.py:23', 'worker/support_worker/titles.py:24',
    'worker/support_worker/weekly_summary.py:17',
  ]);
  assert.equal(report.totals.unknownModels, 0, 'every call is priced');
  for (const key of ['service/src/suggest.ts:13', 'service/src/suggest.ts:19']) {
    const c = at(key);
    assert.equal(c.modelSource, 'assumed', key);
    assert.equal(c.modelAssumedFrom, '.spendlens/config.json assumeModels["getModelFromConfig()"]', key);
    assert.match(c.modelExpression, /^getModelFromConfig\(config\)/, key);
  }
  // The Python chain's model comes from get_llm() in another module: followed there, assumed for get_llm(), its vendor
  // the assumed model's (the factory may build ChatOpenAI or ChatAnthropic), its output from the pydantic schema.
  const escalation = at('worker/support_worker/escalation.py:23');
  assert.equal(escalation.modelAssumedFrom, '.spendlens/config.json assumeModels["get_llm()"]');
  assert.match(escalation.modelExpression, /^get_llm\(settings\)/);
  assert.equal(escalation.vendor, 'anthropic');
  assert.match(escalation.outputTokensSource, /^response schema/);
  assert.match(at('service/src/triage.ts:15').outputTokensSource, /^forced tool classify_ticket/);
  assert.match(at('worker/support_worker/titles.py:24').outputTokensSource, /^forced tool generate_title/);
  assert.ok(at('worker/support_worker/titles.py:24').outputTokens < 30);
  assert.equal(at('service/src/autoreply.ts:5').suggestion?.kind, 'downgrade', 'the yes/no classifier gets a smaller model');
  assert.equal(at('service/src/reply.ts:13').callsPerMonthSource.includes('usage.json'), true);
});
