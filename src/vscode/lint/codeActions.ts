// Offers the fixes of the API lint findings as quick fixes. Fixes write files,
// so they are offered only in trusted workspaces; the edits go through a
// WorkspaceEdit and can be undone.
import * as vscode from 'vscode';
import type { ApiLintDiagnostics } from './diagnostics';
import { DIAGNOSTIC_SOURCE, toRange, toWorkspaceEdit } from '../convert';

export class ApiLintCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: ApiLintDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!vscode.workspace.isTrusted) return [];
    const found = this.diagnostics.findingsFor(document.uri);
    if (!found) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = found.findings.find((f) => f.code === diagnostic.code && toRange(f.range).isEqual(diagnostic.range) && f.message === diagnostic.message);
      for (const fix of finding?.fixes ?? []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred === true;
        action.edit = toWorkspaceEdit(found.folder.uri, fix);
        actions.push(action);
      }
    }
    return actions;
  }
}
