// The language server counts tokens in a thread of its own (src/core/tokens/thread.ts): the counts must be the
// in-process ones exactly, and a thread that cannot run, dies or hangs must drop back to in-process counting.
// Each case runs in a child process: the thread is process-wide state, and the count cache would hide it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(fileURLToPath(import.meta.url), '../../../out');
const texts = [
  'Summarize the support thread in three short bullet points for a busy agent.',
  'Übersetze den folgenden Text ins Deutsche — mit Emojis 🎉🚀 und 日本語のテキスト.',
  'before <|endoftext|> after',
  'ab1'.repeat(2_000), // a long run without spaces: counted in slices, the same way in both places
];

/** Runs `body` (JS, with `core` loaded and `texts` defined) in a fresh process and returns what it prints as JSON. */
function inChild(body) {
  const script = `const core = require(${JSON.stringify(join(out, 'core.cjs'))}); const texts = ${JSON.stringify(texts)};\n${body}`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 }));
}

const countAll = `texts.flatMap(t => ['o200k_base', 'cl100k_base'].map(e => core.countTokens(t, e)))`;
const inProcess = inChild(`console.log(JSON.stringify(${countAll}))`);

test('counts from the tokenizer thread equal the in-process counts, for both encodings', () => {
  const r = inChild(`
    const started = core.startTokenizerThread();
    const counts = ${countAll};
    console.log(JSON.stringify({ started, counts, stillThreaded: core.tokenizerThread() !== null }));`);
  assert.equal(r.started, true);
  assert.equal(r.stillThreaded, true, 'the thread answered every count (no fallback)');
  assert.deepEqual(r.counts, inProcess);
});

test('no worker file: the thread does not start and counting stays in-process', () => {
  const r = inChild(`
    const started = core.startTokenizerThread({ workerFile: '/nonexistent/tokenizer-worker.js' });
    console.log(JSON.stringify({ started, counts: ${countAll}, threaded: core.tokenizerThread() !== null }));`);
  assert.deepEqual(r, { started: false, counts: inProcess, threaded: false });
});

test('a thread that never starts, or one that fails every count, is dropped and the counts are still exact', t => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-thread-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const silent = join(dir, 'silent.js');
  writeFileSync(silent, 'setInterval(() => {}, 1000); // never marks itself alive, never answers\n');
  const failing = join(dir, 'failing.js');
  writeFileSync(failing, `const { parentPort, workerData } = require('node:worker_threads');
    Atomics.store(workerData.shared, 2, 1);
    parentPort.on('message', () => { Atomics.store(workerData.shared, 0, 2); Atomics.notify(workerData.shared, 0); });\n`);
  for (const workerFile of [silent, failing]) {
    const r = inChild(`
      const started = core.startTokenizerThread({ workerFile: ${JSON.stringify(workerFile)}, startTimeoutMs: 300 });
      console.log(JSON.stringify({ started, counts: ${countAll}, threaded: core.tokenizerThread() !== null }));`);
    assert.deepEqual(r, { started: true, counts: inProcess, threaded: false }, workerFile);
  }
});
