// The same request written in TypeScript and in Python must get the same answer. Each case under
// test/fixtures/parity/<case>/ holds request.ts and request.py (plus any files they import) and expected.json;
// both go through the pipeline the CLI uses (Session.scanWorkspace: walk → facts → tokens → prices → advice).
// For every call, in order, the TS and the Python answer must agree on every key below (input tokens ±1),
// and each key written in expected.json must hold for both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
const core = createRequire(import.meta.url)('../../out/core.cjs');

const root = join(fileURLToPath(import.meta.url), '../../fixtures/parity');
const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
const pin = () => new Date('2026-08-01T00:00:00Z');

/** Parameter names are syntax: `max_tokens=` in Python is `maxTokens:` in a TS SDK that spells it so. */
const camel = s => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/** What is compared, from the report entry and the call facts behind it. */
function view(call, fact) {
  return {
    provider: call.provider, vendor: call.vendor, kind: call.kind, model: call.model, catalogModel: call.catalogModel,
    modelSource: call.modelSource, promptSource: call.promptSource, inputTokens: call.inputTokens, outputTokens: call.outputTokens,
    outputTokensSource: camel(call.outputTokensSource), streaming: call.streaming, inLoop: call.inLoop,
    callsPerMonth: call.callsPerMonth, callsPerMonthSource: call.callsPerMonthSource,
    suggestion: call.suggestion?.model ?? null, findings: call.findings.map(f => f.code).sort(),
    assumptions: call.assumptions.filter(a => /dearest|one of/.test(a)),
    maxOutputTokens: fact.maxOutputTokens?.value ?? null, modelAlternatives: fact.model.alternatives ?? null,
    tools: fact.features.tools, vision: fact.features.vision, jsonMode: fact.features.jsonMode, fewShot: fact.features.fewShot,
    history: fact.features.history, loop: fact.features.loop ?? null, messageCount: fact.features.messageCount, completions: fact.features.completions?.value ?? null,
    roles: fact.prompt.map(p => p.role), placeholders: fact.prompt.reduce((n, p) => n + p.placeholders.length, 0),
    logitBias: fact.features.logitBias ? { tokens: fact.features.logitBias.tokens, favoured: fact.features.logitBias.favoured } : null,
  };
}

async function answers(dir) {
  const session = new core.Session({ root: dir, book, now: pin });
  const report = await session.scanWorkspace();
  const of = file => {
    const facts = session.callFactsOf(file);
    return report.calls.filter(c => c.file === file).map((c, i) => view(c, facts[i]));
  };
  return { ts: of('request.ts'), py: of('request.py') };
}

const cases = existsSync(root) ? readdirSync(root).filter(c => existsSync(join(root, c, 'expected.json'))).sort() : [];

test('there are parity cases', () => assert.ok(cases.length >= 6, `${cases.length} cases`));

for (const name of cases) {
  test(`parity: ${name}`, async () => {
    const dir = join(root, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    const { ts, py } = await answers(dir);
    assert.equal(ts.length, expected.calls.length, `TS calls in ${name}`);
    assert.equal(py.length, expected.calls.length, `Python calls in ${name}`);
    expected.calls.forEach((want, i) => {
      const [a, b] = [ts[i], py[i]];
      for (const key of Object.keys(a)) {
        if (key === 'inputTokens') assert.ok(Math.abs(a[key] - b[key]) <= 1, `${name} call ${i + 1} inputTokens: TS ${a[key]} vs Python ${b[key]}`);
        else assert.deepEqual(a[key], b[key], `${name} call ${i + 1} ${key}: TS ${JSON.stringify(a[key])} vs Python ${JSON.stringify(b[key])}`);
      }
      for (const [key, value] of Object.entries(want)) {
        if (key === 'inputTokens') { for (const [lang, got] of [['TS', a], ['Python', b]]) assert.ok(Math.abs(got[key] - value) <= 1, `${name} call ${i + 1} ${lang} inputTokens ${got[key]}, expected ${value}`); continue; }
        assert.deepEqual(a[key], value, `${name} call ${i + 1} ${key} (both languages; TS shown)`);
      }
    });
  });
}
