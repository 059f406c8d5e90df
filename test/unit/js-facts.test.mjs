// Runs every case under test/fixtures/js/<case>/ through the JS/TS extractor and compares the call sites
// found with the case's expected.json (every key written there must match; same count, same order).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, posix, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const core = createRequire(import.meta.url)('../../out/core.cjs');
const { extractJsFacts, collectJsExports, jsLanguageOf } = core;
const fixtures = join(here, '../fixtures/js');

function listFiles(root, rel = '') {
  const out = [];
  for (const name of readdirSync(join(root, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    if (name === '.spendlens') continue;
    if (statSync(join(root, r)).isDirectory()) out.push(...listFiles(root, r));
    else out.push(r);
  }
  return out;
}

/** A tiny in-memory workspace over one case folder, like the session's resolver. */
export function caseResolver(root, files) {
  const has = new Set(files);
  const exportsCache = new Map();
  // Imports resolve the one way the session resolves them (src/core/workspace/modules.ts), over this file list.
  const modules = new core.ModuleResolver(rel => has.has(rel));
  const resolveModule = (fromFile, spec) => modules.resolve(fromFile, spec);
  return {
    importedString(fromFile, spec, name) {
      const target = resolveModule(fromFile, spec);
      if (!target) return null;
      if (!exportsCache.has(target)) exportsCache.set(target, collectJsExports(target, readFileSync(join(root, target), 'utf8')));
      return exportsCache.get(target).strings[name] ?? null;
    },
    moduleText(fromFile, spec) {
      const target = resolveModule(fromFile, spec);
      return target ? { file: target, text: readFileSync(join(root, target), 'utf8') } : null;
    },
    readText(path, fromFile) {
      for (const rel of [posix.normalize(posix.join(posix.dirname(fromFile), path)), posix.normalize(path)]) {
        if (!rel.startsWith('..') && has.has(rel)) return { file: rel, text: readFileSync(join(root, rel), 'utf8') };
      }
      return null;
    },
  };
}

export function analyseCase(root) {
  const files = listFiles(root);
  const resolver = caseResolver(root, files);
  // Team wrappers come from the case's .spendlens/config.json, as the session reads them.
  const configFile = join(root, '.spendlens/config.json');
  const config = existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {};
  const options = { wrappers: (config.wrappers ?? []).map(w => ({ module: '*', ...w })) };
  const results = [];
  for (const file of files) {
    const language = jsLanguageOf(file);
    if (!language) continue;
    results.push(extractJsFacts({ file, text: readFileSync(join(root, file), 'utf8'), language, resolver, options }));
  }
  return results;
}

function actualValue(fact, key) {
  switch (key) {
    case 'model': return fact.model.value;
    case 'modelSource': return fact.model.source;
    case 'maxOutputTokens': return fact.maxOutputTokens?.value ?? null;
    case 'definedAt': return fact.model.definedAt ? `${fact.model.definedAt.file}:${fact.model.definedAt.line}:${fact.model.definedAt.column}` : null;
    default:
      if (key.startsWith('features.')) return fact.features[key.slice(9)] ?? null;
      if (key === 'roles') return fact.prompt.map(p => p.role);
      if (key === 'placeholders') return fact.prompt.flatMap(p => p.placeholders);
      if (key === 'promptText') return fact.prompt.map(p => p.text).join('\n');
      return fact[key];
  }
}

// Keys the lead's whole-pipeline run may add; not facts.
const PIPELINE_KEYS = new Set(['inputTokens', 'outputTokens', 'outputTokensSource', 'costPerCall', 'catalogModel', 'monthlyCost', 'note']);

const cases = existsSync(fixtures) ? readdirSync(fixtures).filter(n => statSync(join(fixtures, n)).isDirectory()).sort() : [];

test('there are at least 40 JS/TS fixture cases', () => {
  assert.ok(cases.length >= 40, `only ${cases.length} cases`);
});

for (const name of cases) {
  test(`js fixture: ${name}`, () => {
    const root = join(fixtures, name);
    const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8'));
    const facts = analyseCase(root).flatMap(r => r.calls);
    const summary = facts.map(f => `${f.file}:${f.line}:${f.column} ${f.provider}/${f.api} model=${f.model.value} (${f.model.source})`).join('\n');
    assert.equal(facts.length, expected.calls.length, `call count differs; found:\n${summary}`);
    expected.calls.forEach((exp, i) => {
      const fact = facts[i];
      for (const [key, want] of Object.entries(exp)) {
        if (PIPELINE_KEYS.has(key)) continue;
        assert.deepEqual(actualValue(fact, key), want, `call #${i + 1} (${fact.file}:${fact.line}) key "${key}"`);
      }
    });
    if (expected.syntaxErrors !== undefined) {
      assert.equal(analyseCase(root).reduce((n, r) => n + r.syntaxErrors, 0), expected.syntaxErrors);
    }
  });
}
