// Per-span cost of spendlens/otel's CodeLocationSpanProcessor: the real NodeTracerProvider starting and ending GenAI
// spans (attributes as instrumentation-openai sets them) 20 frames below the "application", with and without the
// processor; the difference is its cost. Run also under `node --enable-source-maps` to see the cost of mapped stacks.
// A script, not a test. Needs `npm run build` first.   node [--enable-source-maps] scripts/bench/otel-overhead.mjs
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { NodeTracerProvider, SimpleSpanProcessor, InMemorySpanExporter } = require('@opentelemetry/sdk-trace-node');
const { CodeLocationSpanProcessor } = require(join(import.meta.dirname, '../../dist/otel.js'));

const attrs = { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': 'gpt-4o-mini', 'gen_ai.system': 'openai', 'gen_ai.request.max_tokens': 120, 'server.address': 'api.openai.com', 'server.port': 443 };

function tracerWith(processors) {
  return new NodeTracerProvider({ spanProcessors: processors }).getTracer('@opentelemetry/instrumentation-openai');
}
// 20 frames between the application and startSpan, as an SDK's request path and an instrumentation's wrapper add.
function below(n, f) { return n === 0 ? f() : below(n - 1, f); }
function run(tracer, count) {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) below(20, () => tracer.startSpan('chat gpt-4o-mini', { kind: 2, attributes: attrs }).end());
  return (performance.now() - t0) * 1000 / count; // µs per span
}

const exporter = new InMemorySpanExporter();
const plain = tracerWith([new SimpleSpanProcessor(exporter)]);
const located = tracerWith([new CodeLocationSpanProcessor(), new SimpleSpanProcessor(exporter)]);
const N = 20_000;
const base = [], withLoc = [];
for (let round = 0; round < 7; round++) {
  exporter.reset(); base.push(run(plain, N));
  exporter.reset(); withLoc.push(run(located, N));
}
exporter.reset();
run(located, 1);
const loc = exporter.getFinishedSpans()[0].attributes;
const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const result = {
  node: process.version, sourceMaps: process.execArgv.includes('--enable-source-maps') || !!process.sourceMapsEnabled,
  spansPerRound: N, rounds: base.length,
  usPerSpanWithout: +median(base).toFixed(2), usPerSpanWith: +median(withLoc).toFixed(2), usAddedPerSpan: +(median(withLoc) - median(base)).toFixed(2),
  sample: { file: loc['code.file.path'], line: loc['code.line.number'], fn: loc['code.function.name'] },
};
console.log(JSON.stringify(result));
