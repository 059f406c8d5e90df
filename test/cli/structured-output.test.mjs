// Outputs from what the code constrains: a response schema sizes the reply (fields × typical value size, stated
// lengths from descriptions or the prompt). Fixture: test/fixtures/estimate/structured-output (TS + Python twins).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { cli, repoRoot } from './cli-helpers.mjs';

const dir = join(repoRoot, 'test/fixtures/estimate/structured-output');
const forcedDir = join(repoRoot, 'test/fixtures/estimate/forced-tool');
const core = createRequire(import.meta.url)(process.env.SPENDLENS_CORE ?? join(repoRoot, 'out/core.cjs'));

/**
 * Scans a fixture and checks each call of its expected.json: output tokens, where they came from (also in the hover's
 * assumption: `response schema:` / `forced tool <name>:`), and whether no-output-cap fires.
 */
function checkOutputs(fixtureDir) {
  const r = cli(['scan', fixtureDir, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const calls = JSON.parse(r.stdout).calls;
  const want = JSON.parse(readFileSync(join(fixtureDir, 'expected.json'), 'utf8')).calls;
  assert.equal(calls.length, want.length);
  for (const w of want) {
    const c = calls.find(x => x.file === w.file && x.line === w.line);
    assert.ok(c, `no call at ${w.file}:${w.line}`);
    assert.equal(c.outputTokens, w.outputTokens, `${w.file}:${w.line} ${c.outputTokensSource}`);
    if (w.outputTokensSource) assert.equal(c.outputTokensSource, w.outputTokensSource, `${w.file}:${w.line}`);
    if (w.outputTokensSourceStartsWith) assert.ok(c.outputTokensSource.startsWith(w.outputTokensSourceStartsWith), c.outputTokensSource);
    assert.equal(c.findings.some(f => f.code === 'no-output-cap'), w.noOutputCap, `${w.file}:${w.line}`);
    const from = /^(response schema|forced tool [^,\s]+)/.exec(w.outputTokensSource ?? '')?.[1];
    if (from) assert.ok(c.assumptions.some(a => a.includes(`${from}:`)), `the assumption says where the figure came from: ${c.assumptions.join(' | ')}`);
  }
}

test('schema-shaped calls are priced from their schema, in TS and Python, and get no no-output-cap', () => checkOutputs(dir));

test('forced tool calls are priced from the forced tool\'s parameters, in TS and Python, and get no no-output-cap', () => checkOutputs(forcedDir));

test('tool definitions read back from every API\'s wrapping; the forced one by name, or the only one', () => {
  const { toolDefinitions, forcedToolDefinition } = core;
  const openai = JSON.stringify([{ type: 'function', function: { name: 'a', description: 'd', parameters: { type: 'object', properties: { x: { type: 'string' } } } } }, { type: 'function', name: 'b', parameters: { type: 'object', properties: {} } }]);
  assert.deepEqual(toolDefinitions(openai).map(t => [t.name, t.description]), [['a', 'd'], ['b', '']]);
  const anthropic = JSON.stringify([{ name: 'c', input_schema: { type: 'object', properties: { y: { type: 'boolean' } } } }]);
  assert.equal(forcedToolDefinition(anthropic, null).name, 'c');
  const gemini = JSON.stringify([{ functionDeclarations: [{ name: 'g', parameters: { type: 'object', properties: {} } }] }]);
  assert.equal(forcedToolDefinition(gemini, 'g').name, 'g');
  const bedrock = JSON.stringify([{ toolSpec: { name: 'k', inputSchema: { json: { type: 'object', properties: { z: { type: 'number' } } } } } }]);
  assert.match(forcedToolDefinition(bedrock, 'k').schema, /"z"/);
  const aiSdk = JSON.stringify({ rate: { description: 'r', parameters: 'z.object({ score: z.number() })' } });
  assert.equal(forcedToolDefinition(aiSdk, 'rate').schema, 'z.object({ score: z.number() })');
  assert.equal(forcedToolDefinition(openai, null), null, 'two tools, none named');
  assert.equal(forcedToolDefinition(openai, 'missing'), null);
  assert.deepEqual(toolDefinitions('not json'), []);
});

test('forcedTool: what each API\'s tool-choice option forces', () => {
  const { forcedTool } = core;
  const reader = (values, members = {}) => ({ string: p => values[p] ?? null, strings: p => values[p] ?? [], entries: () => [], member: p => members[p] ?? null });
  assert.deepEqual(forcedTool(reader({ tool_choice: 'required' })), { name: null, param: 'tool_choice' });
  assert.equal(forcedTool(reader({ tool_choice: 'auto' })), null);
  assert.equal(forcedTool(reader({ tool_choice: 'none' })), null);
  assert.deepEqual(forcedTool(reader({ tool_choice: 'generate_title' })), { name: 'generate_title', param: 'tool_choice' });
  assert.deepEqual(forcedTool(reader({ 'tool_choice.type': 'function', 'tool_choice.function.name': 'f' })), { name: 'f', param: 'tool_choice' });
  assert.deepEqual(forcedTool(reader({ 'tool_choice.type': 'any' })), { name: null, param: 'tool_choice' });
  assert.equal(forcedTool(reader({ 'tool_choice.type': 'auto' })), null);
  assert.deepEqual(forcedTool(reader({ 'toolChoice.type': 'tool', 'toolChoice.toolName': 't' })), { name: 't', param: 'toolChoice' });
  assert.deepEqual(forcedTool(reader({ 'toolConfig.toolChoice.tool.name': 'b' })), { name: 'b', param: 'toolConfig.toolChoice' });
  assert.deepEqual(forcedTool(reader({ 'toolConfig.functionCallingConfig.allowedFunctionNames': ['x', 'y'] }, { 'toolConfig.functionCallingConfig.mode': 'ANY' })), { name: null, param: 'toolConfig.functionCallingConfig.mode' });
  assert.equal(forcedTool(reader({ 'toolConfig.functionCallingConfig.mode': 'AUTO' })), null);
  assert.equal(forcedTool(reader({})), null);
});

test('schema fields: JSON Schema, zod and pydantic read alike', () => {
  const { schemaFields } = core;
  const json = schemaFields('{"type":"object","properties":{"ok":{"type":"boolean"},"tags":{"type":"array","items":{"type":"string"},"maxItems":2},"who":{"type":"object","properties":{"name":{"type":"string","description":"one word"}}}}}');
  assert.deepEqual(json.map(f => [f.name, f.type]), [['ok', 'boolean'], ['tags', 'array'], ['who', 'object'], ['name', 'string']]);
  assert.equal(json[1].maxItems, 2);
  assert.equal(json[3].description, 'one word');
  const zod = schemaFields("z.object({ label: z.enum(['a', 'b']), score: z.number().min(0), note: z.string().describe('one sentence'), list: z.array(z.string()).max(3) })");
  assert.deepEqual(zod.map(f => [f.name, f.type]), [['label', 'enum'], ['score', 'number'], ['note', 'string'], ['list', 'array']]);
  assert.equal(zod[3].maxItems, 3);
  const py = schemaFields('class Verdict(BaseModel):\n    """Doc."""\n    ok: bool\n    reason: Optional[str] = Field(None, description="one line")\n    kind: Literal["x", "y"]\n    items: list[str]\n');
  assert.deepEqual(py.map(f => [f.name, f.type]), [['ok', 'boolean'], ['reason', 'string'], ['kind', 'enum'], ['items', 'array']]);
  assert.deepEqual(schemaFields('not a schema'), []);
});

test('stated lengths: ranges, number words, sentences and lines; none when unstated', () => {
  const { statedWords } = core;
  assert.equal(statedWords('A title of 2–5 words'), 5);
  assert.equal(statedWords('answer in one word'), 1);
  assert.equal(statedWords('Summarise in three sentences.'), 60);
  assert.equal(statedWords('One line'), 15);
  assert.equal(statedWords('up to 12 words'), 12);
  assert.equal(statedWords('Describe the image.'), null);
});
