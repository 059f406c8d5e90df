// One copy of each repeated string of the priced calls a Session keeps. The estimator and the advisor build
// their texts per call ("1000 calls/month assumed (default; …)", "Model \"x\" is not in the catalog…"), most of
// them identical from call to call and each one a rope of concatenated pieces until something flattens it:
// on a 50 MB workspace (11,600 calls) the kept calls were ~34 MB, about half of it such strings.
// Replacing a string by an equal one changes no result: only how many copies the heap holds.
import type { Finding, PricedCall } from '../model';

export class StringPool {
  private readonly pool = new Map<string, string>();
  /** Bounded, so a language server that lives for days never grows it without end: past the limit it starts over. */
  constructor(private readonly limit = 50_000) {}

  intern(s: string): string {
    const hit = this.pool.get(s);
    if (hit !== undefined) return hit;
    if (this.pool.size >= this.limit) this.pool.clear();
    // Flattened once here (a rope kept whole costs ~3× its characters); the copy in the pool is the one shared.
    const flat = flatten(s);
    this.pool.set(flat, flat);
    return flat;
  }

  internOrNull(s: string | null): string | null {
    return s === null ? null : this.intern(s);
  }

  /** Interns the call's repeated strings in place (same values, shared copies). */
  compactCall(call: PricedCall): PricedCall {
    call.file = this.intern(call.file);
    call.provider = this.intern(call.provider);
    call.vendor = this.internOrNull(call.vendor);
    call.api = this.intern(call.api);
    call.model = this.internOrNull(call.model);
    call.catalogModel = this.internOrNull(call.catalogModel);
    call.outputTokensSource = this.intern(call.outputTokensSource);
    call.callsPerMonthSource = this.intern(call.callsPerMonthSource);
    call.encoding = this.intern(call.encoding);
    call.functionName = this.internOrNull(call.functionName);
    for (let i = 0; i < call.promptSource.length; i++) call.promptSource[i] = this.intern(call.promptSource[i]);
    for (let i = 0; i < call.assumptions.length; i++) call.assumptions[i] = this.intern(call.assumptions[i]);
    for (const part of call.inputBreakdown) part.source = this.intern(part.source);
    for (const f of call.findings) this.compactFinding(f);
    return call;
  }

  private compactFinding(f: Finding): void {
    f.code = this.intern(f.code);
    f.message = this.intern(f.message);
    if (!f.data) return;
    for (const [k, v] of Object.entries(f.data)) if (typeof v === 'string') f.data[k] = this.intern(v);
  }
}

/** A flat (sequential) copy of `s`: V8 keeps a string built by `+` as a tree of pieces until it is flattened. */
function flatten(s: string): string {
  // A JSON round trip builds a fresh sequential string, equal to `s` for every input (lone surrogates included,
  // which a UTF-8 round trip would replace).
  return s.length < 16 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
