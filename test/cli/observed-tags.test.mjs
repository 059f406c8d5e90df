// The static-tag tier: the extractors read the names the code gives a call (AI SDK experimental_telemetry.functionId,
// LiteLLM metadata.tags — also through Python's extra_body —, Helicone-Property-* headers, Langfuse name=) in TS and
// Python alike, and calibrate matches records carrying them to exactly those call sites, where the model alone could not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, repoRoot } from './cli-helpers.mjs';

const app = join(repoRoot, 'test/fixtures/observed/tags-app');
const usage = f => join(repoRoot, 'test/fixtures/observed/tags', f);

test('tags: each usage format finds its call site by the tag the code passes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-tags-'));
  try {
    cpSync(app, dir, { recursive: true });
    const r = cli(['calibrate', '--from', usage('ai-sdk.jsonl'), '--from', usage('spend-logs.json'), '--from', usage('helicone.jsonl'), '--from', usage('langfuse.jsonl'), dir]);
    assert.equal(r.code, 0, r.stderr);
    const o = JSON.parse(readFileSync(join(dir, '.spendlens/observed.json'), 'utf8'));
    const got = Object.fromEntries(o.sites.map(s => [`${s.file}:${s.line}`, [s.calls, s.matchedBy, s.inputTokens.mean]]));
    assert.deepEqual(got, {
      'src/ai.ts:5': [2, 'tag', 320],            // functionId summarize-ticket (AI SDK spans)
      'src/ai.ts:13': [1, 'tag', 80],            // functionId ticket-title
      'src/proxy.ts:7': [2, 'tag', 60],          // metadata.tags ['triage'] (LiteLLM)
      'py/jobs.py:7': [3, 'tag', 66.7],          // extra_body metadata tags (LiteLLM) + Helicone-Property-Feature (Helicone)
      'py/jobs.py:16': [2, 'tag', 50],           // name= (Langfuse)
    });
    assert.deepEqual(o.unmatched, []);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
