// One core Session per workspace folder. A document outside every folder gets a session rooted at its own
// directory. A folder's team files (`.spendlens/`) are the nearest ones at or above it, up to its repository's root
// (findTeamRoot, as in the CLI): a folder opened inside a repository uses the repository's `.spendlens/`. Each
// folder's PriceBook layers the bundled catalog, the user's `spendlens.catalogPath` and the team's
// `.spendlens/pricing.json`; it is rebuilt when those change.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REFRESH_HINT, Session, bundledCatalogPath, findTeamRoot, loadPriceBook, teamPrefix, updatedCatalogPath, type PriceBook } from '../core';
import { SpendlensSettings } from '../protocol';
import { toAnalysisSettings } from './settings';

export const TEAM_PRICING_FILE = '.spendlens/pricing.json';

export interface Folder {
  uri: string;
  root: string;
  /** The folder holding the team's `.spendlens/`: `root` or the nearest ancestor with one, up to the repository root. */
  teamRoot: string;
  session: Session;
  /** Created for a document outside every workspace folder. */
  adHoc: boolean;
  settings: SpendlensSettings;
  /** Analysis settings the user has set at least once (see toAnalysisSettings). */
  /** The background index has finished at least once. */
  indexed: boolean;
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try { return fileURLToPath(uri); } catch { return null; }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

const EXTENSION_OF_LANGUAGE: Record<string, string> = {
  typescript: '.ts', typescriptreact: '.tsx', javascript: '.js', javascriptreact: '.jsx', python: '.py',
};

export class Folders {
  private readonly folders = new Map<string, Folder>();
  /** Unsaved documents (untitled:, etc.): a scratch session; file name ↔ document URI. */
  private scratch: Folder | null = null;
  private readonly scratchFiles = new Map<string, string>();

  constructor(readonly trusted: boolean, private readonly warn: (message: string) => void) {}

  /** Every folder with a session on disk (the scratch session of unsaved documents is not one). */
  all(): Folder[] {
    return [...this.folders.values()];
  }

  /** Folders opened by the user (not the ad-hoc ones). */
  workspace(): Folder[] {
    return this.all().filter(f => !f.adHoc);
  }

  add(uri: string, settings = SpendlensSettings.defaults(), adHoc = false): Folder | null {
    const root = uriToPath(uri);
    if (!root) return null;
    const existing = this.byRoot(root);
    if (existing) return existing;
    const teamRoot = findTeamRoot(root);
    const session = new Session({ root, teamRoot, book: this.loadBook(teamRoot, root, settings), settings: toAnalysisSettings(settings), trusted: this.trusted, refreshHint: REFRESH_HINT.editor });
    const folder: Folder = { uri, root, teamRoot, session, adHoc, settings, indexed: false };
    this.folders.set(root, folder);
    return folder;
  }

  remove(uri: string): Folder | undefined {
    const root = uriToPath(uri);
    const folder = root ? this.folders.get(root) : undefined;
    if (folder) this.folders.delete(folder.root);
    return folder;
  }

  /** The folder that holds `uri` (the deepest one), or an ad-hoc folder at the file's directory. */
  forDocument(uri: string): Folder | null {
    const path = uriToPath(uri);
    if (!path) return this.scratchFolder();
    const holder = this.holding(path);
    if (holder) return holder;
    return this.add(pathToUri(dirname(path)), SpendlensSettings.defaults(), true);
  }

  /** The folder that holds a path, without creating one. */
  holding(path: string): Folder | null {
    let best: Folder | null = null;
    for (const f of this.folders.values()) {
      if ((path === f.root || path.startsWith(f.root.endsWith(sep) ? f.root : f.root + sep)) && (!best || f.root.length > best.root.length)) best = f;
    }
    return best;
  }

  /**
   * Workspace-relative path (forward slashes), as the core names files. An unsaved document gets a
   * made-up name whose extension follows its language (the core picks its parser by extension).
   */
  relativeFile(folder: Folder, uri: string, languageId?: string): string | null {
    const path = uriToPath(uri);
    if (path) return relative(folder.root, path).split(sep).join('/');
    if (folder !== this.scratch) return null;
    const ext = languageId ? EXTENSION_OF_LANGUAGE[languageId] : undefined;
    if (!ext) return null;
    const file = `untitled/${uri.replace(/[^\w.-]+/g, '_')}${ext}`;
    this.scratchFiles.set(file, uri);
    return file;
  }

  uriOf(folder: Folder, file: string): string {
    return (folder === this.scratch && this.scratchFiles.get(file)) || pathToUri(join(folder.root, file));
  }

  /** Unsaved documents share one never-scanned session rooted in a folder that does not exist. */
  private scratchFolder(): Folder {
    if (!this.scratch) {
      const root = join(tmpdir(), `spendlens-unsaved-${process.pid}`);
        const settings = SpendlensSettings.defaults();
      const session = new Session({ root, book: this.loadBook(root, root, settings), settings: toAnalysisSettings(settings), trusted: this.trusted, refreshHint: REFRESH_HINT.editor });
      this.scratch = { uri: pathToUri(root), root, teamRoot: root, session, adHoc: true, settings, indexed: true };
    }
    return this.scratch;
  }

  /** New settings for a folder: the session gets the analysis part; the catalog is reloaded if its path moved. */
  applySettings(folder: Folder, settings: SpendlensSettings): boolean {
    if (SpendlensSettings.equals(settings, folder.settings)) return false;
    const catalogMoved = settings.catalogPath !== folder.settings.catalogPath;
    folder.settings = settings;
    if (catalogMoved) folder.session.setPriceBook(this.loadBook(folder.teamRoot, folder.root, settings));
    folder.session.setSettings(toAnalysisSettings(settings));
    return true;
  }

  reloadPrices(folder: Folder): void {
    folder.session.setPriceBook(this.loadBook(folder.teamRoot, folder.root, folder.settings));
  }

  private byRoot(root: string): Folder | undefined {
    return this.folders.get(root);
  }

  /**
   * The folders whose team files are in `.spendlens/` of `teamRoot` (a change there concerns each of them), with the
   * file's name relative to that folder's team root (`.spendlens/usage.json`).
   */
  usingTeamFile(path: string): Array<{ folder: Folder; file: string }> {
    return this.all().flatMap(folder => {
      const file = relative(folder.teamRoot, path).split(sep).join('/');
      return file.startsWith('.spendlens/') && !file.slice('.spendlens/'.length).includes('/') ? [{ folder, file }] : [];
    });
  }

  /** A call-site key of the folder (`src/a.ts#f`) as its team root's files spell it (`packages/api/src/a.ts#f`). */
  teamKey(folder: Folder, key: string): string {
    const prefix = teamPrefix(folder.teamRoot, folder.root);
    return prefix ? `${prefix}/${key}` : key;
  }

  private loadBook(teamRoot: string, root: string, settings: SpendlensSettings): PriceBook {
    const userPath = this.userCatalog(root, settings.catalogPath);
    const team = join(teamRoot, TEAM_PRICING_FILE);
    const workspacePath = existsSync(team) ? team : undefined;
    let book: PriceBook;
    try {
      book = loadPriceBook({ bundledPath: bundledCatalogPath(), updatedPath: updatedCatalogPath(), userPath, workspacePath });
    } catch (e) {
      // A broken layer must never take the server down: fall back to the bundled catalog alone.
      this.warn(`Spendlens: could not load the price catalog (${(e as Error).message}); using the bundled prices only.`);
      book = loadPriceBook({ bundledPath: bundledCatalogPath() });
    }
    const layerProblems = book.problems.filter(p => p.path !== bundledCatalogPath());
    if (layerProblems.length) {
      const first = layerProblems[0]!;
      this.warn(`Spendlens: price catalog problem in ${first.path}${first.line ? `:${first.line}` : ''}: ${first.message}` +
        (layerProblems.length > 1 ? ` (+${layerProblems.length - 1} more)` : ''));
    }
    return book;
  }

  /** `spendlens.catalogPath`, resolved against the folder; in an untrusted workspace only a path inside it. */
  private userCatalog(root: string, catalogPath: string | null): string | undefined {
    if (!catalogPath) return undefined;
    const path = isAbsolute(catalogPath) ? catalogPath : resolve(root, catalogPath);
    if (!this.trusted && relative(root, path).startsWith('..')) {
      this.warn(`Spendlens: catalog ${catalogPath} ignored: outside the workspace, which is not trusted.`);
      return undefined;
    }
    return path;
  }
}
