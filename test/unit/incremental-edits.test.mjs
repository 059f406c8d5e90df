// Edits re-analyse what changed (issue #18): an open document's edit reuses the previous version's per-function facts
// and priced calls where nothing they read has changed. Property: after every random edit — text typed or deleted
// inside one function, ranges cut across functions, lines moved from one function to another, volume comments and
// suppressions added — the result of the editing session equals a fresh analysis of the same text (deep-equal).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');
const fixtures = join(fileURLToPath(import.meta.url), '../../fixtures');
const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });

const CASES = [
  ['incremental', 'ts-app'], ['incremental', 'py-app'],
  ['js', 'openai-sdk-idioms'], ['js', 'anthropic-messages'], ['js', 'prompt-builders'], ['js', 'openai-loops-volume'],
  ['js', 'openai-param-default'], ['js', 'openai-class-wrapper'], ['js', 'vercel-ai-basic'],
  ['python', 'anthropic-messages'], ['python', 'methods-as-values'], ['python', 'volume-and-loops'], ['python', 'string-building'],
  ['python', 'openai-async-class'],
];
const SNIPPETS = {
  js: [' ', 'x', "'", '`', '(', ')', '{', '}', ',', '\n', '\n\n', 'gpt-4o-mini', ' + ', '${name}', '// ', 'await ', 'model: ',
    '// spendlens: 500/month\n', '// spendlens-ignore-next-line\n', 'max_tokens: 50, ', "const SYSTEM = 'Be brief.';\n", 'function f(a) { return a; }\n',
    "const SUMMARY_MODEL = 'o4-mini';\n", "history.push({ role: 'user', content: 'More text' });\n", "ask('gpt-4.1', 'Hi');\n", "import { DEFAULT_MODEL } from './config';\n",
    'Settings.llm = new OpenAI({ model: "gpt-4o" });\n', "vi.mock('openai');\n"],
  python: [' ', 'x', "'", '"', '(', ')', ',', '\n', '\n    ', '    ', 'gpt-4o-mini', ' + ', '{name}', '# ', 'await ', 'model=',
    '# spendlens: 500/month\n', '# spendlens-ignore-next-line\n', 'max_tokens=50, ', 'SYSTEM = "Be brief."\n', 'def f(a):\n    return a\n',
    'SUMMARY_MODEL = "o4-mini"\n', 'ask("gpt-4.1", "Hi")\n', 'from config import DEFAULT_MODEL\n'],
};

/** The two fixtures written for this test get more edits (their statements read each other in every way there is). */
const STEPS = { incremental: 150 };

/** A small seeded generator, so a failure can be replayed. */
function random(seed) {
  let s = seed >>> 0;
  return n => { s = (s * 1664525 + 1013904223) >>> 0; return s % n; };
}

/** One random edit: typed, deleted, replaced within a few characters, a range cut across functions, or lines moved. */
function edit(text, pick, snippets) {
  const at = pick(text.length + 1);
  switch (pick(6)) {
    case 0: return text.slice(0, at) + snippets[pick(snippets.length)] + text.slice(at);
    case 1: return text.slice(0, at) + text.slice(at + 1 + pick(6));
    case 2: { const len = 1 + pick(8); return text.slice(0, at) + snippets[pick(snippets.length)] + text.slice(at + len); }
    case 3: return text.slice(0, at) + text.slice(at + 20 + pick(400)); // across functions
    default: { // a block of lines moved elsewhere (into or out of another function)
      const lines = text.split('\n');
      const from = pick(lines.length), count = 1 + pick(6);
      const block = lines.splice(from, count);
      lines.splice(pick(lines.length + 1), 0, ...block);
      return lines.join('\n');
    }
  }
}

for (const [area, name] of CASES) {
  test(`incremental = fresh after each of ${STEPS[area] ?? 30} random edits (${area}/${name})`, async () => {
    const root = join(fixtures, area, name);
    const files = readdirSync(root, { recursive: true }).filter(f => /\.(ts|tsx|js|mjs|py)$/.test(f)).sort();
    const pick = random(name.length * 7919 + area.length * 31);
    let called = 0;
    for (const file of files) {
      const original = readFileSync(join(root, file), 'utf8');
      const editing = new core.Session({ root, book });
      let text = original;
      if (!(await editing.updateFile(file, text)).calls.length) continue;
      called++;
      for (let step = 0; step < (STEPS[area] ?? 30); step++) {
        // Every seventh step goes back to the original text: a large jump must be followed too.
        text = step % 7 === 6 ? original : edit(text, pick, SNIPPETS[file.endsWith('.py') ? 'python' : 'js']);
        const incremental = await editing.updateFile(file, text);
        const fresh = await new core.Session({ root, book }).updateFile(file, text);
        assert.deepEqual(incremental, fresh, `${area}/${name}/${file}, step ${step}`);
      }
    }
    assert.ok(called > 0, `${area}/${name} has a file with calls`);
  });
}

test('an edit re-prices only the calls whose facts changed (the others are reused, moved to their new positions)', async () => {
  const root = join(fixtures, 'js', 'openai-sdk-idioms');
  const file = readdirSync(root).find(f => f.endsWith('.ts'));
  const text = readFileSync(join(root, file), 'utf8');
  const session = new core.Session({ root, book });
  const before = await session.updateFile(file, text);
  assert.ok(before.calls.length >= 2);
  // A line typed above every call: all positions move, no call's facts change.
  const after = await session.updateFile(file, `// a comment\n${text}`);
  assert.equal(after.calls.length, before.calls.length);
  after.calls.forEach((c, i) => {
    assert.equal(c.line, before.calls[i].line + 1);
    assert.equal(c.assumptions, before.calls[i].assumptions, `call ${i} reused`);
  });
  assert.deepEqual(after, await new core.Session({ root, book }).updateFile(file, `// a comment\n${text}`));
  // A new price book: nothing is reused.
  session.setPriceBook(book);
  const again = await session.updateFile(file, text);
  again.calls.forEach((c, i) => assert.notEqual(c.assumptions, after.calls[i].assumptions));
});

test('an edit inside one function re-extracts only the calls it can change (and those just below it)', async () => {
  const root = join(fixtures, 'incremental', 'ts-app');
  const text = readFileSync(join(root, 'app.ts'), 'utf8');
  const session = new core.Session({ root, book });
  await session.updateFile('app.ts', text);
  const before = session.callFactsOf('app.ts');
  const prompts = calls => calls.map(f => f.prompt);
  // Inside support(): its own call is extracted again, and review()'s, which starts within 7 lines below the edit
  // (a volume comment may sit up to 6 lines above a call); the others keep their facts.
  const edited = text.replace("max_tokens: 300,", "max_tokens: 350,");
  await session.updateFile('app.ts', edited);
  const after = session.callFactsOf('app.ts');
  const changed = after.map((f, i) => f.prompt !== before[i].prompt);
  assert.deepEqual(after.map(f => f.functionName).filter((_, i) => changed[i]), ['support', 'review']);
  assert.equal(after.find(f => f.functionName === 'support').maxOutputTokens.value, 350);
  // A changed declaration: the calls that read it are extracted again (summarise), plus ask(), which starts 5 lines
  // below it; chat() reads `history` and SYSTEM, not SUMMARY_MODEL, and keeps its facts.
  const renamed = edited.replace("const SUMMARY_MODEL = 'gpt-4.1-mini';", "const SUMMARY_MODEL = 'o4-mini';");
  await session.updateFile('app.ts', renamed);
  const third = session.callFactsOf('app.ts');
  assert.deepEqual(third.map(f => f.functionName).filter((_, i) => third[i].prompt !== after[i].prompt), ['ask', 'summarise']);
  assert.equal(third.find(f => f.functionName === 'summarise').model.value, 'o4-mini');
  // A caller of a private function added elsewhere: the function's own call reads its callers, so it is redone.
  const caller = renamed + "\nexport const extra = () => ask('gpt-4.1', 'One more question');\n";
  await session.updateFile('app.ts', caller);
  const fourth = session.callFactsOf('app.ts');
  assert.ok(fourth.find(f => f.functionName === 'ask').prompt !== third.find(f => f.functionName === 'ask').prompt);
  assert.deepEqual(await session.updateFile('app.ts', caller), await new core.Session({ root, book }).updateFile('app.ts', caller));
  assert.deepEqual(prompts(fourth).length, prompts(third).length);
});
