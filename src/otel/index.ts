// `spendlens/otel`: add the application's code location to GenAI spans, and write spans as OTLP JSON lines, so
// `spendlens calibrate --from spans.jsonl` can match each observed call to its line (see README, "Observed spend").
export { CodeLocationSpanProcessor, isGenAiSpan, type CodeLocationOptions, type StartingSpan } from './processor';
export { OtlpJsonLinesExporter } from './exporter';
