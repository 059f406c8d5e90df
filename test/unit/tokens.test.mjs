// Token counts must equal tiktoken's own (the full package with its embedded ranks) for OpenAI encodings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');
const { get_encoding } = require('tiktoken');

const texts = [
  'Hello, world!',
  'Summarize the support thread in three short bullet points for a busy agent.',
  'Classify the support ticket. Answer with exactly one word: billing, bug, how-to or other.',
  'Übersetze den folgenden Text ins Deutsche — mit Emojis 🎉🚀 und 日本語のテキスト.',
  'def f(x):\n    return x ** 2  # squared\n\n\n',
  '{"type":"object","properties":{"label":{"type":"string","enum":["a","b"]}}}',
  '   leading and trailing spaces   ',
  'line one\r\nline two\r\n\r\nline four',
];

for (const encoding of ['o200k_base', 'cl100k_base']) {
  test(`counts equal tiktoken ${encoding} exactly`, () => {
    const ref = get_encoding(encoding);
    try {
      for (const t of texts) assert.equal(core.countTokens(t, encoding), ref.encode(t).length, JSON.stringify(t));
    } finally { ref.free(); }
  });
}

test('special-token text is counted as ordinary text, not rejected', () => {
  const ref = get_encoding('o200k_base');
  try {
    const t = 'before <|endoftext|> after';
    assert.equal(core.countTokens(t, 'o200k_base'), ref.encode(t, [], []).length);
    assert.ok(core.countTokens(t, 'o200k_base') > 3);
  } finally { ref.free(); }
});

test('a 200,000-character run without spaces is counted (sliced) and stays close to the exact count', () => {
  const run = 'ab1'.repeat(66_667);
  const n = core.countTokens(run, 'o200k_base');
  assert.ok(n > 10_000 && n < 200_000, `count ${n}`);
  // Slicing at 512 characters can only add a handful of tokens per slice.
  const ref = get_encoding('o200k_base');
  try {
    const exact = ref.encode(run.slice(0, 4096)).length;
    const sliced = core.countTokens(run.slice(0, 4096) + ' ', 'o200k_base');
    assert.ok(Math.abs(sliced - exact) <= 8, `sliced ${sliced} vs exact ${exact}`);
  } finally { ref.free(); }
});

test('empty text is zero tokens', () => {
  assert.equal(core.countTokens('', 'o200k_base'), 0);
});
