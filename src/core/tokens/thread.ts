// The language server's tokenizer thread. Loading an encoder takes ~0.3–0.7 s (tiktoken parses 200k ranks); in a
// thread of its own it loads while the main thread starts up, reads the catalog and parses the first file, so the
// first lens no longer waits for the sum of both. Counting stays synchronous for the core: the main thread posts the
// text and blocks on a shared word (Atomics.wait) until the thread has written the count — a few tens of µs per
// uncached string. Anything wrong with the thread (missing file, crash, hang) drops back to counting in-process.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { assetPath } from '../assets';
import type { EncodingName } from './encoder';

/** Slots of the shared Int32Array. */
export const SLOT = { state: 0, result: 1, alive: 2 } as const;
export const STATE = { pending: 0, done: 1, failed: 2 } as const;
export const WORKER_FILE = 'tokenizer-worker.js';

export interface ThreadOptions {
  /** Encodings to load at once (default: o200k_base, the one most models use). */
  preload?: EncodingName[];
  /** The worker bundle (default: next to this bundle). */
  workerFile?: string;
  /** A thread that has not started after this long is given up on. */
  startTimeoutMs?: number;
  /** One count (encoder load included) that takes longer than this is given up on. */
  countTimeoutMs?: number;
}

export interface TokenizerThread {
  /** The count, or undefined when the thread failed (the caller counts in-process; the thread is stopped). */
  count(text: string, encoding: EncodingName): number | undefined;
  stop(): Promise<void>;
}

let current: TokenizerThread | null = null;

/** The running tokenizer thread, if startTokenizerThread() started one. */
export function tokenizerThread(): TokenizerThread | null {
  return current;
}

/** Starts the thread (idempotent). False when it cannot run here; counting then stays in-process. */
export function startTokenizerThread(options: ThreadOptions = {}): boolean {
  if (current) return true;
  const file = options.workerFile ?? assetPath(WORKER_FILE);
  if (!existsSync(file)) return false;
  const shared = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  let worker: Worker;
  try {
    worker = new Worker(file, { workerData: { shared, preload: options.preload ?? ['o200k_base'] } });
  } catch {
    return false;
  }
  worker.unref(); // never keeps a process alive
  worker.on('error', () => undefined); // a crash is seen by count() as a thread that never answers
  const startTimeout = options.startTimeoutMs ?? 10_000;
  const countTimeout = options.countTimeoutMs ?? 120_000;
  const thread: TokenizerThread = {
    count(text, encoding) {
      Atomics.store(shared, SLOT.state, STATE.pending);
      worker.postMessage({ text, encoding });
      const began = Date.now();
      for (;;) {
        Atomics.wait(shared, SLOT.state, STATE.pending, 50);
        const state = Atomics.load(shared, SLOT.state);
        if (state === STATE.done) return Atomics.load(shared, SLOT.result);
        const waited = Date.now() - began;
        const limit = Atomics.load(shared, SLOT.alive) ? countTimeout : startTimeout;
        if (state === STATE.failed || waited > limit) {
          void thread.stop();
          return undefined;
        }
      }
    },
    async stop() {
      if (current === thread) current = null;
      await worker.terminate();
    },
  };
  current = thread;
  return true;
}
