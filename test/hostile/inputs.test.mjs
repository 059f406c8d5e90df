// Hostile workspace content through the core Session and the CLI: each case ends in bounded time, says what
// it skipped or could not analyse, and loses nothing else (the ordinary call next to it is still priced).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { callsIn, cli, pyCall, scan, tsCall, workspace } from './helpers.mjs';

/** Every workspace gets this control file: if its call goes missing, the hostile neighbour broke the scan. */
const CONTROL = { 'src/control.ts': tsCall("'Summarise the ticket.'") };
const controlPriced = report => {
  const [c] = callsIn(report, 'src/control.ts');
  assert.ok(c, 'the ordinary file next to the hostile one lost its call');
  assert.ok(c.costPerCall > 0, 'the ordinary call lost its price');
};

test('files with syntax errors: their calls are still found, with a warning', async () => {
  const ws = workspace({
    ...CONTROL,
    'src/broken.ts': tsCall("'hi'") + 'function ( { ;; }}} <<< \nconst = ;\n',
    'py/broken.py': pyCall('hello') + 'def oops(:\n    return ]]\n',
  });
  try {
    const { report } = await scan(ws.root);
    controlPriced(report);
    assert.equal(callsIn(report, 'src/broken.ts').length, 1);
    assert.equal(callsIn(report, 'py/broken.py').length, 1);
    assert.ok(report.warnings.some(w => w.startsWith('src/broken.ts: ') && /syntax error/.test(w)), report.warnings.join('\n'));
    assert.ok(report.warnings.some(w => w.startsWith('py/broken.py: ') && /syntax error/.test(w)), report.warnings.join('\n'));
  } finally { ws.dispose(); }
});

test('binary files with source extensions are skipped and listed, never parsed', async () => {
  const junk = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x00, 0x63, 0x6c, 0x69, 0x65, 0x6e, 0x74]);
  const ws = workspace({ ...CONTROL, 'src/image.ts': junk, 'py/blob.py': Buffer.concat([Buffer.from(pyCall('x')), junk]) });
  try {
    const { report } = await scan(ws.root);
    controlPriced(report);
    assert.equal(report.calls.length, 1);
    const skipped = Object.fromEntries(report.skipped.map(s => [s.file, s.reason]));
    assert.match(skipped['src/image.ts'] ?? '', /binary/);
    assert.match(skipped['py/blob.py'] ?? '', /binary/);
    const out = cli(['scan', ws.root]);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /skipped: src\/image\.ts \(binary/);
  } finally { ws.dispose(); }
});

test('a 3 MB minified bundle is skipped as larger than 1 MB and listed (core, CLI table and JSON)', async () => {
  const bundle = '!function(e){var t={};' + 'function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return o}'.repeat(36_000) + '}([]);';
  assert.ok(bundle.length > 3_000_000);
  const ws = workspace({ ...CONTROL, 'public/vendor.min.js': bundle });
  try {
    const { report, ms } = await scan(ws.root);
    controlPriced(report);
    const entry = report.skipped.find(s => s.file === 'public/vendor.min.js');
    assert.ok(entry, JSON.stringify(report.skipped));
    assert.match(entry.reason, /larger than 1024 KB/);
    assert.ok(ms < 10_000, `${ms} ms`);
    const table = cli(['scan', ws.root]);
    assert.match(table.stdout, /skipped: public\/vendor\.min\.js \(larger than/);
    const json = JSON.parse(cli(['scan', ws.root, '--format', 'json']).stdout);
    assert.ok(json.skipped.some(s => s.file === 'public/vendor.min.js'));
  } finally { ws.dispose(); }
});

test('a 200,000-character run without spaces inside a prompt is counted in bounded time (TS, template, Python)', async () => {
  const run = 'x'.repeat(200_000);
  const noisy = Array.from({ length: 200_000 }, (_, i) => 'aZ9+/'[(i * 7919) % 5]).join('');
  const ws = workspace({
    'src/run.ts': tsCall(JSON.stringify(run)),
    'src/noisy.ts': tsCall('`' + noisy + '${name}`'),
    'py/run.py': pyCall(run),
  });
  try {
    const { report, ms } = await scan(ws.root);
    assert.ok(ms < 20_000, `scan took ${ms} ms`);
    for (const file of ['src/run.ts', 'src/noisy.ts', 'py/run.py']) {
      const [c] = callsIn(report, file);
      assert.ok(c, `${file}: call lost`);
      // One token per ~8 repeated characters at best: a count under 20k means the run was cut or skipped.
      assert.ok(c.inputTokens > 20_000, `${file}: ${c.inputTokens} tokens`);
      assert.ok(c.costPerCall > 0);
    }
  } finally { ws.dispose(); }
});

test('5,000-deep nesting: no crash, a warning names the file, other files keep their calls', async () => {
  const deep = (open, close, inner = '') => open.repeat(5000) + inner + close.repeat(5000);
  const ws = workspace({
    ...CONTROL,
    'src/arrays.ts': tsCall("'a'") + `export const d = ${deep('[', ']')};\n`,
    'src/parens.ts': tsCall("'b'") + `export const e = ${deep('(', ')', '1')};\n`,
    'src/chain.js': `export const g = 1${' + 1'.repeat(20_000)};\n` + tsCall("'c'"),
    'src/objects.ts': tsCall("'d'") + `export const o = ${deep('{a:', '}', '1')};\n`,
    'py/deep.py': pyCall('e') + `d = ${deep('[', ']')}\n`,
  });
  try {
    const { report, ms } = await scan(ws.root);
    assert.ok(ms < 30_000, `${ms} ms`);
    controlPriced(report);
    for (const file of ['src/arrays.ts', 'src/parens.ts', 'src/chain.js', 'src/objects.ts', 'py/deep.py']) {
      const found = callsIn(report, file).length === 1;
      const warned = report.warnings.some(w => w.startsWith(`${file}: `));
      assert.ok(found || warned, `${file}: neither its call nor a warning`);
    }
    for (const w of report.warnings.filter(w => /nested too deeply|analysis failed/.test(w))) assert.match(w, /^src\/\S+: analysis skipped: nested too deeply/);
    const out = cli(['scan', ws.root, '--format', 'json']);
    assert.equal(out.code, 0, out.stderr);
    assert.ok(JSON.parse(out.stdout).calls.some(c => c.file === 'src/control.ts'));
  } finally { ws.dispose(); }
});

test('HTML, script and control characters in prompts, model and file names: every output escapes them', async () => {
  const evil = '<img src=x onerror=alert(1)>|a`b](javascript:alert(2))\x1b[2J';
  const ws = workspace({
    'src/xss.ts': tsCall("'<script>alert(1)</script> | --> ]]> ${x}'", evil),
    'src/<b>odd`|name.ts': tsCall("'hi'"),
  });
  try {
    const json = cli(['scan', ws.root, '--format', 'json']);
    assert.equal(json.code, 0, json.stderr);
    const parsed = JSON.parse(json.stdout);
    assert.ok(parsed.calls.some(c => c.model === evil), 'JSON must round-trip the model string exactly');
    assert.ok(parsed.calls.some(c => c.file === 'src/<b>odd`|name.ts'));

    const md = cli(['scan', ws.root, '--format', 'markdown']).stdout;
    // Outside code spans (where Markdown renders HTML and links) no tag may survive.
    const prose = md.replace(/(`+) [^\n]*? \1|`[^`\n]*`/g, '');
    assert.ok(!/<img|<script|<b>/i.test(prose), `raw HTML in Markdown:\n${md}`);
    assert.ok(md.includes('`` src/<b>odd`\\|name.ts:3 ``'), 'a file name with a backtick stays inside its code span');
    assert.ok(!md.includes('\x1b'), 'ESC in Markdown');
    assert.ok(!/[^\\]\]\(javascript:/.test(md), 'a live link in Markdown');
    assert.ok(md.includes('&lt;img src=x onerror=alert(1)&gt;'), 'model name shown as text');
    for (const row of md.split('\n').filter(l => l.startsWith('| `') || l.startsWith('| ``'))) {
      // Seven columns: unescaped pipes from a file or model name would add cells.
      assert.equal(row.replace(/\\\|/g, '').split('|').length, 9, row);
    }

    const sarif = JSON.parse(cli(['scan', ws.root, '--format', 'sarif']).stdout);
    const messages = sarif.runs[0].results.map(r => r.message);
    // message.text is plain text by the SARIF spec (viewers do not render it): the name is kept exactly.
    assert.ok(messages.some(m => m.text.includes(evil)), 'SARIF text keeps the name');
    // A markdown message, if a writer ever adds one, must not carry the raw tag.
    assert.ok(messages.every(m => m.markdown === undefined || !/<img|<script/.test(m.markdown)), 'raw HTML in SARIF markdown');

    const table = cli(['scan', ws.root]).stdout;
    assert.ok(!table.includes('\x1b'), 'ESC reached the terminal');
    assert.ok(table.includes('\\x1b[2J'), 'control character shown escaped');
  } finally { ws.dispose(); }
});

test('invalid UTF-8 in a source file and in a file name: analysed or skipped, never a crash', async () => {
  const ws = workspace({ ...CONTROL });
  try {
    const bad = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0xed, 0xa0, 0x80]);
    const source = Buffer.concat([Buffer.from("import OpenAI from 'openai';\nconst c = new OpenAI();\nc.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'caf"), bad, Buffer.from("' }] });\n")]);
    writeFileSync(join(ws.root, 'src/latin.ts'), source);
    writeFileSync(Buffer.concat([Buffer.from(join(ws.root, 'src/')), Buffer.from([0x6e, 0xff, 0xfe]), Buffer.from('.ts')]), tsCall("'hi'"));
    const { report } = await scan(ws.root);
    controlPriced(report);
    const [c] = callsIn(report, 'src/latin.ts');
    assert.ok(c && c.inputTokens > 0, 'the call in the file with invalid bytes is found');
    const out = cli(['scan', ws.root, '--format', 'json']);
    assert.equal(out.code, 0, out.stderr);
    JSON.parse(out.stdout);
  } finally { ws.dispose(); }
});

test('a symlink loop (folder to itself, to its parent, a file to itself) ends the walk', async () => {
  const ws = workspace({ ...CONTROL });
  try {
    mkdirSync(join(ws.root, 'loop'));
    symlinkSync(join(ws.root, 'loop'), join(ws.root, 'loop/self'));
    symlinkSync(ws.root, join(ws.root, 'loop/up'));
    symlinkSync('ring.ts', join(ws.root, 'src/ring.ts'));
    symlinkSync('a.ts', join(ws.root, 'src/b.ts'));
    symlinkSync('b.ts', join(ws.root, 'src/a.ts'));
    const { report, ms } = await scan(ws.root);
    assert.ok(ms < 10_000, `${ms} ms`);
    controlPriced(report);
    assert.equal(report.calls.length, 1);
    const out = cli(['scan', ws.root], { timeout: 20_000 });
    assert.equal(out.code, 0, out.stderr);
  } finally { ws.dispose(); }
});

test('broken .spendlens/pricing.json, usage.json, config.json: reported with path, line, column and pointer; the editor\'s layers below serve, the CLI stops (exit 2)', async () => {
  const ws = workspace({
    ...CONTROL,
    '.spendlens/pricing.json': '{ "models": [ { "id": "gpt-4o", "input": 1, ',
    '.spendlens/usage.json': '{ "callsPerMonth": { "src/control.ts": "lots" } }',
    '.spendlens/config.json': '{ "exclude": "src/**", "defaults": { "callsPerMonth": -5 }, "wrappers": [ { "function": 7 } ] }',
  });
  try {
    const { report } = await scan(ws.root);
    controlPriced(report);
    const [c] = callsIn(report, 'src/control.ts');
    assert.equal(c.callsPerMonthSource, 'default', 'a broken usage entry must not set the volume');
    const text = report.warnings.join('\n');
    assert.match(text, /pricing\.json:1\b.*invalid JSON/);
    assert.match(text, /\.spendlens\/usage\.json:1:40 \(at \/callsPerMonth\/src~1control\.ts\): must be number/);
    assert.match(text, /\.spendlens\/config\.json:1:14 \(at \/exclude\): must be array/);
    assert.match(text, /\.spendlens\/config\.json:1:\d+ \(at \/wrappers\/0[^)]*\)/);
    assert.ok(report.catalog.layers.some(l => l.kind === 'bundled' && l.ok));
    assert.ok(report.catalog.layers.some(l => l.kind === 'workspace' && !l.ok));
    // A CI run does not go on with a volume or a budget silently left out.
    const out = cli(['scan', ws.root]);
    assert.equal(out.code, 2, out.stdout);
    assert.match(out.stderr, /usage\.json:1:40 \(at \/callsPerMonth\/src~1control\.ts\)/);
    assert.equal(out.stdout, '');
  } finally { ws.dispose(); }
});

test('an unknown model names the nearest catalog ids', async () => {
  const ws = workspace({ 'src/typo.ts': tsCall("'hi'", 'gpt-4o-minii') });
  try {
    const { report } = await scan(ws.root);
    const [c] = report.calls;
    assert.equal(c.costPerCall, null);
    const finding = c.findings.find(f => f.code === 'unknown-model');
    assert.ok(finding, JSON.stringify(c.findings));
    assert.equal(finding.data.nearest[0], 'gpt-4o-mini');
  } finally { ws.dispose(); }
});

test('a catalog with negative or missing prices: entries rejected and named (team layer warns, --catalog exits 2)', async () => {
  const catalog = JSON.stringify({ models: [{ id: 'gpt-4o', input: -1, output: 3 }, { id: 'made-up-model', provider: 'openai', mode: 'chat', input: 1 }] });
  const ws = workspace({ ...CONTROL, '.spendlens/pricing.json': catalog, 'team.json': catalog });
  try {
    const { report } = await scan(ws.root);
    const [c] = callsIn(report, 'src/control.ts');
    assert.ok(c.costPerCall > 0, 'the bundled gpt-4o price still serves');
    const text = report.warnings.join('\n');
    assert.match(text, /model "gpt-4o" rejected: input must be >= 0/);
    assert.match(text, /"made-up-model"/);
    const out = cli(['scan', ws.root, '--catalog', join(ws.root, 'team.json')]);
    assert.equal(out.code, 2, out.stdout);
    assert.match(out.stderr, /team\.json.*gpt-4o/s);
  } finally { ws.dispose(); }
});

test('pathological globs in .gitignore and config.json "exclude" (catastrophic for a backtracking RegExp) end in bounded time', async () => {
  const evil = '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c';
  const name = `${'a'.repeat(60)}.ts`;
  const ws = workspace({
    ...CONTROL,
    [`src/${name}`]: tsCall("'kept'"),
    'src/generated/skip.ts': tsCall("'excluded'"),
    'src/ignored.ts': tsCall("'ignored'"),
    '.gitignore': `${evil}\n**/**/**/**/**/**/**/**/**/**/**/**/z\nsrc/ignored.ts\n`,
    '.spendlens/config.json': JSON.stringify({ exclude: [evil, '{a,b}*{a,b}*{a,b}*{a,b}*{a,b}*{a,b}*{a,b}*{a,b}*c', 'src/generated/**'] }),
  });
  try {
    const { report, ms } = await scan(ws.root);
    assert.ok(ms < 10_000, `${ms} ms`);
    controlPriced(report);
    assert.equal(callsIn(report, `src/${name}`).length, 1, 'the pathological patterns must not match the long name');
    assert.equal(callsIn(report, 'src/generated/skip.ts').length, 0, 'the ordinary exclude still applies');
    assert.equal(callsIn(report, 'src/ignored.ts').length, 0, 'the ordinary .gitignore line still applies');
  } finally { ws.dispose(); }
});

test('a multi-megabyte data file read as a prompt is not tokenised: the call stays, a warning names the file', async () => {
  const ws = workspace({
    ...CONTROL,
    'data/dump.txt': 'lorem ipsum dolor sit amet '.repeat(120_000),
    'prompts/system.txt': 'You are a careful support agent.',
    'src/reader.ts': "import OpenAI from 'openai';\nimport { readFileSync } from 'node:fs';\nconst c = new OpenAI();\n" +
      "export const big = () => c.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: readFileSync('data/dump.txt', 'utf8') }] });\n" +
      "export const small = () => c.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: readFileSync('prompts/system.txt', 'utf8') }] });\n",
  });
  try {
    const { report, ms } = await scan(ws.root);
    assert.ok(ms < 15_000, `${ms} ms`);
    controlPriced(report);
    const [big, small] = callsIn(report, 'src/reader.ts');
    assert.ok(big && small, 'calls lost');
    assert.ok(big.inputTokens < 1000, `the 3 MB dump was counted: ${big.inputTokens} tokens`);
    assert.ok(small.promptSource.some(s => s.includes('prompts/system.txt')), JSON.stringify(small.promptSource));
    assert.ok(report.warnings.some(w => w.startsWith('src/reader.ts: prompt file data/dump.txt is larger than 1024 KB')), report.warnings.join('\n'));
  } finally { ws.dispose(); }
});

test('absurd volumes (a 100,000-digit "spendlens: N/month" comment, 1e400 in usage.json) never make a total Infinity', async () => {
  const ws = workspace({
    'src/huge.ts': `// spendlens: ${'9'.repeat(100_000)}/month\n` + tsCall("'hi'"),
    'src/usage.ts': tsCall("'there'"),
    '.spendlens/usage.json': '{ "callsPerMonth": { "src/usage.ts": 1e400 } }',
  });
  try {
    const { report, ms } = await scan(ws.root);
    assert.ok(ms < 10_000, `${ms} ms`);
    assert.equal(report.calls.length, 2);
    for (const c of report.calls) assert.ok(Number.isFinite(c.callsPerMonth) && Number.isFinite(c.monthlyCost), `${c.file}: ${c.callsPerMonth} calls, ${c.monthlyCost}`);
    assert.ok(Number.isFinite(report.totals.monthly));
    // 1e400 is not a finite number: the schema rejects it, so the CLI names the place and stops.
    const out = cli(['scan', ws.root, '--format', 'json']);
    assert.equal(out.code, 2, out.stdout);
    assert.match(out.stderr, /usage\.json:1:38 \(at \/callsPerMonth\/src~1usage\.ts\): must be number/);
  } finally { ws.dispose(); }
});
