// The API lint in the editor: diagnostics for the API specs and their quick fixes.
import * as vscode from 'vscode';
import { ApiLintDiagnostics, watchApiLint } from './diagnostics';
import { ApiLintCodeActions } from './codeActions';

/** Registers the API lint diagnostics and quick fixes. */
export function registerApiLint(context: vscode.ExtensionContext): ApiLintDiagnostics {
  const diagnostics = new ApiLintDiagnostics();
  watchApiLint(context, diagnostics);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ApiLintCodeActions(diagnostics), { providedCodeActionKinds: ApiLintCodeActions.kinds }),
  );
  return diagnostics;
}
