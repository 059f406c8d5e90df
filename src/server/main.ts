// The Spendlens language server: connection wiring and capability negotiation. The work happens in
// analysis.ts (state, pushed work, indexing), the renderers (codeLens, hover, diagnostics, codeActions)
// and requests.ts (the custom protocol). Runs over --stdio, --node-ipc or --socket.
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, MessageType, ProposedFeatures, ShowMessageNotification,
  TextDocumentSyncKind, TextDocuments, createConnection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version as SERVER_VERSION } from '../../package.json';
import { ServerCommands, type ApplySuggestionParams, type InitializationOptions } from '../protocol';
import { Analysis } from './analysis';
import { callsInRange, callAtOffset } from './calls';
import { codeActionsFor } from './codeActions';
import { callRange, isLensData, provideLenses, resolveLens } from './codeLens';
import { Folders, pathToUri } from './folders';
import { hoverMarkdown } from './hover';
import { applySuggestion, catalogInfo, registerRequests } from './requests';
import { SettingsCache } from './settings';

// `spendlens-server` with no transport flag speaks stdio (what most editors start a server with).
if (!process.argv.some(a => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let analysis!: Analysis;
let watchFiles = false;
/** The client watches a folder given by URI (LSP 3.17 relative patterns): team roots above the workspace folders. */
let watchRelative = false;
const watchedTeamRoots = new Set<string>();
let configurationPull = false;
let folderEvents = false;

/** Source files the core reads, the prompt files they name, and the team's `.spendlens/` files. */
const WATCHED = ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,py}', '**/*.{txt,md,prompt,tmpl,j2,jinja,jinja2}', '**/.spendlens/*.json'];

let initializeAt = 0;
connection.onInitialize((params: InitializeParams): InitializeResult => {
  initializeAt = Math.round(process.uptime() * 1000);
  const caps = params.capabilities;
  configurationPull = caps.workspace?.configuration === true;
  watchFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  watchRelative = watchFiles && caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
  folderEvents = caps.workspace?.workspaceFolders === true;
  // Trust is the client's call (VS Code's workspace trust); other editors are trusted by default.
  const trusted = (params.initializationOptions as InitializationOptions | undefined)?.trusted !== false;
  const settings = new SettingsCache(connection, () => configurationPull);
  // A notification, not window/showMessageRequest: a client that does not answer requests must not hurt us.
  const folders = new Folders(trusted, message => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
  analysis = new Analysis(connection, documents, folders, settings, {
    codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
  });
  const initial = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  for (const f of initial) folders.add(f.uri);
  registerRequests(connection, analysis);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeLensProvider: { resolveProvider: true },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: [ServerCommands.applySuggestion] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'spendlens', version: SERVER_VERSION },
  };
});

connection.onInitialized(async () => {
  if (configurationPull) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  if (watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map(globPattern => ({ globPattern })) });
  if (folderEvents) {
    connection.workspace.onDidChangeWorkspaceFolders(event => {
      for (const f of event.removed) analysis.folders.remove(f.uri);
      for (const f of event.added) {
        const folder = analysis.folders.add(f.uri);
        if (folder) void startFolder(folder.uri);
      }
    });
  }
  await Promise.all(analysis.folders.workspace().map(f => startFolder(f.uri)));
});

/**
 * `**​/.spendlens/*.json` covers the workspace folders only: a folder whose team files are at a repository root above
 * it has that root's `.spendlens/` watched too.
 */
function watchTeamRoot(teamRoot: string, root: string): void {
  if (!watchRelative || teamRoot === root || watchedTeamRoots.has(teamRoot)) return;
  watchedTeamRoots.add(teamRoot);
  void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: { baseUri: pathToUri(teamRoot), pattern: '.spendlens/*.json' } }] });
}

/** Pull the folder's settings, then index it in the background. */
async function startFolder(uri: string): Promise<void> {
  const folder = analysis.folders.all().find(f => f.uri === uri);
  if (!folder) return;
  watchTeamRoot(folder.teamRoot, folder.root);
  analysis.folders.applySettings(folder, await analysis.settings.get(folder.uri));
  await analysis.startIndex(folder).catch(e => analysis.logError(e));
}

connection.onDidChangeConfiguration(async change => {
  analysis.settings.changed(change.settings);
  for (const folder of analysis.folders.all()) {
    if (analysis.folders.applySettings(folder, await analysis.settings.get(folder.uri))) void analysis.rescan(folder);
  }
  await analysis.republishOpen();
  analysis.refreshLenses();
});

connection.onDidChangeWatchedFiles(params => analysis.filesChanged(params.changes).catch(e => analysis.logError(e)));

/** Lens refreshes sent before the first document was opened (the first-lens trace counts those sent after). */
let refreshesAtFirstOpen: number | undefined;
/** The server's event-loop delay until the first lens is answered: was a late message the server's doing? */
const loopDelay = monitorEventLoopDelay({ resolution: 20 });
loopDelay.enable();
const maxDelayMs = () => Math.round(loopDelay.max / 1e6);
documents.onDidOpen(e => {
  // The first-lens trace (scripts/e2e/ui-first-lens.js): when the server saw the first document.
  if (refreshesAtFirstOpen === undefined) {
    refreshesAtFirstOpen = analysis.lensRefreshesSent;
    connection.console.info(`first-lens trace: didOpen received for ${e.document.uri} (server event loop: longest delay ${maxDelayMs()} ms since start)`);
    loopDelay.reset();
  }
  analysis.schedule(e.document);
});
documents.onDidChangeContent(e => analysis.schedule(e.document));
documents.onDidClose(e => { analysis.settings.forget(e.document.uri); void analysis.closed(e.document).catch(err => analysis.logError(err)); });

let firstLensLogged = false;
connection.onCodeLens(async params => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const s = await analysis.settings.get(document.uri);
  if (!s.enable || !s.codeLens.enable) return [];
  const t0 = Date.now();
  const r = await analysis.resultFor(document);
  // Answered on the next turn of the event loop, before the deferred index starts.
  setImmediate(() => analysis.lensAnswered());
  if (!firstLensLogged) {
    // One line in the output channel: where a slow first lens spent its time (the e2e first-lens test prints it).
    firstLensLogged = true;
    connection.console.info(`first CodeLens: ${r?.file ?? document.uri} answered ${Math.round(process.uptime() * 1000)} ms after the server process started `
      + `(initialize at ${initializeAt} ms, first analysis ${analysis.firstAnalysisMs ?? '?'} ms, this request ${Date.now() - t0} ms, `
      + `${analysis.lensRefreshesSent - (refreshesAtFirstOpen ?? 0)} lens refresh(es) sent and longest event-loop delay ${maxDelayMs()} ms since the first didOpen)`);
    loopDelay.disable();
  }
  return r ? provideLenses(document, r.result.calls, s) : [];
});

connection.onCodeLensResolve(async lens => {
  if (lens.command || !isLensData(lens.data)) return lens;
  const document = documents.get(lens.data.uri);
  const r = document && await analysis.resultFor(document);
  const s = await analysis.settings.get(lens.data.uri);
  return resolveLens(lens, lens.data.uri, r ? r.result.calls[lens.data.index] : undefined, s);
});

connection.onHover(async params => {
  const document = documents.get(params.textDocument.uri);
  if (!document || !(await analysis.settings.get(document.uri)).enable) return null;
  const r = await analysis.resultFor(document);
  const index = r ? callAtOffset(r.result.calls, document.offsetAt(params.position)) : -1;
  if (!r || index < 0) return null;
  const call = r.result.calls[index]!;
  return { contents: { kind: 'markdown', value: hoverMarkdown(call, catalogInfo(r.folder)) }, range: callRange(document, call) };
});

connection.onCodeAction(async params => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const s = await analysis.settings.get(document.uri);
  const r = s.enable ? await analysis.resultFor(document) : null;
  if (!r) return [];
  const calls = callsInRange(r.result.calls, document.offsetAt(params.range.start), document.offsetAt(params.range.end), document);
  return codeActionsFor(calls, {
    uri: document.uri,
    diagnostics: params.context.diagnostics,
    read: analysis.readSource(r.folder),
    edit: { documentChanges: analysis.abilities.documentChanges },
    adviceEnabled: s.advice.enable,
  });
});

connection.onExecuteCommand(async params => {
  if (params.command !== ServerCommands.applySuggestion) return;
  const [uri, line, model] = params.arguments ?? [];
  if (typeof uri !== 'string' || typeof line !== 'number') return;
  const request: ApplySuggestionParams = { uri, line, model: typeof model === 'string' ? model : undefined };
  const result = await applySuggestion(analysis, request);
  if (result) await connection.workspace.applyEdit({ label: result.label, edit: result.edit });
});

// One failed promise must not end the server (Node's default for an unhandled rejection is to exit).
process.on('unhandledRejection', reason => analysis?.logError(reason));

documents.listen(connection);
connection.listen();
