// Vendor × script token counts: the script split on the committed prompt set, digits apart, the catalog's tokenizer
// profiles (Claude 4.7+, Gemini by generation, measured families), chat framing per family, and the uncertainty shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');

const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
const prompts = JSON.parse(readFileSync(new URL('../../scripts/measure/prompts.json', import.meta.url), 'utf8')).scripts;

test('the script of each prompt of the measurement set is found (code: 28 of 30; YAML and a shell line read as prose)', () => {
  for (const [script, texts] of Object.entries(prompts)) {
    const found = texts.map(t => core.scriptRuns(t).reduce((a, b) => (b.text.length > a.text.length ? b : a)).script);
    const right = found.filter(s => s === script).length;
    assert.ok(right >= (script === 'code' ? 28 : 30), `${script}: ${right}/30 (${found.join(', ')})`);
  }
  const mixed = core.scriptRuns('Translate into English: 今日はいい天気ですね。');
  assert.deepEqual(mixed.map(r => r.script), ['latin-en', 'cjk']);
  assert.equal(mixed.map(r => r.text).join(''), 'Translate into English: 今日はいい天気ですね。');
  assert.deepEqual(core.scriptRuns('{"a": 1}', 'user').map(r => r.script), ['code']);
  assert.deepEqual(core.scriptRuns('label', 'schema').map(r => r.script), ['code'], 'schemas and tools count as code');
});

test('digits apart: OpenAI groups 3 digits a token, a tokenizer that splits them counts each', () => {
  const o200k = t => core.countTokens(t, 'o200k_base');
  const text = 'Order 1234567 shipped';
  assert.deepEqual(core.digitStats(text), { digits: 7, o200kDigitTokens: 3 });
  assert.equal(core.calibratedCount(text, { ratio: 1, digitsApart: true }, o200k), o200k(text) - 3 + 7);
  assert.equal(core.calibratedCount(text, { ratio: 1 }, o200k), o200k(text));
});

function chat(model, text, extra = {}) {
  return {
    language: 'typescript', file: 'a.ts', line: 1, column: 1, start: 0, end: 1, provider: 'x', vendor: null, api: 'create', kind: 'chat',
    model: { value: model, source: 'literal', definedAt: null }, prompt: [{ role: 'user', text, placeholders: [], source: 'literal' }],
    promptSource: ['literal'], maxOutputTokens: { value: 10, param: 'max_tokens' }, streaming: false, inLoop: false,
    features: { tools: false, vision: false, jsonMode: false, messageCount: 1, history: false, cacheControl: false, fewShot: false }, volume: null, functionName: 'f', ...extra,
  };
}
const price = (model, text) => core.priceCall(chat(model, text), book, core.defaultSettings(), { callsPerMonth: 1000, source: 'default' });
const english = 'Summarize the following customer review in one sentence and say whether it is positive or negative.';

test('Claude 4.7+ is counted with the new tokenizer\'s ratio (≈1.7× o200k English), Claude 4.5 with ≈1.15×; both ~ with a ± range', () => {
  const o = core.countTokens(english);
  const new47 = price('claude-opus-4-7', english);
  const old45 = price('claude-sonnet-4-5', english);
  const framing = 4 + 5;
  assert.equal(new47.inputTokens, Math.round(o * 1.7) + framing);
  assert.equal(old45.inputTokens, Math.round(o * 1.15) + framing);
  for (const c of [new47, old45]) {
    assert.equal(c.inputTokensCertainty, 'estimated');
    assert.deepEqual(c.inputTokensRange, [Math.round(c.inputTokens * 0.85), Math.round(c.inputTokens * 1.15)]);
    assert.ok(c.costPerCallRange[0] < c.costPerCall && c.costPerCall < c.costPerCallRange[1]);
    assert.ok(c.assumptions.some(a => a.startsWith('~ tokens counted with o200k_base') && a.includes('±15%')), c.assumptions.join('\n'));
    assert.ok(c.assumptions.some(a => a.startsWith('chat framing: 4 tokens per message + 5 per call')));
  }
});

test('a measured family is ≈ with its measured error, and its script ratio applies (Gemini 2.5 on Hindi vs English)', () => {
  const hindi = prompts.devanagari[0];
  const g = price('gemini-2.5-pro', hindi);
  const profile = book.lookup('gemini-2.5-pro').model.tokenizer.details;
  assert.equal(g.inputTokensCertainty, 'calibrated');
  assert.equal(g.inputTokens, Math.round(core.calibratedCount(hindi, { ratio: profile.ratio, scripts: profile.scripts, digitsApart: true }, t => core.countTokens(t))) + 5 + 4);
  assert.notEqual(profile.scripts.devanagari, profile.scripts['latin-en']);
  assert.ok(g.assumptions.some(a => /^≈ tokens counted with o200k_base × a ratio per script .*measured error \d+(\.\d)?% typical, \d+(\.\d)?% worst/.test(a)), g.assumptions.join('\n'));
  const t = profile.error.typical;
  assert.deepEqual(g.inputTokensRange, [Math.round(g.inputTokens * (1 - t)), Math.round(g.inputTokens * (1 + t))]);
});

test('OpenAI stays exact: no range, OpenAI framing', () => {
  const c = price('gpt-4o', english);
  assert.equal(c.inputTokens, core.countTokens(english) + 3 + 3);
  assert.equal(c.inputTokensCertainty, 'exact');
  assert.equal(c.costPerCallRange, undefined);
});
