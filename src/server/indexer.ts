// Background indexing in time slices. Session.scanWorkspace analyses every file in one synchronous run,
// which keeps the event loop busy for the whole scan: on 400 files no request (lens, hover) is answered
// until it ends. Here the files are analysed one by one, yielding to the event loop every few
// milliseconds, so requests about open documents are served in between; a final scanWorkspace (every
// result now cached by hash) records skipped files and forgets deleted ones, as the session does.
import { defaultSettings, listWorkspaceFiles, loadTeamConfig } from '../core';
import type { Folder } from './folders';

/** Longest run of analysis before yielding (ms). */
const SLICE_MS = 20;

export interface IndexOptions {
  onProgress?: (done: number, total: number) => void;
  isCancelled: () => boolean;
}

/** Returns false when cancelled before the end. */
export async function indexFolder(folder: Folder, opts: IndexOptions): Promise<boolean> {
  const exclude = [...folder.settings.exclude, ...loadTeamConfig(folder.root, []).exclude];
  const { files } = listWorkspaceFiles(folder.root, { exclude, maxFileBytes: defaultSettings().maxFileBytes });
  let sliceStart = Date.now();
  for (let i = 0; i < files.length; i++) {
    if (opts.isCancelled()) return false;
    await folder.session.analyzeFile(files[i]!);
    if (Date.now() - sliceStart > SLICE_MS) {
      opts.onProgress?.(i + 1, files.length);
      await new Promise(resolve => setImmediate(resolve));
      sliceStart = Date.now();
    }
  }
  opts.onProgress?.(files.length, files.length);
  if (opts.isCancelled()) return false;
  await folder.session.scanWorkspace({ isCancelled: opts.isCancelled });
  return !opts.isCancelled();
}
