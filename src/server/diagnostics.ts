// Finding → Diagnostic. A diagnostic sits on the first line of its call (a whole multi-line call would
// be a noisy underline) and links its code to the rule's documentation.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PricedCall, Severity } from '../core/model';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocUrl } from '../protocol';

/** The README next to dist/ (in the VSIX and in a checkout) documents each finding under its code. */
const README_URI = pathToFileURL(join(__dirname, '..', 'README.md')).href;

export const DIAGNOSTIC_SOURCE = 'spendlens';

/** Stored in Diagnostic.data so a code action can find the call again. */
export interface DiagnosticData {
  line: number;
  column: number;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function diagnosticsFor(document: TextDocument, calls: PricedCall[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const call of calls) {
    if (!call.findings.length) continue;
    const start = document.positionAt(call.start);
    const callEnd = document.positionAt(call.end);
    const end = callEnd.line === start.line ? callEnd : { line: start.line, character: lineLength(document, start.line) };
    const range = { start, end };
    for (const finding of call.findings) {
      const data: DiagnosticData = { line: call.line, column: call.column };
      out.push({
        range,
        severity: severities[finding.severity] ?? DiagnosticSeverity.Information,
        source: DIAGNOSTIC_SOURCE,
        code: finding.code,
        codeDescription: { href: ruleDocUrl(README_URI, finding.code) },
        message: finding.message,
        data,
      });
    }
  }
  return out;
}

function lineLength(document: TextDocument, line: number): number {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.replace(/\r?\n$/, '').length;
}

/**
 * A key of a team file (usage.json, config.json `assumeModels`) that matches no call: a warning on the key itself,
 * naming the nearest call site key. `text` is the file's text; the key is found as the JSON string it is written as.
 */
export function unmatchedKeyDiagnostic(text: string, u: { key: string; nearest: string | null; what: string }): Diagnostic {
  const document = TextDocument.create('file:///team-file.json', 'json', 0, text);
  const at = text.indexOf(JSON.stringify(u.key));
  const start = at < 0 ? 0 : at;
  const end = at < 0 ? 0 : at + JSON.stringify(u.key).length;
  return {
    range: { start: document.positionAt(start), end: document.positionAt(end) },
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: 'unmatched-key',
    message: `${JSON.stringify(u.key)} matches no call${u.nearest ? ` — nearest: ${JSON.stringify(u.nearest)}` : ''}; ${u.what}`,
  };
}
