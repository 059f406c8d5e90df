// Static names the code gives a call, which usage records carry back (observed spend matches a record to the one call
// site that carries its tag). Syntax-free: each extractor answers the three questions of OptionReader from its
// call's option objects (JS object literals, Python keyword arguments and dicts, nested `extra_body` included).

/** What an extractor can say about the literal values in one call's options. Paths are dotted (`metadata.tags`). */
export interface OptionReader {
  /** The string literal at the path, or null when absent or not static. */
  string(path: string): string | null;
  /** The string literals of a list at the path ([] when absent or not a literal list). */
  strings(path: string): string[];
  /** The entries with string-literal values of an object / dict at the path. */
  entries(path: string): Array<[string, string]>;
  /** The member name of an enum-like reference at the path (`FunctionCallingConfigMode.ANY` → `ANY`), or null. */
  member?(path: string): string | null;
}

/**
 * Strings that name the call: the Vercel AI SDK's `experimental_telemetry.functionId` (spans' `ai.telemetry.functionId`),
 * Langfuse's `name` (the OpenAI wrapper's `name=`, a generation's name), LiteLLM's `metadata.trace_name` / `generation_name`.
 */
export const TAG_STRING_PATHS = ['experimental_telemetry.functionId', 'experimentalTelemetry.functionId', 'name', 'metadata.trace_name', 'metadata.generation_name'];
/** Lists of tags: LiteLLM `metadata.tags` (SpendLogs `request_tags`). */
export const TAG_LIST_PATHS = ['metadata.tags'];
/** Header objects: Helicone custom properties travel as `Helicone-Property-<Name>: <value>` headers. */
export const HEADER_PATHS = ['headers', 'extra_headers'];
const HELICONE_PROPERTY = /^helicone-property-(.+)$/i;
const MAX_TAG = 200;

/** A Helicone property header's tags, as the Helicone reader gives them: the value and `Name=value`. */
export function headerTags(header: string, value: string): string[] {
  const m = HELICONE_PROPERTY.exec(header);
  return m ? [value, `${m[1]}=${value}`] : [];
}

/** The call's static tags, in a stable order, each once. */
export function callTags(r: OptionReader): string[] {
  const tags: string[] = [];
  for (const p of TAG_STRING_PATHS) { const s = r.string(p); if (s) tags.push(s); }
  for (const p of TAG_LIST_PATHS) tags.push(...r.strings(p));
  for (const p of HEADER_PATHS) for (const [k, v] of r.entries(p)) tags.push(...headerTags(k, v));
  return [...new Set(tags.map(t => t.trim()).filter(t => t && t.length <= MAX_TAG))];
}

/** Tags compare without regard to case (header names and property keys are case-insensitive on the way). */
export function sameTag(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
