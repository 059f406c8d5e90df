// Runs in its own process (fresh module state): times a bare TypeScript parse of every source file of a
// workspace (the floor) and a full Spendlens workspace scan of the same folder, cold (first scan in the
// process: tokenizer and Python parser load) and warm (a new Session, modules already loaded).
// Prints one JSON line. Usage: node scan-child.mjs <dir>
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { repo, sourceFiles } from './workspaces.mjs';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const core = require(join(repo, 'out/core.cjs'));
const dir = process.argv[2];

const files = sourceFiles(dir).filter(f => readFileSync(f).length <= 1024 * 1024);

function bareParse() {
  const t0 = performance.now();
  let bytes = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    bytes += text.length;
    ts.createSourceFile(f, text, { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false);
  }
  return { ms: performance.now() - t0, bytes };
}

async function scan() {
  const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath(join(repo, 'out')) });
  const t0 = performance.now();
  const report = await new core.Session({ root: dir, book }).scanWorkspace();
  return { ms: performance.now() - t0, calls: report.calls.length };
}

const parses = [bareParse(), bareParse(), bareParse()];
const cold = await scan();
const warm = [await scan(), await scan()];
console.log(JSON.stringify({
  files: files.length,
  bytes: parses[0].bytes,
  parseMs: Math.min(...parses.slice(1).map(p => p.ms)),
  parseColdMs: parses[0].ms,
  scanColdMs: cold.ms,
  scanWarmMs: Math.min(...warm.map(w => w.ms)),
  calls: cold.calls,
}));
