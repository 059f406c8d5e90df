// Level 1 (no editor): the manifest agrees with the code — every command the client registers is contributed with
// the Spendlens category, every setting the protocol knows is contributed with a scope, the JSON schemas and the
// icon exist — and the client's formatting functions, bundled on the fly from src/shared/format.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);

/** Bundles one client module without 'vscode' (the modules tested here do not import it). */
async function load(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-client-'));
  try {
    const outfile = join(dir, 'mod.cjs');
    await esbuild.build({ entryPoints: [join(repo, entry)], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
    return require(outfile);
  } finally {
    setTimeout(() => rmSync(dir, { recursive: true, force: true }), 0);
  }
}

test('every client command is contributed, with the Spendlens category', async () => {
  const { CommandId } = await load('src/client/commandIds.ts');
  const contributed = pkg.contributes.commands;
  assert.deepEqual(contributed.map(c => c.command).sort(), Object.values(CommandId).sort());
  for (const c of contributed) assert.equal(c.category, 'Spendlens', c.command);
  for (const m of pkg.contributes.menus.commandPalette) assert.ok(Object.values(CommandId).includes(m.command), m.command);
});

test('every protocol setting is contributed in a titled group, with a scope and the same default', async () => {
  const { SpendlensSettings } = await load('src/protocol/index.ts');
  const defaults = SpendlensSettings.defaults();
  const props = Object.assign({}, ...pkg.contributes.configuration.map(g => { assert.ok(g.title); return g.properties; }));
  const at = key => key.split('.').reduce((o, k) => o[k], defaults);
  for (const [key, value] of SpendlensSettings.keys().map(k => [k, at(k)])) {
    const p = props[`spendlens.${key}`];
    assert.ok(p, `spendlens.${key} not contributed`);
    assert.ok(p.scope, `spendlens.${key} has no scope`);
    assert.deepEqual(p.default, value === null ? '' : value, `default of spendlens.${key}`);
  }
  assert.equal(props['spendlens.catalogPath'].scope, 'machine-overridable');
  // Every contributed setting is one the protocol reads (the client reads them by SpendlensSettings.keys()), except
  // those only the client reads: the language client's trace, and the catalog download URL (an application setting
  // the client passes with spendlens/updateCatalog).
  const clientOnly = ['spendlens.trace.server', 'spendlens.catalog.updateUrl'];
  for (const key of Object.keys(props).filter(k => !clientOnly.includes(k))) assert.ok(SpendlensSettings.keys().includes(key.slice('spendlens.'.length)), `${key} is not a protocol setting`);
  const titles = pkg.contributes.configuration.map(g => g.title);
  assert.deepEqual(titles, ['General', 'CodeLens', 'Pricing', 'Advice']);
});

test('the JSON validation schemas and the icon exist', () => {
  for (const v of pkg.contributes.jsonValidation) {
    const schema = JSON.parse(readFileSync(join(repo, v.url), 'utf8'));
    assert.equal(schema.type, 'object', v.url);
  }
  const png = readFileSync(join(repo, pkg.icon));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.equal(png.readUInt32BE(16), 128);
  assert.equal(png.readUInt32BE(20), 128);
});

test('the e2e workspace has a constant imported by another file (cross-file quick fix)', () => {
  const ws = join(repo, 'test/fixtures/e2e-workspace');
  assert.ok(existsSync(join(ws, 'app/tagging.py')));
  assert.match(readFileSync(join(ws, 'src/sentiment.ts'), 'utf8'), /import \{ SENTIMENT_MODEL \} from '\.\/models'/);
  assert.match(readFileSync(join(ws, 'src/models.ts'), 'utf8'), /export const SENTIMENT_MODEL = 'gpt-4o'/);
});

test('status bar and quick pick amounts', async () => {
  const { formatMonthly, formatUsd: formatPerCall, plural } = await load('src/shared/format.ts');
  assert.equal(formatMonthly(1234.4), '$1,234');
  assert.equal(formatMonthly(42.2), '$42.20'); // the same rule as every amount (#19: lens and panel agree)
  assert.equal(formatMonthly(4.2), '$4.20');
  assert.equal(formatMonthly(0.004), '$0.004');
  assert.equal(formatMonthly(0), '$0');
  assert.equal(formatMonthly(Number.NaN), '—');
  assert.equal(formatPerCall(0.00042), '$0.00042');
  assert.equal(formatPerCall(0.0042), '$0.0042');
  assert.equal(formatPerCall(0.042), '$0.042');
  assert.equal(formatPerCall(0.42), '$0.42');
  assert.equal(formatPerCall(1.2), '$1.20');
  assert.equal(formatPerCall(null), '—');
  assert.equal(plural(1, 'call'), '1 call');
  assert.equal(plural(1200, 'call'), '1,200 calls');
});

test('.vscodeignore ships dist bundles, wasm, pricing and media but no source maps or sources', async () => {
  const lines = readFileSync(join(repo, '.vscodeignore'), 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#'));
  assert.equal(lines[0], '**');
  const { minimatch } = require(require.resolve('minimatch', { paths: [join(repo, 'node_modules/@vscode/vsce')] }));
  // vsce's rule: a file is left out when it matches an ignore pattern and no `!` pattern.
  const shipped = f => !lines.filter(l => !l.startsWith('!')).some(p => minimatch(f, p, { dot: true })) ||
    lines.filter(l => l.startsWith('!')).some(p => minimatch(f, p.slice(1), { dot: true }));
  for (const f of ['dist/extension.js', 'dist/server.js', 'dist/tiktoken_bg.wasm', 'dist/encoders/o200k_base.json', 'pricing/catalog.json',
    'pricing/schemas/usage.schema.json', 'media/icon.png', 'media/readme/codelens.png', 'package.json', 'LICENSE']) assert.ok(shipped(f), `${f} left out`);
  // The repository's README.md links into docs/ and src/: the VSIX's readme is MARKETPLACE.md, which vsce packs itself
  // (`--readme-path`, as extension/readme.md); test/package/vsix.test.mjs checks its links in the built VSIX.
  for (const f of ['dist/extension.js.map', 'src/client/ctx.ts', 'test/e2e/runTest.js', 'node_modules/typescript/package.json', '.vscode-offline/x', 'README.md', 'docs/images/panel.png'])
    assert.ok(!shipped(f), `${f} shipped`);
  assert.match(pkg.scripts.package, /vsce package .*--readme-path MARKETPLACE\.md/);
});

test('the activity-bar view, its welcome content and the walkthrough are contributed consistently', () => {
  const c = pkg.contributes;
  assert.ok(pkg.categories.includes('AI'));
  const container = c.viewsContainers.activitybar.find(v => v.id === 'spendlens');
  assert.ok(container && existsSync(join(repo, container.icon)), 'activity-bar container with its icon');
  const views = Object.values(c.views).flat().map(v => v.id);
  assert.ok(views.includes('spendlens.calls'));
  for (const w of c.viewsWelcome) assert.ok(views.includes(w.view), w.view);
  const commands = new Set(c.commands.map(x => x.command));
  // Every command a link names is ours (contributed) or the workbench's.
  const links = [...c.viewsWelcome.map(w => w.contents), ...c.walkthroughs.flatMap(w => w.steps.map(s => s.description))]
    .flatMap(text => [...text.matchAll(/\(command:([\w.]+)/g)].map(m => m[1]));
  assert.ok(links.length >= 4, links.join());
  for (const id of links) assert.ok(commands.has(id) || id.startsWith('workbench.'), `link to ${id}`);
  const walkthrough = c.walkthroughs.find(w => w.id === 'spendlens.start');
  assert.deepEqual(walkthrough.steps.map(s => s.id), ['welcome', 'panel', 'volumes', 'calibrate', 'ci']);
  for (const s of walkthrough.steps) assert.ok(existsSync(join(repo, s.media.markdown)), s.media.markdown);
  for (const e of walkthrough.steps.flatMap(s => s.completionEvents ?? [])) {
    if (e.startsWith('onCommand:')) assert.ok(commands.has(e.slice('onCommand:'.length)), e);
  }
  for (const m of c.menus['view/title']) assert.ok(commands.has(m.command) && m.when === 'view == spendlens.calls', m.command);
  assert.ok(existsSync(join(repo, 'CHANGELOG.md')));
});
