// Which cheaper model a simple call is offered (the unprompted downgrade): one tier down where the catalog has it,
// a model that answers directly when the current model does (no hidden reasoning billed on a label), and for a
// call already in the small tier, the same vendor's nano tier when it has what the call needs. Each suggestion
// carries its hypothesis: reason, complexity and evidence.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { core, fact, sys, user, priced, model, bookOf } from '../fixtures/advisor/helpers.mjs';

const NOW = new Date('2026-07-24T00:00:00Z');
const reasoning = { reasoning: true, reasoningByDefault: true };
const turbo = model('gpt-4-turbo', 'large', 10, 30);
const oMini = model('o3-mini', 'medium', 1.1, 4.4, { family: 'o-mini', capabilities: reasoning });
const mini = model('gpt-4o-mini', 'small', 0.15, 0.6, { family: 'gpt-4o-mini' });
const fiveMini = model('gpt-5-mini', 'small', 0.25, 2, { family: 'gpt-5-mini', capabilities: reasoning });
const nano = model('gpt-4.1-nano', 'nano', 0.1, 0.4, { family: 'gpt-4.1-nano' });
const fiveNano = model('gpt-5-nano', 'nano', 0.05, 0.4, { family: 'gpt-5-nano', capabilities: reasoning });
const five = model('gpt-5', 'large', 1.25, 10, { family: 'gpt-5', capabilities: reasoning });
const haiku = model('claude-haiku-4-5', 'small', 1, 5, { provider: 'anthropic', family: 'claude-haiku' });

// No output cap: a reasoning model is not ruled out by a cap its thinking would fill.
const triage = (lang = 'en') => fact({
  prompt: lang === 'de'
    ? [sys('Ordne die Nachricht einer der folgenden Abteilungen zu: Vertrieb, Technik, Buchhaltung. Nur den Namen der Abteilung.'), user('', ['${nachricht}'])]
    : [sys('Route the message to one of: sales, support, billing. Reply with the team name only.'), user('', ['${message}'])],
  maxOutputTokens: null,
});

/** Priced as the estimate would: 400 tokens out without a cap, plus the 1,000-token reasoning allowance on a model that reasons. */
function advise(f, current, models) {
  const outputTokens = (f.maxOutputTokens?.value ?? 400) + (current.capabilities.reasoningByDefault ? 1000 : 0);
  return core.adviseCall(f, priced(f, current, { inputTokens: 300, outputTokens }), bookOf(models), { now: NOW });
}

describe('the downgrade offered to a simple call', () => {
  test('a model that answers directly is preferred over a reasoning model one tier down (en, de)', () => {
    for (const lang of ['en', 'de']) {
      const f = triage(lang);
      f.model.value = 'gpt-4-turbo';
      const { suggestion } = advise(f, turbo, [turbo, oMini, mini, fiveMini]);
      assert.equal(suggestion?.model, 'gpt-4o-mini', `${lang}: ${JSON.stringify(suggestion)}`);
      assert.equal(suggestion.kind, 'downgrade');
      assert.equal(suggestion.complexity, 'simple');
      assert.match(suggestion.reason, /^Likely fine on gpt-4o-mini: .*Verify before switching\.$/);
      assert.ok(suggestion.evidence.some(e => /listed labels/.test(e)), suggestion.evidence.join(' | '));
    }
  });

  test('without a direct-answer candidate the reasoning model is still offered (its reasoning is priced in)', () => {
    const f = triage();
    f.model.value = 'gpt-4-turbo';
    const { suggestion } = advise(f, turbo, [turbo, oMini]);
    assert.equal(suggestion?.model, 'o3-mini');
  });

  test('a current model that reasons keeps the one-tier-down choice, reasoning or not (gpt-5 → o3-mini)', () => {
    const f = triage();
    f.model.value = 'gpt-5';
    const { suggestion } = advise(f, five, [five, oMini, mini]);
    assert.equal(suggestion?.model, 'o3-mini');
  });

  test('a cap the thinking would fill rules a reasoning candidate out', () => {
    const f = triage();
    f.model.value = 'gpt-4-turbo';
    f.maxOutputTokens = { value: 5, param: 'max_tokens' };
    assert.equal(advise(f, turbo, [turbo, oMini]).suggestion, null);
  });

  test('a simple call already in the small tier is offered the same vendor\'s nano model that answers directly', () => {
    const f = triage();
    f.model.value = 'gpt-4o-mini';
    const { suggestion } = advise(f, mini, [mini, nano, fiveNano]);
    assert.equal(suggestion?.model, 'gpt-4.1-nano');
    assert.ok(suggestion.evidence.some(e => /gpt-4\.1-nano is nano tier vs small/.test(e)), suggestion.evidence.join(' | '));
  });

  test('no nano tier for the vendor: no downgrade, and the reason says so', () => {
    const f = triage();
    f.model.value = 'claude-haiku-4-5';
    f.provider = 'anthropic'; f.vendor = 'anthropic';
    const r = advise(f, haiku, [haiku, mini, nano]);
    assert.equal(r.suggestion, null);
    assert.equal(r.noSuggestion, 'no cheaper model fits');
  });

  test('a moderate call on the same models gets no unprompted downgrade', () => {
    const f = fact({ prompt: [user('Write a friendly reply to this customer.', ['${message}'])], maxOutputTokens: { value: 300, param: 'max_tokens' }, model: { value: 'gpt-4-turbo' } });
    assert.equal(advise(f, turbo, [turbo, oMini, mini]).suggestion, null);
  });
});
