// Running Initialize Specs in the shared workspace copy without touching the
// example's specs/: the specs root setting points at a fresh subfolder for the
// duration of a test and is restored afterwards.
import * as vscode from 'vscode';

/** The starter templates every installation ships (specs-templates/). */
export const STARTER_TEMPLATES = ['api/README.md', 'api/errors.md', 'auth/jwt.md', 'db/models.md'];

export interface InitializeResult {
  initialized: boolean;
  specsRoot?: string;
  created?: string[];
  skipped?: string[];
  refused?: string[];
  reason?: string;
}

/**
 * Deletes the top folder of a fresh specs root (and closes its editors): the
 * starter files point at @specs/db/models.md#item, which the example's own
 * specs/ does not have, so left behind they would count in Validate Specs.
 */
export async function removeSpecsRoot(root: string, ...files: vscode.Uri[]): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return;
  const top = vscode.Uri.joinPath(folder, root.split('/')[0] ?? root);
  const gone = [top.path, ...files.map((f) => f.path)];
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && gone.some((p) => (t.input as vscode.TabInputText).uri.path.startsWith(p)));
  await vscode.window.tabGroups.close(tabs);
  for (const uri of [top, ...files]) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** A specs root that no other test uses. */
export function freshSpecsRoot(label: string): string {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}/specs`;
}

/** Runs `body` with specArchitect.specsRoot set to `root` in the workspace settings, then restores the previous value. */
export async function withSpecsRoot<T>(root: string, body: () => Thenable<T> | Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('specArchitect');
  const previous = config.inspect<string>('specsRoot')?.workspaceValue;
  await config.update('specsRoot', root, vscode.ConfigurationTarget.Workspace);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration('specArchitect').update('specsRoot', previous, vscode.ConfigurationTarget.Workspace);
  }
}

/** Runs the command against `root`; its messages are not modal, so it returns without help. */
export async function initializeAt(root: string): Promise<InitializeResult> {
  const result = await withSpecsRoot(root, () => vscode.commands.executeCommand<InitializeResult>('specArchitect.initializeSpecs'));
  await vscode.commands.executeCommand('notifications.clearAll');
  return result;
}
