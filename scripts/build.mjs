// Bundles every entry point with esbuild and copies the WebAssembly and data files each bundle
// loads at run time next to it. `--watch` rebuilds on change. Output: dist/ (shipped) and out/ (tests).
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// Files a bundle reads from its own folder at run time (see src/core/assets.ts).
const runtimeAssets = [
  ['node_modules/tiktoken/lite/tiktoken_bg.wasm', 'tiktoken_bg.wasm'],
  ['node_modules/tiktoken/encoders/o200k_base.json', 'encoders/o200k_base.json'],
  ['node_modules/tiktoken/encoders/cl100k_base.json', 'encoders/cl100k_base.json'],
  ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'web-tree-sitter.wasm'],
  ['node_modules/tree-sitter-python/tree-sitter-python.wasm', 'tree-sitter-python.wasm'],
  // The cost panel's icon font, loaded by the webview through asWebviewUri (dist/ is a localResourceRoot).
  ['node_modules/@vscode/codicons/dist/codicon.css', 'codicons/codicon.css'],
  ['node_modules/@vscode/codicons/dist/codicon.ttf', 'codicons/codicon.ttf'],
];

function copyAssets(outDir) {
  for (const [from, to] of runtimeAssets) {
    const target = join(root, outDir, to);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(root, from), target);
  }
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // The ESM build of web-tree-sitter breaks inside a CJS bundle; its CJS build works.
  // A path, not require.resolve: the package's "exports" map does not list the .cjs file as a subpath.
  alias: { 'web-tree-sitter': join(root, 'node_modules/web-tree-sitter/web-tree-sitter.cjs') },
  external: ['vscode'],
};

const entries = [
  { ...common, entryPoints: [join(root, 'src/client/extension.ts')], outfile: join(root, 'dist/extension.js') },
  { ...common, entryPoints: [join(root, 'src/server/main.ts')], outfile: join(root, 'dist/server.js'), banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: [join(root, 'src/cli/main.ts')], outfile: join(root, 'dist/cli.js'), banner: { js: '#!/usr/bin/env node' } },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: [join(root, 'src/webview/main.ts')], outfile: join(root, 'dist/webview.js') },
  // Test-only bundle of the core's public surface (not shipped).
  { ...common, entryPoints: [join(root, 'src/core/index.ts')], outfile: join(root, 'out/core.cjs') },
].filter(e => existsSync(e.entryPoints[0]));

const t0 = Date.now();
if (watch) {
  for (const e of entries) (await esbuild.context(e)).watch();
  copyAssets('dist'); copyAssets('out');
  console.log('watching', entries.length, 'entries');
} else {
  await Promise.all(entries.map(e => esbuild.build(e)));
  copyAssets('dist'); copyAssets('out');
  console.log(`built ${entries.length} bundles in ${Date.now() - t0} ms`);
}
