// Runs in its own process (fresh module state): times the floor — a bare parse of every source file of a workspace
// (TypeScript's createSourceFile for TS/JS, tree-sitter for Python: what each file costs before any analysis) — and a
// full Spendlens workspace scan of the same folder, cold (first scan in the process: tokenizer and Python parser
// load) and warm (a new Session, modules already loaded). CPU time (user + system) of each is reported too: on a
// shared machine it moves less with the load than the wall clock.
// Prints one JSON line. Usage: node scan-child.mjs <dir>
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { repo, sourceFiles } from './workspaces.mjs';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const { Parser, Language } = require(join(repo, 'node_modules/web-tree-sitter/web-tree-sitter.cjs'));
const core = require(join(repo, 'out/core.cjs'));
const dir = process.argv[2];

const files = sourceFiles(dir).filter(f => readFileSync(f).length <= 1024 * 1024);
await Parser.init({ locateFile: () => join(repo, 'node_modules/web-tree-sitter/web-tree-sitter.wasm') });
const python = new Parser();
python.setLanguage(await Language.load(readFileSync(join(repo, 'node_modules/tree-sitter-python/tree-sitter-python.wasm'))));

const cpuMs = c => (c.user + c.system) / 1000;
function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  return { ms: performance.now() - t0, cpuMs: cpuMs(process.cpuUsage(c0)), out };
}
function bareParse() {
  return timed(() => {
    let bytes = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      bytes += text.length;
      if (f.endsWith('.py')) python.parse(text).delete();
      else ts.createSourceFile(f, text, { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false);
    }
    return bytes;
  });
}

async function scan() {
  const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath(join(repo, 'out')) });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await new core.Session({ root: dir, book }).scanWorkspace();
  return { ms: performance.now() - t0, cpuMs: cpuMs(process.cpuUsage(c0)), calls: report.calls.length };
}

const parses = [bareParse(), bareParse(), bareParse()];
const cold = await scan();
const warm = [await scan(), await scan()];
const best = (list, key) => Math.min(...list.map(x => x[key]));
console.log(JSON.stringify({
  files: files.length,
  pyFiles: files.filter(f => f.endsWith('.py')).length,
  bytes: parses[0].out,
  parseMs: best(parses.slice(1), 'ms'),
  parseCpuMs: best(parses.slice(1), 'cpuMs'),
  parseColdMs: parses[0].ms,
  scanColdMs: cold.ms,
  scanWarmMs: best(warm, 'ms'),
  scanWarmCpuMs: best(warm, 'cpuMs'),
  calls: cold.calls,
}));
