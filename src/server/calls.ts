// Finding the call a request is about: by index, by a position inside it, or by its 1-based line.
import type { Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PricedCall } from '../core/model';
import type { CallRef } from '../protocol';

/** The innermost call whose expression contains `offset`. */
export function callAtOffset(calls: PricedCall[], offset: number): number {
  let best = -1;
  calls.forEach((c, i) => {
    if (offset < c.start || offset > c.end) return;
    if (best < 0 || c.end - c.start < calls[best]!.end - calls[best]!.start) best = i;
  });
  return best;
}

export function callAtLine(calls: PricedCall[], line: number, column?: number): number {
  const onLine = calls.map((c, i) => ({ c, i })).filter(x => x.c.line === line);
  if (!onLine.length) return -1;
  return (column !== undefined ? onLine.find(x => x.c.column === column) : undefined)?.i ?? onLine[0]!.i;
}

export function callIndexFor(calls: PricedCall[], ref: Omit<CallRef, 'uri'>, document: TextDocument): number {
  if (ref.index !== undefined) return Number.isInteger(ref.index) && ref.index >= 0 && ref.index < calls.length ? ref.index : -1;
  if (ref.position) return callAtOffset(calls, document.offsetAt(ref.position as Position));
  if (ref.line !== undefined) return callAtLine(calls, ref.line);
  return -1;
}

/** Calls whose expression overlaps [start, end] (offsets), or that start on the line of `start`. */
export function callsInRange(calls: PricedCall[], start: number, end: number, document: TextDocument): PricedCall[] {
  const line = document.positionAt(start).line + 1;
  return calls.filter(c => (c.start <= end && c.end >= start) || c.line === line);
}
