// Privacy: every content field of every usage fixture (OTLP gen_ai.input/output.messages, gen_ai.prompt, span
// events, AI SDK ai.prompt / ai.response.text, LiteLLM messages / response / proxy_server_request, Langfuse input /
// output / metadata, Helicone request_body / response_body, a malformed line) holds a marker; it must appear nowhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, repoRoot } from './cli-helpers.mjs';

const core = createRequire(import.meta.url)('../../out/core.cjs');
const MARKER = 'SPENDLENS_PRIVACY_MARKER_q8Zr';
const base = join(repoRoot, 'test/fixtures/observed');
// The OpenAI usage API and the aggregated rows have no content fields at all.
const NO_CONTENT = new Set(['openai-usage', 'aggregated-csv', 'aggregated-json']);
const cases = readdirSync(base).filter(c => !c.endsWith('app'));

for (const c of cases) {
  const files = readdirSync(join(base, c)).filter(f => f !== 'expected.json').map(f => join(base, c, f));
  test(`privacy: ${c}`, () => {
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (!NO_CONTENT.has(c)) assert.ok(text.includes(MARKER), `${f} carries the marker (the test would prove nothing otherwise)`);
      // The records themselves never hold it.
      try {
        const reading = core.readUsageFile(f);
        for (const r of reading.records) assert.ok(!JSON.stringify(r).includes(MARKER), `a ${reading.format} record of ${f} holds content`);
      } catch (e) {
        assert.ok(e instanceof core.UsageFileError, String(e));
        assert.ok(!e.message.includes(MARKER), `the error echoes content: ${e.message}`);
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'spendlens-priv-'));
    try {
      cpSync(join(base, 'app'), dir, { recursive: true });
      const args = ['calibrate', ...files.flatMap(f => ['--from', f]), dir];
      const r = cli(args);
      assert.ok(!r.stdout.includes(MARKER) && !r.stderr.includes(MARKER), `calibrate printed content (exit ${r.code})`);
      const s = cli(['scan', dir, '--format', 'json']);
      assert.ok(!s.stdout.includes(MARKER) && !s.stderr.includes(MARKER));
      let written = '';
      try { written = readFileSync(join(dir, '.spendlens/observed.json'), 'utf8'); } catch { /* exit 2: nothing written */ }
      assert.ok(!written.includes(MARKER), 'observed.json holds content');
      if (r.code === 0) assert.ok(written.length > 0);
      // Forcing every other format on the file must not echo it either.
      for (const format of core.USAGE_FORMATS) {
        const forced = cli(['calibrate', '--from', files[0], '--format', format, dir]);
        assert.ok(!forced.stdout.includes(MARKER) && !forced.stderr.includes(MARKER), `--format ${format} on ${c}`);
      }
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
}
