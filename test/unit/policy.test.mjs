// The shared decision layer (src/core/facts/policy): the rules both extractors ask, tested on their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const core = createRequire(import.meta.url)('../../out/core.cjs');

test('volume grammar: numbers, suffixes, separators and units', () => {
  const v = s => core.parseVolume(s)?.callsPerMonth ?? null;
  assert.equal(v('// spendlens: 20000/month'), 20000);
  assert.equal(v('# spendlens: 20_000 / mo'), 20000);
  assert.equal(v('# spendlens: 1.5m / month'), 1500000);
  assert.equal(v('# spendlens: 1b/month'), 1e9);
  assert.equal(v('// spendlens: 500 per day'), 15000);
  assert.equal(v('// spendlens: ~500 requests a day'), 15000);
  assert.equal(v('// spendlens: 3k/d'), 90000);
  assert.equal(v('# spendlens: 100 calls per week'), Math.round(100 * 52 / 12));
  assert.equal(v('# spendlens: 10 calls/hour'), 7200);
  assert.equal(v('# spendlens: 1,200/year'), 100);
  assert.equal(v('# spendlens: lots'), null);
  assert.equal(v('# spendlens: 500 per fortnight'), null);
  assert.equal(core.parseVolume('// spendlens: 500 per day').source, 'comment: spendlens: 500 per day');
});

test('vendor from model id: families, gateway prefixes, Bedrock ids', () => {
  const cases = {
    'gpt-4o-mini': 'openai', 'o3-mini': 'openai', 'text-embedding-3-small': 'openai', 'claude-3-5-haiku-latest': 'anthropic',
    'gemini-2.0-flash': 'gemini', 'models/gemini-1.5-pro': 'gemini', 'text-embedding-004': 'gemini', 'mistral-large-latest': 'mistral',
    'command-r-plus': 'cohere', 'deepseek-chat': 'deepseek', 'grok-3': 'xai',
    'anthropic.claude-3-5-sonnet-20240620-v1:0': 'bedrock', 'us.anthropic.claude-3-7-sonnet-20250219-v1:0': 'bedrock',
    'global.anthropic.claude-sonnet-4-20250514-v1:0': 'bedrock', 'meta.llama3-70b-instruct-v1:0': 'bedrock',
    'mistral.mistral-large-2402-v1:0': 'bedrock', 'amazon.titan-embed-text-v2:0': 'bedrock',
    'groq/llama-3.1-8b-instant': 'groq', 'openai/gpt-4o': 'openai', 'google_genai:gemini-2.0-flash': 'gemini',
    'google-gla:gemini-1.5-flash': 'gemini', 'together_ai/meta-llama/Llama-3-8b': 'together_ai',
    'llama3:8b': null, 'my-finetune': null,
  };
  for (const [id, vendor] of Object.entries(cases)) assert.equal(core.vendorFromModelId(id), vendor, id);
});

test('vendor from URL: API hosts; a bare localhost is not Ollama', () => {
  const cases = {
    'https://api.groq.com/openai/v1': 'groq', 'https://api.together.xyz/v1': 'together_ai', 'https://api.deepseek.com': 'deepseek',
    'https://openrouter.ai/api/v1': 'openrouter', 'https://my.openai.azure.com/': 'azure', 'http://localhost:11434/v1': 'ollama',
    'http://ollama:11434': 'ollama', 'https://bedrock-runtime.us-east-1.amazonaws.com': 'bedrock', 'http://localhost:8000/v1': null,
    'https://api.openai.com/v1/chat/completions': 'openai', 'https://generativelanguage.googleapis.com/v1beta/': 'gemini',
  };
  for (const [url, vendor] of Object.entries(cases)) assert.equal(core.vendorFromUrl(url), vendor, url);
});

test('model id inside a Vertex AI resource name; a deployed endpoint names none', () => {
  const cases = {
    'projects/p/locations/us-central1/publishers/google/models/text-embedding-005': 'text-embedding-005',
    'projects/p/locations/europe-west4/publishers/google/models/gemini-1.5-flash-002': 'gemini-1.5-flash-002',
    'publishers/google/models/imagen-3.0-generate-002:predict': 'imagen-3.0-generate-002',
    'projects/p/locations/us-central1/endpoints/1234567890': null,
    '': null,
  };
  for (const [resource, model] of Object.entries(cases)) assert.equal(core.modelOfVertexResource(resource), model, resource);
});

test('image models reached through chat-shaped APIs are image calls; other kinds are kept', () => {
  assert.equal(core.kindForModel('chat', 'gemini-2.5-flash-image'), 'image');
  assert.equal(core.kindForModel('chat', 'gemini-2.0-flash-preview-image-generation'), 'image');
  assert.equal(core.kindForModel('chat', 'openai/gpt-image-1'), 'image');
  assert.equal(core.kindForModel('chat', 'gemini-2.5-flash'), 'chat');
  assert.equal(core.kindForModel('embedding', 'imagen-3.0'), 'embedding');
  assert.equal(core.kindForModel('chat', null), 'chat');
});

test('a provider named by an app constant or class: provider names and known API vendors, nothing else', () => {
  const cases = {
    DeepSeek: 'deepseek', Moonshot: 'moonshot', XAI: 'xai', Anthropic: 'anthropic', OpenaiPath: 'openai', SiliconFlow: 'siliconflow',
    GroqApi: 'groq', AppPath: null, Feedback: null, ApiPath: null, '': null,
  };
  for (const [name, vendor] of Object.entries(cases)) assert.equal(core.vendorFromName(name), vendor, name);
});

test('substitution: back-references in a static replacement are the text each match captured', () => {
  const base = { text: 'Keep [[ticket]] and [[amount]]; [[x', placeholders: [] };
  const sub = (pattern, text, refs) => core.substitute(base, pattern, { text, source: 'v', refs }, { all: true });
  const re = /\[\[(\w+)\]\]/g;
  assert.equal(sub({ regex: re }, '<$1>', 'js').text, 'Keep <ticket> and <amount>; [[x');
  assert.equal(sub({ regex: /\[\[(?<n>\w+)\]\]/g }, '{$<n>}|$&|$$|$2', 'js').text, 'Keep {ticket}|[[ticket]]|$|$2 and {amount}|[[amount]]|$|$2; [[x');
  assert.equal(sub({ regex: re }, String.raw`<\1>`, 'python').text, 'Keep <ticket> and <amount>; [[x');
  assert.equal(sub({ regex: /\[\[(?<n>\w+)\]\]/g }, String.raw`\g<n>=\g<0>\n`, 'python').text, 'Keep ticket=[[ticket]]\n and amount=[[amount]]\n; [[x');
  // Python rejects an unknown group or letter escape: the value is then a placeholder per match.
  const bad = sub({ regex: re }, String.raw`\2`, 'python');
  assert.deepEqual([bad.text, bad.placeholders], ['Keep  and ; [[x', ['v', 'v']]);
  assert.equal(sub({ regex: re }, String.raw`\q`, 'python').placeholders.length, 2);
  // str.replace reads no references; JS string patterns have no groups, `$&` still is the match.
  assert.equal(sub({ literal: '[[x' }, String.raw`\1$1`, undefined).text, String.raw`Keep [[ticket]] and [[amount]]; \1$1`);
  assert.equal(sub({ literal: '[[x' }, '$1$&!', 'js').text, 'Keep [[ticket]] and [[amount]]; $1[[x!');
  // Each agrees with the language itself.
  assert.equal(sub({ regex: /\[\[(?<n>\w+)\]\]/g }, '{$<n>}|$&|$$|$2|$`', 'js').text, base.text.replace(/\[\[(?<n>\w+)\]\]/g, '{$<n>}|$&|$$|$2|$`'));
});
