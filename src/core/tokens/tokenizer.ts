// Token counting with tiktoken (WASM, "lite" build + rank files shipped next to the bundle).
// Exact for OpenAI encodings. Loaded lazily on first use (cold start ~0.6 s), counts cached per string.
import { readFileSync } from 'node:fs';
import { assetPath } from '../assets';

export type EncodingName = 'o200k_base' | 'cl100k_base';
export const ENCODINGS: readonly EncodingName[] = ['o200k_base', 'cl100k_base'];

interface Encoder { encode_ordinary(text: string): Uint32Array }

const encoders = new Map<EncodingName, Encoder>();
const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;
/** Non-space runs longer than this are cut up: tiktoken's BPE is quadratic on long runs without spaces. */
const MAX_RUN = 512;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

function encoderFor(name: EncodingName): Encoder {
  let enc = encoders.get(name);
  if (!enc) {
    // Required here, not at module top, so nothing loads the WASM before a count is asked for.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Tiktoken } = require('tiktoken/lite') as typeof import('tiktoken/lite');
    const ranks = JSON.parse(readFileSync(assetPath(`encoders/${name}.json`), 'utf8')) as {
      bpe_ranks: string; special_tokens: Record<string, number>; pat_str: string;
    };
    enc = new Tiktoken(ranks.bpe_ranks, ranks.special_tokens, ranks.pat_str);
    encoders.set(name, enc);
  }
  return enc;
}

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
  const enc = encoderFor(encoding);
  let n = 0;
  if (text.length > MAX_RUN && LONG_RUN.test(text)) {
    LONG_RUN.lastIndex = 0;
    let last = 0;
    for (const m of text.matchAll(LONG_RUN)) {
      n += enc.encode_ordinary(text.slice(last, m.index)).length;
      for (let i = 0; i < m[0].length; i += MAX_RUN) n += enc.encode_ordinary(m[0].slice(i, i + MAX_RUN)).length;
      last = m.index! + m[0].length;
    }
    n += enc.encode_ordinary(text.slice(last)).length;
  } else {
    n = enc.encode_ordinary(text).length;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, n);
  return n;
}

/** OpenAI chat framing: every message costs 3 tokens of wrapping, and the reply is primed with 3 more. */
export const CHAT_TOKENS_PER_MESSAGE = 3;
export const CHAT_REPLY_PRIMING = 3;
