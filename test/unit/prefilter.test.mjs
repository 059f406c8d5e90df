// The text pre-filter decides which files are parsed at all. A miss loses call sites, so every SDK spelling must pass;
// ordinary prose and unrelated APIs that share a word with an SDK ("together", "coherent", WebGL vertices) must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');
const fixtures = join(fileURLToPath(import.meta.url), '../../fixtures');

test('SDK spellings pass the pre-filter', () => {
  for (const text of [
    "import { CohereClientV2 } from 'cohere-ai';", 'import cohere\nco = cohere.ClientV2()', 'completion(model="cohere/command-r")',
    "import Together from 'together-ai';", 'const llm = new Together({ apiKey })', 'client = Together()', 'from together import Together\nclient = Together()', 'model="together_ai/meta-llama/x"',
    "import { VertexAI } from '@google-cloud/vertexai';", 'import vertexai', "import { vertex } from '@ai-sdk/google-vertex';",
    'model = ChatVertexAI(model="gemini-2.0-flash")', 'r = client.converse(modelId=MODEL, messages=m)',
    'await client.send(new ConverseCommand({ modelId }))', 'client.converse_stream(modelId=m)',
    "import OpenAI from 'openai';", 'import anthropic', 'const r = await llm.chat.completions.create({ model })',
  ]) assert.ok(core.mayContainCalls(text), text);
});

test('prose and unrelated APIs that share a word with an SDK do not', () => {
  for (const text of [
    '// Bring the pieces together: a coherent view of the order.',
    'gl.vertexAttribPointer(loc, 3, gl.FLOAT, false, 0, 0); gl.enableVertexAttribArray(loc);',
    'We converse with the user through a form.\nconst coherence = 0.8;',
    'export function mergeTogether(a, b) { return { ...a, ...b }; }',
  ]) assert.equal(core.mayContainCalls(text), false, text);
});

test('every fixture file holding a call site passes the pre-filter', () => {
  let checked = 0;
  for (const area of ['js', 'python']) {
    for (const name of readdirSync(join(fixtures, area))) {
      if (name === 'team-wrappers') continue; // passes through the team's wrapper names (extraNames), not the SDK hints
      const dir = join(fixtures, area, name);
      const expectedFile = join(dir, 'expected.json');
      let expected;
      try { expected = JSON.parse(readFileSync(expectedFile, 'utf8')); } catch { continue; }
      const files = new Set((expected.calls ?? []).map(c => c.file).filter(Boolean));
      for (const file of files) {
        const path = join(dir, file);
        if (!statSync(path, { throwIfNoEntry: false })) continue;
        assert.ok(core.mayContainCalls(readFileSync(path, 'utf8')), `${area}/${name}/${file}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 50, `checked ${checked} files`);
});
