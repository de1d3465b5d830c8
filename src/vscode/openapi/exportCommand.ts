// The `Export OpenAPI` command: reads <specsRoot>/api/*.md, builds the
// OpenAPI 3.1 document and writes it through a WorkspaceEdit (so it can be
// undone), only in a trusted workspace and only inside the workspace folder.
import * as vscode from 'vscode';
import { relative, sep } from 'node:path';
import { CommandIds } from '../commandIds';
import type { SpecServices } from '../specServices';
import { createWorkspaceHost } from '../workspaceHost';
import { writableInWorkspace } from '../../core/paths';

/** Arguments for running the command without dialogs (tests, other commands). */
export interface ExportOpenApiArgs {
  /** Workspace-relative output path; `.yaml`/`.yml` writes YAML. */
  target?: string;
}

/** What the command did. */
export interface ExportOpenApiResult {
  written: boolean;
  /** Workspace-relative path written. */
  path?: string;
  reason?: 'untrusted' | 'no-folder' | 'no-specs' | 'cancelled' | 'outside-workspace' | 'edit-failed';
}

export function registerExportOpenApi(context: vscode.ExtensionContext, services: SpecServices): void {
  context.subscriptions.push(vscode.commands.registerCommand(CommandIds.exportOpenApi, (args?: ExportOpenApiArgs) => exportOpenApi(services, args)));
}

async function exportOpenApi(services: SpecServices, args: ExportOpenApiArgs | undefined): Promise<ExportOpenApiResult> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Spec Architect: Export OpenAPI writes a file, so it runs only in a trusted workspace. Trust this workspace to use it. Nothing was written.');
    return { written: false, reason: 'untrusted' };
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 && args?.target === undefined ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Export the API specs of which folder?' }) : folders[0];
  if (folder === undefined) {
    if (folders.length === 0) void vscode.window.showWarningMessage('Spec Architect: open a folder with specs to export OpenAPI.');
    return { written: false, reason: folders.length === 0 ? 'no-folder' : 'cancelled' };
  }
  const host = createWorkspaceHost(folder.uri);
  // The folder's running service: its settings, its specs root and the API specs it already read.
  const { service } = await services.forFolder(folder);
  const specsRoot = service.settings.specsRoot;

  const requested = args?.target ?? (await askTarget(folder, specsRoot));
  if (requested === undefined) return { written: false, reason: 'cancelled' };
  const target = requested === null ? undefined : await writableInWorkspace(host, requested);
  if (target === undefined) {
    void vscode.window.showErrorMessage(`Spec Architect: ${requested ?? 'that file'} is outside the workspace folder; the export writes only inside it. Nothing was written.`);
    return { written: false, reason: 'outside-workspace' };
  }

  const result = await service.exportOpenApi(/\.ya?ml$/i.test(target) ? 'yaml' : 'json');
  if (result === undefined) {
    void vscode.window.showWarningMessage(`Spec Architect: no API specs found in ${specsRoot}/api/*.md. Nothing was written.`);
    return { written: false, reason: 'no-specs' };
  }
  const uri = vscode.Uri.joinPath(folder.uri, ...target.split('/'));
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: true, contents: new TextEncoder().encode(result.text) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`Spec Architect: could not write ${target}.`);
    return { written: false, reason: 'edit-failed' };
  }
  void vscode.window.showInformationMessage(`Spec Architect: exported ${result.routes} routes from ${result.files.length} spec files to ${target}.`);
  return { written: true, path: target };
}

/**
 * Asks where to write, starting at <specsRoot>/api/openapi.json. Returns a
 * workspace-relative path (one leaving the folder keeps its `..` and is
 * refused later), null for a file on another file system, undefined when
 * cancelled.
 */
async function askTarget(folder: vscode.WorkspaceFolder, specsRoot: string): Promise<string | null | undefined> {
  const defaultUri = vscode.Uri.joinPath(folder.uri, ...specsRoot.split('/').filter(Boolean), 'api', 'openapi.json');
  const picked = await vscode.window.showSaveDialog({ defaultUri, filters: { 'OpenAPI JSON': ['json'], 'OpenAPI YAML': ['yaml', 'yml'] }, saveLabel: 'Export OpenAPI', title: 'Export OpenAPI 3.1' });
  if (picked === undefined) return undefined;
  if (picked.scheme !== folder.uri.scheme || picked.authority !== folder.uri.authority) return null;
  return relative(folder.uri.fsPath, picked.fsPath).split(sep).join('/');
}
