// The project has no public repository yet. What users read (README, the VSIX README, docs/, action.yml, the hook
// definitions) must not tell them to use a made-up one (`OWNER/spendlens`) as if it worked, and package.json names a
// repository, homepage or bug tracker only with a real https URL (no placeholder), since vsce and npm publish them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../../..');
const read = rel => readFileSync(join(root, rel), 'utf8');
const userFacing = ['README.md', 'MARKETPLACE.md', 'CHANGELOG.md', 'action.yml', '.pre-commit-hooks.yaml',
  ...readdirSync(join(root, 'docs')).filter(f => f.endsWith('.md')).map(f => `docs/${f}`),
  ...readdirSync(join(root, 'media/walkthrough')).map(f => `media/walkthrough/${f}`)];
const PLACEHOLDER = /\b(OWNER|YOUR[-_]?ORG|USERNAME)\/spendlens\b|github\.com\/(OWNER|your-org|example)\b|spendlens\.invalid\/(?!schemas\/)/i;

test('no user-facing file points at a placeholder repository', () => {
  const offenders = userFacing.flatMap(rel => read(rel).split('\n').map((line, i) => [rel, i + 1, line]))
    .filter(([, , line]) => PLACEHOLDER.test(line)).map(([rel, n, line]) => `${rel}:${n}: ${line.trim()}`);
  assert.deepEqual(offenders, []);
});

test('package.json repository / homepage / bugs: absent, or real https URLs', () => {
  const pkg = JSON.parse(read('package.json'));
  const urls = [pkg.repository?.url ?? pkg.repository, pkg.homepage, pkg.bugs?.url ?? pkg.bugs].filter(u => u !== undefined);
  for (const u of urls) {
    assert.match(String(u), /^(git\+)?https:\/\//, `${u}: not an https URL`);
    assert.doesNotMatch(String(u), PLACEHOLDER, `${u}: a placeholder`);
    assert.doesNotMatch(String(u), /example\.(com|org)|\.invalid\b|localhost/, `${u}: not a real address`);
  }
});
