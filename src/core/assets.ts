// Run-time files (WebAssembly, tokenizer ranks) are copied next to each bundle by scripts/build.mjs.
// `__dirname` is the bundle's folder (dist/ when shipped, out/ in tests).
import { join } from 'node:path';

export function assetPath(name: string): string {
  return join(__dirname, name);
}
