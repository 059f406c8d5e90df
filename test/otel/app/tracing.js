// Load before the app: `node --require ./tracing.js main.js`. Spans of OpenAI calls, each with the application line
// that made it, go to spans.jsonl (OTLP JSON lines) for `spendlens calibrate --from spans.jsonl .`.
const { NodeTracerProvider, SimpleSpanProcessor } = require('@opentelemetry/sdk-trace-node');
const { registerInstrumentations } = require('@opentelemetry/instrumentation');
const { OpenAIInstrumentation } = require('@opentelemetry/instrumentation-openai');
const { CodeLocationSpanProcessor, OtlpJsonLinesExporter } = require('spendlens/otel');

const provider = new NodeTracerProvider({
  spanProcessors: [
    new CodeLocationSpanProcessor({ root: __dirname }), // code.file.path relative to the app's folder
    new SimpleSpanProcessor(new OtlpJsonLinesExporter(process.env.SPANS_FILE ?? 'spans.jsonl')),
  ],
});
provider.register();
registerInstrumentations({ instrumentations: [new OpenAIInstrumentation()] });
