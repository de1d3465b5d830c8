// The Review panel: a webview panel in the editor area, opened beside the
// current editor, that shows the review of the designer's one draft (the
// coverage table, the questions, the problems, the file changes and what
// Generate wrote). Its messages go to the same controller as the side bar's.
import * as vscode from 'vscode';
import type { HostMessage } from '../../protocol/designerProtocol';
import { REVIEW_PAGE, renderDesignerHtml } from './html';

export const REVIEW_PANEL_TYPE = 'specArchitect.review';

export class ReviewPanel {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly onMessage: (raw: unknown) => Promise<boolean>) {}

  /** Opens the panel beside the active editor, or brings it forward when it is open. */
  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    const panel = vscode.window.createWebviewPanel(REVIEW_PANEL_TYPE, 'API Review', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    panel.webview.html = renderDesignerHtml(panel.webview, this.extensionUri, vscode.Uri.joinPath, REVIEW_PAGE);
    panel.webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(raw));
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    this.panel = panel;
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** The editor column for what the panel opens (a diff, a file): another one than the panel's, so the panel stays in sight. */
  otherColumn(): vscode.ViewColumn {
    return this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  }

  post(message: HostMessage): void {
    void this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
