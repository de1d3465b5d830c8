// Builds the HTML of the API Designer's webviews (the side bar's wizard and the
// Review panel): a strict Content-Security-Policy with a fresh nonce, the
// bundled script and stylesheets, and nothing inline.
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/** A nonce from the OS's CSPRNG, new for every render. */
export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

/** Which webview: its bundle under dist/, its stylesheets under media/, its title and what it says while loading. */
export interface WebviewPage {
  script: string;
  styles: string[];
  title: string;
  loading: string;
}

export const DESIGNER_PAGE: WebviewPage = { script: 'webview.js', styles: ['designer.css'], title: 'API Designer', loading: 'Loading the API Designer…' };
export const REVIEW_PAGE: WebviewPage = { script: 'review.js', styles: ['designer.css', 'review.css'], title: 'API Review', loading: 'Loading the review…' };

export function renderDesignerHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...parts: string[]) => vscode.Uri, page: WebviewPage = DESIGNER_PAGE): string {
  const nonce = createNonce();
  const script = webview.asWebviewUri(joinPath(extensionUri, 'dist', page.script));
  const styles = page.styles.map((name) => `<link rel="stylesheet" href="${webview.asWebviewUri(joinPath(extensionUri, 'media', name)).toString()}">`).join('\n');
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
${styles}
<title>${page.title}</title>
</head>
<body>
<main id="app"><p>${page.loading}</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
