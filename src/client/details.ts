// `spendlens.showCallDetails`: the hover's Markdown for one call, shown as a rendered Markdown preview of a
// read-only virtual document (`spendlens-details:` scheme). Chosen over a modal (too small for a table) and an
// untitled document (asks to be saved on close). Without the Markdown extension, the source is shown instead.
import * as vscode from 'vscode';

export const DETAILS_SCHEME = 'spendlens-details';

export class CallDetailsDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(DETAILS_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '_These details are no longer available: run the command again._';
  }

  /** Shows `markdown` under a title like `app.ts:12 gpt-4o`; returns the virtual document's URI. */
  async show(title: string, markdown: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/${sanitize(title)}.md` });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    try {
      // Executing the command activates the built-in Markdown extension if needed (getCommands would not list it yet).
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
    return uri;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}

function sanitize(title: string): string {
  return title.replace(/[\\/:*?"<>|#%]+/g, ' ').replace(/\s+/g, ' ').trim() || 'call';
}
