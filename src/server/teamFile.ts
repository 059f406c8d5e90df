// Edits one of the team's JSON files in `.spendlens/` in place: read (a missing or empty file is `{}`), change, write
// back pretty-printed. Every key the edit does not touch is kept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Applies `edit` to the object in `<root>/<rel>` and writes it; returns the absolute path. Throws if it is not a JSON object. */
export function updateTeamFile(root: string, rel: string, edit: (content: Record<string, unknown>) => void): string {
  const path = join(root, rel);
  let content: Record<string, unknown> = {};
  let text: string | null = null;
  try { text = readFileSync(path, 'utf8'); } catch { /* no file yet */ }
  if (text !== null && text.trim() !== '') {
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${rel} is not a JSON object`);
    content = parsed as Record<string, unknown>;
  }
  edit(content);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(content, null, 2) + '\n');
  return path;
}

/** The object under `content[name]`, created when absent or not an object. */
export function objectAt(content: Record<string, unknown>, name: string): Record<string, unknown> {
  const v = content[name];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Record<string, unknown> : {};
}

/** The map with its keys sorted (a stable file, small diffs). */
export function sortedKeys(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}
