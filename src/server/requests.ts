// The custom requests of src/protocol, for the panel and the client's commands.
import type { Connection } from 'vscode-languageserver/node';
import type { Suggestion } from '../core/model';
import { dirname, join } from 'node:path';
import { CONFIG_FILE, CatalogUpdateError, EvalConfigError, REFRESH_HINT, USAGE_FILE, bundledCatalogPath, updateCatalog } from '../core';
import {
  AlternativesRequest, ApplySuggestionRequest, CalibrateRequest, type CalibrateParams, type CalibrateResult, CallDetailsRequest, GenerateEvalRequest, RefreshRequest, SetCallsPerMonthRequest, UpdateCatalogRequest, WorkspaceReportRequest, type UpdateCatalogResult,
  AssumeModelChoicesRequest, AssumeModelRequest, TeamFilesRequest,
  type ApplySuggestionParams, type ApplySuggestionResult, type GenerateEvalResult, type WorkspaceReport,
} from '../protocol';
import type { Analysis, LocatedCall } from './analysis';
import { callRange } from './codeLens';
import { modelSwitchEdit, switchLabel } from './codeActions';
import { uriToPath, type Folder } from './folders';
import { hoverMarkdown, type CatalogInfo } from './hover';
import { lineKey, usageKey, writeCallsPerMonth } from './usage';
import { Session, calibrate, writeObserved, writeCalibrationSummary, UsageFileError, USAGE_FORMATS, OBSERVED_FILE, type UsageFormat } from '../core';
import { toAnalysisSettings } from './settings';
import { assumeScopes, modelChoices, writeAssumedModel } from './assume';

export function registerRequests(connection: Connection, analysis: Analysis): void {
  connection.onRequest(WorkspaceReportRequest.type, async (params): Promise<WorkspaceReport | null> => {
    const folders = analysis.folders;
    const path = params?.uri ? uriToPath(params.uri) : null;
    const folder = path ? folders.holding(path) ?? folders.forDocument(params!.uri!) : folders.workspace()[0] ?? folders.all()[0];
    if (!folder) return null;
    if (params?.rescan) await analysis.rescan(folder);
    else await analysis.indexed(folder);
    return folder.session.report();
  });

  connection.onRequest(CallDetailsRequest.type, async ref => {
    const found = await analysis.locate(ref);
    if (!found) return null;
    return { call: found.call, markdown: hoverMarkdown(found.call, catalogInfo(found.folder)), range: callRange(found.document, found.call) };
  });

  connection.onRequest(AlternativesRequest.type, async ref => {
    const found = await analysis.locate(ref);
    return found ? found.folder.session.alternatives(found.call) : [];
  });

  connection.onRequest(ApplySuggestionRequest.type, params => applySuggestion(analysis, params));

  connection.onRequest(GenerateEvalRequest.type, async (params): Promise<GenerateEvalResult | null> => {
    const found = await analysis.locate(params);
    if (!found) return null;
    try {
      const built = found.folder.session.comparisonEval(found.call, params.model);
      return { ok: true, root: found.folder.root, folder: built.folder, files: built.files, providers: built.providers, notes: built.notes };
    } catch (e) {
      if (e instanceof EvalConfigError) return { ok: false, message: e.message };
      throw e;
    }
  });

  connection.onRequest(SetCallsPerMonthRequest.type, async params => {
    const found = await analysis.locate(params);
    if (!found || !Number.isFinite(params.callsPerMonth) || params.callsPerMonth < 0) return null;
    // Into the team's usage.json, which may be at the repository root above the folder (keys then start with the folder's path).
    const teamKey = (k: string) => analysis.folders.teamKey(found.folder, k);
    const { key, path } = writeCallsPerMonth(found.folder.teamRoot, teamKey(usageKey(found.call, found.calls)), teamKey(lineKey(found.call)), params.callsPerMonth);
    found.folder.session.reloadTeamFiles();
    await analysis.rescan(found.folder);
    return { key, usageFile: path };
  });

  connection.onRequest(CalibrateRequest.type, params => calibrateFolder(analysis, params));
  connection.onRequest(AssumeModelChoicesRequest.type, async ref => {
    const found = await analysis.locate(ref);
    if (!found) return null;
    return { models: modelChoices(found.folder.session.priceBook, found.call.vendor, found.call.kind), scopes: assumeScopes(found.call, found.calls) };
  });

  connection.onRequest(AssumeModelRequest.type, async params => {
    const found = await analysis.locate(params);
    const model = typeof params.model === 'string' ? params.model.trim() : '';
    const scope = found && assumeScopes(found.call, found.calls).find(s => s.scope === params.scope);
    if (!found || !model || !scope) return null;
    // A call's key is a place, spelled from the team root; a model function's (`name()`) holds everywhere.
    const key = scope.scope === 'call' ? analysis.folders.teamKey(found.folder, scope.key) : scope.key;
    const written = writeAssumedModel(found.folder.teamRoot, scope.scope, key, model);
    found.folder.session.reloadTeamFiles();
    await analysis.rescan(found.folder);
    return { key: written.key, configFile: written.path };
  });

  connection.onRequest(TeamFilesRequest.type, params => {
    const path = uriToPath(params.uri);
    const folder = path ? analysis.folders.holding(path) : null;
    if (!folder) return null;
    return { usageFile: join(folder.teamRoot, USAGE_FILE), configFile: join(folder.teamRoot, CONFIG_FILE) };
  });

  connection.onRequest(RefreshRequest.type, async () => {
    await Promise.all(analysis.folders.all().map(f => analysis.rescan(f)));
  });

  connection.onRequest(UpdateCatalogRequest.type, async (params): Promise<UpdateCatalogResult> => {
    let result;
    try {
      result = await updateCatalog({ url: params?.url || undefined, pricingDir: dirname(bundledCatalogPath()) });
    } catch (e) {
      if (e instanceof CatalogUpdateError) return { ok: false, message: e.message };
      throw e;
    }
    for (const folder of analysis.folders.all()) analysis.folders.reloadPrices(folder);
    await Promise.all(analysis.folders.all().map(f => analysis.rescan(f)));
    return { ok: true, source: result.source, retrieved: result.retrieved, models: result.models, path: result.path, rejected: result.rejected };
  });
}

/** `spendlens calibrate` for one folder: reads the files, writes observed.json, and re-analyses with it. */
async function calibrateFolder(analysis: Analysis, params: CalibrateParams): Promise<CalibrateResult> {
  const folders = analysis.folders;
  const path = params?.uri ? uriToPath(params.uri) : null;
  const folder = path ? folders.holding(path) : folders.workspace()[0] ?? null;
  if (!folder) return { ok: false, error: 'no workspace folder to calibrate' };
  if (!Array.isArray(params.files) || !params.files.length || !params.files.every(f => typeof f === 'string')) return { ok: false, error: 'no usage file given' };
  if (params.format !== undefined && !(USAGE_FORMATS as readonly string[]).includes(params.format)) return { ok: false, error: `unknown usage format "${params.format}"` };
  // A session of its own that ignores the current observed.json: a spread is weighed by the volumes the code and the team files give.
  const session = new Session({
    root: folder.root, book: folder.session.priceBook, settings: toAnalysisSettings(folder.settings),
    trusted: folders.trusted, observedPath: false,
  });
  try {
    const observed = await calibrate({ root: folder.root, files: params.files, format: params.format as UsageFormat | undefined, session, book: folder.session.priceBook });
    const written = writeObserved(folder.root, observed);
    folder.session.reloadTeamFiles();
    await analysis.rescan(folder);
    return { ok: true, observedFile: written, summary: writeCalibrationSummary(observed, OBSERVED_FILE), sites: observed.sites.length, unmatched: observed.unmatched.reduce((n, u) => n + u.calls, 0) };
  } catch (e) {
    if (e instanceof UsageFileError) return { ok: false, error: e.message };
    throw e;
  }
}

/** The edit that switches one call's model (the request and the server-side command share it). */
export async function applySuggestion(analysis: Analysis, params: ApplySuggestionParams): Promise<ApplySuggestionResult | null> {
  const found = await analysis.locate(params);
  if (!found) return null;
  const target = params.model ?? found.call.suggestion?.model;
  if (!target) return null;
  const edit = modelSwitchEdit(found.call, target, analysis.readSource(found.folder), { documentChanges: analysis.abilities.documentChanges });
  if (!edit) return null;
  return { edit, label: switchLabel(target, savingsFor(found, target)) };
}

function savingsFor(found: LocatedCall, target: string): number {
  if (found.call.suggestion?.model === target) return found.call.suggestion.savingsPct;
  const alt: Suggestion | undefined = found.folder.session.alternatives(found.call).find(s => s.model === target);
  return alt?.savingsPct ?? 0;
}

export function catalogInfo(folder: Folder): CatalogInfo {
  const book = folder.session.priceBook;
  return { updated: book.updated, sources: book.sources.map(s => s.name), stale: book.staleness(new Date(), { refresh: REFRESH_HINT.editor }) };
}
