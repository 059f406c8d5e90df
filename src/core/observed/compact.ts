// A usage file may hold millions of calls; what calibrate keeps of each one must be small. Every string a reader
// takes from the parsed JSON is a fresh copy, so a model name, a file path or a tag list repeated by a million spans
// would be held a million times. The interner keeps one copy of each and one object for each code location and tag
// list; a record then holds only its numbers, pointers to shared values and the ids that deduplication needs.
import type { CodeLocation, UsageRecord } from './record';
import { StringPool } from '../workspace/string-pool';

const NO_TAGS: readonly string[] = Object.freeze([]);

export class RecordInterner {
  private readonly strings = new StringPool();
  private readonly codes = new Map<string, CodeLocation>();
  private readonly tagLists = new Map<string, string[]>();

  /** The record, with its repeated values shared (it is changed in place and returned). */
  compact(r: UsageRecord, source: number): UsageRecord {
    r.source = source;
    r.requestModel = this.string(r.requestModel);
    r.responseModel = this.string(r.responseModel);
    r.provider = this.string(r.provider);
    r.operation = this.string(r.operation);
    r.code = this.code(r.code);
    r.tags = this.tags(r.tags);
    return r;
  }

  private string(s: string | undefined): string | undefined {
    return s === undefined ? undefined : this.strings.intern(s);
  }

  private code(c: CodeLocation | undefined): CodeLocation | undefined {
    if (!c) return undefined;
    const key = `${c.file ?? ''}\u0000${c.line ?? ''}\u0000${c.function ?? ''}`;
    const seen = this.codes.get(key);
    if (seen) return seen;
    const shared: CodeLocation = Object.freeze({ file: this.string(c.file), line: c.line, function: this.string(c.function) });
    this.codes.set(key, shared);
    return shared;
  }

  private tags(tags: string[]): string[] {
    if (!tags.length) return NO_TAGS as string[];
    const key = tags.join('\u0000');
    const seen = this.tagLists.get(key);
    if (seen) return seen;
    const shared = Object.freeze(tags.map(t => this.string(t)!)) as string[];
    this.tagLists.set(key, shared);
    return shared;
  }
}
