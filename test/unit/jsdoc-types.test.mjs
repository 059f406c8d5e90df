// JSDoc-typed clients in JavaScript: JSDoc is parsed only for files whose type tags name a known client class, and an
// edited document switches mode when a tag appears or goes (the incremental re-parse keeps the previous tree's mode).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
const core = createRequire(import.meta.url)('../../out/core.cjs');

const resolver = { importedString: () => null, moduleText: () => null, readText: () => null };
const body = `async function ask(client, q) {
  return client.images.generate({ model: 'gpt-image-1', prompt: q });
}`;
const untyped = `const OpenAI = require('openai');\n/** asks */\n${body}\n`;
const typed = `const OpenAI = require('openai');\n/** @param {OpenAI} client */\n${body}\n`;

function scan(text, tree) {
  return core.extractJsFacts({ file: 'ask.js', text, language: 'javascript', resolver, options: {}, tree }).calls;
}

test('a JSDoc @param naming a client class makes the call a call', () => {
  assert.equal(scan(untyped).length, 0);
  const calls = scan(typed);
  assert.equal(calls.length, 1);
  assert.equal(calls[0].vendor, 'openai');
});

test('an edit that adds or removes the JSDoc type re-parses in the right mode', () => {
  let kept;
  const tree = () => ({ previous: kept, keep: sf => { kept = sf; } });
  assert.equal(scan(untyped, tree()).length, 0);
  assert.equal(scan(typed, tree()).length, 1, 'tag added');
  assert.equal(scan(typed.replace('gpt-image-1', 'dall-e-3'), tree())[0].model.value, 'dall-e-3', 'edited, still typed');
  assert.equal(scan(untyped, tree()).length, 0, 'tag removed');
});

test('a TypeScript file is never parsed for JSDoc types (its types are in the code)', () => {
  const calls = core.extractJsFacts({ file: 'ask.ts', text: typed.replace("const OpenAI = require('openai');", "import OpenAI from 'openai';"), language: 'typescript', resolver, options: {} }).calls;
  assert.equal(calls.length, 0);
});
