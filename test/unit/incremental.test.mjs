// An open document is re-parsed incrementally (TypeScript reuses the nodes of unchanged text). Whatever the edits —
// inside prompts, across brackets, ones that break the syntax and ones that mend it — the result after each edit must
// be exactly what a fresh parse of the same text gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');
const fixtures = join(fileURLToPath(import.meta.url), '../../fixtures/js');
const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
const CASES = ['openai-sdk-idioms', 'anthropic-messages', 'vercel-ai-basic', 'prompt-builders', 'openai-options-object', 'syntax-error-recovery', 'openai-loops-volume'];
const SNIPPETS = [' ', 'x', "'", '"', '`', '(', ')', '{', '}', '[', ']', ',', '\n', 'gpt-4o-mini', ' + ', '${name}', '// ', '/*', '*/', 'await ', 'model: '];

/** A small seeded generator, so a failure can be replayed. */
function random(seed) {
  let s = seed >>> 0;
  return n => { s = (s * 1664525 + 1013904223) >>> 0; return s % n; };
}

function edit(text, pick) {
  const at = pick(text.length + 1);
  switch (pick(3)) {
    case 0: return text.slice(0, at) + SNIPPETS[pick(SNIPPETS.length)] + text.slice(at);
    case 1: return text.slice(0, at) + text.slice(at + 1 + pick(12));
    default: { const len = 1 + pick(8); return text.slice(0, at) + SNIPPETS[pick(SNIPPETS.length)] + text.slice(at + len); }
  }
}

const view = r => JSON.stringify({ calls: r.calls, syntaxErrors: r.syntaxErrors, warnings: r.warnings });

for (const name of CASES) {
  test(`incremental re-parse = fresh parse after each of 40 random edits (${name})`, async () => {
    const root = join(fixtures, name);
    const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8'));
    const files = [...new Set(expected.calls.map(c => c.file))];
    const pick = random(name.length * 7919);
    for (const file of files) {
      const editing = new core.Session({ root, book });
      let text = readFileSync(join(root, file), 'utf8');
      const opened = await editing.updateFile(file, text);
      assert.ok(opened.calls.length > 0, `${file} has calls`);
      for (let step = 0; step < 40; step++) {
        // Every fifth step goes back to the original text: the tree must follow a large jump too.
        text = step % 5 === 4 ? readFileSync(join(root, file), 'utf8') : edit(text, pick);
        const incremental = await editing.updateFile(file, text);
        const fresh = await new core.Session({ root, book }).updateFile(file, text);
        assert.equal(view(incremental), view(fresh), `${name}/${file}, step ${step}`);
      }
    }
  });
}
