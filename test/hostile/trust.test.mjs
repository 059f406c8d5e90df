// Untrusted workspaces over LSP: the client sends `initializationOptions.trusted` (VS Code's workspace trust);
// with trusted:false the server ignores the team's wrapper definitions (`.spendlens/config.json`) and a
// `spendlens.catalogPath` outside the folder, while the workspace's own SDK calls are still priced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repo } from './helpers.mjs';
import { LspClient } from '../server/lsp-client.mjs';

/** test/fixtures/js/team-wrappers: `askLLM(...)` at src/features.ts:8 is a call only through the team's wrapper definition. */
function teamWrappers() {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-trust-'));
  cpSync(join(repo, 'test/fixtures/js/team-wrappers'), dir, { recursive: true });
  return { dir, uri: pathToFileURL(dir).href, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

async function lensLines(initializationOptions, settings = {}) {
  const fx = teamWrappers();
  const client = new LspClient({ initializationOptions, settings });
  try {
    await client.initialize(fx.uri);
    const features = await client.open(fx.dir, 'src/features.ts');
    const llm = await client.open(fx.dir, 'src/lib/llm.ts');
    const lines = async uri => (await client.lenses(uri)).map(l => l.range.start.line + 1);
    return { features: await lines(features), llm: await lines(llm), messages: client.messages.map(m => m.message) };
  } finally {
    await client.dispose();
    fx.dispose();
  }
}

test('trusted:false → the team wrapper call gets no lens; the SDK call inside the wrapper still does', async () => {
  const { features, llm } = await lensLines({ trusted: false });
  assert.deepEqual(features, [], `wrapper calls priced in an untrusted workspace: lines ${features}`);
  assert.deepEqual(llm, [7]);
});

test('trusted:true (and no option at all) → the team wrapper calls get their lenses', async () => {
  for (const options of [{ trusted: true }, undefined]) {
    const { features } = await lensLines(options);
    assert.ok(features.includes(8), `askLLM at line 8 missing (options ${JSON.stringify(options)}): ${features}`);
    assert.ok(features.includes(16), `embedText at line 16 missing: ${features}`);
  }
});

test('trusted:false → a catalogPath inside the folder still counts, one outside is ignored with a warning', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'spendlens-outside-'));
  try {
    const catalog = JSON.stringify({ models: [{ id: 'gpt-4o', input: 9000, output: 9000 }] });
    writeFileSync(join(outside, 'prices.json'), catalog);
    const fx = teamWrappers();
    writeFileSync(join(fx.dir, 'prices.json'), catalog);
    const price = async catalogPath => {
      const client = new LspClient({ initializationOptions: { trusted: false }, settings: { catalogPath } });
      try {
        await client.initialize(fx.uri);
        const uri = await client.open(fx.dir, 'src/inline.ts', "import OpenAI from 'openai';\nconst c = new OpenAI();\nc.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });\n");
        const [lens] = await client.lenses(uri);
        return { dollars: Number(/\$([\d.,]+)\/call/.exec(lens.command.title)?.[1].replace(/,/g, '')), messages: client.messages.map(m => m.message) };
      } finally { await client.dispose(); }
    };
    try {
      const inside = await price('prices.json');
      const ignored = await price(join(outside, 'prices.json'));
      assert.ok(inside.dollars > ignored.dollars * 100, `inside ${inside.dollars} vs outside ${ignored.dollars}`);
      assert.ok(ignored.messages.some(m => m.includes('not trusted')), ignored.messages.join('\n'));
    } finally { fx.dispose(); }
  } finally { rmSync(outside, { recursive: true, force: true }); }
});

test('the VS Code client sends its workspace trust at initialize and restarts the server when trust is granted', () => {
  const bundle = readFileSync(join(repo, 'dist/extension.js'), 'utf8');
  assert.match(bundle, /initializationOptions:\s*\{\s*trusted:\s*\w+\.workspace\.isTrusted\s*\}/);
  assert.match(bundle, /onDidGrantWorkspaceTrust\(/);
});
