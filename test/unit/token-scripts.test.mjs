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

/** The script each group of the measurement set is written in (groups are scripts, then languages). */
const GROUP_SCRIPT = {
  turkish: 'latin-tr', vietnamese: 'latin-vi', ukrainian: 'cyrillic-uk', chinese: 'han', japanese: 'japanese', korean: 'hangul',
  polish: 'latin', dutch: 'latin', italian: 'latin', portuguese: 'latin',
};

test('the script of each prompt of the measurement set is found (code: 28 of 30; YAML and a shell line read as prose)', () => {
  for (const [group, texts] of Object.entries(prompts)) {
    const script = GROUP_SCRIPT[group] ?? group;
    assert.ok(core.SCRIPTS.includes(script) || script === 'cjk', `group ${group}: no script`);
    const found = texts.map(t => core.scriptRuns(t).reduce((a, b) => (b.text.length > a.text.length ? b : a)).script);
    const right = found.filter(s => s === script || core.PARENT_SCRIPT[s] === script).length;
    // code: YAML and a shell line read as prose; a Turkish, Vietnamese or Ukrainian sentence with fewer than two of the
    // letters only that language writes reads as its broader script
    const byLetters = ['latin-tr', 'latin-vi', 'cyrillic-uk'].includes(script);
    const broader = byLetters ? found.filter(s => s === core.PARENT_SCRIPT[script]).length : 0;
    assert.ok(right + Math.min(2, broader) >= texts.length - (group === 'code' ? 2 : 0), `${group}: ${right}/${texts.length} (${found.join(', ')})`);
  }
  const mixed = core.scriptRuns('Translate into English: 今日はいい天気ですね。');
  assert.deepEqual(mixed.map(r => r.script), ['latin-en', 'japanese']);
  assert.equal(mixed.map(r => r.text).join(''), 'Translate into English: 今日はいい天気ですね。');
  assert.deepEqual(core.scriptRuns('{"a": 1}', 'user').map(r => r.script), ['code']);
  assert.deepEqual(core.scriptRuns('label', 'schema').map(r => r.script), ['code'], 'schemas and tools count as code');
});

test('finer scripts where vocabularies differ: Chinese, Japanese, Korean; Vietnamese and Turkish Latin; Ukrainian Cyrillic', () => {
  const script = t => core.scriptRuns(t).map(r => r.script).join(',');
  assert.equal(script('把这段话翻译成英文，只返回译文。'), 'han');
  assert.equal(script('この段落を英語に翻訳してください。'), 'japanese', 'kanji with kana is Japanese');
  assert.equal(script('이 단락을 영어로 번역해 주세요.'), 'hangul');
  assert.equal(script('Hãy dịch đoạn văn này sang tiếng Anh.'), 'latin-vi');
  assert.equal(script('Bu paragrafı İngilizceye çevir ve yalnızca çeviriyi döndür.'), 'latin-tr');
  assert.equal(script('Переклади цей абзац англійською і поверни лише переклад.'), 'cyrillic-uk');
  assert.equal(script('Переведи этот абзац на английский и верни только перевод.'), 'cyrillic');
  assert.equal(script('Übersetze diesen Absatz ins Englische und gib nur die Übersetzung zurück.'), 'latin');
  assert.equal(script('Please write a short note to İlker about the meeting on Friday and ask him to confirm the time.'), 'latin-en', 'one Turkish letter in an English run is not Turkish');
  // a ratio table that names only the broader script serves the finer ones
  const o200k = (t, e = 'o200k_base') => core.countTokens(t, e);
  const han = '把这段话翻译成英文，只返回译文。';
  assert.equal(core.calibratedCount(han, { ratio: 1, scripts: { cjk: 2 } }, o200k), 2 * o200k(han));
  assert.equal(core.calibratedCount(han, { ratio: 1, scripts: { cjk: 2, han: 3 } }, o200k), 3 * o200k(han));
});

test('measured weights: tokens = Σ weight × feature of each run (o200k, cl100k, letters, spaces, symbols), digits apart', () => {
  const count = (t, e) => core.countTokens(t, e);
  const text = 'Order 1234567 shipped';
  const f = core.runFeatures(text, count, true);
  assert.deepEqual(f, { o200k: count(text, 'o200k_base') - 3, cl100k: count(text, 'cl100k_base') - 3, letters: 12, spaces: 2, symbols: 0, nonAscii: 0, han: 0, words: 2, longLetters: 1, run: 1 });
  const w = { o200k: 0.5, cl100k: 0.25, letters: 0.1, spaces: 1 };
  const expected = 0.5 * f.o200k + 0.25 * f.cl100k + 0.1 * 12 + 2 + 7;
  assert.ok(Math.abs(core.calibratedCount(text, { ratio: 9, weights: { 'latin-en': w, latin: w }, digitsApart: true }, count) - expected) < 1e-9);
  assert.deepEqual(core.runFeatures('a, b; {c}', count, false), { o200k: count('a, b; {c}', 'o200k_base'), cl100k: count('a, b; {c}', 'cl100k_base'), letters: 3, spaces: 2, symbols: 4, nonAscii: 0, han: 0, words: 3, longLetters: 0, run: 1 });
  // letters outside ASCII, Han characters (kanji among kana), words and the letters past a word's sixth
  const ja = 'この請求書を翻訳してください。';
  const fj = core.runFeatures(ja, count, false, {});
  assert.deepEqual({ nonAscii: fj.nonAscii, han: fj.han, words: fj.words, o200k: fj.o200k }, { nonAscii: 15, han: 5, words: 1, o200k: 0 });
  const pl = core.runFeatures('Przetłumacz wypracowanie', count, false, {});
  assert.deepEqual({ nonAscii: pl.nonAscii, words: pl.words, longLetters: pl.longLetters }, { nonAscii: 1, words: 2, longLetters: 5 + 6 });
  // a weight on `run` is paid once per run of a script
  const two = core.calibratedCount('Hello 世界', { ratio: 1, weights: { 'latin-en': { run: 2 }, han: { run: 3 } } }, count);
  assert.equal(two, 5);
});

test('the committed measurement: held-out prompts never among the fitted ones, and ≤ 5 % mean error on them for every measured vendor', () => {
  const measured = JSON.parse(readFileSync(new URL('../../pricing/tokenizer-measurements.json', import.meta.url), 'utf8'));
  const fitted = new Set(Object.values(prompts).flat());
  let heldOutCount = 0;
  for (const file of ['heldout.json', 'heldout2.json']) {
    const held = Object.values(JSON.parse(readFileSync(new URL(`../../scripts/measure/${file}`, import.meta.url), 'utf8')).scripts).flat();
    heldOutCount += held.length;
    assert.deepEqual(held.filter(p => fitted.has(p)), [], `${file}: prompts also in prompts.json`);
  }
  assert.equal(measured.prompts.fitted, fitted.size);
  assert.equal(measured.prompts.heldOut, heldOutCount, 'the catalog error is taken on both held-out sets');
  for (const [id, v] of Object.entries(measured.vendors)) {
    assert.ok(v.overall.meanAbsError <= 0.05, `${id}: ${v.overall.meanAbsError} mean error on the held-out prompts`);
    assert.ok(v.heldOut.overall.n + v.heldOut2.overall.n === heldOutCount);
  }
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

test('a measured family is ≈ with its held-out error, and its script weights apply (Gemini 2.5 on Hindi vs English)', () => {
  const hindi = prompts.devanagari[0];
  const g = price('gemini-2.5-pro', hindi);
  const profile = book.lookup('gemini-2.5-pro').model.tokenizer.details;
  assert.equal(g.inputTokensCertainty, 'calibrated');
  assert.ok(profile.weights.devanagari && profile.weights['latin-en'], 'measured weights per script reach the catalog');
  const counted = core.calibratedCount(hindi, { ratio: profile.ratio, weights: profile.weights, digitsApart: true }, (t, e) => core.countTokens(t, e));
  assert.equal(g.inputTokens, Math.round(counted) + 5 + 4);
  assert.notDeepEqual(profile.weights.devanagari, profile.weights['latin-en']);
  assert.ok(g.assumptions.some(a => /^≈ tokens counted with o200k_base and cl100k_base with weights measured per script; every digit counted as a token: measured error \d+(\.\d)?% typical, \d+(\.\d)?% worst/.test(a)), g.assumptions.join("\n"));
  const t = profile.error.typical;
  assert.deepEqual(g.inputTokensRange, [Math.round(g.inputTokens * (1 - t)), Math.round(g.inputTokens * (1 + t))]);
});

test('OpenAI stays exact: no range, OpenAI framing', () => {
  const c = price('gpt-4o', english);
  assert.equal(c.inputTokens, core.countTokens(english) + 3 + 3);
  assert.equal(c.inputTokensCertainty, 'exact');
  assert.equal(c.costPerCallRange, undefined);
});
