// "Spec Architect: Connect Coding Agents": merges the MCP server (the CLI this
// extension ships) into .mcp.json, .vscode/mcp.json and .cursor/mcp.json and
// the PostToolUse hook into .claude/settings.json. Each change opens as a
// diff first and nothing is written until the user agrees; the edit is one
// WorkspaceEdit (one undo step) of insertions, so every existing byte stays.
// Refused in an untrusted workspace. The files are read and written only
// where they really lie in the folder (the one confinement check, links
// followed): a `.vscode` that is a link leading out refuses the whole edit.
import * as vscode from 'vscode';
import { connectPlan, type ConnectFile } from '../../agents/connectPlan';
import { confine } from '../../core/paths';
import { CommandIds } from '../commandIds';
import { createWorkspaceHost } from '../workspaceHost';

export const CONNECT_AGENTS_COMMAND = CommandIds.connectAgents;
const PREVIEW_SCHEME = 'spec-architect-connect';

export interface ConnectArgs {
  /** Skip the question (tests, and callers that showed the diff themselves). */
  confirm?: boolean;
  /** Do not open the diffs. */
  noPreview?: boolean;
}

export interface ConnectResult {
  connected: boolean;
  written?: string[];
  unchanged?: string[];
  reason?: 'untrusted' | 'no-folder' | 'cancelled' | 'edit-refused' | 'outside-workspace';
}

/** The text of each planned file, shown on the right of the diffs. */
const previews = new Map<string, string>();

export function registerConnectAgents(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, { provideTextDocumentContent: (uri) => previews.get(uri.path) ?? '' }),
    vscode.commands.registerCommand(CONNECT_AGENTS_COMMAND, (args?: ConnectArgs) => connectAgents(context, args)),
  );
}

/** The single insertion that turns `before` into `after` (connectPlan only inserts). */
function insertion(before: string, after: string): { offset: number; text: string } {
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  return { offset: head, text: after.slice(head, head + after.length - before.length) };
}

async function connectAgents(context: vscode.ExtensionContext, args: ConnectArgs = {}): Promise<ConnectResult> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Spec Architect: Connect Coding Agents writes agent settings, so it runs only in a trusted workspace. Trust this workspace to use it. Nothing was written.');
    return { connected: false, reason: 'untrusted' };
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length <= 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Connect coding agents to which folder?' });
  if (!folder) return { connected: false, reason: 'no-folder' };
  const cli = { command: 'node', args: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath] };
  const uriOf = (path: string) => vscode.Uri.joinPath(folder.uri, ...path.split('/'));
  // The host answers an open editor's text first, and a path whose real place leaves the folder as missing.
  const host = createWorkspaceHost(folder.uri);
  const texts = new Map<string, string | undefined>();
  for (const path of ['.mcp.json', '.vscode/mcp.json', '.cursor/mcp.json', '.claude/settings.json']) texts.set(path, await host.readFile(path));
  const plan = connectPlan((path) => texts.get(path), cli);
  const changes = plan.filter((f) => f.status === 'create' || f.status === 'update');
  const unchanged = plan.filter((f) => !changes.includes(f)).map((f) => `${f.path}: ${f.note}`);
  if (changes.length === 0) {
    void vscode.window.showInformationMessage(`Coding agents are already connected: ${unchanged.join('; ')}.`);
    return { connected: true, written: [], unchanged };
  }
  if (!args.noPreview) for (const f of changes) await showDiff(folder, f);
  if (!args.confirm) {
    const answer = await vscode.window.showInformationMessage(
      `Connect coding agents? This adds the Spec Architect MCP server and hook to ${changes.map((f) => f.path).join(', ')}.`,
      { modal: true, detail: [...changes.map((f) => `${f.path}: ${f.note}`), ...unchanged].join('\n') },
      'Connect',
    );
    if (answer !== 'Connect') return { connected: false, reason: 'cancelled' };
  }
  const outside: string[] = [];
  for (const f of changes) if (!(await confine(host, f.path, '', 'write')).ok) outside.push(f.path);
  if (outside.length > 0) {
    void vscode.window.showErrorMessage(`Spec Architect: ${outside.join(', ')} would be written outside the workspace folder (a link leading out). Nothing was written.`);
    return { connected: false, reason: 'outside-workspace' };
  }
  const edit = new vscode.WorkspaceEdit();
  for (const f of changes) {
    const uri = uriOf(f.path);
    if (f.before === undefined) edit.createFile(uri, { ignoreIfExists: false, contents: new TextEncoder().encode(f.after) });
    else {
      const { offset, text } = insertion(f.before, f.after);
      const doc = await vscode.workspace.openTextDocument(uri);
      edit.insert(uri, doc.positionAt(offset), text);
    }
  }
  if (!(await vscode.workspace.applyEdit(edit))) return { connected: false, reason: 'edit-refused' };
  for (const f of changes) if (f.before !== undefined) await (await vscode.workspace.openTextDocument(uriOf(f.path))).save();
  void vscode.window.showInformationMessage(`Coding agents connected: ${changes.map((f) => f.path).join(', ')}. Restart Claude Code or Cursor to pick up the server.`);
  return { connected: true, written: changes.map((f) => f.path), unchanged };
}

async function showDiff(folder: vscode.WorkspaceFolder, file: ConnectFile): Promise<void> {
  const key = `/${folder.index}/${file.path}`;
  previews.set(key, file.after);
  const right = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: key });
  const left = file.before === undefined ? vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `${key}.empty` }) : vscode.Uri.joinPath(folder.uri, ...file.path.split('/'));
  await vscode.commands.executeCommand('vscode.diff', left, right, `${file.path} (Spec Architect: proposed)`, { preview: false });
}
