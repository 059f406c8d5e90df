// Seeded fuzzing of the extractors: the fixture sources (test/fixtures/js, test/fixtures/python) are mutated —
// characters and tokens deleted, duplicated, inserted — and each mutant must be extracted without an exception
// in bounded time. The seed is fixed (SPENDLENS_FUZZ_SEED overrides it) so a failure replays exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { core, repo, scan, workspace } from './helpers.mjs';

const SEED = Number(process.env.SPENDLENS_FUZZ_SEED ?? 20261128);
const MUTANTS = Number(process.env.SPENDLENS_FUZZ_COUNT ?? 300);
/** Per-file bound: generous for a loaded CI machine, far below what a runaway (quadratic, looping) visitor takes. */
const PER_FILE_MS = 5000;

/** mulberry32: tiny, fast, good enough to pick mutations reproducibly. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  '(', ')', '{', '}', '[', ']', "'", '"', '`', '${', '}`', '"""', "'''", '/*', '*/', '//', '#', '\\', '\n', '\t', ':', ';', ',',
  '...', '=>', 'await ', 'async ', 'new ', 'lambda ', 'def ', 'class ', 'import ', 'from ', 'export ', 'return ', 'yield ',
  'client.chat.completions.create(', 'messages: [', 'model=', 'model: ', 'f"', '{x}', '<', '>', '</div>', '\u00e9', '\ud83d\ude00',
  '\ufffd', '\u0000', '\r\n', 'if ', 'for x in ', '@decorator\n', ' as ', 'None', 'undefined', '0x', '1e309',
];

function sources(dir, ext) {
  const out = [];
  const walk = d => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (ext.some(e => name.endsWith(e)) && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function mutate(text, rand) {
  let t = text;
  const edits = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * (t.length + 1));
    const span = 1 + Math.floor(rand() * 40);
    switch (Math.floor(rand() * 5)) {
      case 0: t = t.slice(0, at) + t.slice(at + span); break; // delete
      case 1: t = t.slice(0, at) + t.slice(at, at + span).repeat(2 + Math.floor(rand() * 3)) + t.slice(at + span); break; // duplicate
      case 2: t = t.slice(0, at) + TOKENS[Math.floor(rand() * TOKENS.length)] + t.slice(at); break; // insert a token
      case 3: t = t.slice(0, at) + String.fromCharCode(Math.floor(rand() * 0x250)) + t.slice(at); break; // insert a character
      default: { // move a span elsewhere
        const piece = t.slice(at, at + span);
        const rest = t.slice(0, at) + t.slice(at + span);
        const to = Math.floor(rand() * (rest.length + 1));
        t = rest.slice(0, to) + piece + rest.slice(to);
      }
    }
  }
  return t;
}

const noResolver = { importedString: () => null, moduleText: () => null, readText: () => null };

test(`fuzz: ${MUTANTS} mutated fixture sources never make an extractor throw, each within ${PER_FILE_MS} ms (seed ${SEED})`, async () => {
  await core.initPythonParser();
  const files = [
    ...sources(join(repo, 'test/fixtures/js'), ['.ts', '.tsx', '.js', '.mjs', '.cjs']),
    ...sources(join(repo, 'test/fixtures/python'), ['.py']),
  ];
  assert.ok(files.length > 40, `only ${files.length} fixture sources`);
  const rand = prng(SEED);
  let slowest = { ms: 0, file: '' };
  let calls = 0;
  for (let i = 0; i < MUTANTS; i++) {
    const path = files[Math.floor(rand() * files.length)];
    const file = relative(repo, path).split('\\').join('/');
    const text = mutate(readFileSync(path, 'utf8'), rand);
    const t0 = performance.now();
    let facts;
    try {
      facts = file.endsWith('.py')
        ? core.extractPythonFacts({ file, text, resolver: noResolver, options: { wrappers: [] } })
        : core.extractJsFacts({ file, text, language: core.jsLanguageOf(file), resolver: noResolver, options: { wrappers: [] } });
    } catch (e) {
      assert.fail(`mutant #${i} of ${file} (seed ${SEED}) threw: ${e.stack}\n--- text ---\n${text.slice(0, 3000)}`);
    }
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { ms, file: `#${i} ${file}` };
    assert.ok(ms < PER_FILE_MS, `mutant #${i} of ${file} took ${Math.round(ms)} ms`);
    assert.ok(Array.isArray(facts.calls) && Number.isInteger(facts.syntaxErrors), `mutant #${i} of ${file}: malformed facts`);
    for (const c of facts.calls) assert.ok(c.start >= 0 && c.end <= text.length && c.start <= c.end, `mutant #${i}: span outside the text`);
    calls += facts.calls.length;
  }
  // The mutants keep most of their calls: a fuzz run that finds none means the extractors were not exercised.
  assert.ok(calls > MUTANTS / 2, `only ${calls} calls found in ${MUTANTS} mutants`);
  console.log(`fuzz: ${MUTANTS} mutants, ${calls} calls, slowest ${Math.round(slowest.ms)} ms (${slowest.file})`);
});

test('fuzz: a workspace of mutants scans (priced, reported) without a throw', async () => {
  const rand = prng(SEED ^ 0x5eed);
  const files = [...sources(join(repo, 'test/fixtures/js'), ['.ts', '.js']), ...sources(join(repo, 'test/fixtures/python'), ['.py'])];
  const content = {};
  for (let i = 0; i < 40; i++) {
    const path = files[Math.floor(rand() * files.length)];
    const ext = path.slice(path.lastIndexOf('.'));
    content[`m${i}${ext}`] = mutate(readFileSync(path, 'utf8'), rand);
  }
  const ws = workspace(content);
  try {
    const { report, ms } = await scan(ws.root);
    assert.ok(ms < 40 * PER_FILE_MS, `${ms} ms`);
    assert.ok(report.calls.length > 10, `${report.calls.length} calls`);
    for (const c of report.calls) assert.ok(c.costPerCall === null || (Number.isFinite(c.costPerCall) && c.costPerCall >= 0), JSON.stringify(c));
    assert.ok(!report.warnings.some(w => /analysis failed/.test(w)), report.warnings.join('\n'));
  } finally { ws.dispose(); }
});
