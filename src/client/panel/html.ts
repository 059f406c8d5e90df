// The cost panel's HTML shell: a strict Content-Security-Policy, the stylesheets and the one bundled script.
// No data goes in here — the report arrives later by postMessage and is rendered as text by dist/webview.js.
// Pure (no 'vscode' import) so a unit test can read the generated HTML.

export interface PanelHtmlInput {
  /** `webview.cspSource`: the only origin styles, fonts and images may come from. */
  cspSource: string;
  /** Per-load random nonce (base64/hex); only the script carrying it may run. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  codiconUri: string;
}

/** Attribute values here are URIs the host built; escape anyway so a stray quote cannot break out. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function panelHtml(input: PanelHtmlInput): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(input.nonce)) throw new Error('panelHtml: the nonce must be at least 16 base64/hex characters');
  const csp = contentSecurityPolicy(input.cspSource, input.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(input.codiconUri)}">
<link rel="stylesheet" href="${attr(input.styleUri)}">
<title>Spendlens costs</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="loading">Loading the workspace report…</p></main>
<script nonce="${attr(input.nonce)}" src="${attr(input.scriptUri)}"></script>
</body>
</html>
`;
}
