// The scan pool: worker threads that analyse batches of a workspace's files while the main thread (the CLI) analyses
// batches too, or stays free for requests (the language server). Each worker runs a Session of its own over the same
// folder, settings, team files, price book and file listing, so a file's result does not depend on the thread that
// made it; the main thread adopts every result and its report sorts by file as always — the JSON is byte-identical to
// a single-threaded scan (test/unit/scan-pool.test.mjs). A worker that fails hands its batch back to the main thread.
import { availableParallelism, loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { assetPath } from '../assets';
import type { CallFact, FileResult } from '../model';
import type { AnalysisSettings } from '../estimate/settings';
import type { LoadOptions } from '../pricing';

export const SCAN_WORKER_FILE = 'scan-worker.js';
/** Below this many bytes of files to analyse the main thread scans alone: a worker takes ~0.3–0.6 s to start. */
export const POOL_MIN_BYTES = 2 * 1024 * 1024;
/** A batch holds about this many bytes (or BATCH_MAX_FILES files): small enough to balance, large enough that messages cost little. */
export const BATCH_BYTES = 256 * 1024;
const BATCH_MAX_FILES = 64;

export interface ScanPoolOptions {
  /** Worker threads (default: one per spare core, SPENDLENS_SCAN_WORKERS overrides; 0 = none). */
  workers?: number;
  /** The main thread analyses batches too (the CLI); a language server keeps it free for requests. Default true. */
  mainShare?: boolean;
  /** Scan on the main thread alone below this many bytes (default POOL_MIN_BYTES). */
  minBytes?: number;
  batchBytes?: number;
  /** The worker script (default: scan-worker.js next to this bundle). */
  workerFile?: string;
  /** Told where each batch was analysed (tests, the benchmark). */
  onBatch?: (where: 'main' | 'worker', files: number) => void;
}

/** What a worker's Session is built from (everything else it reads from the folder, as the main Session did). */
export interface PoolWorkerData {
  root: string;
  book: LoadOptions;
  session: { settings: Partial<AnalysisSettings>; trusted: boolean; configPath?: string; teamRoot: string; keepCallFacts: boolean; observedPath?: string | false };
  /** The main thread's listing: imports resolve against the same files. */
  files: string[];
}

/** One analysed file, as a worker hands it back. */
export interface PooledFile {
  file: string;
  hash: string;
  result: FileResult;
  facts: CallFact[];
  /** Workspace files its result read (imports, prompt files). */
  used: string[];
}

/**
 * Workers for a scan: the number asked for, else SPENDLENS_SCAN_WORKERS, else one per spare core — a core the other
 * processes of the machine leave idle (cores − 1 − the 1-minute load average, rounded). A worker costs ~4 s of
 * CPU on a call-dense workspace (its own JIT warm-up, tokenizer, catalog, and the modules both threads import) and
 * ~150 MB: on a busy machine it made the scan slower (measured on 2 cores under load 8: 20 s → 30 s).
 */
export function workerCount(requested?: number, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  const env = Number.parseInt(process.env.SPENDLENS_SCAN_WORKERS ?? '', 10);
  const n = requested ?? (Number.isFinite(env) ? env : Math.round(cores - 1 - load));
  return Math.max(0, Math.min(n, 16));
}

/** Consecutive files (neighbours import each other: a worker's module cache stays warm) cut into batches by size. */
export function batchesOf(files: readonly string[], sizes: readonly number[], batchBytes = BATCH_BYTES): string[][] {
  const out: string[][] = [];
  let batch: string[] = [];
  let bytes = 0;
  files.forEach((file, i) => {
    batch.push(file);
    bytes += sizes[i] ?? 0;
    if (bytes >= batchBytes || batch.length >= BATCH_MAX_FILES) { out.push(batch); batch = []; bytes = 0; }
  });
  if (batch.length) out.push(batch);
  return out;
}

export interface PoolRun {
  workers: number;
  workerFile: string;
  data: PoolWorkerData;
  mainShare: boolean;
  /** Analyses a batch on the main thread (also the fallback for a batch a worker could not finish). */
  onMain: (batch: string[]) => Promise<void>;
  /** Takes a batch's results from a worker (null: the file is binary or unreadable). */
  adopt: (results: Array<PooledFile | { file: string; unreadable: true }>) => void;
  isCancelled: () => boolean;
  onBatch?: ScanPoolOptions['onBatch'];
}

export function poolWorkerFile(options: ScanPoolOptions): string | null {
  const file = options.workerFile ?? assetPath(SCAN_WORKER_FILE);
  return existsSync(file) ? file : null;
}

/** Runs every batch once, on the workers and (with mainShare) the main thread; resolves when all are done or cancelled. */
export async function runPool(batches: string[][], run: PoolRun): Promise<void> {
  let next = 0;
  const take = () => (run.isCancelled() ? undefined : batches[next++]);
  const handedBack: string[][] = [];
  const workers = Array.from({ length: run.workers }, () => new Promise<void>(resolve => {
    let worker: Worker;
    try {
      worker = new Worker(run.workerFile, { workerData: run.data });
    } catch {
      resolve();
      return;
    }
    let current: string[] | undefined;
    const feed = () => {
      current = take();
      if (current) worker.postMessage({ batch: current });
      else void worker.terminate();
    };
    worker.on('message', (m: { results?: Parameters<PoolRun['adopt']>[0]; error?: string }) => {
      if (m.results) { run.adopt(m.results); run.onBatch?.('worker', m.results.length); }
      else if (current) handedBack.push(current);
      if (m.error) { current = undefined; void worker.terminate(); return; }
      feed();
    });
    worker.on('error', () => undefined); // 'exit' follows
    worker.on('exit', () => {
      if (current) handedBack.push(current);
      current = undefined;
      resolve();
    });
    feed();
  }));
  const onMain = async (b: string[]) => { await run.onMain(b); run.onBatch?.('main', b.length); };
  if (run.mainShare) for (let b = take(); b; b = take()) await onMain(b);
  await Promise.all(workers);
  // Batches of workers that failed or never started, and (no worker at all) everything left.
  for (const b of handedBack) if (!run.isCancelled()) await onMain(b);
  for (let b = take(); b; b = take()) await onMain(b);
}
