// Core results to VS Code types, in one place for every feature: ranges,
// diagnostics, workspace-relative paths and fixes.
import * as vscode from 'vscode';
import type { Finding, FindingFix, Severity, TextEdit } from '../core/diagnostics';
import type { SourceRange } from '../core/model';

/** Where every Spec Architect diagnostic says it comes from. */
export const DIAGNOSTIC_SOURCE = 'spec-architect';

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
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

/** A workspace-relative POSIX path as a URI in the folder. */
export function toUri(folder: vscode.Uri, path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder, ...path.split('/'));
}

/** Adds core text edits to a WorkspaceEdit. */
export function addEdits(edit: vscode.WorkspaceEdit, folder: vscode.Uri, edits: readonly TextEdit[]): void {
  for (const e of edits) edit.replace(toUri(folder, e.file), toRange(e.range), e.newText);
}

/** The one converter from a core fix to the WorkspaceEdit that applies it (undoable), paths resolved against the folder. A file to create that exists is left as it is. */
export function toWorkspaceEdit(folder: vscode.Uri, fix: Pick<FindingFix, 'edits' | 'createFiles'>): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  addEdits(edit, folder, fix.edits);
  for (const f of fix.createFiles ?? []) {
    edit.createFile(toUri(folder, f.file), { ignoreIfExists: true, contents: new TextEncoder().encode(f.content) });
  }
  return edit;
}
