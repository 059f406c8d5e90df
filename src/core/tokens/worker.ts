// Entry of the tokenizer thread (bundled as tokenizer-worker.js; see thread.ts for the protocol): answers one count
// at a time through the shared Int32Array, and loads the preloaded encodings as soon as it is listening.
import { parentPort, workerData } from 'node:worker_threads';
import { encodeCount, encoderFor, type EncodingName } from './encoder';
import { SLOT, STATE } from './thread';

const { shared, preload } = workerData as { shared: Int32Array; preload: EncodingName[] };

parentPort!.on('message', ({ text, encoding }: { text: string; encoding: EncodingName }) => {
  try {
    Atomics.store(shared, SLOT.result, encodeCount(text, encoding));
    Atomics.store(shared, SLOT.state, STATE.done);
  } catch {
    Atomics.store(shared, SLOT.state, STATE.failed);
  }
  Atomics.notify(shared, SLOT.state);
});
Atomics.store(shared, SLOT.alive, 1);

// After the listener is in place: a count asked meanwhile waits in the queue for the load to finish.
setImmediate(() => {
  for (const encoding of preload) {
    try { encoderFor(encoding); } catch { /* reported by the first count that needs it */ }
  }
});
