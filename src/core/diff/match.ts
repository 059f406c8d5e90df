// Pairs the calls of two reports (a base revision and the head). A call keeps its identity through edits
// that move it: first by file + enclosing function + API (in source order when the counts agree, by
// nearest line otherwise), then by file + API (the function was renamed), then by function + API across
// files when that pairing is unique (the file was moved). What is left is added or removed.
import type { PricedCall } from '../model';

export interface CallPair { base: PricedCall | null; head: PricedCall | null }

type Key = (c: PricedCall) => string | null;

const byFunction: Key = c => `${c.file}\0${c.functionName ?? ''}\0${c.provider}\0${c.api}`;
const byFileApi: Key = c => `${c.file}\0${c.provider}\0${c.api}`;
const byFunctionAcrossFiles: Key = c => (c.functionName ? `${c.functionName}\0${c.provider}\0${c.api}` : null);

function group(calls: PricedCall[], key: Key): Map<string, PricedCall[]> {
  const groups = new Map<string, PricedCall[]>();
  for (const c of calls) {
    const k = key(c);
    if (k === null) continue;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(c);
  }
  for (const g of groups.values()) g.sort((a, b) => a.line - b.line || a.column - b.column);
  return groups;
}

/** Pairs within one group: in order when both sides have as many calls, else nearest lines first. */
function pairGroup(base: PricedCall[], head: PricedCall[]): Array<[PricedCall, PricedCall]> {
  if (base.length === head.length) return base.map((b, i) => [b, head[i]]);
  const candidates: Array<[number, number, number]> = [];
  base.forEach((b, i) => head.forEach((h, j) => candidates.push([Math.abs(b.line - h.line), i, j])));
  candidates.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const usedB = new Set<number>(), usedH = new Set<number>();
  const pairs: Array<[PricedCall, PricedCall]> = [];
  for (const [, i, j] of candidates) {
    if (usedB.has(i) || usedH.has(j)) continue;
    usedB.add(i); usedH.add(j);
    pairs.push([base[i], head[j]]);
  }
  return pairs;
}

function pass(base: Set<PricedCall>, head: Set<PricedCall>, key: Key, uniqueOnly: boolean, out: CallPair[]): void {
  const gb = group([...base], key), gh = group([...head], key);
  for (const [k, bs] of gb) {
    const hs = gh.get(k);
    if (!hs) continue;
    if (uniqueOnly && (bs.length !== 1 || hs.length !== 1)) continue;
    for (const [b, h] of pairGroup(bs, hs)) {
      base.delete(b); head.delete(h);
      out.push({ base: b, head: h });
    }
  }
}

export function matchCalls(baseCalls: PricedCall[], headCalls: PricedCall[]): CallPair[] {
  const base = new Set(baseCalls), head = new Set(headCalls);
  const pairs: CallPair[] = [];
  pass(base, head, byFunction, false, pairs);
  pass(base, head, byFileApi, false, pairs);
  pass(base, head, byFunctionAcrossFiles, true, pairs);
  for (const b of base) pairs.push({ base: b, head: null });
  for (const h of head) pairs.push({ base: null, head: h });
  return pairs;
}
