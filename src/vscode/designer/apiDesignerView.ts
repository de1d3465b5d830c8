// The sidebar webview view "API Designer" and the Review panel: connects both
// webviews to the one DesignerController (one session, one draft), the
// proposed documents the diff editor shows, and the commands that drive them.
import * as vscode from 'vscode';
import { API_DESIGNER_VIEW_ID, CommandIds } from '../commandIds';
import type { HostMessage } from '../../protocol/designerProtocol';
import { renderDesignerHtml } from './html';
import { DesignerController } from './controller';
import { applyPlan, dbModelOffers, readApiFiles, specsRoot } from './workspaceAccess';
import { ReviewPanel } from './reviewPanel';
import { PROPOSED_SCHEME, ProposedDocuments } from './proposedDocuments';
import { createViewActions } from './viewActions';
import { watchProblemCount, workspaceProblemCount } from './problemCount';

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
  // The controller posts through the views, which are created right after it.
  const sink: { provider?: ApiDesignerViewProvider; panel?: ReviewPanel; proposed?: ProposedDocuments; show?: ReturnType<typeof createViewActions> } = {};
  const post = (m: HostMessage) => {
    sink.provider?.post(m);
    sink.panel?.post(m);
    if (m.type === 'preview') sink.proposed?.refresh();
    if (m.type === 'generated') sink.panel?.post({ type: 'workspaceProblems', count: workspaceProblemCount() });
  };
  const controller = new DesignerController({
    load: () => context.workspaceState.get(DRAFT_KEY),
    save: async (value) => context.workspaceState.update(DRAFT_KEY, value),
    post,
    show: async (action) => sink.show?.(action),
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
  const panel = new ReviewPanel(context.extensionUri, (raw) => controller.handle(raw));
  const proposed = new ProposedDocuments((path) => controller.proposedText(path));
  Object.assign(sink, { provider, panel, proposed, show: createViewActions({ panel, proposed, folder: () => vscode.workspace.workspaceFolders?.[0]?.uri }) });
  const reveal = () => vscode.commands.executeCommand(`${API_DESIGNER_VIEW_ID}.focus`);
  context.subscriptions.push(
    log,
    vscode.window.registerWebviewViewProvider(API_DESIGNER_VIEW_ID, provider, { webviewOptions: { retainContextWhenHidden: false } }),
    panel,
    proposed,
    vscode.workspace.registerTextDocumentContentProvider(PROPOSED_SCHEME, proposed),
    watchProblemCount((m) => panel.post(m)),
    vscode.commands.registerCommand(CommandIds.reviewApi, () => panel.show()),
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
