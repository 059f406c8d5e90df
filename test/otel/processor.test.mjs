// CodeLocationSpanProcessor on its own: which spans it marks, which frame it picks (past dependencies, OpenTelemetry,
// itself and configured wrappers), how it writes paths, and that --enable-source-maps positions are the original ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const root = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const otelPath = join(root, 'dist/otel.js');
const { CodeLocationSpanProcessor, isGenAiSpan } = require(otelPath);

/** A stand-in for an SDK span at onStart: attributes given at start, a scope, setAttributes. */
function span(attributes = {}, scope = '@opentelemetry/instrumentation-openai') {
  return { attributes: { ...attributes }, instrumentationScope: { name: scope }, setAttributes(a) { Object.assign(this.attributes, a); } };
}
const location = s => [s.attributes['code.file.path'], s.attributes['code.line.number'], s.attributes['code.function.name']];

/** A temp folder holding an "application" file and a "library" under node_modules that starts the span, as an SDK would. */
function project() {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'spendlens-otel-proc-')));
  mkdirSync(join(dir, 'node_modules/fake-llm-sdk'), { recursive: true });
  mkdirSync(join(dir, 'node_modules/@opentelemetry/fake-instrumentation'), { recursive: true });
  // The instrumentation starts the span (the processor runs inside); the SDK calls it; the app calls the SDK.
  writeFileSync(join(dir, 'node_modules/@opentelemetry/fake-instrumentation/index.js'), 'exports.start = (p, s) => { p.onStart(s); return s; };\n');
  writeFileSync(join(dir, 'node_modules/fake-llm-sdk/index.js'), [
    "const inst = require('../@opentelemetry/fake-instrumentation');",
    'function deep(n, f) { return n === 0 ? f() : deep(n - 1, f); }',
    'exports.create = (p, s, depth = 0) => deep(depth, () => inst.start(p, s));',
  ].join('\n') + '\n');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/llm.js'), [
    "const sdk = require('fake-llm-sdk');",
    'function callModel(p, s, depth) { return sdk.create(p, s, depth); }',
    'module.exports = { callModel };',
  ].join('\n') + '\n');
  writeFileSync(join(dir, 'src/app.js'), [
    "const sdk = require('fake-llm-sdk');",
    "const { callModel } = require('./llm');",
    'class Reporter {',
    '  summarize(p, s) {',
    '    return sdk.create(p, s);',
    '  }',
    '}',
    'exports.direct = (p, s) => new Reporter().summarize(p, s);',
    'exports.wrapped = (p, s, depth) => callModel(p, s, depth);',
  ].join('\n') + '\n');
  return { dir, app: require(join(dir, 'src/app.js')), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('GenAI spans are recognised by gen_ai.* or AI SDK attributes at start, or an LLM instrumentation tracer; others are left alone', () => {
  assert.equal(isGenAiSpan(span({ 'gen_ai.request.model': 'gpt-4o' }, 'x')), true);
  assert.equal(isGenAiSpan(span({ 'ai.model.id': 'gpt-4o', 'ai.operationId': 'ai.generateText' }, 'ai')), true);
  assert.equal(isGenAiSpan(span({}, '@traceloop/instrumentation-anthropic')), true);
  assert.equal(isGenAiSpan(span({ 'openinference.span.kind': 'LLM' }, 'y')), true);
  assert.equal(isGenAiSpan(span({ 'http.request.method': 'POST' }, '@opentelemetry/instrumentation-undici')), false);
  assert.equal(isGenAiSpan({ attributes: {}, instrumentationLibrary: { name: '@traceloop/instrumentation-openai' }, setAttributes() {} }), true, 'SDK 1.x scope field');
});

test('the frame chosen is the application line, past node_modules, OpenTelemetry and the processor; the function keeps its class', () => {
  const p = project();
  try {
    const processor = new CodeLocationSpanProcessor({ root: p.dir });
    const s = p.app.direct(processor, span({ 'gen_ai.request.model': 'gpt-4o' }));
    assert.deepEqual(location(s), ['src/app.js', 5, 'Reporter.summarize']);
    const http = p.app.direct(processor, span({ 'http.request.method': 'POST' }, '@opentelemetry/instrumentation-http'));
    assert.deepEqual(location(http), [undefined, undefined, undefined]);
  } finally { p.cleanup(); }
});

test('a wrapper module can be skipped so the caller of the wrapper is the call site', () => {
  const p = project();
  try {
    const plain = p.app.wrapped(new CodeLocationSpanProcessor({ root: p.dir }), span({ 'gen_ai.request.model': 'm' }));
    assert.deepEqual(location(plain), ['src/llm.js', 2, 'callModel']);
    const skipping = p.app.wrapped(new CodeLocationSpanProcessor({ root: p.dir, skipFiles: [/[\\/]src[\\/]llm\.js$/] }), span({ 'gen_ai.request.model': 'm' }));
    assert.deepEqual(location(skipping).slice(0, 2), ['src/app.js', 9]);
  } finally { p.cleanup(); }
});

test('paths: relative to root inside it, absolute outside it or with root: false', () => {
  const p = project();
  try {
    const outside = p.app.direct(new CodeLocationSpanProcessor({ root: join(p.dir, 'elsewhere') }), span({ 'gen_ai.system': 'openai' }));
    assert.equal(outside.attributes['code.file.path'], join(p.dir, 'src/app.js'));
    const absolute = p.app.direct(new CodeLocationSpanProcessor({ root: false }), span({ 'gen_ai.system': 'openai' }));
    assert.equal(absolute.attributes['code.file.path'], join(p.dir, 'src/app.js'));
  } finally { p.cleanup(); }
});

test('a location the instrumentation already set is kept; the stack limit is restored; a deep library stack still reaches the app', () => {
  const p = project();
  try {
    const processor = new CodeLocationSpanProcessor({ root: p.dir });
    const given = p.app.direct(processor, span({ 'gen_ai.system': 'openai', 'code.filepath': 'app/main.py', 'code.lineno': 3 }));
    assert.equal(given.attributes['code.file.path'], undefined);
    const before = Error.stackTraceLimit;
    const deep = p.app.wrapped(processor, span({ 'gen_ai.system': 'openai' }), 40);
    assert.equal(Error.stackTraceLimit, before);
    assert.deepEqual(location(deep).slice(0, 2), ['src/llm.js', 2]);
    const shallow = p.app.wrapped(new CodeLocationSpanProcessor({ root: p.dir, stackDepth: 10 }), span({ 'gen_ai.system': 'openai' }), 40);
    assert.equal(shallow.attributes['code.file.path'], undefined, 'no application frame within 10 frames: nothing is written rather than a wrong frame');
  } finally { p.cleanup(); }
});

test('with node --enable-source-maps the location is the original source\'s; without, the built file\'s', () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'spendlens-otel-map-')));
  try {
    mkdirSync(join(dir, 'src'));
    // TypeScript source whose call sits on line 9; the bundle moves it.
    writeFileSync(join(dir, 'src/report.ts'), [
      "import { CodeLocationSpanProcessor } from 'spendlens-otel';",
      'interface Fake { attributes: Record<string, unknown>; instrumentationScope: { name: string }; setAttributes(a: Record<string, unknown>): void }',
      'const processor = new CodeLocationSpanProcessor({ root: process.cwd() });',
      "const span: Fake = { attributes: { 'gen_ai.request.model': 'gpt-4o' }, instrumentationScope: { name: 'x' }, setAttributes(a) { Object.assign(this.attributes, a); } };",
      '',
      'export function report(): Fake {',
      '  const pad: number[] = [1, 2, 3];',
      '  void pad;',
      '  processor.onStart(span);',
      '  return span;',
      '}',
      'console.log(JSON.stringify(report().attributes));',
    ].join('\n') + '\n');
    buildSync({ entryPoints: [join(dir, 'src/report.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, 'dist/report.js'), sourcemap: true, alias: { 'spendlens-otel': otelPath }, external: [otelPath] });
    const run = flags => {
      const r = spawnSync(process.execPath, [...flags, 'dist/report.js'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout);
    };
    const mapped = run(['--enable-source-maps']);
    assert.deepEqual([mapped['code.file.path'], mapped['code.line.number'], mapped['code.function.name']], ['src/report.ts', 9, 'report']);
    const raw = run([]);
    assert.equal(raw['code.file.path'], 'dist/report.js');
    assert.notEqual(raw['code.line.number'], 9);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
