// Pricing layer: catalog validation (problems with pointer + line), lookup, layering, staleness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/pricing');
const bundledPath = join(root, 'pricing/catalog.json');
const readJson = p => JSON.parse(readFileSync(p, 'utf8'));
const fixture = (...parts) => join(fixtures, ...parts);

const book = core.loadPriceBook({ bundledPath });

test('the bundled catalog loads without problems', () => {
  assert.deepEqual(book.problems, []);
  assert.equal(book.layers.length, 1);
  assert.equal(book.layers[0].ok, true);
  assert.ok(book.models().length > 150);
});

test('a JSON syntax error names the file and the line', () => {
  const path = fixture('syntax-error', 'pricing.json');
  const expected = readJson(fixture('syntax-error', 'expected.json'));
  const { catalog, problems } = core.parseCatalog(readFileSync(path, 'utf8'), path, { overlay: true });
  assert.equal(catalog, undefined);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].path, path);
  assert.equal(problems[0].line, expected.line);
  assert.equal(problems[0].pointer, expected.pointer);
  assert.match(problems[0].message, new RegExp(expected.messageIncludes));
});

test('a syntax error at the end of the input points at the last line', () => {
  const { problems } = core.parseCatalog('{\n  "models": [\n', 'x.json');
  assert.equal(problems[0].line, 3);
});

for (const name of ['bad-models', 'missing-field']) {
  test(`bad model entries are rejected and named with pointer and line (${name})`, () => {
    const path = fixture(name, 'catalog.json');
    const expected = readJson(fixture(name, 'expected.json'));
    const { catalog, problems } = core.parseCatalog(readFileSync(path, 'utf8'), path);
    assert.ok(catalog, 'the layer still loads');
    assert.deepEqual(catalog.models.map(m => m.id), expected.kept);
    assert.equal(problems.length, expected.problems.length, JSON.stringify(problems, null, 1));
    for (const [i, want] of expected.problems.entries()) {
      const got = problems[i];
      assert.equal(got.path, path);
      assert.equal(got.pointer, want.pointer);
      assert.equal(got.line, want.line, `line of ${want.pointer}`);
      for (const part of want.messageIncludes) assert.ok(got.message.includes(part), `"${got.message}" should mention ${part}`);
    }
  });
}

test('non-finite and wrong-typed values are caught; unknown fields are reported', () => {
  const model = { id: 'm', aliases: [], provider: 'openai', family: 'f', tier: 'small', mode: 'chat', input: 1, output: 2,
    capabilities: { tools: true, vision: false, json: false, reasoning: false, promptCaching: false },
    tokenizer: { encoding: 'o200k_base', exact: true, ratio: 1 }, deprecated: false, source: 'curated' };
  const doc = m => JSON.stringify({ version: 1, updated: '2026-07-24', currency: 'USD', unit: 'per 1M tokens', models: [m] }, null, 2);
  assert.equal(core.parseCatalog(doc(model), 'ok.json').problems.length, 0);
  const infinite = core.parseCatalog(doc(model).replace('"input": 1', '"input": 1e999'), 'inf.json');
  assert.equal(infinite.problems[0].pointer, '/models/0/input');
  assert.equal(infinite.catalog.models.length, 0);
  const typo = core.parseCatalog(doc({ ...model, inptu: 3 }), 'typo.json');
  assert.equal(typo.problems[0].pointer, '/models/0/inptu');
  assert.match(typo.problems[0].message, /unknown field/);
  const tier = core.parseCatalog(doc({ ...model, tier: 'huge' }), 'tier.json');
  assert.equal(tier.problems[0].pointer, '/models/0/tier');
  const date = core.parseCatalog(doc({ ...model, deprecated: 'soon' }), 'date.json');
  assert.equal(date.problems[0].pointer, '/models/0/deprecated');
  const top = core.parseCatalog(JSON.stringify({ version: 1, updated: '24.7.2026', currency: 'USD', unit: 'per 1M tokens', models: [] }), 'top.json');
  assert.equal(top.problems[0].pointer, '/updated');
});

const lookups = readJson(fixture('lookup', 'expected.json'));
for (const c of lookups.cases) {
  test(`lookup ${c.id}${c.vendor ? ` on ${c.vendor}` : ''} → ${c.expect} (${c.matchedBy})`, () => {
    const result = book.lookup(c.id, c.vendor);
    assert.ok(result, `${c.id} should resolve`);
    assert.equal(result.model.id, c.expect);
    assert.equal(result.matchedBy, c.matchedBy);
  });
}

test('every matchedBy kind is exercised by the lookup fixture', () => {
  const kinds = new Set(lookups.cases.map(c => c.matchedBy));
  for (const k of ['id', 'alias', 'prefixed', 'snapshot', 'case', 'fine-tune']) assert.ok(kinds.has(k), k);
});

test('fine-tuned ids get fine-tuning prices, not base prices', () => {
  const ft = book.lookup('ft:gpt-4o-mini-2024-07-18:acme::9xYz');
  const base = book.lookup('gpt-4o-mini');
  assert.ok(ft.model.input > base.model.input);
});

for (const u of lookups.unknown) {
  test(`unknown id ${u.id} → null, nearest ids offered`, () => {
    assert.equal(book.lookup(u.id), null);
    const near = book.nearest(u.id);
    assert.equal(near.length, 3);
    if (u.nearestIncludes) assert.equal(near[0], u.nearestIncludes);
    assert.equal(book.nearest(u.id, 5).length, 5);
  });
}

test('lookup of empty or whitespace ids is null', () => {
  assert.equal(book.lookup(''), null);
  assert.equal(book.lookup('   '), null);
});

test('a team layer overrides a price and adds a model; the rest still comes from the bundled catalog', () => {
  const workspacePath = fixture('team-override', '.spendlens', 'pricing.json');
  const expected = readJson(fixture('team-override', 'expected.json'));
  const layered = core.loadPriceBook({ bundledPath, workspacePath });
  assert.deepEqual(layered.problems, []);
  assert.deepEqual(layered.layers.map(l => [l.kind, l.ok, l.models]), [['bundled', true, book.models().length], ['workspace', true, 2]]);
  for (const [id, want] of Object.entries(expected)) {
    const got = layered.lookup(id).model;
    for (const [field, value] of Object.entries(want)) assert.equal(got[field], value, `${id}.${field}`);
  }
  // Fields the overlay did not name are kept, nested ones included.
  assert.deepEqual(layered.lookup('gpt-4o').model.capabilities, book.lookup('gpt-4o').model.capabilities);
  assert.deepEqual(layered.lookup('gpt-4o').model.aliases, book.lookup('gpt-4o').model.aliases);
  // The bundled book is not changed by building another.
  assert.equal(book.lookup('gpt-4o').model.input, 2.5);
});

test('a broken team layer is a problem with its path and line; the bundled prices keep serving', () => {
  const workspacePath = fixture('broken-team', '.spendlens', 'pricing.json');
  const expected = readJson(fixture('broken-team', 'expected.json'));
  const layered = core.loadPriceBook({ bundledPath, workspacePath });
  assert.equal(layered.problems.length, 1);
  assert.equal(layered.problems[0].path, workspacePath);
  assert.equal(layered.problems[0].line, expected.line);
  const team = layered.layers.find(l => l.kind === 'workspace');
  assert.deepEqual([team.ok, team.models], [false, 0]);
  for (const [id, price] of Object.entries(expected.bundledStillServes)) assert.equal(layered.lookup(id).model.input, price);
});

test('an overlay may patch an existing model but a new model needs its prices', () => {
  const userPath = fixture('new-model-overlay', 'pricing.json');
  const expected = readJson(fixture('new-model-overlay', 'expected.json'));
  const layered = core.loadPriceBook({ bundledPath, userPath });
  assert.equal(layered.lookup('gpt-4o-mini').model.input, expected['gpt-4o-mini'].input);
  assert.equal(layered.lookup('gpt-4o-mini').model.output, expected['gpt-4o-mini'].output);
  assert.equal(layered.lookup(expected.rejected), null);
  assert.equal(layered.problems.length, 1);
  assert.equal(layered.problems[0].pointer, expected.rejectedPointer);
  assert.match(layered.problems[0].message, new RegExp(expected.rejected));
  assert.equal(layered.layers[1].ok, false);
  assert.equal(layered.layers[1].models, 1);
});

test('layers apply in order bundled ← user ← workspace', () => {
  const files = {
    '/b.json': readFileSync(bundledPath, 'utf8'),
    '/u.json': JSON.stringify({ models: [{ id: 'gpt-4o', input: 1, output: 4 }] }),
    '/w.json': JSON.stringify({ models: [{ id: 'gpt-4o', input: 2 }] }),
  };
  const readFile = p => { if (!(p in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' }); return files[p]; };
  const layered = core.loadPriceBook({ bundledPath: '/b.json', userPath: '/u.json', workspacePath: '/w.json', readFile });
  const m = layered.lookup('gpt-4o').model;
  assert.deepEqual([m.input, m.output, m.source], [2, 4, 'workspace']);
  // A missing team file is no layer; a missing user catalog is a problem; a missing bundled catalog too.
  const noTeam = core.loadPriceBook({ bundledPath: '/b.json', workspacePath: '/none.json', readFile });
  assert.deepEqual([noTeam.layers.length, noTeam.problems.length], [1, 0]);
  const noUser = core.loadPriceBook({ bundledPath: '/b.json', userPath: '/none.json', readFile });
  assert.equal(noUser.problems[0].path, '/none.json');
  assert.match(noUser.problems[0].message, /not found/);
  assert.equal(noUser.lookup('gpt-4o').model.input, 2.5);
  const noBundled = core.loadPriceBook({ bundledPath: '/none.json', userPath: '/u.json', readFile });
  assert.equal(noBundled.layers[0].ok, false);
  assert.equal(noBundled.lookup('gpt-4o'), null, 'a patch with no base is rejected');
});

test('staleness warns past the age limit, with fixed dates', () => {
  assert.equal(book.updated, '2026-07-24');
  assert.equal(book.staleness(new Date('2026-08-01T00:00:00Z')), null);
  assert.equal(book.staleness(new Date('2026-11-21T00:00:00Z')), null, '120 days is not yet stale');
  assert.equal(book.staleness(new Date('2026-11-27T15:00:00Z')),
    "Prices are 126 days old (catalog updated 2026-07-24); refresh with `spendlens catalog update` (downloads LiteLLM's price map), or set current ones in .spendlens/pricing.json");
  assert.match(book.staleness(new Date('2026-11-27T15:00:00Z'), { refresh: core.REFRESH_HINT.editor }),
    /; refresh with the command "Spendlens: Update Pricing Catalog", or set/, 'the editor names its own command');
  assert.match(book.staleness(new Date('2026-09-01T00:00:00Z'), { maxAgeDays: 30 }), /^Prices are 39 days old/);
  assert.notEqual(book.staleness(new Date()), null, 'the bundled catalog is stale today');
});

test('summarizeCatalog counts models per provider and lists the layers', () => {
  const s = core.summarizeCatalog(book, new Date('2026-11-27T00:00:00Z'));
  assert.equal(s.models, book.models().length);
  assert.equal(s.chat, book.models().filter(m => m.mode === 'chat').length);
  assert.equal(s.providers.reduce((n, p) => n + p.models, 0), s.models);
  assert.equal(s.ageDays, 126);
  assert.match(s.stale, /126 days/);
  assert.match(s.text, /openai/);
  assert.match(s.text, /bundled\s+ok/);
});

test('bundledCatalogPath finds pricing/catalog.json from the bundle folder', () => {
  assert.equal(core.bundledCatalogPath(join(root, 'out')), bundledPath);
  assert.equal(core.bundledCatalogPath(join(root, 'dist')), bundledPath);
});

test('deprecationInfo reads false, true and dates against a fixed now', () => {
  const now = new Date('2026-11-27T00:00:00Z');
  assert.deepEqual(core.deprecationInfo({ deprecated: false }, now), { deprecated: false, past: false, text: 'current' });
  assert.equal(core.deprecationInfo({ deprecated: true }, now).text, 'deprecated');
  assert.deepEqual(core.deprecationInfo({ deprecated: '2026-05-01' }, now), { deprecated: true, date: '2026-05-01', past: true, text: 'retired since 2026-05-01' });
  assert.equal(core.deprecationInfo({ deprecated: '2027-01-15' }, now).text, 'shuts down 2027-01-15');
  assert.equal(core.deprecationInfo(book.lookup('claude-3-opus').model, now).past, true);
});

test('the schema tells a team overlay from a full catalog the way an editor would', () => {
  const team = readFileSync(fixture('team-override', '.spendlens', 'pricing.json'), 'utf8');
  assert.deepEqual(core.parseCatalog(team, 'team.json', { overlay: 'auto' }).problems, []);
  assert.ok(core.parseCatalog(team, 'team.json').problems.length > 0, 'as a full catalog its partial entries are incomplete');
  assert.deepEqual(core.parseCatalog(readFileSync(bundledPath, 'utf8'), bundledPath, { overlay: 'auto' }).problems, []);
  const bad = readFileSync(fixture('bad-models', 'catalog.json'), 'utf8');
  assert.equal(core.parseCatalog(bad, 'bad.json', { overlay: 'auto' }).problems.length, 3);
  const negativeInOverlay = core.parseCatalog('{ "models": [ { "id": "gpt-4o", "input": -2 } ] }', 'o.json', { overlay: 'auto' });
  assert.equal(negativeInOverlay.problems[0].pointer, '/models/0/input');
});

// The bundled catalog is validated when built; at run time only text with exactly the built hash skips the check.
test('a bundled catalog whose content is not the one built is checked in full (file, pointer, line)', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-catalog-'));
  try {
    const text = readFileSync(core.bundledCatalogPath(), 'utf8');
    assert.deepEqual(core.loadPriceBook({ bundledPath: core.bundledCatalogPath() }).problems, [], 'the built catalog loads clean');
    const doc = JSON.parse(text);
    doc.models[0].input = -1;
    const broken = join(dir, 'catalog.json');
    writeFileSync(broken, JSON.stringify(doc, null, 2));
    const problems = core.loadPriceBook({ bundledPath: broken }).problems;
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0].path, broken);
    assert.equal(problems[0].pointer, '/models/0/input');
    assert.ok(problems[0].line > 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('parseCatalog skips the schema check only for text with the validated hash', async () => {
  const { createHash } = await import('node:crypto');
  const text = JSON.stringify({ version: 1, updated: '2026-01-01', models: [{ id: 'x', provider: 'openai', input: -1, output: 1 }] });
  const sha1 = createHash('sha1').update(text).digest('hex');
  assert.ok(core.parseCatalog(text, 'c.json').problems.length > 0, 'checked: the negative price is reported');
  assert.deepEqual(core.parseCatalog(text, 'c.json', { validatedSha1: sha1 }).problems, [], 'same text, hash vouched for: not re-checked');
  assert.ok(core.parseCatalog(text + ' ', 'c.json', { validatedSha1: sha1 }).problems.length > 0, 'one byte more: checked again');
});

test('a team discount per provider scales the list prices below it, says so, and names a provider it cannot match', async () => {
  const dir = fixture('team-discount');
  const want = readJson(join(dir, 'expected.json'));
  const workspacePath = join(dir, '.spendlens', 'pricing.json');
  const layered = core.loadPriceBook({ bundledPath, workspacePath });
  const list = book.lookup(want.discounted.id).model;
  const got = layered.lookup(want.discounted.id).model;
  for (const key of ['input', 'output', 'cachedInput', 'batchInput', 'batchOutput']) {
    if (typeof list[key] === 'number') assert.ok(Math.abs(got[key] - list[key] * want.discounted.factor) < 1e-12, `${key}: ${got[key]} vs ${list[key]}`);
  }
  assert.deepEqual([got.discount.percent, got.discount.path], [want.discounted.percent, workspacePath]);
  // A price the team file states itself is its price: not discounted again.
  const own = layered.lookup(want.pricedByTheTeam.id).model;
  assert.deepEqual([own.input, own.output], [want.pricedByTheTeam.input, want.pricedByTheTeam.output]);
  assert.deepEqual(layered.lookup(want.untouched).model.input, book.lookup(want.untouched).model.input, 'other providers keep their prices');
  assert.deepEqual(layered.problems.map(p => [p.path, p.pointer, p.message]), [[workspacePath, want.problem.pointer, want.problem.message]]);
  // The estimate prices with the discount and says where it comes from.
  const session = new core.Session({ root: dir, book: layered });
  const report = await session.scanWorkspace();
  const call = report.calls.find(c => c.file === want.call.file);
  assert.equal(call.catalogModel, want.call.catalogModel);
  assert.ok(Math.abs(call.inputPricePerM - list.input * want.discounted.factor) < 1e-12);
  assert.ok(call.assumptions.some(a => a.includes(want.call.assumption) && a.includes('enterprise agreement 2026')), call.assumptions.join(' | '));
});
