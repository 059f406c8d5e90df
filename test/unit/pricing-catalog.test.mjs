// The committed catalog itself: valid against its schema, built deterministically, wide enough,
// and priced exactly as the LiteLLM source map says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');
const root = fileURLToPath(new URL('../..', import.meta.url));
const catalogPath = join(root, 'pricing/catalog.json');
const catalogText = readFileSync(catalogPath, 'utf8');
const catalog = JSON.parse(catalogText);
const source = JSON.parse(readFileSync(join(root, 'pricing/source/litellm_model_prices.json'), 'utf8'));
const book = core.PriceBook.fromCatalog(catalog, catalogPath);

test('pricing/catalog.json passes the schema rules with no rejected model', () => {
  const { catalog: parsed, problems } = core.parseCatalog(catalogText, catalogPath);
  assert.deepEqual(problems, []);
  assert.equal(parsed.models.length, catalog.models.length);
  assert.equal(catalog.currency, 'USD');
  assert.equal(catalog.unit, 'per 1M tokens');
  assert.equal(catalog.updated, '2026-07-24');
  assert.ok(catalog.sources.some(s => s.license === 'MIT' && /litellm/i.test(s.url)));
});

test('the catalog is what npm run catalog builds from the committed inputs', () => {
  const out = execFileSync(process.execPath, [join(root, 'scripts/build-catalog.mjs'), '--check'], { encoding: 'utf8' });
  assert.match(out, /up to date/);
});

test('ids are unique and aliases name one model only', () => {
  const names = new Map();
  for (const m of catalog.models) {
    for (const name of [m.id, ...m.aliases]) {
      const key = name.toLowerCase();
      assert.ok(!names.has(key), `${name} is used by ${names.get(key)} and ${m.id}`);
      names.set(key, m.id);
    }
  }
});

test('coverage: at least 150 chat models from at least 10 providers, the named ones included', () => {
  const chat = catalog.models.filter(m => m.mode === 'chat');
  assert.ok(chat.length >= 150, `${chat.length} chat models`);
  const providers = new Set(chat.map(m => m.provider));
  assert.ok(providers.size >= 10, [...providers].join(','));
  for (const p of ['openai', 'azure', 'anthropic', 'gemini', 'vertex_ai', 'mistral', 'cohere', 'groq', 'together_ai', 'deepseek', 'xai', 'bedrock']) {
    assert.ok(providers.has(p), `chat models from ${p}`);
  }
  assert.ok(catalogText.length < 1.5 * 1024 * 1024, `catalog is ${catalogText.length} bytes`);
});

test('coverage: the common embedding models', () => {
  for (const id of ['text-embedding-3-small', 'text-embedding-3-large', 'text-embedding-ada-002', 'gemini/text-embedding-004',
    'embed-english-v3.0', 'cohere/embed-v4.0', 'mistral-embed', 'voyage-3']) {
    const r = book.lookup(id);
    assert.ok(r, `${id} is in the catalog`);
    assert.equal(r.model.mode, 'embedding', id);
  }
});

// LiteLLM key → our id, across providers and id schemes.
const sample = {
  'gpt-4o': 'gpt-4o', 'gpt-4o-mini': 'gpt-4o-mini', 'gpt-4.1': 'gpt-4.1', 'gpt-4.1-nano': 'gpt-4.1-nano', 'o3': 'o3', 'o4-mini': 'o4-mini',
  'gpt-5': 'gpt-5', 'gpt-5-mini': 'gpt-5-mini', 'gpt-4': 'gpt-4', 'gpt-3.5-turbo': 'gpt-3.5-turbo', 'text-embedding-3-large': 'text-embedding-3-large',
  'claude-sonnet-4-5': 'claude-sonnet-4-5', 'claude-opus-4-1': 'claude-opus-4-1', 'claude-haiku-4-5': 'claude-haiku-4-5', 'claude-3-haiku-20240307': 'claude-3-haiku-20240307',
  'gemini/gemini-2.5-pro': 'gemini-2.5-pro', 'gemini/gemini-2.5-flash': 'gemini-2.5-flash', 'gemini-2.5-flash': 'vertex_ai/gemini-2.5-flash',
  'vertex_ai/claude-sonnet-4-5': 'vertex_ai/claude-sonnet-4-5', 'azure/gpt-4o': 'azure/gpt-4o', 'azure/gpt-4o-mini': 'azure/gpt-4o-mini',
  'mistral/mistral-large-latest': 'mistral-large-latest', 'mistral/mistral-small-latest': 'mistral-small-latest', 'command-r-plus': 'command-r-plus',
  'groq/llama-3.3-70b-versatile': 'groq/llama-3.3-70b-versatile', 'together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo': 'together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo',
  'deepseek-chat': 'deepseek-chat', 'deepseek-reasoner': 'deepseek-reasoner', 'xai/grok-4': 'grok-4', 'xai/grok-3-mini': 'grok-3-mini',
  'anthropic.claude-3-5-sonnet-20240620-v1:0': 'bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0', 'amazon.nova-pro-v1:0': 'bedrock/amazon.nova-pro-v1:0',
  'cohere/embed-v4.0': 'embed-v4.0', 'voyage/voyage-3': 'voyage-3',
};
const perMillion = x => Number((x * 1e6).toPrecision(12));

test(`prices equal the source map ×1e6 on ${Object.keys(sample).length} models`, () => {
  assert.ok(Object.keys(sample).length >= 20);
  const byId = new Map(catalog.models.map(m => [m.id, m]));
  for (const [key, id] of Object.entries(sample)) {
    const entry = source[key];
    const model = byId.get(id);
    assert.ok(entry, `${key} in the source map`);
    assert.ok(model, `${id} in the catalog`);
    assert.equal(model.source, 'litellm', id);
    assert.equal(model.input, perMillion(entry.input_cost_per_token), `${id} input`);
    assert.equal(model.output, perMillion(entry.output_cost_per_token ?? 0), `${id} output`);
    if (entry.cache_read_input_token_cost !== undefined) assert.equal(model.cachedInput, perMillion(entry.cache_read_input_token_cost), `${id} cachedInput`);
    if (entry.cache_creation_input_token_cost !== undefined) assert.equal(model.cacheWrite, perMillion(entry.cache_creation_input_token_cost), `${id} cacheWrite`);
    if (entry.input_cost_per_token_batches !== undefined) assert.equal(model.batchInput, perMillion(entry.input_cost_per_token_batches), `${id} batchInput`);
    if (entry.max_input_tokens !== undefined) assert.equal(model.contextWindow, entry.max_input_tokens, `${id} contextWindow`);
    if (entry.input_cost_per_token_above_200k_tokens !== undefined) {
      const tier = model.above.find(t => t.threshold === 200000);
      assert.equal(tier.input, perMillion(entry.input_cost_per_token_above_200k_tokens), `${id} above 200k`);
    }
    assert.equal(model.capabilities.tools, entry.supports_function_calling === true, `${id} tools`);
  }
});

test('every litellm-sourced model matches its source entry (input and output)', () => {
  let checked = 0;
  for (const m of catalog.models.filter(m => m.source === 'litellm')) {
    // The source key is the id, an alias, or (for a host whose bare key is another model's id) the id without its host.
    const key = [m.id, ...m.aliases, m.id.slice(m.provider.length + 1)].find(k => source[k] && source[k].input_cost_per_token !== undefined && perMillion(source[k].input_cost_per_token) === m.input);
    assert.ok(key, `${m.id}: no source key with its input price`);
    assert.equal(m.output, perMillion(source[key].output_cost_per_token ?? 0), m.id);
    checked++;
  }
  assert.ok(checked > 1000);
});

test('curated judgements: tiers, tokenizers, deprecations and successors', () => {
  const m = id => book.lookup(id).model;
  const tk = id => { const { details, ...rest } = m(id).tokenizer; return { ...rest, certainty: details?.certainty }; };
  assert.deepEqual(tk('gpt-4o'), { encoding: 'o200k_base', exact: true, ratio: 1, profile: 'openai-o200k', certainty: 'exact' });
  assert.deepEqual(tk('gpt-4'), { encoding: 'cl100k_base', exact: true, ratio: 1, profile: 'openai-cl100k', certainty: 'exact' });
  assert.deepEqual(tk('claude-sonnet-4-5'), { encoding: 'o200k_base', exact: false, ratio: 1.2, profile: 'anthropic', certainty: 'estimated' });
  // Claude 4.7 and later: the new tokenizer (≈1.7× o200k English, 1.55× code, from published measurements).
  assert.equal(tk('claude-opus-4-7').profile, 'anthropic-4.7');
  assert.deepEqual(m('claude-opus-4-7').tokenizer.details.scripts, { 'latin-en': 1.7, code: 1.55 });
  assert.equal(tk('claude-opus-4-20250514').profile, 'anthropic', 'Opus 4 is not 4.7+');
  // Gemini by generation: 2.x / 3.0 measured on Gemma 3's vocabulary, later ones not measured.
  assert.deepEqual([tk('gemini-2.5-pro').profile, tk('gemini-2.5-pro').certainty], ['gemini', 'calibrated']);
  assert.deepEqual([tk('gemini-3.1-pro-preview').profile, tk('gemini-3.1-pro-preview').certainty], ['gemini-next', 'estimated']);
  assert.equal(m('gemini-2.5-pro').tokenizer.details.digitsApart, true, 'Gemma gives every digit a token');
  // Mistral: Tekken (not measurable here) vs the 32k SentencePiece models (measured).
  assert.deepEqual([tk('mistral-large-latest').profile, tk('mistral-large-latest').certainty], ['mistral', 'estimated']);
  assert.deepEqual([tk('open-mistral-7b').profile, tk('open-mistral-7b').certainty], ['mistral-sp', 'calibrated']);
  assert.deepEqual([tk('groq/llama-3.3-70b-versatile').profile, tk('groq/llama-3.3-70b-versatile').certainty], ['llama3', 'calibrated']);
  assert.ok(m('groq/llama-3.3-70b-versatile').tokenizer.details.error.typical < 0.2);
  assert.equal(tk('together_ai/meta-llama/Llama-4-Scout-17B-16E-Instruct').profile, 'llama4');
  assert.equal(m('gpt-4o-mini').tier, 'small');
  assert.equal(m('gpt-4.1-nano').tier, 'nano');
  assert.equal(m('claude-opus-4-1').tier, 'frontier');
  assert.equal(m('claude-haiku-4-5').tier, 'small');
  for (const [id, successor] of [['gpt-4', 'gpt-4.1'], ['gpt-3.5-turbo', 'gpt-4o-mini'], ['claude-3-opus-20240229', 'claude-opus-4-1'],
    ['claude-3-5-sonnet-20241022', 'claude-sonnet-4-5'], ['azure/gpt-4', 'azure/gpt-4.1']]) {
    assert.equal(m(id).successor, successor, id);
    assert.ok(m(id).deprecated, `${id} deprecated`);
    assert.ok(book.lookup(successor), `${successor} exists`);
  }
  assert.equal(m('gpt-4o').deprecated, false);
  assert.equal(m('claude-3-opus-20240229').deprecated, '2026-05-01', 'LiteLLM deprecation_date kept');
  for (const model of catalog.models) if (model.successor) assert.ok(book.lookup(model.successor), `${model.id} → ${model.successor}`);
  for (const model of catalog.models.filter(x => x.source === 'curated')) assert.ok(model.basis, `${model.id} has a basis`);
});

test('a clean catalog: no path prefix as an id, no retired successor, a context window wherever a source gives one', () => {
  const catalog = JSON.parse(readFileSync(join(root, 'pricing/catalog.json'), 'utf8'));
  const source = JSON.parse(readFileSync(join(root, 'pricing/source/litellm_model_prices.json'), 'utf8'));
  const byId = new Map(catalog.models.map(m => [m.id, m]));
  assert.ok(Object.keys(source).some(k => k.endsWith('/')), 'the source has a path-prefix key (fireworks_ai/accounts/fireworks/models/)');
  for (const m of catalog.models) {
    assert.ok(!m.id.endsWith('/') && !m.aliases.some(a => a.endsWith('/')), `${m.id}: a path prefix is not a model`);
    if (!m.successor) continue;
    const next = byId.get(m.successor);
    const retired = next && (next.deprecated === true || (typeof next.deprecated === 'string' && next.deprecated <= catalog.updated));
    assert.ok(!retired, `${m.id} → ${m.successor}, which is itself retired (${next?.deprecated})`);
  }
  // A chat model the map gives no window for takes the one another provider's entry of the same model gives.
  const names = new Map();
  for (const m of catalog.models) if (m.contextWindow) names.set(core.canonicalName(m.id), m.contextWindow);
  for (const m of catalog.models.filter(x => x.mode === 'chat')) {
    const known = names.get(core.canonicalName(m.id));
    if (known !== undefined) assert.ok(m.contextWindow, `${m.id}: a context window is known for its model (${known})`);
  }
  assert.equal(byId.get('together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1').contextWindow, 32768, 'from another provider\'s entry of Mixtral 8x7B');
});
