// The user's per-user cache folder for Spendlens — one decision for both users of it: the launcher's V8 code cache
// (src/bin/launch.ts) and the catalog `spendlens catalog update` downloads (src/core/pricing/update.ts).
import { homedir } from 'node:os';
import { join } from 'node:path';

function safeHome(): string {
  try { return homedir(); } catch { return ''; }
}

/** `SPENDLENS_CACHE_DIR` wins; else the platform's per-user cache folder; null when there is none (no home). */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  if (env.SPENDLENS_CACHE_DIR) return env.SPENDLENS_CACHE_DIR;
  const home = safeHome();
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'spendlens', 'cache') : null;
  if (platform === 'darwin') return home ? join(home, 'Library', 'Caches', 'spendlens') : null;
  const base = env.XDG_CACHE_HOME || (home ? join(home, '.cache') : '');
  return base ? join(base, 'spendlens') : null;
}
