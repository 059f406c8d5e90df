// One lens above each call: `≈ $0.0042/call · 1.2k in / ~300 out · gpt-4o · $4.20/mo` (`$4.20/mo*` at the default
// volume, `gpt-4o (assumed)` for a model the code does not show).
// The provider returns lenses already titled: the call's figures are computed anyway to answer the request, and
// VS Code resolves a lens without a command only after a ≥ 250 ms debounce, so titled lenses show that much sooner
// (and a 200-call file costs no 200 resolve round trips). Resolve still titles a bare lens (data only) for clients
// that send one back.
import type { CodeLens, Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PricedCall } from '../core/model';
import { ClientCommands, type SpendlensSettings } from '../protocol';
import { formatTokens, formatMoney, isApproximate, isOutputGuessed, observedBadge } from './format';
import { modelLabel, suggestionBadge } from '../shared/format';

/** What an unresolved lens carries back to the server. */
export interface LensData {
  uri: string;
  /** Index of the call in the file's result. */
  index: number;
  /** Document version the lens was computed for. */
  version: number;
}

export function isLensData(value: unknown): value is LensData {
  const v = value as LensData | null;
  return !!v && typeof v.uri === 'string' && Number.isInteger(v.index) && typeof v.version === 'number';
}

export function callRange(document: TextDocument, call: PricedCall): Range {
  return { start: document.positionAt(call.start), end: document.positionAt(call.end) };
}

export function provideLenses(document: TextDocument, calls: PricedCall[], settings: SpendlensSettings): CodeLens[] {
  return calls.map((call, index) => {
    const start = document.positionAt(call.start);
    const data: LensData = { uri: document.uri, index, version: document.version };
    return resolveLens({ range: { start, end: start }, data }, document.uri, call, settings);
  });
}

export function resolveLens(lens: CodeLens, uri: string, call: PricedCall | undefined, settings: SpendlensSettings): CodeLens {
  const title = call ? lensTitle(call, settings) : 'Spendlens: re-analysing…';
  lens.command = call
    ? { title, command: ClientCommands.showCallDetails, arguments: [uri, call.line] }
    : { title, command: '' };
  return lens;
}

export function lensTitle(call: PricedCall, settings: Pick<SpendlensSettings, 'showMonthly'>): string {
  // Counts carry the same marks as the hover: `≈` for an input that is not an exact count, `~` for a guessed output.
  const tokens = `${isApproximate(call) ? '≈' : ''}${formatTokens(call.inputTokens)} in / ${isOutputGuessed(call) ? '~' : ''}${formatTokens(call.outputTokens)} out`;
  if (call.model === null) return `⚠ model not resolved · ${tokens} · quick fix: Assume a model…`;
  if (call.costPerCall === null) return `⚠ unknown model "${call.model}" · ${tokens}`;
  const approx = isApproximate(call) ? '≈ ' : '';
  const parts = [`${approx}${formatMoney(call.costPerCall)}/call`, tokens, modelLabel(call)];
  // A volume the team wrote down is always worth showing; the default one only when asked, marked `*` (the hover
  // says it is the assumed default and how to set the real one).
  const volumeKnown = call.callsPerMonthSource !== 'default';
  if (call.monthlyCost !== null && (settings.showMonthly || volumeKnown)) parts.push(`${formatMoney(call.monthlyCost)}/mo${volumeKnown ? '' : '*'}`);
  // Observed usage says so right after the monthly figure it changed: `$412/mo ◆ observed 14 d`.
  if (call.observed) {
    const badge = observedBadge(call);
    if (parts[parts.length - 1]!.endsWith('/mo')) parts[parts.length - 1] += ` ${badge}`;
    else parts.push(badge);
  }
  // A hypothesis, not a verdict: the hover and the quick fix carry its evidence.
  if (call.suggestion) parts.push(`💡 ${suggestionBadge(call.suggestion)}?`);
  return parts.join(' · ');
}
