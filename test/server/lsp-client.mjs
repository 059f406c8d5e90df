// A minimal LSP client for the server tests: spawns the BUILT server (`node dist/server.js --stdio`),
// answers the requests a real editor answers (configuration, registrations, progress, refresh),
// and records what the server pushes (diagnostics, totals, messages, lens refreshes).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

export const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const serverPath = join(repo, 'dist/server.js');

/** Copies test/fixtures/lsp/<name> into a temp folder (tests may write in it). */
export function fixtureCopy(name) {
  const dir = mkdtempSync(join(tmpdir(), `spendlens-lsp-${name}-`));
  cpSync(join(repo, 'test/fixtures/lsp', name), dir, { recursive: true });
  return { dir, uri: pathToFileURL(dir).href, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export const fileUri = (dir, rel) => pathToFileURL(join(dir, rel)).href;

const languageOf = rel => rel.endsWith('.py') ? 'python' : rel.endsWith('.ts') ? 'typescript' : 'javascript';

export class LspClient {
  /** @param {{ settings?: object, capabilities?: object, initializationOptions?: object, env?: object, server?: string }} [opts] */
  constructor(opts = {}) {
    this.settings = opts.settings ?? {};
    this.child = spawn(process.execPath, [opts.server ?? serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    this.stderr = '';
    this.child.stderr.on('data', d => { this.stderr += d; });
    this.exited = new Promise(resolve => this.child.on('exit', code => resolve(code)));
    this.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(this.child.stdout), new rpc.StreamMessageWriter(this.child.stdin));
    this.diagnostics = new Map();
    this.totals = [];
    this.messages = [];
    this.logs = [];
    this.lensRefreshes = 0;
    this.progress = [];
    this.versions = new Map();
    this.waiters = [];
    this.conn.onRequest('workspace/configuration', params => params.items.map(() => this.settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('workspace/codeLens/refresh', () => { this.lensRefreshes++; this.notify(); return null; });
    this.conn.onNotification('$/progress', p => { this.progress.push(p.value); this.notify(); });
    this.conn.onNotification('textDocument/publishDiagnostics', p => { this.diagnostics.set(p.uri, p); this.notify(); });
    this.conn.onNotification('spendlens/totalsChanged', t => { this.totals.push(t); this.notify(); });
    this.conn.onNotification('window/showMessage', m => { this.messages.push(m); this.notify(); });
    this.conn.onNotification('window/logMessage', m => { this.logs.push(m); });
    this.conn.listen();
    this.capabilities = opts.capabilities ?? {
      workspace: { configuration: true, workspaceFolders: true, codeLens: { refreshSupport: true }, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
      window: { workDoneProgress: true },
      textDocument: { codeLens: {}, hover: { contentFormat: ['markdown'] }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
    };
    this.initializationOptions = opts.initializationOptions;
  }

  request(method, params) { return this.conn.sendRequest(method, params); }
  notifyServer(method, params) { return this.conn.sendNotification(method, params); }

  async initialize(rootUri) {
    const result = await this.request('initialize', {
      processId: process.pid, rootUri, capabilities: this.capabilities,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'fixture' }] : null,
      initializationOptions: this.initializationOptions,
    });
    await this.notifyServer('initialized', {});
    return result;
  }

  /** Opens a file of `dir` with its disk text (or `text`). Returns its URI. */
  async open(dir, rel, text) {
    const uri = fileUri(dir, rel);
    const content = text ?? readFileSync(join(dir, rel), 'utf8');
    this.versions.set(uri, 1);
    await this.notifyServer('textDocument/didOpen', { textDocument: { uri, languageId: languageOf(rel), version: 1, text: content } });
    return uri;
  }

  /** Replaces the whole text (the server negotiates incremental sync; a range-less change is valid too). */
  async changeAll(uri, text) {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.notifyServer('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** An incremental edit of one range. */
  async edit(uri, range, text) {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.notifyServer('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  async close(uri) {
    await this.notifyServer('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves when `predicate()` is truthy (checked on every pushed message), or rejects after `ms`. */
  waitFor(predicate, ms = 10000, what = 'condition') {
    const value = predicate();
    if (value) return Promise.resolve(value);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.waiters = this.waiters.filter(w => w !== waiter); reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`)); }, ms);
      const waiter = () => { const v = predicate(); if (v) { clearTimeout(timer); resolve(v); return true; } return false; };
      this.waiters.push(waiter);
    });
  }

  notify() {
    this.waiters = this.waiters.filter(w => !w());
  }

  /** Lenses of a document, each resolved. */
  async lenses(uri) {
    const lenses = await this.request('textDocument/codeLens', { textDocument: { uri } });
    return Promise.all(lenses.map(l => this.request('codeLens/resolve', l)));
  }

  async dispose() {
    try {
      await Promise.race([this.request('shutdown', null), new Promise(r => setTimeout(r, 2000))]);
      await this.notifyServer('exit');
    } catch { /* already gone */ }
    const exited = await Promise.race([this.exited, new Promise(r => setTimeout(() => r('timeout'), 2000))]);
    if (exited === 'timeout') this.child.kill('SIGKILL');
    this.conn.dispose();
  }
}
