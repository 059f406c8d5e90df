// Per-statement memory of an open document's extraction, so an edit re-extracts only the calls it can change.
// A unit is a top-level statement (a function, a class, a `const`, an expression). For each unit the extraction keeps
// its calls' facts and what they read outside the unit (reads.ts): the file-level names looked up, the names whose
// uses were searched for, whole-file reads, and the workspace files the resolver handed back. After an edit, a unit
// whose text is unchanged keeps its facts (positions moved) unless
// - a changed unit (before or after the edit) declares a name it looked up, or mentions a name whose uses it searched;
// - it read the whole file, or its extraction left a warning;
// - it ends on the edit's first line (a trailing comment), or starts within a few lines below it (a volume comment);
// and the whole file is extracted again when a file-level fact (imports, mocked modules, …) changed.
// The Session drops the memory whenever anything outside the file changes (another file, settings, the listing).
import ts from 'typescript';
import type { CallFact } from '../../model';
import type { WorkspaceResolver } from '../resolver';
import type { Ctx } from './ctx';
import { changeRange } from './language';
import { type UnitReads } from './reads';
import { declaredNames } from './scope';

/** One resolver call, replayed when its unit is reused (the session learns the file is used again). */
type Resolved = { method: 'importedString'; args: [string, string, string] } | { method: 'moduleText' | 'readText'; args: [string, string] };

export interface UnitMemo {
  /** The unit's text, leading trivia included (`pos` to `end`). */
  text: string;
  pos: number;
  calls: CallFact[];
  warnings: string[];
  reads: UnitReads;
  resolved: Resolved[];
  declared: string[];
  /** Every identifier the unit spells. */
  mentions: Set<string>;
}

export interface JsMemo {
  text: string;
  /** The file-level facts every unit's extraction shares (see fileKey). */
  fileKey: string;
  units: UnitMemo[];
}

/** Lines below an edit whose units are extracted again: a volume comment sits up to 6 lines above its call. */
const LINES_BELOW = 7;

/**
 * The resolver as the extractor sees it during one run: every file it hands back is a dependency, each call is logged
 * for the unit that made it, and a repeated question is answered from memory (the session's answers do not change
 * during a run).
 */
export function loggingResolver(base: WorkspaceResolver, ctx: Pick<Ctx, 'dependsOn'>, log: () => Resolved[] | null): WorkspaceResolver {
  const memo = new Map<string, unknown>();
  const ask = <T>(call: Resolved, answer: () => T, fileOf: (hit: NonNullable<T>) => string): T => {
    log()?.push(call);
    const key = JSON.stringify(call);
    if (memo.has(key)) return memo.get(key) as T;
    const hit = answer();
    if (hit) ctx.dependsOn.add(fileOf(hit));
    memo.set(key, hit);
    return hit;
  };
  return {
    importedString: (...args) => ask({ method: 'importedString', args }, () => base.importedString(...args), hit => hit.definedAt.file),
    moduleText: (...args) => ask({ method: 'moduleText', args }, () => base.moduleText(...args), hit => hit.file),
    readText: (...args) => ask({ method: 'readText', args }, () => base.readText(...args), hit => hit.file),
  };
}

export function replay(resolver: WorkspaceResolver, calls: readonly Resolved[]): void {
  for (const c of calls) {
    if (c.method === 'importedString') resolver.importedString(...c.args);
    else resolver[c.method](...c.args);
  }
}

/** Identifiers spelled anywhere under `n`. */
export function identifiersIn(n: ts.Node, out = new Set<string>()): Set<string> {
  const visit = (x: ts.Node): void => {
    if (x.kind === ts.SyntaxKind.Identifier || x.kind === ts.SyntaxKind.PrivateIdentifier) out.add((x as ts.Identifier).text);
    ts.forEachChild(x, visit);
  };
  visit(n);
  return out;
}

/**
 * Which units of the new tree can keep the previous version's facts: a function from a top-level statement to its
 * memo with the facts moved to their new positions (its resolver calls still to be replayed), or null (extract it).
 * Null when the whole file must be extracted.
 */
export function reusableUnits(memo: JsMemo | undefined, sf: ts.SourceFile, fileKey: string): ((s: ts.Statement) => UnitMemo | null) | null {
  if (!memo || memo.fileKey !== fileKey) return null;
  const text = sf.text;
  const { span, newLength } = changeRange(memo.text, text);
  const start = span.start, oldEnd = span.start + span.length, newEnd = span.start + newLength, delta = newEnd - oldEnd;
  const oldAt = new Map(memo.units.map(u => [u.pos, u]));
  const matched = new Map<ts.Statement, UnitMemo>();
  for (const s of sf.statements) {
    const old = s.end <= start ? oldAt.get(s.pos) : s.pos >= newEnd ? oldAt.get(s.pos - delta) : undefined;
    if (old && old.text === text.slice(s.pos, s.end)) matched.set(s, old);
  }
  // What the changed units, before and after the edit, declare and spell.
  const kept = new Set(matched.values());
  const declared = new Set<string>(), spelled = new Set<string>();
  for (const u of memo.units) if (!kept.has(u)) { u.declared.forEach(n => declared.add(n)); u.mentions.forEach(n => spelled.add(n)); }
  for (const s of sf.statements) if (!matched.has(s)) { declaredNames(s).forEach(n => declared.add(n)); identifiersIn(s, spelled); }
  const editFrom = sf.getLineAndCharacterOfPosition(start).line;
  const editTo = sf.getLineAndCharacterOfPosition(newEnd).line + LINES_BELOW;
  // A span wholly before the edit stays; one wholly after it moves by the edit's length; one across it cannot be kept.
  const moved = (a: number, b: number): [number, number] | null => (b <= start ? [a, b] : a >= oldEnd ? [a + delta, b + delta] : null);
  return s => {
    const old = matched.get(s);
    if (!old || old.warnings.length || old.reads.wholeFile) return null;
    const from = sf.getLineAndCharacterOfPosition(s.getStart(sf)).line, to = sf.getLineAndCharacterOfPosition(s.end).line;
    if (to >= editFrom && from <= editTo) return null;
    for (const n of old.reads.names) if (declared.has(n)) return null;
    for (const n of old.reads.uses) if (spelled.has(n)) return null;
    const calls: CallFact[] = [];
    for (const c of old.calls) {
      const call = movedFact(c, sf, moved);
      if (!call) return null;
      calls.push(call);
    }
    return { ...old, pos: s.pos, calls };
  };
}

/** A fact at its new positions (those of its own file), or null if one of them lay inside the edit. */
function movedFact(c: CallFact, sf: ts.SourceFile, moved: (a: number, b: number) => [number, number] | null): CallFact | null {
  const span = moved(c.start, c.end);
  if (!span) return null;
  let definedAt = c.model.definedAt;
  if (definedAt && definedAt.file === c.file) {
    const d = moved(definedAt.start, definedAt.end);
    if (!d) return null;
    const at = sf.getLineAndCharacterOfPosition(d[0]);
    definedAt = { ...definedAt, start: d[0], end: d[1], line: at.line + 1, column: at.character + 1 };
  }
  const at = sf.getLineAndCharacterOfPosition(span[0]);
  return { ...c, start: span[0], end: span[1], line: at.line + 1, column: at.character + 1, model: definedAt === c.model.definedAt ? c.model : { ...c.model, definedAt } };
}
