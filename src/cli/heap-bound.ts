// A one-shot CLI scan keeps its heap near what it really holds. V8 lets the old generation grow to ~2× the live
// data before a full collection (measured on a 50 MB workspace: ~120 MB live, the heap up to ~260 MB), which
// pays in a long-lived process. A scan allocates ~1 GB of short-lived garbage (file texts, lower-cased copies,
// ASTs) around a slowly growing live set, so here a full collection is asked for whenever the heap has grown
// `stepMb` past what the last one left. Measured on that workspace (medians): step 96 MB → peak RSS ~430 → ~340 MB
// for ~+6% wall time; 64 MB → ~315 MB but +15%; 48 MB → ~310 MB, +15–25%. 96 keeps the scan within ~10%.
// Node flags cannot do it: --max-old-space-size turns a larger workspace into a crash, and --heap-growing-percent
// or --max-semi-space-size set by a running program (v8.setFlagsFromString) have no effect.
// The language server does not use this: it keeps V8's own policy.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export type HeapCheck = () => void;

/** A check to call often during a scan (it is cheap); null when the collector cannot be reached. */
export function boundedHeap(stepMb = 96): HeapCheck | null {
  let gc: (() => void) | undefined;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as (() => void) | undefined;
    // Put the flag back at once: V8's code cache (src/bin/launch.ts) is keyed by the flags' hash, and a cache
    // written with --expose-gc on would be rejected at every next start. The function already obtained stays valid.
    setFlagsFromString('--no-expose-gc');
  } catch {
    return null;
  }
  if (typeof gc !== 'function') return null;
  const collect = gc;
  const step = stepMb * 1024 * 1024;
  let floor = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size < floor + step) return;
    collect();
    floor = getHeapStatistics().used_heap_size;
  };
}
