// Builds the benchmark workspaces in os.tmpdir(): real fixtures (dense LLM code, TS + Python), TypeScript's own
// lib/*.d.ts copied as .ts (a large body of code with no LLM call), generated plain Python, and a generated
// 2,000-line file with 200+ calls for the edit round trip. Deterministic: same inputs, same bytes.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repo = join(import.meta.dirname, '../..');
const MAX_FILE_BYTES = 1024 * 1024; // the analysis' default limit: larger files are skipped, so leave them out

/** Copies the fixture trees (minus expected.json) into `dir/fixtures`. */
function copyFixtures(dir) {
  for (const area of ['js', 'python', 'demo-app']) {
    cpSync(join(repo, 'test/fixtures', area), join(dir, 'fixtures', area), {
      recursive: true,
      filter: src => !src.endsWith('expected.json'),
    });
  }
}

/** TypeScript's lib .d.ts files as plain .ts (the scanner skips .d.ts). */
function copyTsLibs(dir, copy = 0) {
  const lib = join(repo, 'node_modules/typescript/lib');
  const out = join(dir, `tslib${copy}`);
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(lib)) {
    if (!name.endsWith('.d.ts') || statSync(join(lib, name)).size > MAX_FILE_BYTES) continue;
    writeFileSync(join(out, name.replace(/\.d\.ts$/, '.ts')), readFileSync(join(lib, name)));
  }
}

/** Plain Python with no LLM call: classes, functions, loops, f-strings. */
export function plainPython(seed, lines = 400) {
  const out = [`"""Module ${seed}: bookkeeping helpers."""`, 'import os', 'import json', 'from dataclasses import dataclass', ''];
  for (let i = 0; out.length < lines; i++) {
    out.push('@dataclass', `class Record${seed}_${i}:`, '    name: str', '    amount: float = 0.0', '',
      `    def total(self, rows: list[dict]) -> float:`, '        acc = 0.0', '        for row in rows:',
      `            if row.get("kind") == "k${i}":`, '                acc += float(row["amount"]) * 1.2', '        return acc', '',
      `def load_${seed}_${i}(path: str) -> dict:`, '    with open(path) as fh:', `        data = json.load(fh)`,
      `    return {k: v for k, v in data.items() if not k.startswith("_")}  # ${i}`, '');
  }
  return out.join('\n') + '\n';
}

/** A TypeScript file of ~`lines` lines holding one OpenAI/Anthropic call every ~10 lines. */
export function denseLlmFile(lines = 2000) {
  const out = [
    "import OpenAI from 'openai';",
    "import Anthropic from '@anthropic-ai/sdk';",
    'const openai = new OpenAI();',
    'const anthropic = new Anthropic();',
    "const SYSTEM = 'You are a helpful assistant. Answer briefly and cite the source document when you can.';",
    '',
  ];
  const models = ['gpt-4o', 'gpt-4o-mini', 'o4-mini', 'gpt-4.1'];
  for (let i = 0; out.length < lines - 10; i++) {
    if (i % 3 === 2) {
      out.push(`export async function ask${i}(question: string) {`,
        '  const msg = await anthropic.messages.create({',
        "    model: 'claude-3-5-haiku-latest',",
        `    max_tokens: ${256 + i},`,
        `    messages: [{ role: 'user', content: \`Question ${i}: \${question}\` }],`,
        '  });',
        '  return msg.content;',
        '}', '');
    } else {
      out.push(`export async function summarise${i}(text: string) {`,
        '  const r = await openai.chat.completions.create({',
        `    model: '${models[i % models.length]}',`,
        `    messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: \`Summarise item ${i}: \${text}\` }],`,
        '    max_tokens: 300,',
        '  });',
        '  return r.choices[0].message.content;',
        '}', '');
    }
  }
  return out.join('\n') + '\n';
}

/** Mixed workspace for the scan figure: fixtures + TypeScript libs as .ts + plain Python. */
export function mixedWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-bench-mixed-'));
  copyFixtures(dir);
  copyTsLibs(dir);
  mkdirSync(join(dir, 'pyplain'));
  for (let i = 0; i < 60; i++) writeFileSync(join(dir, 'pyplain', `mod_${i}.py`), plainPython(i));
  mkdirSync(join(dir, 'dense'));
  for (let i = 0; i < 4; i++) writeFileSync(join(dir, 'dense', `calls_${i}.ts`), denseLlmFile(2000));
  return dir;
}

/** ~`targetMb` MB workspace for the peak-memory figure: copies of the mixed content until the size is reached. */
export function largeWorkspace(targetMb = 50) {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-bench-large-'));
  let copy = 0;
  while (sizeOf(dir) < targetMb * 1e6) {
    const sub = join(dir, `pkg${copy}`);
    mkdirSync(sub);
    copyFixtures(sub);
    copyTsLibs(sub, copy);
    mkdirSync(join(sub, 'pyplain'));
    for (let i = 0; i < 40; i++) writeFileSync(join(sub, 'pyplain', `mod_${i}.py`), plainPython(copy * 100 + i));
    mkdirSync(join(sub, 'dense'));
    writeFileSync(join(sub, 'dense', 'calls.ts'), denseLlmFile(2000));
    copy++;
  }
  return dir;
}

/**
 * Call-dense workspace: the repository's own fixture trees (test/fixtures, every case: LLM application code where
 * most files call a model) copied `copies` times under copy<k>/ — relative imports keep working inside each copy —
 * to ~3,000 TS/JS files; Python files only in the first `pyCopies` copies (~500). Never committed: built here.
 */
export function callDenseWorkspace({ copies = 21, pyCopies = 5 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-bench-dense-'));
  const src = join(repo, 'test/fixtures');
  for (let k = 0; k < copies; k++) {
    cpSync(src, join(dir, `copy${k}`), {
      recursive: true,
      filter: from => !from.endsWith('expected.json') && (k < pyCopies || !/\.pyi?$/.test(from)),
    });
  }
  return dir;
}

/** Workspace holding only the 2,000-line dense file (edit round trip, first lens). */
export function editWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-bench-edit-'));
  writeFileSync(join(dir, 'calls.ts'), denseLlmFile(2000));
  return dir;
}

/** Source files under `dir` (what the scanner lists, roughly: no .d.ts). */
export function sourceFiles(dir) {
  const out = [];
  const walk = d => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p); }
      else if (/\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function sizeOf(dir) {
  let total = 0;
  const walk = d => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p); else total += statSync(p).size;
    }
  };
  walk(dir);
  return total;
}
