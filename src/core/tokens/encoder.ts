// One tiktoken encoder per encoding, and the count itself. Used in-process (CLI, tests) and inside the
// tokenizer thread (language server, see thread.ts) — both count with exactly this code.
import { readFileSync } from 'node:fs';
import { assetPath } from '../assets';

export type EncodingName = 'o200k_base' | 'cl100k_base';
export const ENCODINGS: readonly EncodingName[] = ['o200k_base', 'cl100k_base'];

interface Encoder { encode_ordinary(text: string): Uint32Array }

const encoders = new Map<EncodingName, Encoder>();
/** Non-space runs longer than this are cut up: tiktoken's BPE is quadratic on long runs without spaces. */
const MAX_RUN = 512;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/** Loads the encoder on first use (~0.3–0.7 s: tiktoken parses 100–200k ranks). */
export function encoderFor(name: EncodingName): Encoder {
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

/** Counts `text` (non-empty) with the encoder; runs over 512 non-space characters are counted in slices. */
export function encodeCount(text: string, encoding: EncodingName): number {
  const enc = encoderFor(encoding);
  if (!(text.length > MAX_RUN && LONG_RUN.test(text))) return enc.encode_ordinary(text).length;
  LONG_RUN.lastIndex = 0;
  let n = 0;
  let last = 0;
  for (const m of text.matchAll(LONG_RUN)) {
    n += enc.encode_ordinary(text.slice(last, m.index)).length;
    for (let i = 0; i < m[0].length; i += MAX_RUN) n += enc.encode_ordinary(m[0].slice(i, i + MAX_RUN)).length;
    last = m.index! + m[0].length;
  }
  return n + enc.encode_ordinary(text.slice(last)).length;
}
