// Background indexing of a workspace folder. Session.scanWorkspace yields to the event loop every ~15 ms,
// so requests about open documents (lens, hover) are answered while it runs.
import type { Folder } from './folders';

export interface IndexOptions {
  onProgress?: (done: number, total: number) => void;
  isCancelled: () => boolean;
}

/** Returns false when cancelled before the end. */
export async function indexFolder(folder: Folder, opts: IndexOptions): Promise<boolean> {
  await folder.session.scanWorkspace({ onProgress: opts.onProgress, isCancelled: opts.isCancelled });
  return !opts.isCancelled();
}
