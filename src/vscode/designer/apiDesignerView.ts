// The sidebar webview view "API Designer": connects the webview to the
// DesignerController, and registers the commands that drive it.
import * as vscode from 'vscode';
import { API_DESIGNER_VIEW_ID, CommandIds } from '../commandIds';
import type { HostMessage } from '../../protocol/designerProtocol';
import { renderDesignerHtml } from './html';
import { DesignerController } from './controller';
import { applyPlan, dbModelOffers, readApiFiles, specsRoot } from './workspaceAccess';

const DRAFT_KEY = 'specArchitect.designer.draft';

class ApiDesignerViewProvider implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly onMessage: (raw: unknown) => Promise<boolean>) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    view.webview.html = renderDesignerHtml(view.webview, this.extensionUri, vscode.Uri.joinPath);
    view.webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(raw));
    view.onDidDispose(() => {
      if (this.view === view) this.view = undefined;
    });
  }

  post(message: HostMessage): void {
    void this.view?.webview.postMessage(message);
  }
}

export function registerApiDesigner(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Spec Architect: API Designer');
  // The controller posts through the provider, which is created right after it.
  const sink: { provider?: ApiDesignerViewProvider } = {};
  const controller = new DesignerController({
    load: () => context.workspaceState.get(DRAFT_KEY),
    save: async (value) => context.workspaceState.update(DRAFT_KEY, value),
    post: (m) => sink.provider?.post(m),
    log: (m) => log.appendLine(m),
    isTrusted: () => vscode.workspace.isTrusted,
    specsRoot,
    readApiFiles,
    dbModels: dbModelOffers,
    apply: applyPlan,
    confirmDeletes: async (paths) => {
      const go = 'Delete and Generate';
      const answer = await vscode.window.showWarningMessage(
        `Generate will delete ${paths.length === 1 ? 'a spec file' : `${paths.length} spec files`} whose resources are no longer in the draft: ${paths.join(', ')}.`,
        { modal: true, detail: 'To keep a file, cancel and add its resource to the draft (Import specs/api brings it in).' },
        go,
      );
      return answer === go;
    },
  });
  const provider = new ApiDesignerViewProvider(context.extensionUri, (raw) => controller.handle(raw));
  sink.provider = provider;
  const reveal = () => vscode.commands.executeCommand(`${API_DESIGNER_VIEW_ID}.focus`);
  context.subscriptions.push(
    log,
    vscode.window.registerWebviewViewProvider(API_DESIGNER_VIEW_ID, provider, { webviewOptions: { retainContextWhenHidden: false } }),
    vscode.commands.registerCommand(CommandIds.importSpecs, async () => {
      await reveal();
      await controller.importSpecs();
      return controller.snapshot().draft;
    }),
    vscode.commands.registerCommand(CommandIds.generateSpecs, async () => {
      const result = await controller.generate();
      if ('refused' in result) {
        await reveal();
        void vscode.window.showWarningMessage(`Spec Architect: ${result.refused}`);
      }
      return result;
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void controller.sendState()),
  );
}
