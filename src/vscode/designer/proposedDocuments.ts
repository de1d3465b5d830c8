// The proposed text of each reviewed file as a read-only virtual document, so
// VS Code's own diff editor can show it beside the file on disk. The text is
// the last review's (held by the controller); the documents change when a new
// review arrives.
import * as vscode from 'vscode';

export const PROPOSED_SCHEME = 'spec-architect-proposed';

export class ProposedDocuments implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly shown = new Set<string>();

  constructor(private readonly proposedText: (path: string) => string | undefined) {}

  /** The virtual document of a workspace-relative path; its query-free path keeps the file's name and extension, so the editor picks the markdown language. */
  uriFor(path: string): vscode.Uri {
    return vscode.Uri.from({ scheme: PROPOSED_SCHEME, path: `/${path}` });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const path = uri.path.replace(/^\//, '');
    this.shown.add(path);
    return this.proposedText(path) ?? '';
  }

  /** A new review: the open proposed documents show its text. */
  refresh(): void {
    for (const path of this.shown) this.changed.fire(this.uriFor(path));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
