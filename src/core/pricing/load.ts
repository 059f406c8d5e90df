// Reads the catalog layers from disk and builds a PriceBook. A missing or broken layer is recorded
// as a problem and the layers below keep serving.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCatalog } from './parse';
import { PriceBook } from './pricebook';
import type { CatalogLayer } from './merge';
import type { LayerKind } from './types';

export interface LoadOptions {
  /** The catalog shipped with Spendlens (see bundledCatalogPath()). */
  bundledPath: string;
  /** The catalog `spendlens catalog update` wrote into the user's cache (see update.ts); a missing file is no layer. */
  updatedPath?: string | null;
  /** The user's own catalog or overlay (setting spendlens.catalogPath); missing → a problem. */
  userPath?: string | null;
  /** The team overlay, `<root>/.spendlens/pricing.json`; a missing file is simply no layer. */
  workspacePath?: string | null;
  readFile?: (path: string) => string;
}

/** Set by scripts/build.mjs: the sha1 of pricing/catalog.json when the bundle was built (validated by then). */
declare const SPENDLENS_BUILT_CATALOG_SHA1: string | undefined;

function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR'; // ENOTDIR: a folder on the way is a file
}

function readLayer(path: string, kind: LayerKind, readFile: (path: string) => string): CatalogLayer | null {
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    if ((kind === 'workspace' || kind === 'updated') && isMissingFile(error)) return null;
    const reason = isMissingFile(error) ? 'file not found' : error instanceof Error ? error.message : String(error);
    return { path, kind, problems: [{ path, pointer: '', message: `cannot read the ${kind} catalog: ${reason}` }] };
  }
  const validatedSha1 = kind === 'bundled' && typeof SPENDLENS_BUILT_CATALOG_SHA1 === 'string' ? SPENDLENS_BUILT_CATALOG_SHA1 : undefined;
  const { catalog, problems } = parseCatalog(text, path, { overlay: kind !== 'bundled' && kind !== 'updated', validatedSha1 });
  return { path, kind, catalog, problems };
}

export function loadPriceBook(options: LoadOptions): PriceBook {
  const readFile = options.readFile ?? ((path: string) => readFileSync(path, 'utf8'));
  const layers: CatalogLayer[] = [];
  const wanted: Array<[string | null | undefined, LayerKind]> = [
    [options.bundledPath, 'bundled'],
    [options.updatedPath, 'updated'],
    [options.userPath, 'user'],
    [options.workspacePath, 'workspace'],
  ];
  for (const [path, kind] of wanted) {
    if (!path) continue;
    const layer = readLayer(path, kind, readFile);
    if (layer) layers.push(layer);
  }
  const book = new PriceBook(layers);
  if (!options.readFile) LOADED_FROM.set(book, { bundledPath: options.bundledPath, userPath: options.userPath, workspacePath: options.workspacePath });
  return book;
}

const LOADED_FROM = new WeakMap<PriceBook, LoadOptions>();

/** The files a book was loaded from, so a scan worker can load the same book; undefined for books built otherwise. */
export function loadOptionsOf(book: PriceBook): LoadOptions | undefined {
  return LOADED_FROM.get(book);
}

/**
 * The catalog shipped with Spendlens: `pricing/catalog.json` found by walking up from the bundle's
 * folder (dist/ or out/ → repository root; in the VSIX, pricing/ sits next to dist/).
 */
export function bundledCatalogPath(from: string = __dirname): string {
  for (let dir = from, depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'pricing', 'catalog.json');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return join(from, '..', 'pricing', 'catalog.json');
}
