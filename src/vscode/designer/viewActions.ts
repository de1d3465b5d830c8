// What the editor does for the designer's view messages: the Review panel, a
// reviewed file in VS Code's diff editor (the file on disk beside its
// proposed text), a file on disk, the Problems panel, a step of the side bar.
// The controller has already checked that a file was named by the last review
// or Generate; these only show, they never write.
import * as vscode from 'vscode';
import { API_DESIGNER_VIEW_ID } from '../commandIds';
import type { ViewAction } from './controller';
import type { ProposedDocuments } from './proposedDocuments';
import type { ReviewPanel } from './reviewPanel';

export interface ViewActionDeps {
  panel: ReviewPanel;
  proposed: ProposedDocuments;
  /** The workspace folder the designer reads and writes. */
  folder(): vscode.Uri | undefined;
}

export function createViewActions(deps: ViewActionDeps): (action: ViewAction) => Promise<void> {
  const onDisk = (path: string): vscode.Uri => {
    const base = deps.folder();
    if (!base) throw new Error('Open a workspace folder first.');
    return vscode.Uri.joinPath(base, ...path.split('/'));
  };
  const name = (path: string) => path.split('/').at(-1) ?? path;
  return async (action) => {
    switch (action.type) {
      case 'openReview':
        return deps.panel.show();
      case 'openProblems':
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        return;
      case 'showStep':
        await vscode.commands.executeCommand(`${API_DESIGNER_VIEW_ID}.focus`);
        return;
      case 'openFile':
        await vscode.window.showTextDocument(onDisk(action.path), { viewColumn: deps.panel.otherColumn(), preview: false });
        return;
      case 'openDiff': {
        const { path, status } = action.file;
        const options = { viewColumn: deps.panel.otherColumn(), preview: true };
        deps.proposed.refresh();
        // A new file has nothing on disk to compare with; a deleted one has no proposed text.
        if (status === 'new') await vscode.window.showTextDocument(deps.proposed.uriFor(path), options);
        else if (status === 'deleted') await vscode.commands.executeCommand('vscode.diff', onDisk(path), deps.proposed.uriFor(path), `${name(path)} (deleted by Generate)`, options);
        else await vscode.commands.executeCommand('vscode.diff', onDisk(path), deps.proposed.uriFor(path), `${name(path)} (on disk ↔ after Generate)`, options);
        return;
      }
    }
  };
}
