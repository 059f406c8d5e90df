// Python call-site facts on fixture cases: every case folder under test/fixtures/python holds .py
// sources and an expected.json listing every call (file/line order) with the keys to compare.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const core = require(process.env.SPENDLENS_CORE ?? '../../out/core.cjs');
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/python');

function listFiles(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** A tiny WorkspaceResolver over one case folder, resolving Python modules like the session does. */
export function caseResolver(caseDir, files) {
  const has = rel => files.includes(rel);
  const exportsCache = new Map();
  const exportsOf = rel => {
    if (!exportsCache.has(rel)) exportsCache.set(rel, core.collectPythonExports(rel, readFileSync(join(caseDir, rel), 'utf8')));
    return exportsCache.get(rel);
  };
  // Imports resolve the one way the session resolves them (src/core/workspace/modules.ts), over this file list.
  const modules = new core.ModuleResolver(has);
  const moduleFile = (fromFile, specifier) => modules.resolve(fromFile, specifier);
  return {
    importedString(fromFile, specifier, name) {
      const target = moduleFile(fromFile, specifier);
      return target ? exportsOf(target).strings[name] ?? null : null;
    },
    moduleText(fromFile, specifier) {
      const target = moduleFile(fromFile, specifier);
      return target ? { file: target, text: readFileSync(join(caseDir, target), 'utf8') } : null;
    },
    readText(path, fromFile) {
      for (const cand of [posix.normalize(posix.join(posix.dirname(fromFile), path)), posix.normalize(path)]) {
        if (has(cand)) return { file: cand, text: readFileSync(join(caseDir, cand), 'utf8') };
      }
      return null;
    },
  };
}

function project(fact, expected) {
  const out = {};
  for (const key of Object.keys(expected)) {
    if (key === 'model') out.model = fact.model.value;
    else if (key === 'modelSource') out.modelSource = fact.model.source;
    else if (key === 'maxOutputTokens') out.maxOutputTokens = fact.maxOutputTokens?.value ?? null;
    else if (key === 'features') out.features = Object.fromEntries(Object.keys(expected.features).map(k => [k, fact.features[k]]));
    else if (key === 'prompt') out.prompt = fact.prompt.slice(0, expected.prompt.length).map((p, i) => Object.fromEntries(Object.keys(expected.prompt[i]).map(k => [k, p[k]])));
    else if (key === 'definedAt') out.definedAt = fact.model.definedAt && Object.fromEntries(Object.keys(expected.definedAt).map(k => [k, fact.model.definedAt[k]]));
    else if (key === 'volume') out.volume = fact.volume?.callsPerMonth ?? null;
    else out[key] = fact[key];
  }
  return out;
}

before(async () => {
  await core.initPythonParser();
});

const cases = readdirSync(fixtures).filter(c => existsSync(join(fixtures, c, 'expected.json'))).sort();

test('fixture set is large enough', () => {
  assert.ok(cases.length >= 30, `only ${cases.length} python fixture cases`);
});

for (const name of cases) {
  test(`python fixture: ${name}`, () => {
    const caseDir = join(fixtures, name);
    const files = listFiles(caseDir);
    const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8'));
    const configFile = join(caseDir, '.spendlens', 'config.json');
    const options = existsSync(configFile) ? { wrappers: JSON.parse(readFileSync(configFile, 'utf8')).wrappers ?? [] } : { wrappers: [] };
    const resolver = caseResolver(caseDir, files);
    const facts = [];
    for (const file of files.filter(f => /\.pyi?$/.test(f))) {
      const result = core.extractPythonFacts({ file, text: readFileSync(join(caseDir, file), 'utf8'), resolver, options });
      if (expected.syntaxErrors?.[file] !== undefined) {
        if (expected.syntaxErrors[file] === 'some') assert.ok(result.syntaxErrors > 0, `${file}: expected syntax errors`);
        else assert.equal(result.syntaxErrors, expected.syntaxErrors[file], `${file}: syntax errors`);
      }
      if (expected.dependsOn?.[file]) assert.deepEqual(result.dependsOn, expected.dependsOn[file], `${file}: dependsOn`);
      facts.push(...result.calls);
    }
    const actual = facts.map((f, i) => project(f, expected.calls[i] ?? {}));
    assert.deepEqual(actual, expected.calls, `${name}: calls differ\n${JSON.stringify(facts.map(f => ({ file: f.file, line: f.line, api: f.api, model: f.model.value })), null, 1)}`);
  });
}
