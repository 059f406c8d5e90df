// .gitignore as git reads it (src/core/workspace/gitignore.ts, the `ignore` package): character classes, negation,
// folder-only rules, anchored patterns and nested .gitignore files, on a workspace written to a temporary folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
const core = createRequire(import.meta.url)('../../out/core.cjs');

function listed(files) {
  const root = mkdtempSync(join(tmpdir(), 'spendlens-gitignore-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    return core.listWorkspaceFiles(root, { exclude: [], maxFileBytes: 1 << 20 }).files;
  } finally { rmSync(root, { recursive: true, force: true }); }
}

test('character classes: [Bb]in/ ignores Bin/ and bin/, *.py[cod] leaves .py alone, build-[0-9]/ one digit', () => {
  const files = listed({
    '.gitignore': '[Bb]in/\n*.py[cod]\nbuild-[0-9]/\n',
    'Bin/a.ts': '', 'bin/b.ts': '', 'cabin/c.ts': '', 'src/bin/d.ts': '',
    'app.py': '', 'build-1/e.ts': '', 'build-12/f.ts': '',
  });
  assert.deepEqual(files, ['app.py', 'build-12/f.ts', 'cabin/c.ts']);
});

test('negation, folder-only rules, anchored patterns and nested files', () => {
  const files = listed({
    '.gitignore': '*.gen.ts\n!keep.gen.ts\n/top.ts\nlogs/\n',
    'a.gen.ts': '', 'keep.gen.ts': '', 'top.ts': '', 'src/top.ts': '', 'logs/x.ts': '', 'src/logs.ts': '',
    'pkg/.gitignore': 'local.ts\n!a.gen.ts\n', 'pkg/local.ts': '', 'pkg/a.gen.ts': '', 'local.ts': '',
  });
  assert.deepEqual(files, ['keep.gen.ts', 'local.ts', 'pkg/a.gen.ts', 'src/logs.ts', 'src/top.ts']);
});
