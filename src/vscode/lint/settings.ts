// The lint options for a workspace folder: the specArchitect.* settings, with
// `.spec-architect.json` (shared with the CLI) winning where it says something.
import * as vscode from 'vscode';
import { mergeSeverity, parseWorkspaceConfig, WORKSPACE_CONFIG_FILE } from '../../core/config';
import type { SeverityOverrides } from '../../core/diagnostics/finding';
import type { LintApiOptions } from '../../core/lint';
import type { SpecHost } from '../../core/host';

export async function lintOptionsFor(folder: vscode.WorkspaceFolder, host: SpecHost): Promise<LintApiOptions> {
  const settings = vscode.workspace.getConfiguration('specArchitect', folder.uri);
  const text = await host.readFile(WORKSPACE_CONFIG_FILE);
  const file = text === undefined ? {} : parseWorkspaceConfig(text).config;
  return {
    specsRoot: file.specsRoot ?? settings.get<string>('specsRoot', 'specs'),
    severity: mergeSeverity(settings.get<SeverityOverrides>('severity', {}), file.severity),
    databaseSpecs: file.databaseSpecs ?? settings.get<string[]>('databaseSpecs', []),
    authSpecs: file.authSpecs ?? settings.get<string[]>('authSpecs', []),
    apiSpecs: file.apiSpecs ?? settings.get<string[]>('apiSpecs', []),
    ignore: file.ignore ?? settings.get<string[]>('ignore', []),
  };
}
