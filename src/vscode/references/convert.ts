// Core results to VS Code types, in one place.
import * as vscode from 'vscode';
import type { Finding, Severity, TextEdit } from '../../core/diagnostics/finding';
import type { SourceRange } from '../../core/model/source';

export function toRange(range: SourceRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  d.code = finding.code;
  d.source = 'spec-architect';
  return d;
}

/** A workspace-relative POSIX path as a URI in the folder. */
export function toUri(folder: vscode.Uri, path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder, ...path.split('/'));
}

/** Adds core text edits to a WorkspaceEdit. */
export function addEdits(edit: vscode.WorkspaceEdit, folder: vscode.Uri, edits: readonly TextEdit[]): void {
  for (const e of edits) edit.replace(toUri(folder, e.file), toRange(e.range), e.newText);
}
