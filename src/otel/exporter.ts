// A SpanExporter that appends spans to a file as OTLP JSON lines — one `{"resourceSpans":[…]}` per export, the format
// of the OpenTelemetry collector's file exporter — which `spendlens calibrate --from` reads. The JSON comes from
// OpenTelemetry's own serialiser (@opentelemetry/otlp-transformer, the one the OTLP/HTTP JSON exporter uses), loaded
// from the application's node_modules: it is an optional peer dependency, never bundled here.
import { closeSync, openSync, writeSync } from 'node:fs';

interface JsonTraceSerializer { serializeRequest(spans: unknown[]): Uint8Array | undefined }
interface ExportResult { code: number; error?: Error }
const SUCCESS = 0, FAILED = 1; // @opentelemetry/core ExportResultCode

function loadSerializer(): JsonTraceSerializer {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('@opentelemetry/otlp-transformer') as { JsonTraceSerializer: JsonTraceSerializer }).JsonTraceSerializer;
  } catch (e) {
    throw new Error(`spendlens/otel: OtlpJsonLinesExporter needs @opentelemetry/otlp-transformer (npm install @opentelemetry/otlp-transformer): ${(e as Error).message}`);
  }
}

export class OtlpJsonLinesExporter {
  private fd: number | undefined;
  private readonly serializer = loadSerializer();

  /** Appends to `path` (created if missing). */
  constructor(readonly path: string) {
    this.fd = openSync(path, 'a');
  }

  export(spans: unknown[], resultCallback: (result: ExportResult) => void): void {
    if (this.fd === undefined) return resultCallback({ code: FAILED, error: new Error('exporter is shut down') });
    try {
      const bytes = this.serializer.serializeRequest(spans);
      if (bytes?.length) { writeSync(this.fd, bytes); writeSync(this.fd, '\n'); }
      resultCallback({ code: SUCCESS });
    } catch (e) {
      resultCallback({ code: FAILED, error: e as Error });
    }
  }

  forceFlush(): Promise<void> { return Promise.resolve(); }

  shutdown(): Promise<void> {
    if (this.fd !== undefined) { closeSync(this.fd); this.fd = undefined; }
    return Promise.resolve();
  }
}
