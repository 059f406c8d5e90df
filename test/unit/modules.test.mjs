// Module resolution, the one place both extractors and the session resolve imports (src/core/workspace/modules.ts):
// what an import names, that each answer (found or not) is asked of the file system once per scan, and that a
// scan never stats source files to resolve imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');
const fs = require('node:fs');

const fixtures = join(fileURLToPath(import.meta.url), '../../fixtures');

function counting(files) {
  const set = new Set(files);
  const asked = [];
  return { asked, exists: rel => { asked.push(rel); return set.has(rel); } };
}

test('JS/TS imports: relative, extension swaps, index files, path aliases', () => {
  const fsys = counting(['src/lib/ai.ts', 'src/prompts/index.ts', 'lib/config.mjs', 'src/app.tsx']);
  const m = new core.ModuleResolver(fsys.exists);
  assert.equal(m.resolve('src/app.tsx', './lib/ai'), 'src/lib/ai.ts');
  assert.equal(m.resolve('src/app.tsx', './lib/ai.js'), 'src/lib/ai.ts');
  assert.equal(m.resolve('src/app.tsx', './prompts'), 'src/prompts/index.ts');
  assert.equal(m.resolve('src/app.tsx', '@/lib/ai'), 'src/lib/ai.ts');
  assert.equal(m.resolve('src/app.tsx', '~/lib/config'), 'lib/config.mjs');
  assert.equal(m.resolve('src/app.tsx', 'openai'), null);
  assert.equal(m.resolve('src/app.tsx', '../../outside'), null);
  assert.equal(m.resolve('src/app.tsx', './app'), null, 'a module never imports itself');
});

test('Python imports: relative dots, absolute from the root or src/, a package wins over a module', () => {
  const fsys = counting(['app/main.py', 'app/settings.py', 'app/llm/__init__.py', 'app/llm.py', 'src/core/prompts.py', 'app/sub/deep.py']);
  const m = new core.ModuleResolver(fsys.exists);
  assert.equal(m.resolve('app/main.py', '.settings'), 'app/settings.py');
  assert.equal(m.resolve('app/sub/deep.py', '..settings'), 'app/settings.py');
  assert.equal(m.resolve('app/main.py', 'app.settings'), 'app/settings.py');
  assert.equal(m.resolve('app/main.py', 'app.llm'), 'app/llm/__init__.py');
  assert.equal(m.resolve('app/main.py', 'core.prompts'), 'src/core/prompts.py');
  assert.equal(m.resolve('app/main.py', 'openai'), null);
});

test('each answer, found or not, is asked once until clear()', () => {
  const fsys = counting(['src/a.ts', 'src/b.ts', 'src/lib/ai.ts']);
  const m = new core.ModuleResolver(fsys.exists);
  m.resolve('src/a.ts', './lib/ai');
  m.resolve('src/a.ts', './missing');
  const first = fsys.asked.length;
  assert.ok(first > 0);
  for (let i = 0; i < 50; i++) {
    assert.equal(m.resolve('src/a.ts', './lib/ai'), 'src/lib/ai.ts');
    assert.equal(m.resolve('src/b.ts', './lib/ai'), 'src/lib/ai.ts', 'same folder, same answer');
    assert.equal(m.resolve('src/a.ts', './missing'), null);
  }
  assert.equal(fsys.asked.length, first, 'no new probes for answers already known');
  m.clear();
  m.resolve('src/a.ts', './missing');
  assert.ok(fsys.asked.length > first, 'asked again after clear()');
});

test('a scan resolves imports from the walk, without stat-ing source files', async () => {
  const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
  const original = fs.statSync;
  const statted = [];
  fs.statSync = function (path, ...rest) { statted.push(String(path)); return original.call(this, path, ...rest); };
  try {
    for (const dir of ['js/cross-file-models', 'js/cross-file-prompt-builders', 'python/imports-cross-file', 'python/package-reexports']) {
      const report = await new core.Session({ root: join(fixtures, dir), book }).scanWorkspace();
      assert.ok(report.calls.length > 0, dir);
    }
  } finally {
    fs.statSync = original;
  }
  const sourceProbes = statted.filter(p => /\.(tsx?|mts|cts|jsx?|mjs|cjs|py)$/.test(p));
  assert.deepEqual(sourceProbes, []);
});
