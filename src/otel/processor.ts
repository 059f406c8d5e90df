// An OpenTelemetry SpanProcessor that records where the application made each LLM call: on the start of a GenAI
// span it adds `code.file.path`, `code.line.number` and `code.function.name` of the application frame that caused it.
// It uses no OpenTelemetry package at run time — it only reads the span handed to onStart and sets attributes on it —
// so it never brings a second copy of @opentelemetry/api (whose global registration is per copy and version).
import { applicationFrame, displayPath, framesOf, isLibraryFile } from './stack';

/** The parts of an SDK span (1.x and 2.x) this processor reads or writes. */
export interface StartingSpan {
  readonly attributes?: Readonly<Record<string, unknown>>;
  readonly instrumentationScope?: { readonly name: string };
  /** SDK 1.x name of instrumentationScope. */
  readonly instrumentationLibrary?: { readonly name: string };
  setAttributes(attributes: Record<string, string | number>): unknown;
}

export interface CodeLocationOptions {
  /** Paths under this folder are written relative to it (forward slashes); others stay absolute.
   *  Default: the current directory. `false`: always absolute. */
  root?: string | false;
  /** Files that are not the call site even though they are the application's (an LLM wrapper module, say). */
  skipFiles?: Array<RegExp | string>;
  /** Frames captured per span (V8's default of 10 is too few under an SDK and an instrumentation). Default 64. */
  stackDepth?: number;
  /** Which spans get a code location; default isGenAiSpan. */
  isGenAiSpan?: (span: StartingSpan) => boolean;
}

// Tracer names of LLM instrumentations whose spans may start before they carry any gen_ai.* attribute.
const LLM_SCOPES = /^(@opentelemetry\/instrumentation-(openai|anthropic|bedrock|vertexai|langchain)|@traceloop\/instrumentation-|@arizeai\/openinference-instrumentation-|@elastic\/opentelemetry-instrumentation-openai|@langfuse\/|ai$)/;

/** A GenAI span: gen_ai.* attributes at start, the Vercel AI SDK's ai.model.id, OpenInference's span kind, or an LLM instrumentation's tracer. */
export function isGenAiSpan(span: StartingSpan): boolean {
  const attrs = span.attributes;
  if (attrs) {
    if ('ai.model.id' in attrs || 'openinference.span.kind' in attrs) return true;
    for (const key in attrs) if (key.startsWith('gen_ai.')) return true;
  }
  const scope = span.instrumentationScope?.name ?? span.instrumentationLibrary?.name;
  return scope !== undefined && LLM_SCOPES.test(scope);
}

const HAS_LOCATION = ['code.file.path', 'code.filepath'];
const FIRST_LOOK = 16;

export class CodeLocationSpanProcessor {
  private readonly root: string | undefined;
  private readonly skip: (file: string) => boolean;
  private readonly depth: number;
  private readonly wanted: (span: StartingSpan) => boolean;

  constructor(options: CodeLocationOptions = {}) {
    this.root = options.root === false ? undefined : options.root ?? process.cwd();
    const own = new Set([__filename, ...ownSourceFiles()]);
    const extra = (options.skipFiles ?? []).map(p => typeof p === 'string' ? (f: string) => f.includes(p) : (f: string) => p.test(f));
    this.skip = f => own.has(f) || isLibraryFile(f) || extra.some(test => test(f));
    this.depth = options.stackDepth ?? 64;
    this.wanted = options.isGenAiSpan ?? isGenAiSpan;
  }

  onStart(span: StartingSpan): void {
    try {
      if (!this.wanted(span)) return;
      const attrs = span.attributes;
      if (attrs && HAS_LOCATION.some(k => k in attrs)) return; // the instrumentation already said where
      // Formatting a frame is most of the cost, so look at the nearest frames first: under instrumentation-openai
      // the application's frame is the 9th (processor, SDK span, tracer, instrumentation, then the app).
      const near = Math.min(FIRST_LOOK, this.depth);
      const frame = applicationFrame(captureStack(near), this.skip)
        ?? (this.depth > near ? applicationFrame(captureStack(this.depth), this.skip) : undefined);
      if (!frame) return;
      const location: Record<string, string | number> = { 'code.file.path': displayPath(frame.file, this.root), 'code.line.number': frame.line };
      if (frame.function) location['code.function.name'] = frame.function;
      span.setAttributes(location);
    } catch {
      // Never let telemetry break the call it observes.
    }
  }

  onEnd(): void {}
  forceFlush(): Promise<void> { return Promise.resolve(); }
  shutdown(): Promise<void> { return Promise.resolve(); }
}

function captureStack(depth: number): string {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = depth;
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder);
  Error.stackTraceLimit = saved;
  return holder.stack ?? '';
}

/** This module's own files as a stack shows them: the bundle, or (with source maps on) its sources. */
function ownSourceFiles(): string[] {
  const here = framesOf(captureStack(1)).next().value?.file;
  return here ? [here] : [];
}
