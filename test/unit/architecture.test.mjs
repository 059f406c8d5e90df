// The layer rules of DESIGN.md, checked on the source: what each layer may import, and where custom
// LSP method names may be spelled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../../..');
function sources(dir) {
  const out = [];
  const walk = d => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(n)) out.push(p);
    }
  };
  try { walk(join(root, dir)); } catch { /* layer not written yet */ }
  return out;
}
const importsOf = text => [...text.matchAll(/(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(m => m[1] ?? m[2] ?? m[3]);

function violations(layer, forbidden) {
  const bad = [];
  for (const f of sources(layer)) {
    for (const spec of importsOf(readFileSync(f, 'utf8'))) if (forbidden(spec, f)) bad.push(`${relative(root, f)} imports ${spec}`);
  }
  return bad;
}

test('core never imports vscode, LSP packages or other layers', () => {
  const bad = violations('src/core', s => s === 'vscode' || /^vscode-language|^vscode-jsonrpc/.test(s) || /\/(server|client|protocol|webview|cli)\//.test(s + '/') && s.startsWith('..') && !s.startsWith('../../package.json'));
  assert.deepEqual(bad, []);
});

test('the shared decision layer of the extractors parses nothing (no typescript, no web-tree-sitter)', () => {
  const files = sources('src/core/facts/policy');
  assert.ok(files.length > 0, 'src/core/facts/policy exists');
  const bad = violations('src/core/facts/policy', s => s === 'typescript' || s === 'web-tree-sitter' || /\/(js|python)(\/|$)/.test(s));
  assert.deepEqual(bad, []);
});

test('src/shared (figures formatting, used by every layer) imports nothing', () => {
  assert.deepEqual(violations('src/shared', () => true), []);
});

test('the client never imports the core (the server does the analysis)', () => {
  assert.deepEqual(violations('src/client', s => /(^|\/)core(\/|$)/.test(s)), []);
});

test('the webview imports only types from the protocol, and no Node or vscode module', () => {
  const bad = [];
  for (const f of sources('src/webview')) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[2];
      if (spec === 'vscode' || spec.startsWith('node:') || /core\//.test(spec)) bad.push(`${relative(root, f)} imports ${spec}`);
      if (/protocol/.test(spec) && !m[1]) bad.push(`${relative(root, f)} imports values from the protocol (use import type)`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the CLI and the server reach the core only through its public index', () => {
  const deep = s => /core\/(?!index|model)/.test(s);
  assert.deepEqual([...violations('src/cli', deep), ...violations('src/server', deep)], []);
});

test('custom method names are spelled only in src/protocol', () => {
  const bad = [];
  for (const layer of ['src/core', 'src/server', 'src/client', 'src/webview', 'src/cli']) {
    for (const f of sources(layer)) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/['"](spendlens\/[A-Za-z]+)['"]/g)) bad.push(`${relative(root, f)}: ${m[1]}`);
    }
  }
  assert.deepEqual(bad, []);
});
