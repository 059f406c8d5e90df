// Parses and validates one catalog layer. Problems name the file, the JSON pointer and the line.
// A model entry with any problem is rejected (and named); the layer's other models still load.
import { createHash } from 'node:crypto';
import schemaJson from '../../../pricing/catalog.schema.json';
import { pointerLines, syntaxErrorLine } from './jsonLines';
import { SchemaChecker, type Schema } from './schemaCheck';
import type { Catalog, CatalogModel, CatalogProblem } from './types';

const checker = new SchemaChecker(schemaJson as unknown as Schema);

export interface ParseOptions {
  /**
   * The sha1 of a catalog already validated (the bundled one, hashed at build time): text with exactly this hash is
   * not checked again — the check is most of a cold start's catalog load. Any other text is checked in full.
   */
  validatedSha1?: string;
  /**
   * An overlay (user catalog, team .spendlens/pricing.json): models may be partial — an id plus the
   * fields they override. Whether a partial entry is acceptable is decided when layers are merged.
   * 'auto' applies the schema's own rule, as an editor would: a file with "version" and no
   * "kind": "overlay" is a full catalog.
   */
  overlay?: boolean | 'auto';
}

export interface ParseResult {
  catalog?: Catalog;
  problems: CatalogProblem[];
}

export function parseCatalog(text: string, path: string, options: ParseOptions = {}): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    const line = syntaxErrorLine(body, error);
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [{ path, pointer: '', line, message: `invalid JSON: ${reason}` }] };
  }

  if (options.validatedSha1 && createHash('sha1').update(text).digest('hex') === options.validatedSha1) {
    return { catalog: document as Catalog, problems: [] };
  }
  const ref = options.overlay === 'auto' ? '#' : options.overlay ? '#/$defs/overlayFile' : '#/$defs/catalogFile';
  const errors = checker.check(document, ref);
  if (errors.length === 0) return { catalog: document as Catalog, problems: [] };

  const lines = pointerLines(body);
  const lineOf = (pointer: string): number | undefined => {
    // A missing field has no line of its own: use the nearest enclosing value's.
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const line = lines.get(p);
      if (line !== undefined || p === '') return line;
    }
  };
  const doc = document as { models?: unknown };
  const models = Array.isArray(doc.models) ? doc.models : undefined;
  const rejected = new Set<number>();
  const problems: CatalogProblem[] = [];
  for (const error of errors) {
    const modelIndex = /^\/models\/(\d+)(\/|$)/.exec(error.pointer);
    let message = error.message;
    if (modelIndex && models) {
      const index = Number(modelIndex[1]);
      rejected.add(index);
      const id = (models[index] as { id?: unknown } | null)?.id;
      const field = error.pointer.slice(modelIndex[0].length).replace(/\//g, '.');
      message = `model ${typeof id === 'string' ? `"${id}"` : `#${index}`} rejected: ${field ? `${field} ` : ''}${error.message}`;
    }
    const line = lineOf(error.pointer);
    problems.push({ path, pointer: error.pointer, line, message });
  }
  // Without a models array there is nothing to serve from this layer.
  if (!models) return { problems };
  const kept = models.filter((_, index) => !rejected.has(index)) as CatalogModel[];
  return { catalog: { ...(document as Catalog), models: kept }, problems };
}
