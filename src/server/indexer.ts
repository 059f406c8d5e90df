// Background indexing of a workspace folder. The files are analysed by scan pool worker threads (one per spare core)
// while the main thread stays free for requests; open documents and files the main thread must do itself are
// analysed there in slices that yield to the event loop every ~15 ms, so requests about open documents (lens,
// hover) are answered while it runs. On one core there is no worker and every file is analysed that way.
import type { Folder } from './folders';

export interface IndexOptions {
  onProgress?: (done: number, total: number) => void;
  isCancelled: () => boolean;
}

/** Returns false when cancelled before the end. */
export async function indexFolder(folder: Folder, opts: IndexOptions): Promise<boolean> {
  await folder.session.scanWorkspace({ onProgress: opts.onProgress, isCancelled: opts.isCancelled, pool: { mainShare: false } });
  return !opts.isCancelled();
}
