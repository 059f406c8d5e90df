// Token counting with tiktoken (WASM, "lite" build + rank files shipped next to the bundle).
// Exact for OpenAI encodings. Loaded lazily on first use (cold start ~0.6 s), counts cached per string.
// A long-running process may move the counting to a thread of its own first (startTokenizerThread).
import { ENCODINGS, encodeCount, type EncodingName } from './encoder';
import { tokenizerThread } from './thread';

export { ENCODINGS, type EncodingName } from './encoder';

const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;

export function isEncodingName(name: string): name is EncodingName {
  return (ENCODINGS as readonly string[]).includes(name);
}

/**
 * Number of tokens of `text` in `encoding`. Special-token strings such as `<|endoftext|>` count as
 * ordinary text (that is what an API does with them in a prompt). Exact, except that a run of more
 * than 512 non-space characters is counted in 512-character slices (a bounded, tiny over-count) so
 * the time stays linear.
 */
export function countTokens(text: string, encoding: EncodingName = 'o200k_base'): number {
  if (text.length === 0) return 0;
  const key = encoding + '\u0000' + text;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // The language server counts in its tokenizer thread (loaded while the first file is parsed); else in-process.
  const n = tokenizerThread()?.count(text, encoding) ?? encodeCount(text, encoding);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, n);
  return n;
}

/** OpenAI chat framing: every message costs 3 tokens of wrapping, and the reply is primed with 3 more. */
export const CHAT_TOKENS_PER_MESSAGE = 3;
export const CHAT_REPLY_PRIMING = 3;
