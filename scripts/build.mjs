// Bundles every entry point with esbuild and copies the WebAssembly and data files each bundle
// loads at run time next to it. `--watch` rebuilds on change. Output: dist/ (shipped) and out/ (tests).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, existsSync, writeFileSync, chmodSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { buildValidators } from './build-validators.mjs';

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

// The bundled catalog's hash as built: at run time a catalog with exactly this content skips the schema check
// (npm run catalog and the pricing tests validate it); any other content is checked in full (src/core/pricing/load.ts).
const catalogSha1 = createHash('sha1').update(readFileSync(join(root, 'pricing/catalog.json'))).digest('hex');

const common = {
  define: { SPENDLENS_BUILT_CATALOG_SHA1: JSON.stringify(catalogSha1) },
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
  // The CLI and the language server share one bundle; see src/bin/main.ts and writeLaunchers().
  { ...common, entryPoints: [join(root, 'src/bin/main.ts')], outfile: join(root, 'dist/spendlens.js') },
  // Loads dist/spendlens.js through V8's code cache (see src/bin/launch.ts); the launchers call it.
  { ...common, entryPoints: [join(root, 'src/bin/launch.ts')], outfile: join(root, 'dist/launch.js') },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: [join(root, 'src/webview/main.ts')], outfile: join(root, 'dist/webview.js') },
  // The language server's tokenizer thread (src/core/tokens/thread.ts), next to each bundle that may start it.
  { ...common, entryPoints: [join(root, 'src/core/tokens/worker.ts')], outfile: join(root, 'dist/tokenizer-worker.js') },
  { ...common, entryPoints: [join(root, 'src/core/tokens/worker.ts')], outfile: join(root, 'out/tokenizer-worker.js') },
  // `spendlens/otel` (package.json "exports"): the code-location span processor for Node apps. OpenTelemetry packages
  // stay the application's own (peer dependencies): bundling them would register a second API copy.
  { ...common, entryPoints: [join(root, 'src/otel/index.ts')], outfile: join(root, 'dist/otel.js'), external: ['@opentelemetry/*'] },
  // The scan pool's worker for the test bundle (dist/ starts it through dist/scan-worker.js, a launcher).
  { ...common, entryPoints: [join(root, 'src/bin/scan-worker.ts')], outfile: join(root, 'out/scan-worker.js') },
  // Test-only bundle of the core's public surface (not shipped).
  { ...common, entryPoints: [join(root, 'src/core/index.ts')], outfile: join(root, 'out/core.cjs') },
].filter(e => existsSync(e.entryPoints[0]));

// dist/cli.js (the package's `bin`) and dist/server.js (`--stdio` / `--node-ipc`) start one side of dist/spendlens.js.
// Removes from dist/ what this build did not write (old bundles, stale maps), so nothing stale is packaged.
// Done after the build rather than before, so a test running meanwhile never finds dist/ empty.
function pruneDist() {
  const keep = new Set(['cli.js', 'server.js', 'scan-worker.js', 'codicons', 'encoders']);
  for (const e of entries) if (e.outfile.startsWith(join(root, 'dist'))) {
    const name = e.outfile.slice(join(root, 'dist').length + 1);
    keep.add(name); keep.add(name + '.map');
  }
  for (const [, to] of runtimeAssets) keep.add(to.split('/')[0]);
  for (const name of readdirSync(join(root, 'dist'))) {
    if (!keep.has(name) || (production && name.endsWith('.map'))) rmSync(join(root, 'dist', name), { recursive: true, force: true });
  }
}

function writeLaunchers() {
  for (const [name, fn] of [['cli', 'runCli'], ['server', 'runServer']]) {
    const file = join(root, 'dist', `${name}.js`);
    writeFileSync(file, `#!/usr/bin/env node\n'use strict';\nrequire('./launch.js').launch('${fn}');\n`);
    chmodSync(file, 0o755);
  }
  // A scan pool worker thread: the same bundle, through the same code cache (src/core/workspace/scan-pool.ts).
  writeFileSync(join(root, 'dist', 'scan-worker.js'), `'use strict';\nrequire('./launch.js').launch('runScanWorker');\n`);
}

const t0 = Date.now();
// The team files' validators, generated from their JSON Schemas before the bundles that import them.
buildValidators();
if (watch) {
  for (const e of entries) (await esbuild.context(e)).watch();
  copyAssets('dist'); copyAssets('out'); writeLaunchers();
  console.log('watching', entries.length, 'entries');
} else {
  await Promise.all(entries.map(e => esbuild.build(e)));
  copyAssets('dist'); copyAssets('out'); writeLaunchers(); pruneDist();
  console.log(`built ${entries.length} bundles in ${Date.now() - t0} ms`);
}
