// Where the first CodeLens of a window spends its time on the editor's side: one log line when the extension host
// hands the first document to the language client (didOpen), one when the editor asks for its lenses and one when
// they are back, each timestamped by the log. The server logs its side (first didOpen received, first CodeLens
// answered); scripts/e2e/ui-first-lens.js lines them up against the moment the editor tab showed.
import type * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

type Log = (line: string) => void;

export function firstLensTrace(log: Log, name: (uri: vscode.Uri) => string): Pick<Middleware, 'didOpen'> & { lenses: NonNullable<Middleware['provideCodeLenses']> } {
  let opened = false;
  let asked = false;
  return {
    didOpen: (doc, next) => {
      if (!opened) { opened = true; log(`first-lens trace: didOpen sent for ${name(doc.uri)}`); }
      return next(doc);
    },
    lenses: (doc, token, next) => {
      if (asked) return next(doc, token);
      asked = true;
      const t0 = Date.now();
      log(`first-lens trace: lenses asked for ${name(doc.uri)}`);
      return Promise.resolve(next(doc, token)).then(lenses => {
        log(`first-lens trace: ${lenses?.length ?? 0} lenses back for ${name(doc.uri)} after ${Date.now() - t0} ms`);
        return lenses;
      });
    },
  };
}
