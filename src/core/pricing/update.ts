// `spendlens catalog update`: the ONLY network access Spendlens makes, and only when asked. Downloads LiteLLM's
// model price map (or reads a copy from disk), checks it, converts it with the bundled curated overlay into a catalog
// (convert.ts, the same conversion as the build) and writes it to the user's cache folder as the `updated` layer,
// above the bundled catalog. Anything refused leaves the catalog already there untouched.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as http from 'node:http';
import * as https from 'node:https';
import { userCacheFolder } from '../cacheFolder';
import { convertLitellm, type CuratedOverlay, type TokenMeasurements } from './convert';
import { syntaxErrorLine } from './jsonLines';
import { parseCatalog } from './parse';

/** LiteLLM's price map as published (MIT); `spendlens.catalog.updateUrl` / `--url` choose another. */
export const DEFAULT_UPDATE_URL = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';
export const UPDATED_CATALOG_FILE = 'catalog.json';

/** A refused update: the message names what was wrong; the previous catalog is kept. */
export class CatalogUpdateError extends Error {}

/** Price fields the conversion reads: each must be a number ≥ 0 when present. */
const PRICE_FIELD = /^(input|output)_cost_per_token(_batches|_flex|_above_\d+k_tokens)?$|^cache_(read|creation)_input_token_cost(_above_\d+k_tokens)?$/;
/** A map with fewer priced models than this is not LiteLLM's map (it lists well over a thousand). */
const MIN_MODELS = 100;
/** More rejected entries than this share means a broken file, not a few bad entries. */
const MAX_REJECTED_SHARE = 0.1;
/** Modes priced per token (curated.json `includeModes` in an update). */
const TOKEN_MODES: ReadonlySet<string> = new Set(['chat', 'completion', 'responses', 'embedding', 'rerank']);
const MAX_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

export interface RejectedEntry { key: string; reason: string }

/**
 * Checks a LiteLLM price map's text: JSON, an object of model entries, prices that are numbers ≥ 0. A bad entry is
 * rejected and named (that model keeps its price from the layers below); a bad document is refused as a whole.
 */
export function checkLitellmMap(text: string, origin: string, tokenModes: ReadonlySet<string> = TOKEN_MODES): { map: Record<string, Record<string, unknown>>; rejected: RejectedEntry[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (!start) throw new CatalogUpdateError(`${origin}: empty answer, not a price map`);
  if (start.startsWith('<')) throw new CatalogUpdateError(`${origin}: an HTML page (starts with "${start.slice(0, 40).replace(/\s+/g, ' ')}…"), not LiteLLM's JSON price map`);
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    const line = syntaxErrorLine(body, error);
    throw new CatalogUpdateError(`${origin}${line ? `:${line}` : ''}: invalid JSON (${(error as Error).message}) — a truncated or damaged download?`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new CatalogUpdateError(`${origin}: expected an object of model entries (LiteLLM's price map), got ${Array.isArray(document) ? 'an array' : typeof document}`);
  }
  const map: Record<string, Record<string, unknown>> = {};
  const rejected: RejectedEntry[] = [];
  let entries = 0;
  for (const [key, entry] of Object.entries(document as Record<string, unknown>)) {
    if (key === 'sample_spec') continue;
    entries++;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) { rejected.push({ key, reason: 'not an object' }); continue; }
    const fields = entry as Record<string, unknown>;
    const bad = Object.entries(fields).filter(([f, v]) => PRICE_FIELD.test(f) && !(typeof v === 'number' && Number.isFinite(v) && v >= 0));
    if (bad.length) {
      rejected.push({ key, reason: bad.map(([f, v]) => `${f} is ${typeof v === 'number' && v < 0 ? `negative (${v})` : JSON.stringify(v)}`).join(', ') });
      continue;
    }
    // A token-priced mode with an output price but no input price: half a price is no price.
    if (tokenModes.has(fields.mode as string) && fields.output_cost_per_token !== undefined && fields.input_cost_per_token === undefined) {
      rejected.push({ key, reason: 'output_cost_per_token without input_cost_per_token (missing input price)' });
      continue;
    }
    map[key] = fields;
  }
  if (entries > 0 && rejected.length / entries > MAX_REJECTED_SHARE) {
    const names = rejected.slice(0, 5).map(r => `${r.key}: ${r.reason}`).join('; ');
    throw new CatalogUpdateError(`${origin}: ${rejected.length} of ${entries} entries have missing or invalid prices (${names}${rejected.length > 5 ? '; …' : ''})`);
  }
  return { map, rejected };
}

/** Downloads `url` (http or https, redirects followed) as text; refuses non-200 answers and oversized bodies. */
export function download(url: string, redirects = 5): Promise<string> {
  return new Promise((resolve, reject) => {
    let parsed: URL;
    try { parsed = new URL(url); } catch { reject(new CatalogUpdateError(`not a URL: ${url}`)); return; }
    const client = parsed.protocol === 'https:' ? https : parsed.protocol === 'http:' ? http : null;
    if (!client) { reject(new CatalogUpdateError(`${url}: only http and https URLs are supported`)); return; }
    const request = client.get(parsed, { headers: { 'user-agent': 'spendlens-catalog-update', accept: 'application/json' } }, response => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location && redirects > 0) {
        response.resume();
        download(new URL(response.headers.location, parsed).toString(), redirects - 1).then(resolve, reject);
        return;
      }
      if (status !== 200) {
        response.resume();
        reject(new CatalogUpdateError(`${url}: HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BYTES) { request.destroy(new CatalogUpdateError(`${url}: larger than ${MAX_BYTES / 1024 / 1024} MiB, not a price map`)); return; }
        chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      response.on('error', error => reject(new CatalogUpdateError(`${url}: download interrupted (${error.message})`)));
    });
    request.setTimeout(TIMEOUT_MS, () => request.destroy(new CatalogUpdateError(`${url}: no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on('error', error => reject(error instanceof CatalogUpdateError ? error : new CatalogUpdateError(`${url}: ${error.message}`)));
  });
}

/**
 * Where the updated catalog is kept: the user's cache folder, never the extension's install folder. Null when the
 * user has no cache folder (no home directory): then there is no updated layer.
 */
export function updatedCatalogPath(cacheDir: string | null = userCacheFolder()): string | null {
  return cacheDir ? join(cacheDir, UPDATED_CATALOG_FILE) : null;
}

export interface UpdateOptions {
  /** The price map's URL (default DEFAULT_UPDATE_URL). Ignored when `fromFile` is given. */
  url?: string;
  /** A copy of the map on disk (offline use). */
  fromFile?: string;
  /** The folder of the bundled catalog: curated.json and tokenizer-measurements.json are read from there. */
  pricingDir: string;
  cacheDir?: string;
  now?: Date;
}

export interface UpdateResult {
  path: string;
  source: string;
  retrieved: string;
  models: number;
  rejected: RejectedEntry[];
  sha256: string;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new CatalogUpdateError(`this installation cannot convert a price map: ${path} is missing or broken (${(e as Error).message})`);
  }
}

/** Downloads (or reads), checks, converts and writes the updated catalog. Throws CatalogUpdateError when refused. */
export async function updateCatalog(options: UpdateOptions): Promise<UpdateResult> {
  const source = options.fromFile ?? options.url ?? DEFAULT_UPDATE_URL;
  let text: string;
  if (options.fromFile) {
    try { text = readFileSync(options.fromFile, 'utf8'); } catch (e) { throw new CatalogUpdateError(`cannot read ${options.fromFile}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (e as Error).message}`); }
  } else {
    text = await download(source);
  }
  const curated = readJson<CuratedOverlay>(join(options.pricingDir, 'curated.json'));
  const measurements = readJson<TokenMeasurements>(join(options.pricingDir, 'tokenizer-measurements.json'));
  const { map, rejected } = checkLitellmMap(text, source, new Set(curated.includeModes));
  const retrieved = (options.now ?? new Date()).toISOString().slice(0, 10);
  const sha256 = createHash('sha256').update(text).digest('hex');
  let converted;
  try {
    converted = convertLitellm(map, {
      curated,
      measurements,
      missingAliasTarget: 'skip',
      updated: retrieved,
      sources: [
        { name: `LiteLLM model price map (downloaded ${retrieved}${options.fromFile ? ` from the file ${options.fromFile}` : ` from ${source}`})`, ...(options.fromFile ? { path: options.fromFile } : { url: source }), license: 'MIT', retrieved },
        { name: 'Spendlens curated overlay', path: 'pricing/curated.json', license: 'MIT', retrieved: curated.updated },
      ],
    });
  } catch (e) {
    throw new CatalogUpdateError(`${source}: cannot be converted (${(e as Error).message})`);
  }
  const priced = converted.catalog.models.length;
  if (priced < MIN_MODELS) throw new CatalogUpdateError(`${source}: only ${priced} priced models of the providers Spendlens knows (LiteLLM's map has over a thousand): refused`);
  // The result must pass the catalog's own schema, as any layer does when it is loaded.
  const check = parseCatalog(converted.text, 'the converted catalog');
  if (check.problems.length) throw new CatalogUpdateError(`${source}: the converted catalog fails its schema (${check.problems[0]!.message})`);

  const path = updatedCatalogPath(options.cacheDir);
  if (!path) throw new CatalogUpdateError('no cache folder to keep the catalog in (no home folder): set SPENDLENS_CACHE_DIR');
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, converted.text);
  renameSync(temporary, path); // atomic: a reader sees the old catalog or the new one, never half of one
  return { path, source, retrieved, models: priced, rejected, sha256 };
}

