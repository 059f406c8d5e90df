// Python extractor run-time behaviour: lazy init, tree lifetime (no WebAssembly leaks),
// incremental re-parse of open documents, exported constants for cross-file resolution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require(process.env.SPENDLENS_CORE ?? '../../out/core.cjs');
const options = { wrappers: [] };

const SAMPLE = `from openai import OpenAI

client = OpenAI()
MODEL = "gpt-4o-mini"


def ask(q: str) -> str:
    return client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": q}], max_tokens=50)
`;

test('extraction before init fails with a clear error, then init is idempotent', async () => {
  assert.equal(core.isPythonParserReady(), false);
  assert.throws(() => core.extractPythonFacts({ file: 'a.py', text: SAMPLE, resolver: core.noWorkspace, options }), /initPythonParser/);
  await Promise.all([core.initPythonParser(), core.initPythonParser()]);
  await core.initPythonParser();
  assert.equal(core.isPythonParserReady(), true);
  const facts = core.extractPythonFacts({ file: 'a.py', text: SAMPLE, resolver: core.noWorkspace, options });
  assert.equal(facts.calls.length, 1);
  assert.equal(facts.calls[0].model.value, 'gpt-4o-mini');
});

test('every tree parsed for extraction is deleted (200 files) and memory stays bounded', async () => {
  await core.initPythonParser();
  // Reach the bundled Tree class through a live document to count deletes.
  const probe = new core.PythonDocument('x = 1\n');
  const TreeProto = Object.getPrototypeOf(probe.tree);
  probe.dispose();
  const originalDelete = TreeProto.delete;
  let deletes = 0;
  TreeProto.delete = function (...args) { deletes++; return originalDelete.apply(this, args); };
  try {
    const text = SAMPLE + '\n'.repeat(3) + Array.from({ length: 60 }, (_, i) => `def helper_${i}(x):\n    return [y * ${i} for y in x if y]\n`).join('\n');
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 200; i++) {
      const facts = core.extractPythonFacts({ file: `f${i}.py`, text: `${text}\n# ${i}\n`, resolver: core.noWorkspace, options });
      assert.equal(facts.calls.length, 1);
    }
    const exportsText = 'MODEL = "gpt-4o"\n';
    for (let i = 0; i < 20; i++) core.collectPythonExports(`c${i}.py`, exportsText);
    assert.equal(deletes, 220, 'one delete per parse');
    const growthMiB = (process.memoryUsage().rss - before) / 2 ** 20;
    assert.ok(growthMiB < 256, `rss grew ${growthMiB.toFixed(0)} MiB over 200 extractions`);
  } finally {
    TreeProto.delete = originalDelete;
  }
});

test('PythonDocument re-parses incrementally and matches a full parse', async () => {
  await core.initPythonParser();
  const doc = new core.PythonDocument(SAMPLE);
  try {
    const at = SAMPLE.indexOf('max_tokens=50') + 'max_tokens='.length;
    // Two LSP-style changes, the second against the text left by the first.
    const step1 = SAMPLE.slice(0, at) + '500' + SAMPLE.slice(at + 2);
    const insertAt = step1.indexOf('def ask');
    const step2 = step1.slice(0, insertAt) + '# spendlens: 3k/month\n' + step1.slice(insertAt);
    doc.update(step2, [
      { start: at, end: at + 2, text: '500' },
      { start: insertAt, end: insertAt, text: '# spendlens: 3k/month\n' },
    ]);
    assert.equal(doc.text, step2);
    const full = new core.PythonDocument(step2);
    assert.equal(doc.tree.rootNode.toString(), full.tree.rootNode.toString());
    full.dispose();
    const facts = core.extractPythonFacts({ file: 'a.py', text: step2, resolver: core.noWorkspace, options, document: doc });
    assert.equal(facts.calls[0].maxOutputTokens.value, 500);
    // Edits that do not reproduce the new text fall back to a full parse instead of corrupting the tree.
    doc.update('y = 2\n', [{ start: 0, end: 1, text: 'z' }]);
    assert.equal(doc.tree.rootNode.toString(), '(module (expression_statement (assignment left: (identifier) right: (integer))))');
  } finally {
    doc.dispose();
  }
  assert.throws(() => doc.tree, /disposed/);
});

test('collectPythonExports: constants, annotated, class attributes, dict keys, numbers; literal spans', async () => {
  await core.initPythonParser();
  const text = [
    'import os',
    'MODEL = "gpt-4o"',
    "FAST: str = 'gpt-4o-mini'",
    'LIMIT = 1_000',
    'ENV_MODEL = os.getenv("M", "o4-mini")',
    'PROMPTS = {"summary": "Summarize.", "nested": {"a": """Tri"""}}',
    'class Settings:',
    '    model = "claude-3-5-haiku-latest"',
    '    class Inner:',
    '        x = "deep"',
    'def f():',
    '    local = "not exported"',
  ].join('\n');
  const { strings } = core.collectPythonExports('cfg.py', text);
  assert.deepEqual(Object.keys(strings).sort(), ['ENV_MODEL', 'FAST', 'LIMIT', 'MODEL', 'PROMPTS.nested.a', 'PROMPTS.summary', 'Settings.Inner.x', 'Settings.model']);
  assert.equal(strings.MODEL.value, 'gpt-4o');
  assert.deepEqual(strings.MODEL.definedAt, { file: 'cfg.py', start: 18, end: 26, line: 2, column: 9, quote: '"' });
  assert.equal(strings.FAST.definedAt.quote, "'");
  assert.equal(strings.LIMIT.value, '1000');
  assert.equal(strings['PROMPTS.nested.a'].value, 'Tri');
  assert.equal(strings['Settings.model'].value, 'claude-3-5-haiku-latest');
});

test('volume comments: k/m suffixes, per day/week/hour', () => {
  assert.equal(core.parseVolume('# spendlens: 20000/month')?.callsPerMonth, 20000);
  assert.equal(core.parseVolume('# spendlens: 20k/month')?.callsPerMonth, 20000);
  assert.equal(core.parseVolume('# spendlens: 1.5m / month')?.callsPerMonth, 1500000);
  assert.equal(core.parseVolume('# spendlens: 500/day')?.callsPerMonth, 15000);
  assert.equal(core.parseVolume('# spendlens: 10 calls/hour')?.callsPerMonth, 7200);
  assert.equal(core.parseVolume('# spendlens: lots'), null);
});

test('a syntax error count reflects ERROR/MISSING nodes and .pyi stubs yield no calls', async () => {
  await core.initPythonParser();
  const broken = core.extractPythonFacts({ file: 'b.py', text: SAMPLE.replace('def ask(q: str) -> str:', 'def ask(q: str) -> str'), resolver: core.noWorkspace, options });
  assert.ok(broken.syntaxErrors > 0);
  assert.equal(broken.calls.length, 1);
  const stub = core.extractPythonFacts({ file: 'b.pyi', text: SAMPLE, resolver: core.noWorkspace, options });
  assert.equal(stub.calls.length, 0);
});
