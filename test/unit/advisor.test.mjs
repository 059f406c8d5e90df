// Unit tests of the advisor: complexity signals, candidate filters and ranking, and each finding rule.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { core, fact, sys, user, priced, model, bookOf } from '../fixtures/advisor/helpers.mjs';

const { assessComplexity, findCandidates, adviseCall, alternativesFor, rescaleTokens } = core;
const NOW = new Date('2026-07-24T00:00:00Z');

const gpt4o = model('gpt-4o', 'large', 2.5, 10, { batchInput: 1.25, batchOutput: 5, cachedInput: 1.25 });
const mini = model('gpt-4o-mini', 'small', 0.15, 0.6, { family: 'gpt-4o-mini', cachedInput: 0.075 });
const miniSnapshot = model('gpt-4o-mini-2024-07-18', 'small', 0.15, 0.6, { family: 'gpt-4o-mini' });
const nano = model('gpt-4.1-nano', 'nano', 0.1, 0.4, { capabilities: { vision: false } });
const smallCtx = model('tiny-8k', 'nano', 0.05, 0.2, { contextWindow: 8192 });
const oldNano = model('gpt-3.5-turbo', 'small', 0.5, 1.5, { deprecated: '2025-01-01', successor: 'gpt-4o-mini' });
const haiku = model('claude-haiku-4-5', 'small', 1, 5, { provider: 'anthropic', family: 'claude-haiku', tokenizer: { encoding: 'o200k_base', exact: false, ratio: 1.2 } });
const sonnet = model('claude-sonnet-4-5', 'large', 3, 15, { provider: 'anthropic', family: 'claude-sonnet', cachedInput: 0.3, tokenizer: { encoding: 'o200k_base', exact: false, ratio: 1.2 } });
const book = bookOf([gpt4o, mini, miniSnapshot, nano, smallCtx, oldNano, haiku, sonnet]);
const noCross = { allowCrossProvider: false, preferredModels: [], minSavingsPct: 30 };
const needs = (o = {}) => ({ tools: false, vision: false, jsonMode: false, inputTokens: 1000, outputTokens: 400, ...o });

const classify = () => fact({
  prompt: [sys('Classify the support ticket into one of: billing, technical, account. Respond with only the label.'), user('', ['${ticket}'])],
  maxOutputTokens: { value: 5, param: 'max_tokens' },
});

describe('assessComplexity', () => {
  test('a classification with a label-only answer is simple, with reasons', () => {
    const a = assessComplexity(classify(), 200);
    assert.equal(a.level, 'simple');
    assert.ok(a.score <= -3, `score ${a.score}`);
    assert.ok(a.reasons.some(r => r.startsWith('classification task')));
    assert.ok(a.reasons.some(r => r.startsWith('max_tokens 5')));
  });
  test('step-by-step reasoning is complex even with a simple task word', () => {
    const f = fact({ prompt: [user('Classify this contract clause. Think step by step about the legal risks before answering.')] });
    assert.equal(assessComplexity(f, 300).level, 'complex');
  });
  test('reasoning_effort or a thinking budget forces complex', () => {
    const f = classify();
    f.features.reasoningEffort = 'high';
    assert.equal(assessComplexity(f, 200).level, 'complex');
    const g = classify();
    g.features.thinkingBudget = 4000;
    assert.equal(assessComplexity(g, 200).level, 'complex');
  });
  test('conversation history, several tools or an invisible prompt rule out simple', () => {
    const h = classify(); h.features.history = true;
    assert.notEqual(assessComplexity(h, 200).level, 'simple');
    const t = classify(); t.features.tools = true;
    t.prompt.push({ role: 'tools', text: '{"name":"lookup"} {"name":"refund"} {"name":"escalate"}', placeholders: [], source: 'literal' });
    assert.notEqual(assessComplexity(t, 200).level, 'simple');
    const u = fact({ prompt: [user('', ['${prompt}'])], maxOutputTokens: { value: 5, param: 'max_tokens' } });
    const verdict = assessComplexity(u, 50);
    assert.notEqual(verdict.level, 'simple');
    assert.ok(verdict.reasons.some(r => r.includes('not visible')));
  });
  test('a yes/no answer is an output shape, not a simple task; a chosen reasoning model rules out simple', () => {
    const hard = fact({ prompt: [user('Is the following conjecture true for all n > 2? Answer yes or no.', ['${claim}'])], maxOutputTokens: { value: 3, param: 'max_tokens' } });
    assert.equal(assessComplexity(hard, 100).level, 'moderate');
    const onO3 = classify();
    onO3.model.value = 'o3';
    const v = assessComplexity(onO3, 200);
    assert.equal(v.level, 'moderate');
    assert.ok(v.reasons.some(r => r.startsWith('reasoning model o3 chosen')));
  });
  test('a simple task word without any sign of a short answer stays moderate', () => {
    const f = fact({ prompt: [user('Translate the following email to German.\n\n', ['${email}'])] });
    assert.equal(assessComplexity(f, 300).level, 'moderate');
  });
  test('code writing and long output are complex', () => {
    const f = fact({ prompt: [sys('You are a senior engineer.'), user('Write a TypeScript function that parses RFC 5322 addresses and refactor the caller.')], maxOutputTokens: { value: 4000, param: 'max_tokens' } });
    assert.equal(assessComplexity(f, 300).level, 'complex');
  });
  test('a small JSON schema counts as a short output', () => {
    const f = fact({
      prompt: [user('Extract the invoice number and total from this text.', ['${text}']), { role: 'schema', text: '{"type":"object","properties":{"invoice_number":{"type":"string"},"total":{"type":"number"}}}', placeholders: [], source: 'schema' }],
      features: { jsonMode: true },
    });
    const a = assessComplexity(f, 400);
    assert.equal(a.level, 'simple');
    assert.ok(a.reasons.some(r => r.startsWith('small JSON schema (2 fields)')));
  });
});

describe('findCandidates', () => {
  const call = priced(classify(), gpt4o, { inputTokens: 1000, outputTokens: 400 });

  test('same provider, lower tier, ranked by cost; snapshots collapse to the alias; deprecated excluded', () => {
    const out = findCandidates(call, needs(), book, noCross);
    assert.deepEqual(out.map(s => s.model), ['tiny-8k', 'gpt-4.1-nano', 'gpt-4o-mini']);
    const m = out.find(s => s.model === 'gpt-4o-mini');
    assert.equal(m.costPerCall, (1000 * 0.15 + 400 * 0.6) / 1e6);
    assert.equal(m.savingsPct, Math.round((1 - m.costPerCall / call.costPerCall) * 100));
    assert.equal(m.kind, 'downgrade');
    assert.ok(m.evidence.some(e => /small tier vs large/.test(e)), m.evidence.join('; '));
  });
  test('capability and context-window filters', () => {
    const vision = findCandidates(call, needs({ vision: true }), book, noCross).map(s => s.model);
    assert.ok(!vision.includes('gpt-4.1-nano'), 'nano has no vision');
    const big = findCandidates(priced(classify(), gpt4o, { inputTokens: 20000, outputTokens: 400 }), needs({ inputTokens: 20000 }), book, noCross).map(s => s.model);
    assert.ok(!big.includes('tiny-8k'), '8k context cannot hold 20k tokens');
    assert.ok(big.includes('gpt-4o-mini'));
  });
  test('minSavingsPct drops small savings', () => {
    const out = findCandidates(call, needs(), book, { ...noCross, minSavingsPct: 97 });
    assert.deepEqual(out.map(s => s.model), ['tiny-8k']);
  });
  test('cross-provider only when allowed, after the same provider; preferred models first', () => {
    assert.ok(!findCandidates(call, needs(), book, noCross).some(s => s.model.startsWith('claude')));
    const cross = findCandidates(call, needs(), book, { ...noCross, allowCrossProvider: true, minSavingsPct: 1 }).map(s => s.model);
    assert.equal(cross.at(-1), 'claude-haiku-4-5');
    const pref = findCandidates(call, needs(), book, { ...noCross, preferredModels: ['gpt-4o-mini'] }).map(s => s.model);
    assert.equal(pref[0], 'gpt-4o-mini');
  });
  test('tokens are rescaled by the candidate tokenizer ratio', () => {
    const sCall = priced(classify(), sonnet, { inputTokens: 1200, outputTokens: 120, tokenRatio: 1.2 });
    sCall.vendor = 'anthropic';
    const out = findCandidates(sCall, needs({ inputTokens: 1200, outputTokens: 120 }), book, noCross);
    assert.equal(out[0].model, 'claude-haiku-4-5');
    assert.equal(out[0].costPerCall, (1200 * 1 + 120 * 5) / 1e6);
    assert.equal(rescaleTokens(1200, 1.2, gpt4o), 1000);
  });
  test('an unpriced call has no candidates', () => {
    assert.deepEqual(findCandidates(priced(classify(), null), needs(), book, noCross), []);
  });
});

describe('adviseCall', () => {
  test('simple → a suggestion one tier down (not the cheapest of all) + a cheaper-model hint with the saving', () => {
    const f = classify();
    const call = priced(f, gpt4o, { inputTokens: 200, outputTokens: 5 });
    const r = adviseCall(f, call, book, { minSavingsPct: 30, now: NOW });
    assert.equal(r.suggestion.model, 'gpt-4o-mini');
    // The cheapest candidate is still offered on request.
    assert.equal(alternativesFor(f, call, book, { minSavingsPct: 30, now: NOW })[0].model, 'tiny-8k');
    const hint = r.findings.find(x => x.code === 'cheaper-model');
    assert.equal(hint.severity, 'hint');
    assert.match(hint.message, /^Likely fine on gpt-4o-mini: .*Verify before switching\. −\d+% \(/);
    assert.ok(Math.abs(hint.savingsPerCall - (call.costPerCall - r.suggestion.costPerCall)) < 1e-12);
  });
  test('moderate → no suggestion, but alternatives on request', () => {
    const f = fact({ prompt: [user('Summarize this meeting transcript for the team.', ['${transcript}'])] });
    const call = priced(f, gpt4o);
    const r = adviseCall(f, call, book, { now: NOW });
    assert.equal(r.complexity.level, 'moderate');
    assert.equal(r.suggestion, null);
    assert.ok(!r.findings.some(x => x.code === 'cheaper-model'));
    assert.ok(alternativesFor(f, call, book).length > 0);
  });
  test('complex → never a downgrade', () => {
    const f = fact({ prompt: [user('Plan out how to migrate the monolith, weigh the trade-offs step by step.')] });
    const r = adviseCall(f, priced(f, gpt4o), book, { now: NOW });
    assert.equal(r.complexity.level, 'complex');
    assert.equal(r.suggestion, null);
  });
  test('advice disabled → no suggestion', () => {
    const f = classify();
    assert.equal(adviseCall(f, priced(f, gpt4o), book, { enable: false, now: NOW }).suggestion, null);
  });
  test('accepts the whole AnalysisSettings too', () => {
    const f = classify();
    const s = { ...core.defaultSettings(), now: NOW };
    assert.ok(adviseCall(f, priced(f, gpt4o, { inputTokens: 200, outputTokens: 5 }), book, s).suggestion);
  });
});

describe('finding rules', () => {
  const codes = r => r.findings.map(x => x.code);
  const find = (r, code) => r.findings.find(x => x.code === code);

  test('no-output-cap: chat with no cap → Information with the output cost and the parameter to set', () => {
    const f = fact({ prompt: [user('Hello there, what can you do?')] });
    const r = adviseCall(f, priced(f, gpt4o, { outputTokens: 400 }), book, { now: NOW });
    const x = find(r, 'no-output-cap');
    assert.equal(x.severity, 'information');
    assert.equal(x.message, 'No output cap: output cost is unbounded (assumed 400 tokens = $0.004, up to $0.16 at 16k). Set max_completion_tokens.');
    // Three completions (n: 3) may each run to the model's limit: the worst case is three times as high.
    const n3 = fact({ prompt: [user('Hello there, what can you do?')], features: { ...f.features, completions: { value: 3, param: 'n' } } });
    assert.match(find(adviseCall(n3, priced(n3, gpt4o, { outputTokens: 1200 }), book, { now: NOW }), 'no-output-cap').message, /up to \$0\.49 at 16k/);
    const capped = classify();
    assert.ok(!codes(adviseCall(capped, priced(capped, gpt4o), book, { now: NOW })).includes('no-output-cap'));
    const emb = fact({ kind: 'embedding', api: 'embeddings.create' });
    assert.ok(!codes(adviseCall(emb, priced(emb, gpt4o), book, { now: NOW })).includes('no-output-cap'));
    const py = fact({ language: 'python', provider: 'google', vendor: 'gemini' });
    assert.match(find(adviseCall(py, priced(py, gpt4o), book, { now: NOW }), 'no-output-cap').message, /Set max_output_tokens\./);
  });
  test('no-output-cap: never on a call with a response schema', () => {
    const f = fact({ prompt: [user('Extract the fields'), { role: 'schema', text: '{"type":"object","properties":{"ok":{"type":"boolean"}}}', placeholders: [], source: 'schema' }] });
    assert.ok(!codes(adviseCall(f, priced(f, gpt4o, { outputTokens: 8 }), book, { now: NOW })).includes('no-output-cap'));
    // Even a schema the code names but does not show constrains the reply.
    const named = fact({ prompt: [user('Extract the fields'), { role: 'schema', text: '', placeholders: ['Invoice'], source: 'schema' }] });
    assert.ok(!codes(adviseCall(named, priced(named, gpt4o), book, { now: NOW })).includes('no-output-cap'));
  });
  test('no-output-cap: only where the uncapped worst case at least doubles the call (the factor is a setting)', () => {
    // A huge prompt with a short assumed reply: 16k more output tokens cost $0.16 on top of a $2.50 call → < 2×.
    const long = fact({ prompt: [user('Summarise the attached contract')] });
    const big = priced(long, gpt4o, { inputTokens: 1_000_000, outputTokens: 400 });
    assert.ok(!codes(adviseCall(long, big, book, { now: NOW })).includes('no-output-cap'));
    // With a factor of 1.05 the same call is worth a finding.
    assert.ok(codes(adviseCall(long, big, book, { now: NOW, noOutputCapMinFactor: 1.05 })).includes('no-output-cap'));
  });
  test('context-overflow: input larger than the window → Warning', () => {
    const f = fact({ model: { value: 'tiny-8k' }, prompt: [user('x')] });
    const r = adviseCall(f, priced(f, smallCtx, { inputTokens: 9000 }), book, { now: NOW });
    const x = find(r, 'context-overflow');
    assert.equal(x.severity, 'warning');
    assert.equal(x.message, "Prompt of 9k tokens exceeds tiny-8k's 8.2k context window: the call will fail.");
    assert.ok(!codes(adviseCall(f, priced(f, smallCtx, { inputTokens: 100 }), book, { now: NOW })).includes('context-overflow'));
    const capped = fact({ model: { value: 'tiny-8k' }, maxOutputTokens: { value: 4000, param: 'max_tokens' } });
    assert.match(find(adviseCall(capped, priced(capped, smallCtx, { inputTokens: 5000 }), book, { now: NOW }), 'context-overflow').message, /output cap 4k exceed/);
  });
  test('deprecated-model: successor with the price change and the saving', () => {
    const f = fact({ model: { value: 'gpt-3.5-turbo' } });
    const call = priced(f, oldNano, { inputTokens: 1000, outputTokens: 400 });
    const x = find(adviseCall(f, call, book, { now: NOW }), 'deprecated-model');
    // Retired: its calls fail, so an error that says so and names the model to use.
    assert.equal(x.severity, 'error');
    const next = (1000 * 0.15 + 400 * 0.6) / 1e6;
    assert.equal(x.data.successor, 'gpt-4o-mini');
    assert.ok(Math.abs(x.savingsPerCall - (call.costPerCall - next)) < 1e-12);
    assert.equal(x.message, 'gpt-3.5-turbo is retired: calls fail since 2025-01-01 → use gpt-4o-mini: −65% per call ($0.0011 → $0.00039).');
    // Still to retire: a warning to plan for, with the date.
    const early = find(adviseCall(f, call, book, { now: new Date('2024-06-01') }), 'deprecated-model');
    assert.equal(early.severity, 'warning');
    assert.equal(early.message, 'gpt-3.5-turbo is deprecated (retires 2025-01-01) → gpt-4o-mini: −65% per call ($0.0011 → $0.00039).');
  });
  test('prompt-caching: reorder advice (OpenAI), cache_control advice (Anthropic) worth it only at volume', () => {
    const f = fact({ prompt: [sys('long static instructions'), user('', ['${q}'])] });
    const bd = [{ role: 'system', tokens: 2000, placeholders: 0, source: 'literal' }, { role: 'user', tokens: 50, placeholders: 1, source: 'template' }];
    // A static prefix OpenAI caches by itself is priced into $/call (estimate), not advised.
    assert.equal(find(adviseCall(f, { ...priced(f, gpt4o, { inputTokens: 2050, breakdown: bd }), promptCache: { kind: 'automatic', prefixTokens: 2000, share: 2000 / 2050, hitRate: 0.5 } }, book, { now: NOW }), 'prompt-caching'), undefined);
    const reordered = [...bd].reverse();
    const hitRate = core.cacheHitRate(30000);
    const reorder = find(adviseCall(f, priced(f, gpt4o, { inputTokens: 2050, breakdown: reordered, callsPerMonth: 30000 }), book, { now: NOW }), 'prompt-caching');
    assert.equal(reorder.data.mode, 'reorder');
    assert.ok(Math.abs(reorder.savingsPerCall - 2000 * hitRate * (2.5 - 1.25) / 1e6) < 1e-12, 'hits read at the cached price, misses pay the input price');
    const short = [{ role: 'system', tokens: 900, placeholders: 0, source: 'literal' }, { role: 'user', tokens: 50, placeholders: 1, source: 'template' }];
    assert.equal(find(adviseCall(f, priced(f, gpt4o, { inputTokens: 950, breakdown: [...short].reverse() }), book, { now: NOW }), 'prompt-caching'), undefined, 'under 1,024 tokens');

    const a = fact({ provider: 'anthropic', vendor: 'anthropic', api: 'messages.create', model: { value: 'claude-sonnet-4-5' }, prompt: [sys('policy'), user('', ['${q}'])] });
    const abd = [{ role: 'system', tokens: 1500, placeholders: 0, source: 'literal' }, { role: 'user', tokens: 60, placeholders: 1, source: 'template' }];
    const x = find(adviseCall(a, priced(a, sonnet, { inputTokens: 1560, breakdown: abd, callsPerMonth: 30000 }), book, { now: NOW }), 'prompt-caching');
    assert.equal(x.data.mode, 'cache-control');
    assert.match(x.message, /^System prompt of 1.5k static tokens has no cache_control: caching it saves ≈ \$[\d.]+ per call \(97 % of calls come within 5 minutes/);
    // Rare calls: most would write the cache at 1.25× and few read it — caching would cost more.
    assert.equal(find(adviseCall(a, priced(a, sonnet, { inputTokens: 1560, breakdown: abd, callsPerMonth: 500 }), book, { now: NOW }), 'prompt-caching'), undefined);
    a.features.cacheControl = true;
    assert.equal(find(adviseCall(a, priced(a, sonnet, { inputTokens: 1560, breakdown: abd, callsPerMonth: 30000 }), book, { now: NOW }), 'prompt-caching'), undefined);
    const h = fact({ provider: 'anthropic', vendor: 'anthropic', model: { value: 'claude-haiku-4-5' } });
    const hm = { ...haiku, cachedInput: 0.1 };
    assert.equal(find(adviseCall(h, priced(h, hm, { inputTokens: 1560, breakdown: abd, callsPerMonth: 30000 }), bookOf([hm]), { now: NOW }), 'prompt-caching'), undefined, 'Haiku needs 2,048 tokens');
  });
  test('batch-api and call-in-loop: a loop in a script', () => {
    const f = fact({ inLoop: true, functionName: null, file: 'scripts/label_all.py', language: 'python', maxOutputTokens: { value: 10, param: 'max_tokens' } });
    const call = priced(f, gpt4o, { inputTokens: 1000, outputTokens: 10 });
    const r = adviseCall(f, call, book, { now: NOW });
    const b = find(r, 'batch-api');
    assert.equal(b.severity, 'hint');
    assert.equal(b.savingsPerCall, call.costPerCall / 2);
    assert.match(b.message, /Batch API would cost \$0\.0013 instead of \$0\.0026 per call \(−50%/);
    const loop = find(r, 'call-in-loop');
    assert.equal(loop.severity, 'information');
    assert.equal(loop.message, 'Called in a loop: $0.0026 per iteration ($0.26 per 100 items).');
    const handler = fact({ inLoop: true, functionName: 'handleRequest', file: 'src/api/route.ts' });
    const hr = adviseCall(handler, priced(handler, gpt4o), book, { now: NOW });
    assert.ok(!codes(hr).includes('batch-api'), 'a request handler is not a batch job');
    assert.ok(codes(hr).includes('call-in-loop'));
    const streamed = fact({ inLoop: true, functionName: null, streaming: true });
    assert.ok(!codes(adviseCall(streamed, priced(streamed, gpt4o), book, { now: NOW })).includes('batch-api'));
  });
  test('unknown-model: nearest ids from the book', () => {
    const f = fact({ model: { value: 'gpt-4o-minii' } });
    const x = find(adviseCall(f, priced(f, null), book, { now: NOW }), 'unknown-model');
    assert.equal(x.severity, 'information');
    assert.equal(x.data.nearest[0], 'gpt-4o-mini');
    assert.match(x.message, /^Model "gpt-4o-minii" is not in the catalog: no price\. Nearest: gpt-4o-mini/);
  });
});

describe('with the bundled catalog', () => {
  test('simple classification on gpt-4o and claude-sonnet-4-5 → a current smaller model of the same provider', async () => {
    const { catalogBook } = await import('../fixtures/advisor/helpers.mjs');
    const real = catalogBook();
    const settings = { ...core.defaultSettings(), now: NOW };
    const f = classify();
    const call = core.priceCall(f, real, settings, { callsPerMonth: 1000, source: 'default' });
    const r = adviseCall(f, call, real, settings);
    assert.ok(r.suggestion, 'a suggestion');
    const s = real.lookup(r.suggestion.model).model;
    assert.equal(s.provider, 'openai');
    assert.ok(['nano', 'small'].includes(s.tier));
    assert.ok(r.suggestion.savingsPct >= 30);

    const a = fact({ provider: 'anthropic', vendor: 'anthropic', api: 'messages.create', model: { value: 'claude-sonnet-4-5' },
      prompt: f.prompt, maxOutputTokens: { value: 5, param: 'max_tokens' } });
    const ac = core.priceCall(a, real, settings, { callsPerMonth: 1000, source: 'default' });
    const ar = adviseCall(a, ac, real, settings);
    assert.equal(ar.suggestion?.model, 'claude-haiku-4-5', 'superseded claude-3-haiku is not offered');
  });
});

describe('batch-api scope', () => {
  test('script-like function names; agent loops are not batches', () => {
    assert.equal(core.looksLikeScript(fact({ functionName: 'translate_batch' })), true);
    assert.equal(core.looksLikeScript(fact({ functionName: 'label_all' })), true);
    assert.equal(core.looksLikeScript(fact({ functionName: 'main' })), true);
    assert.equal(core.looksLikeScript(fact({ functionName: 'handleRequest' })), false);
    assert.equal(core.looksLikeScript(fact({ functionName: 'handleRequest', file: 'scripts/backfill.ts' })), true);
    const agent = fact({ inLoop: true, functionName: 'main', features: { history: true } });
    assert.ok(!adviseCall(agent, priced(agent, gpt4o), book, { now: NOW }).findings.some(x => x.code === 'batch-api'));
  });
});
