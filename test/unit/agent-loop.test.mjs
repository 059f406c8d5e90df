// Costs that grow with the loop (#17 item 6): an agent loop re-sends a growing history every step. The workspace
// test/fixtures/agent-loop/workspace is scanned by the Session; each case's loop (policy/loop.ts) is checked against
// expected.json and its price (estimate/loop.ts) against the formula, using the same call priced without the loop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseAt, core, repo } from '../fixtures/advisor/helpers.mjs';

const fixtures = join(repo, 'test/fixtures/agent-loop');
const root = join(fixtures, 'workspace');
const { cases } = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8'));
const book = core.loadPriceBook({ bundledPath: join(repo, 'pricing/catalog.json') });
const settings = core.defaultSettings();

async function scan() {
  const session = new core.Session({ root, book });
  const report = await session.scanWorkspace();
  return report.calls.map(call => ({ call, fact: session.callFactsOf(call.file).find(f => f.line === call.line), id: caseAt(root, call.file, call.line) }));
}

test('the loop of each call is found: the cap the code writes (SDK option, loop bound) or the stated default', async () => {
  const seen = [];
  for (const { fact, id } of await scan()) {
    if (!id) continue;
    seen.push(id);
    const want = cases[id];
    if (want.runBy === null) { assert.equal(fact.features.loop, undefined, id); continue; }
    assert.deepEqual(fact.features.loop, { runBy: want.runBy, steps: want.steps, source: want.source }, id);
  }
  assert.deepEqual(seen.sort(), Object.keys(cases).sort(), 'every case was found');
});

test('a loop is priced from its steps: the average step of a code loop, all steps of an SDK loop', async () => {
  for (const { call, fact, id } of await scan()) {
    const loop = fact.features.loop;
    if (!loop) continue;
    // The same call without the loop: one step with no history.
    const once = core.priceCall({ ...fact, features: { ...fact.features, loop: undefined, history: false } }, book, settings, { callsPerMonth: 1000, source: 'default' });
    const growth = once.outputTokens + settings.placeholderTokens; // the reply and one tool result or turn per step
    const history = growth * loop.steps * (loop.steps - 1) / 2;
    if (loop.runBy === 'code') {
      assert.equal(call.inputTokens, once.inputTokens + Math.round(history / loop.steps), `${id}: average step`);
      assert.equal(call.outputTokens, once.outputTokens, `${id}: one step's output`);
      assert.ok(call.assumptions.some(a => a.startsWith(`agent loop, ${loop.source === 'default' ? '10 steps assumed (default' : `${loop.steps} steps (${loop.source})`}`) && a.includes('priced at the average step')), `${id}: ${call.assumptions.join('\n')}`);
    } else {
      assert.equal(call.inputTokens, Math.round(once.inputTokens * loop.steps + history), `${id}: every step`);
      assert.equal(call.outputTokens, once.outputTokens * loop.steps, `${id}: output × steps`);
      assert.ok(call.assumptions.some(a => a.startsWith(`agent loop run by the SDK, ${loop.steps} steps (${loop.source}), all priced: each step re-sends the prompt and a history that grows by ~`)), `${id}: ${call.assumptions.join('\n')}`);
    }
    assert.equal(call.inputBreakdown.reduce((n, p) => n + p.tokens, 0), call.inputTokens, `${id}: the breakdown adds up`);
    assert.ok(!call.assumptions.some(a => a.startsWith('conversation history passed in')), `${id}: the growing history replaces the flat allowance`);
  }
});

test('cost grows with the square of the steps, and a comparison prices the other model on the same loop', async () => {
  const { fact } = (await scan()).find(x => x.id === 'sdk-max-steps');
  const at = steps => core.priceCall({ ...fact, features: { ...fact.features, loop: { ...fact.features.loop, steps } } }, book, settings, { callsPerMonth: 1000, source: 'default' });
  const [s5, s10, s20] = [at(5), at(10), at(20)];
  assert.ok(s20.inputTokens - s10.inputTokens > 2 * (s10.inputTokens - s5.inputTokens), 'input grows faster than linearly');
  assert.ok(s20.costPerCall > 2 * s10.costPerCall);
  const other = core.priceCall({ ...fact, model: { ...fact.model, value: 'gpt-4o' } }, book, settings, { callsPerMonth: 1000, source: 'default' });
  assert.equal(other.outputTokens, s5.outputTokens * 3 / 5, 'the other model is priced for the same 3 steps');
});
