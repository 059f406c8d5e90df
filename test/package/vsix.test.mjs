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

/** The text of one entry of the zip. */
function entryText(file, name) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', e => {
        if (e.fileName !== name) return zip.readEntry();
        zip.openReadStream(e, (err2, stream) => {
          if (err2) return reject(err2);
          const chunks = [];
          stream.on('data', c => chunks.push(c));
          stream.on('end', () => { zip.close(); resolve(Buffer.concat(chunks).toString('utf8')); });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => reject(new Error(`${name} is not in ${file}`)));
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

// The README of the VSIX (MARKETPLACE.md, `vsce package --readme-path`) is what the Extensions view and a Marketplace page
// show. It starts with the user's way in, and every relative link or image in it names a file the VSIX ships (VS Code
// resolves them against the installed extension's folder).
test('the VSIX README starts with the way in: install the VSIX, open a file, see the lens, hover, quick fix, panel', async () => {
  const readme = await entryText(vsix, 'extension/readme.md');
  const firstSection = readme.split(/^## /m)[1] ?? '';
  assert.match(firstSection, /^Get started\n/);
  const steps = firstSection.split(/^\d+\. /m).slice(1);
  const expectations = [/Install from VSIX/, /Open a file that calls an LLM API/, /CodeLens/, /Hover/, /quick fix/, /Show Cost Panel/];
  assert.equal(steps.length, expectations.length, `expected ${expectations.length} numbered steps, got ${steps.length}`);
  expectations.forEach((re, i) => assert.match(steps[i], re, `step ${i + 1}`));
  // Nothing before the way in but the title and a short what-it-is.
  assert.ok(readme.indexOf('## Get started') < 600, 'the way in is not at the top');
  // Not the repository README: no contributor commands first, nothing pointing into the repository.
  assert.doesNotMatch(readme, /npm (install|start|test|run)/);
});

test('every relative link and image of the VSIX README is a file in the VSIX; images are PNG; links are https or anchors', async () => {
  const [names, readme] = await Promise.all([entries(vsix), entryText(vsix, 'extension/readme.md')]);
  const shipped = new Set(names.map(n => n.toLowerCase()));
  const targets = [
    ...[...readme.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(m => ({ image: m[1] === '!', link: m[2] })),
    ...[...readme.matchAll(/<img[^>]*\ssrc=["']([^"']+)["']/gi)].map(m => ({ image: true, link: m[1] })),
    ...[...readme.matchAll(/<a[^>]*\shref=["']([^"']+)["']/gi)].map(m => ({ image: false, link: m[1] })),
  ];
  assert.ok(targets.some(t => t.image), 'the README shows no image');
  const anchors = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map(m => m[1].trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-')));
  for (const { image, link } of targets) {
    if (link.startsWith('#')) { assert.ok(anchors.has(decodeURIComponent(link.slice(1))), `anchor ${link} has no heading`); continue; }
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
      assert.match(link, /^https:\/\//, `${link}: only https links`);
      assert.ok(!image, `${link}: images ship in the VSIX (the project has no public URL to host them)`);
      continue;
    }
    const path = decodeURIComponent(link.split('#')[0]).replace(/^\.\//, '');
    assert.ok(shipped.has(`extension/${path}`.toLowerCase()), `${link} is not a file in the VSIX`);
    if (image) assert.match(path, /\.png$/i, `${link}: the Marketplace refuses SVG images; use PNG`);
  }
});
