// Streaming at scale: generates OTLP JSON-lines span files of ~100 MB and ~1 GB (default) in a temp folder and measures
// the peak RSS and wall time of (a) the OTLP reader alone (every record read, none kept; also under a 64 MiB heap cap)
// and (b) `spendlens calibrate` end to end on a copy of test/otel/app. A script, not a test. Needs `npm run build` first.
//   node scripts/bench/observed-rss.mjs [--sizes-mb 100,1024] [--keep]
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes-mb') ? args[args.indexOf('--sizes-mb') + 1] : '100,1024';
const sizes = sizesArg.split(',').map(Number);
const keep = args.includes('--keep');
const tmp = mkdtempSync(join(tmpdir(), 'spendlens-rss-'));

// The app's call sites (test/otel/app), so calibrate matches every record by code location.
const SITES = [
  { file: 'src/summarize.js', line: 4, fn: 'summarize', model: 'gpt-4o-mini', max: 120 },
  { file: 'src/classify.js', line: 6, fn: 'classify', model: 'gpt-4.1-nano', max: 5 },
];
const s = (key, v) => ({ key, value: { stringValue: v } });
const i = (key, v) => ({ key, value: { intValue: String(v) } });
// Prompt content as instrumentations record it when content capture is on (~1 KB a span): read past, never kept.
const content = JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: 'lorem ipsum dolor sit amet '.repeat(40) }] }]);

/** Writes ~mb MB of OTLP JSON lines (50 spans a line); returns the span count. */
function generate(path, mb) {
  const fd = openSync(path, 'w');
  const target = mb * 1024 * 1024;
  let bytes = 0, n = 0;
  const t0 = Date.UTC(2026, 4, 1);
  while (bytes < target) {
    const spans = [];
    for (let k = 0; k < 50; k++, n++) {
      const site = SITES[n % SITES.length];
      const start = BigInt(t0 + n * 1000) * 1_000_000n;
      spans.push({
        traceId: n.toString(16).padStart(32, '0'), spanId: n.toString(16).padStart(16, '0'), name: `chat ${site.model}`, kind: 3,
        startTimeUnixNano: String(start), endTimeUnixNano: String(start + 800_000_000n),
        attributes: [s('gen_ai.operation.name', 'chat'), s('gen_ai.provider.name', 'openai'), s('gen_ai.request.model', site.model), i('gen_ai.request.max_tokens', site.max),
          s('gen_ai.response.id', `chatcmpl-${n}`), s('gen_ai.response.model', `${site.model}-2025-04-14`), i('gen_ai.usage.input_tokens', 100 + n % 400), i('gen_ai.usage.output_tokens', 1 + n % site.max),
          s('code.file.path', `/srv/app/${site.file}`), i('code.line.number', site.line), s('code.function.name', site.fn), s('gen_ai.input.messages', content)],
        status: { code: 0 },
      });
    }
    const line = JSON.stringify({ resourceSpans: [{ resource: { attributes: [s('service.name', 'bench')] }, scopeSpans: [{ scope: { name: '@opentelemetry/instrumentation-openai' }, spans }] }] }) + '\n';
    writeSync(fd, line);
    bytes += Buffer.byteLength(line);
  }
  closeSync(fd);
  return n;
}

/** Runs node with the peak-RSS reporter preloaded; returns { ms, rssMB, stdout }. */
function measure(nodeArgs) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(import.meta.dirname, 'maxrss.cjs'), ...nodeArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${nodeArgs.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const rss = Number(/SPENDLENS_MAXRSS=(\d+)/.exec(r.stderr)?.[1]);
  return { ms, rssMB: rss / 1024, stdout: r.stdout };
}

const readerOnly = `const core = require(${JSON.stringify(join(root, 'out/core.cjs'))});
let n = 0; for (const r of core.readUsageFile(process.argv[1]).records) n++;
console.log(n);`;

const results = [];
try {
  for (const mb of sizes) {
    const file = join(tmp, `spans-${mb}mb.jsonl`);
    const g0 = performance.now();
    const spans = generate(file, mb);
    const size = statSync(file).size;
    console.error(`generated ${(size / 1048576).toFixed(0)} MiB, ${spans} spans in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
    const reader = measure(['-e', readerOnly, file]);
    if (Number(reader.stdout.trim()) !== spans) throw new Error(`reader saw ${reader.stdout.trim()} records, expected ${spans}`);
    // The same read under a 64 MiB old-space cap: it completes only if nothing read is kept (V8 otherwise lets the
    // heap grow before collecting, so the uncapped peak overstates what is live).
    const capped = measure(['--max-old-space-size=64', '-e', readerOnly, file]);
    if (Number(capped.stdout.trim()) !== spans) throw new Error(`capped reader saw ${capped.stdout.trim()} records, expected ${spans}`);
    const app = join(tmp, `app-${mb}`);
    cpSync(join(root, 'test/otel/app'), app, { recursive: true });
    const calibrate = measure([join(root, 'dist/cli.js'), 'calibrate', '--from', file, app]);
    results.push({ fileMiB: Math.round(size / 1048576), spans, readerSeconds: +(reader.ms / 1000).toFixed(1), readerPeakRssMiB: Math.round(reader.rssMB),
      readerMiBPerSecond: Math.round(size / 1048576 / (reader.ms / 1000)), readerCappedPeakRssMiB: Math.round(capped.rssMB), calibrateSeconds: +(calibrate.ms / 1000).toFixed(1), calibratePeakRssMiB: Math.round(calibrate.rssMB) });
    console.error(JSON.stringify(results.at(-1)));
    if (!keep) rmSync(file, { force: true });
  }
  console.table(results);
  console.log(JSON.stringify({ node: process.version, results }));
} finally {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
}
