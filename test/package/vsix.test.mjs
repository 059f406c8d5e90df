// Opens the VSIX that `npm run package` made (a zip) and checks what it ships — and what it must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const yauzl = require('yauzl');

const root = join(fileURLToPath(import.meta.url), '../../..');
const vsix = join(root, 'dist-vsix/spendlens.vsix');

function entries(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names = [];
      zip.on('entry', e => { names.push(e.fileName); zip.readEntry(); });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('the VSIX holds the bundles, their wasm files, the catalog, media, README, LICENSE and package.json', async () => {
  const names = await entries(vsix);
  for (const required of [
    'extension/package.json', 'extension/readme.md', 'extension/LICENSE.txt',
    'extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/cli.js', 'extension/dist/webview.js',
    'extension/dist/spendlens.js', 'extension/dist/launch.js', 'extension/dist/tokenizer-worker.js', 'extension/dist/scan-worker.js',
    'extension/dist/tiktoken_bg.wasm', 'extension/dist/web-tree-sitter.wasm', 'extension/dist/tree-sitter-python.wasm',
    'extension/dist/encoders/o200k_base.json', 'extension/dist/encoders/cl100k_base.json',
    'extension/pricing/catalog.json', 'extension/pricing/catalog.schema.json',
  ]) {
    assert.ok(names.some(n => n.toLowerCase() === required.toLowerCase()), `missing ${required}`);
  }
  assert.ok(names.some(n => n.startsWith('extension/media/')), 'media/ missing');
});

test('the VSIX leaves out sources, tests, node_modules, tool downloads and source maps', async () => {
  const names = await entries(vsix);
  const bad = names.filter(n => /^extension\/(src|test|node_modules|scripts|out|\.vscode-offline|\.ci|docs)\//.test(n) || n.endsWith('.map') || n.endsWith('.ts'));
  assert.deepEqual(bad, []);
});

test('the VSIX stays under the 4 MiB size goal', () => {
  const size = statSync(vsix).size;
  assert.ok(size <= 4 * 1024 * 1024, `VSIX is ${(size / 1048576).toFixed(2)} MiB`);
});
