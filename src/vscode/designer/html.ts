// Builds the API Designer webview's HTML: a strict Content-Security-Policy with
// a fresh nonce, the bundled script and stylesheet, and nothing inline.
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/** A nonce from the OS's CSPRNG, new for every render. */
export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

export function renderDesignerHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...parts: string[]) => vscode.Uri): string {
  const nonce = createNonce();
  const script = webview.asWebviewUri(joinPath(extensionUri, 'dist', 'webview.js'));
  const style = webview.asWebviewUri(joinPath(extensionUri, 'media', 'designer.css'));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>API Designer</title>
</head>
<body>
<main id="app"><p>Loading the API Designer…</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
