// The sidebar webview view "API Designer". It owns the webview's lifetime and
// nothing else: the wizard runs in the browser bundle (webview/).
import * as vscode from 'vscode';
import { API_DESIGNER_VIEW_ID } from '../commandIds';
import { renderDesignerHtml } from './html';

class ApiDesignerViewProvider implements vscode.WebviewViewProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    view.webview.html = renderDesignerHtml(view.webview, this.extensionUri, vscode.Uri.joinPath);
  }
}

export function registerApiDesigner(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(API_DESIGNER_VIEW_ID, new ApiDesignerViewProvider(context.extensionUri), {
      webviewOptions: { retainContextWhenHidden: false },
    }),
  );
}
