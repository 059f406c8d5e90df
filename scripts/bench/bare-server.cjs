// The floor of the "start → first CodeLens" figure: a language server with no Spendlens code in it — Node, the
// vscode-languageserver library the real server is built on, and an empty answer to each request. What it costs
// to reach its first lens no code of ours can remove. Started by run.mjs over stdio.
const { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental }, codeLensProvider: { resolveProvider: false } } }));
connection.onCodeLens(params => {
  const document = documents.get(params.textDocument.uri);
  return document ? [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title: `${document.lineCount} lines`, command: '' } }] : [];
});
documents.listen(connection);
connection.listen();
