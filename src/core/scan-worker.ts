// A scan pool worker (see workspace/scan-pool.ts): a Session of its own over the main thread's folder, settings and
// listing; analyses each batch it is sent and posts the results back. Runs inside a worker thread only.
import { parentPort, workerData } from 'node:worker_threads';
import { Session } from './session';
import { loadPriceBook } from './pricing';
import type { PoolWorkerData, PooledFile } from './workspace/scan-pool';

export function serveScanPool(): void {
  const port = parentPort;
  if (!port) throw new Error('the scan worker runs in a worker thread only');
  const data = workerData as PoolWorkerData;
  let session: Session | null = null;
  port.on('message', async ({ batch }: { batch: string[] }) => {
    try {
      if (!session) {
        session = new Session({ root: data.root, book: loadPriceBook(data.book), ...data.session });
        session.useListing(data.files);
      }
      const results: Array<PooledFile | { file: string; unreadable: true }> = [];
      for (const file of batch) results.push((await session.analyzeForPool(file)) ?? { file, unreadable: true });
      port.postMessage({ results });
    } catch (e) {
      port.postMessage({ error: e instanceof Error ? e.message : String(e) });
    }
  });
}
