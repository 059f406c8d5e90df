// The structure-first verdict, rule by rule and language by language: output shape, task locus, blockers,
// the uncovered-language restriction, shape twins (same closed shape, hard content: never simple), the
// suggestion's JSON contract (kind, complexity, evidence, reason) and the no-downgrade wins. Cases are
// written for each rule; none is copied from an evaluation set.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, here, fact, user, sys, priced, model, bookOf } from '../fixtures/advisor/helpers.mjs';

const cases = JSON.parse(readFileSync(join(here, 'structure', 'cases.json'), 'utf8')).cases;

function build(c) {
  const prompt = c.prompt.map(p => ({ role: p.role, text: p.text, placeholders: p.placeholders ?? [], source: (p.placeholders ?? []).length ? 'template' : 'literal' }));
  return fact({
    prompt, maxOutputTokens: c.cap ? { value: c.cap, param: 'max_tokens' } : null,
    model: { value: c.model ?? 'gpt-4o' }, features: c.features ?? {},
  });
}

describe('structure fixtures (test/fixtures/advisor/structure/cases.json)', () => {
  for (const [id, c] of Object.entries(cases)) {
    test(`${id}: ${c.expect.level}`, () => {
      const v = core.assessComplexity(build(c), c.inputTokens ?? 200);
      const facts = v.structure;
      const why = `${v.level} · shape ${JSON.stringify(facts.shape)} · locus ${facts.locus.kind} · blockers ${facts.blockers.map(b => b.detail).join(', ')} · lang ${facts.language.franc} · ${v.reasons.join('; ')}`;
      if (c.expect.level === 'not-simple') assert.notEqual(v.level, 'simple', why);
      else assert.equal(v.level, c.expect.level, why);
      if (c.expect.shape !== undefined) assert.equal(facts.shape?.kind ?? null, c.expect.shape, why);
      if (c.expect.labels) assert.deepEqual(facts.shape.labels, c.expect.labels, why);
      if (c.expect.locus) assert.equal(facts.locus.kind, c.expect.locus, why);
      if (c.expect.family) assert.ok(facts.blockers.some(b => b.family === c.expect.family), why);
      if (c.expect.blocker) assert.ok(facts.blockers.some(b => b.kind === c.expect.blocker), why);
      if (c.expect.language) assert.equal(facts.language.franc, c.expect.language, why);
      if (c.expect.covered !== undefined) assert.equal(facts.language.covered, c.expect.covered, why);
      if (v.level === 'simple') assert.ok(v.evidence.length >= 2, 'a simple verdict carries its evidence');
    });
  }

  test('every listed language has a simple case, a shape twin and a blocker case', () => {
    const langs = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'ja', 'zh', 'ko', 'ru'];
    for (const lang of langs) {
      const mine = Object.values(cases).filter(c => c.lang === lang);
      assert.ok(mine.some(c => c.expect.level === 'simple'), `${lang}: no simple case`);
      assert.ok(mine.some(c => c.twin && c.expect.level !== 'simple'), `${lang}: no shape twin`);
      assert.ok(mine.filter(c => c.expect.family).length >= 2, `${lang}: fewer than two blocker cases`);
    }
  });
});

describe('suggestion JSON contract', () => {
  const gpt4o = model('gpt-4o', 'large', 2.5, 10, { family: 'gpt-4o' });
  const mini = model('gpt-4o-mini', 'small', 0.15, 0.6, { family: 'gpt-4o-mini' });
  const opus41 = model('claude-opus-4-1', 'frontier', 15, 75, { provider: 'anthropic', family: 'claude-opus', batchInput: 7.5, batchOutput: 37.5 });
  const opus45 = model('claude-opus-4-5', 'frontier', 5, 25, { provider: 'anthropic', family: 'claude-opus' });
  const opusPreview = model('claude-opus-5-preview', 'frontier', 1, 5, { provider: 'anthropic', family: 'claude-opus' });
  const haiku = model('claude-haiku-4-5', 'small', 1, 5, { provider: 'anthropic', family: 'claude-haiku' });
  const book = bookOf([gpt4o, mini, opus41, opus45, opusPreview, haiku]);
  const NOW = new Date('2026-07-24T00:00:00Z');

  test('a simple downgrade: kind, complexity, evidence[] and the hypothesis in reason', () => {
    const f = fact({ prompt: [sys('Sort the review into one of: praise, complaint, question, other. Reply with the label only.'), user('', ['${review}'])], maxOutputTokens: { value: 3, param: 'max_tokens' } });
    const s = core.adviseCall(f, priced(f, gpt4o, { inputTokens: 200, outputTokens: 3 }), book, { now: NOW }).suggestion;
    const json = JSON.parse(JSON.stringify(s));
    assert.equal(json.kind, 'downgrade');
    assert.equal(json.model, 'gpt-4o-mini');
    assert.equal(json.complexity, 'simple');
    assert.ok(Array.isArray(json.evidence) && json.evidence.every(e => typeof e === 'string'));
    assert.ok(json.evidence.includes('the output is one of 4 listed labels (praise, complaint, question, …)'), json.evidence.join(' | '));
    assert.ok(json.evidence.includes('max_tokens 3'));
    assert.equal(json.reason, 'Likely fine on gpt-4o-mini: the output is one of 4 listed labels (praise, complaint, question, …), max_tokens 3. Verify before switching.');
  });

  test('a newer model of the same family and tier is suggested on a complex prompt, never a smaller one', () => {
    const f = fact({ provider: 'anthropic', vendor: 'anthropic', api: 'messages.create', model: { value: 'claude-opus-4-1' },
      prompt: [user('Prove that the following conjecture holds, step by step.', ['${conjecture}'])], maxOutputTokens: { value: 4000, param: 'max_tokens' } });
    // Priced by the real estimate, so the current call and the candidate bill the same output (like with like).
    const call = core.priceCall(f, book, { ...core.defaultSettings(), now: NOW }, { callsPerMonth: 1000, source: 'default' });
    const r = core.adviseCall(f, call, book, { now: NOW });
    assert.equal(r.complexity.level, 'complex');
    assert.equal(r.suggestion.kind, 'newer-same-tier');
    assert.equal(r.suggestion.model, 'claude-opus-4-5', 'the preview id is not a production replacement');
    assert.equal(r.suggestion.savingsPct, 67);
    assert.equal(r.suggestion.complexity, 'complex');
    assert.ok(r.suggestion.evidence.some(e => e.includes('max_tokens 4000') && e.includes('1 completion')), r.suggestion.evidence.join(' | '));
    assert.ok(r.findings.some(x => x.code === 'cheaper-model' && x.message.startsWith('claude-opus-4-5: a newer claude-opus model')));
  });

  test('the Batch API for an offline loop is a service-tier suggestion on the same model, ranked by cost with the others', () => {
    const f = fact({ provider: 'anthropic', vendor: 'anthropic', api: 'messages.create', model: { value: 'claude-opus-4-1' }, inLoop: true, functionName: 'backfill_all',
      prompt: [user('Write a detailed analysis of the trade-offs in this design document.', ['${doc}'])], maxOutputTokens: { value: 1500, param: 'max_tokens' } });
    const call = priced(f, opus41, { inputTokens: 3000, outputTokens: 1500 });
    const withNewer = core.adviseCall(f, call, book, { now: NOW }).suggestion;
    // −67 % (newer) beats −50 % (batch).
    assert.equal(withNewer.kind, 'newer-same-tier');
    const noNewer = bookOf([opus41, haiku]);
    const s = core.adviseCall(f, call, noNewer, { now: NOW }).suggestion;
    assert.equal(s.kind, 'service-tier');
    assert.equal(s.serviceTier, 'batch');
    assert.equal(s.model, 'claude-opus-4-1');
    assert.equal(s.savingsPct, 50);
    assert.equal(s.complexity, 'complex');
  });

  test('newer means a later release: an older cheaper model of the family is not offered', () => {
    assert.equal(core.isNewerModel('claude-opus-4-5', 'claude-opus-4-1'), true);
    assert.equal(core.isNewerModel('claude-opus-4-1', 'claude-opus-4-5'), false);
    assert.equal(core.isNewerModel('gpt-4o', 'gpt-4o-2024-05-13'), true, 'the undated alias is the latest snapshot');
    assert.equal(core.isNewerModel('claude-4-opus-20250514', 'claude-opus-4-1'), false);
    assert.equal(core.isNewerModel('gpt-5.2', 'gpt-5'), true);
  });

  test('reasoning effort on a closed task: lower the effort, not the model', () => {
    const f = fact({ model: { value: 'gpt-5' }, features: { reasoningEffort: 'high' },
      prompt: [user('Is this message spam? Answer yes or no.', ['${message}'])], maxOutputTokens: { value: 5, param: 'max_completion_tokens' } });
    const v = core.assessComplexity(f, 100);
    assert.equal(v.level, 'complex');
    assert.equal(v.lowerEffort, true);
    const gpt5 = model('gpt-5', 'large', 1.25, 10, { family: 'gpt-5', capabilities: { reasoning: true } });
    const r = core.adviseCall(f, priced(f, gpt5, { inputTokens: 100, outputTokens: 5 }), bookOf([gpt5]), { now: NOW });
    const hint = r.findings.find(x => x.code === 'lower-reasoning-effort');
    assert.equal(hint.message, 'The answer is yes or no (yes/no), under reasoning_effort "high": try a lower effort (then verify) before a smaller model.');
    // A hard task under the same setting: no such hint.
    const hard = fact({ ...f, prompt: [user('Is the conjecture below true? Answer yes or no.', ['${statement}'])] });
    assert.ok(!core.adviseCall(hard, priced(hard, gpt5), bookOf([gpt5]), { now: NOW }).findings.some(x => x.code === 'lower-reasoning-effort'));
  });

  test('flex processing for an offline script call (not in a loop), on the same model; none for a request handler', () => {
    const gpt5 = model('gpt-5', 'large', 1.25, 10, { family: 'gpt-5', flexInput: 0.625, flexOutput: 5, capabilities: { reasoning: true } });
    const f = fact({ model: { value: 'gpt-5' }, functionName: 'main', file: 'scripts/report.py', language: 'python',
      prompt: [user('Write a detailed weekly report from these metrics.', ['{metrics}'])], maxOutputTokens: { value: 3000, param: 'max_completion_tokens' } });
    const s = core.adviseCall(f, priced(f, gpt5, { inputTokens: 2000, outputTokens: 3000 }), bookOf([gpt5]), { now: NOW }).suggestion;
    assert.equal(s.kind, 'service-tier');
    assert.equal(s.serviceTier, 'flex');
    assert.equal(s.model, 'gpt-5');
    assert.equal(s.savingsPct, 50);
    assert.ok(s.evidence.some(e => e.includes('max_completion_tokens 3000')), s.evidence.join(' | '));
    const handler = fact({ ...f, functionName: 'handle_request', file: 'app/api.py' });
    assert.equal(core.adviseCall(handler, priced(handler, gpt5, { inputTokens: 2000, outputTokens: 3000 }), bookOf([gpt5]), { now: NOW }).suggestion, null);
  });
});
