// The cost panel's HTML shell (src/client/panel/html.ts) and webview bundle: a strict CSP, the nonce on the one
// script, no inline code, and no innerHTML / eval anywhere in the panel UI sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = esbuild.buildSync({
  entryPoints: [join(root, 'src/client/panel/html.ts')], bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error',
});
const module = { exports: {} };
new Function('module', 'exports', out.outputFiles[0].text)(module, module.exports);
const { panelHtml, contentSecurityPolicy } = module.exports;

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const input = nonce => ({
  cspSource: CSP_SOURCE, nonce,
  scriptUri: `${CSP_SOURCE}/ext/dist/webview.js`,
  styleUri: `${CSP_SOURCE}/ext/media/panel.css`,
  codiconUri: `${CSP_SOURCE}/ext/dist/codicons/codicon.css`,
});

function cspOf(html) {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, 'the page has a CSP meta tag');
  return Object.fromEntries(m[1].replace(/&#39;|&apos;/g, "'").split(';').map(d => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
}

test('CSP: default-src none, scripts only by nonce, styles/fonts/images only from the webview source', () => {
  const nonce = randomBytes(18).toString('base64');
  const html = panelHtml(input(nonce));
  const csp = cspOf(html);
  assert.deepEqual(csp['default-src'], ["'none'"]);
  assert.deepEqual(csp['script-src'], [`'nonce-${nonce}'`]);
  assert.deepEqual(csp['style-src'], [CSP_SOURCE]);
  assert.deepEqual(csp['font-src'], [CSP_SOURCE]);
  assert.deepEqual(csp['img-src'], [CSP_SOURCE, 'data:']);
  for (const values of Object.values(csp)) {
    assert.ok(!values.includes("'unsafe-inline'") && !values.includes("'unsafe-eval'") && !values.includes('*'), JSON.stringify(csp));
  }
  assert.equal(contentSecurityPolicy(CSP_SOURCE, nonce), Object.entries(csp).map(([k, v]) => [k, ...v].join(' ')).join('; '));
});

test('exactly one script: external, carrying the nonce; no inline script or style, no event handlers', () => {
  const nonce = randomBytes(18).toString('base64');
  const html = panelHtml(input(nonce));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.match(scripts[0][1], new RegExp(`nonce="${nonce.replace(/[+/=]/g, c => `\\${c}`)}"`));
  assert.match(scripts[0][1], /src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\.js"/);
  assert.equal(scripts[0][2], '', 'no inline code');
  assert.doesNotMatch(html, /<style\b/);
  assert.doesNotMatch(html, /\son[a-z]+=/i);
  assert.doesNotMatch(html, /\sstyle=/i);
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map(m => m[1]);
  assert.deepEqual(links, [`${CSP_SOURCE}/ext/dist/codicons/codicon.css`, `${CSP_SOURCE}/ext/media/panel.css`]);
});

test('a fresh nonce each load; a weak or hostile nonce is refused; URIs cannot break out of attributes', () => {
  const a = panelHtml(input(randomBytes(18).toString('base64')));
  const b = panelHtml(input(randomBytes(18).toString('base64')));
  assert.notEqual(cspOf(a)['script-src'][0], cspOf(b)['script-src'][0]);
  assert.throws(() => panelHtml(input('abc')), /nonce/);
  assert.throws(() => panelHtml(input(`${'a'.repeat(20)}' 'unsafe-inline`)), /nonce/);
  const hostile = panelHtml({ ...input(randomBytes(18).toString('base64')), scriptUri: 'x"><img src=x onerror=alert(1)>' });
  assert.doesNotMatch(hostile, /<img/);
});

test('panel UI sources never parse data as HTML (no innerHTML/outerHTML/insertAdjacentHTML/document.write/eval)', () => {
  const dir = join(root, 'src/webview');
  const files = readdirSync(dir).filter(f => f.endsWith('.ts'));
  assert.ok(files.includes('main.ts') && files.includes('table.ts'));
  for (const f of files) {
    const code = readFileSync(join(dir, f), 'utf8').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\s*\(|new Function)\b/, f);
  }
});

test('the webview bundle builds as a browser IIFE that imports nothing at run time', () => {
  const r = esbuild.buildSync({
    entryPoints: [join(root, 'src/webview/main.ts')], bundle: true, write: false, platform: 'browser', format: 'iife', logLevel: 'error',
  });
  const js = r.outputFiles[0].text;
  assert.doesNotMatch(js, /\brequire\(/, 'no require() left in the webview bundle');
  assert.doesNotMatch(js, /vscode-languageserver-protocol|vscode-jsonrpc/, 'protocol imported as types only');
  assert.ok(js.length < 200_000, `webview bundle is ${js.length} bytes`);
});
