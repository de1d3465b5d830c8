// Converts core findings to VS Code diagnostics and fixes to workspace edits.
import * as vscode from 'vscode';
import type { Finding, FindingFix, Severity } from '../../core/diagnostics/finding';
import type { SourceRange } from '../../core/model';

/** Where the diagnostics of the API lint say they come from. */
export const API_LINT_SOURCE = 'spec-architect';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(range: SourceRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.code = finding.code;
  diagnostic.source = API_LINT_SOURCE;
  return diagnostic;
}

/** The edit a fix makes, with paths resolved against the workspace folder. */
export function toWorkspaceEdit(folder: vscode.Uri, fix: FindingFix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const uriOf = (path: string) => vscode.Uri.joinPath(folder, ...path.split('/'));
  for (const e of fix.edits) edit.replace(uriOf(e.file), toRange(e.range), e.newText);
  for (const f of fix.createFiles ?? []) {
    edit.createFile(uriOf(f.file), { ignoreIfExists: true });
    edit.insert(uriOf(f.file), new vscode.Position(0, 0), f.content);
  }
  return edit;
}
