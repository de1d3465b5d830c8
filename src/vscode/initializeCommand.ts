// The `Initialize Specs` command: copies the starter templates of the
// installed extension into the workspace's specs root through one
// WorkspaceEdit (one undo step), in trusted workspaces only, never over an
// existing file, and opens the API overview. The flow is in initializeFlow.ts.
import * as vscode from 'vscode';
import { toUri } from './convert';
import { initializeSpecs, type InitializeSpecsArgs, type InitializeSpecsResult } from './initializeFlow';
import { folderSettings } from './settings';
import { readTemplates, templatesFolder } from './templates';
import { createWorkspaceHost } from './workspaceHost';

/** The command's handler, reading the templates from the extension at `extensionUri`. */
export function initializeSpecsCommand(extensionUri: vscode.Uri): (args?: InitializeSpecsArgs) => Promise<InitializeSpecsResult> {
  return (args) =>
    initializeSpecs<vscode.WorkspaceFolder>(
      {
        isTrusted: () => vscode.workspace.isTrusted,
        folders: () => vscode.workspace.workspaceFolders ?? [],
        pickFolder: async () => vscode.window.showWorkspaceFolderPick({ placeHolder: 'Initialize the specs of which folder?' }),
        folderName: (folder) => folder.name,
        specsRoot: async (folder) => (await folderSettings(folder)).settings.specsRoot,
        readTemplates: () => readTemplates(templatesFolder(extensionUri)),
        host: (folder) => createWorkspaceHost(folder.uri),
        createFiles: async (folder, files) => {
          const edit = new vscode.WorkspaceEdit();
          for (const f of files) edit.createFile(toUri(folder.uri, f.path), { ignoreIfExists: true, contents: new TextEncoder().encode(f.content) });
          return vscode.workspace.applyEdit(edit);
        },
        open: async (folder, path) => {
          await vscode.window.showTextDocument(toUri(folder.uri, path), { preview: false });
        },
        info: (message) => void vscode.window.showInformationMessage(message),
        warn: (message) => void vscode.window.showWarningMessage(message),
      },
      args,
    );
}
