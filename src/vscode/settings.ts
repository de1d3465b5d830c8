// The settings of one workspace folder in the editor: the `specArchitect.*`
// values of that folder (VS Code already keeps workspace values out in an
// untrusted workspace, for the restricted specsRoot) under its
// `.spec-architect.json`, merged by the core's one loader. Problems are shown
// once each, as a warning naming the file or setting and the key.
import * as vscode from 'vscode';
import type { SpecHost } from '../core/host';
import { formatSettingsProblem, loadSettings, SETTING_KEYS, type LoadedSettings } from '../core/settings';
import { createWorkspaceHost } from './workspaceHost';

const shown = new Set<string>();

/** The editor's values of the settings for `folder`; keys nobody set are left out, so the core's defaults apply. */
export function editorSettings(folder: vscode.Uri): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('specArchitect', folder);
  const values: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const inspected = config.inspect(key);
    const set = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (set !== undefined) values[key] = config.get(key);
  }
  return values;
}

/** The merged settings of a workspace folder; problems are reported once per session. */
export async function folderSettings(folder: vscode.WorkspaceFolder, host: SpecHost = createWorkspaceHost(folder.uri)): Promise<LoadedSettings> {
  const loaded = await loadSettings(host, editorSettings(folder.uri));
  for (const problem of loaded.problems) {
    const text = `Spec Architect (${folder.name}): ${formatSettingsProblem(problem)}`;
    if (shown.has(text)) continue;
    shown.add(text);
    void vscode.window.showWarningMessage(text);
  }
  return loaded;
}
