// One Node bundle (dist/spendlens.js) holds both the command line and the language server: they share the
// core, TypeScript and tiktoken, and shipping those once keeps the VSIX small. dist/cli.js and
// dist/server.js are launchers (written by scripts/build.mjs) that call one of these through dist/launch.js (V8 code cache).
// `require` (not `import`) keeps each side's module body from running until it is chosen.
import { isSwitchedOff } from './switches';

export function runCli(): void {
  require('../cli/main');
}

export function runServer(): void {
  // First of all: the tokenizer loads in a thread of its own while the server starts (src/core/tokens/thread.ts).
  // SPENDLENS_TOKENIZER_THREAD=off counts in-process instead (A/B measurements, troubleshooting).
  if (!isSwitchedOff(process.env.SPENDLENS_TOKENIZER_THREAD)) {
    (require('../core/tokens/thread') as typeof import('../core/tokens/thread')).startTokenizerThread();
  }
  require('../server/main');
}

/** A scan pool worker thread (src/core/workspace/scan-pool.ts): started by dist/scan-worker.js. */
export function runScanWorker(): void {
  (require('../core/scan-worker') as typeof import('../core/scan-worker')).serveScanPool();
}
