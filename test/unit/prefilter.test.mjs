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
      const modules = new core.ModuleResolver(rel => !!statSync(join(dir, rel), { throwIfNoEntry: false })?.isFile());
      for (const file of files) {
        const path = join(dir, file);
        if (!statSync(path, { throwIfNoEntry: false })) continue;
        // A file naming no SDK passes through a workspace module it imports that does (as the session decides).
        const holds = spec => { const t = modules.resolve(file, spec); return !!t && core.mayContainCalls(readFileSync(join(dir, t), 'utf8')); };
        assert.ok(core.mayContainCallsVia(readFileSync(path, 'utf8'), file.endsWith('.py'), [], holds), `${area}/${name}/${file}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 50, `checked ${checked} files`);
});

test('a file naming no SDK passes through a module it imports that does, one level deep', () => {
  const sdk = new Set(['app/llm.py', 'src/lib/ai.ts']);
  const holds = spec => sdk.has(spec === 'app.llm' ? 'app/llm.py' : spec === '@/lib/ai' ? 'src/lib/ai.ts' : '');
  assert.ok(core.mayContainCallsVia('from app.llm import get_llm\n\nllm = get_llm()\nllm.complete("hi")\n', true, [], holds));
  assert.ok(core.mayContainCallsVia("import { model } from '@/lib/ai';\nexport const ask = (q) => model.complete(q);\n", false, [], holds));
  // Imports of modules that name no SDK, and packages (JS bare specifiers are not followed at all), do not.
  assert.equal(core.mayContainCallsVia('from app.db import session\nimport os\n', true, [], holds), false);
  assert.equal(core.mayContainCallsVia("import React from 'react';\nimport { x } from './util';\n", false, [], holds), false);
  assert.deepEqual(core.importedModules("import a from './a';\nconst b = require('../b');\nconst c = await import('@/c');\nimport d from 'lodash';\n", false), ['./a', '../b', '@/c']);
  assert.deepEqual(core.importedModules('from .llm import get_llm\nimport app.config as cfg\n  from x.y import (z)\n', true), ['.llm', 'app.config', 'x.y']);
});
