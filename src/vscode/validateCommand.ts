// `Validate Specs`: re-checks the whole workspace, both the @specs/ references
// and the API lint, and reports what it found in one message. The diagnostics
// themselves are published by the folders' spec services as usual; this
// command forces a full pass (after a branch switch, say) and gives the totals.
import * as vscode from 'vscode';
import { CommandIds } from './commandIds';
import type { ProblemCounts, SpecServices } from './specServices';

export interface ValidationCounts {
  references: ProblemCounts;
  apiLint: ProblemCounts;
}

export async function validateSpecsCommand(services: SpecServices): Promise<ValidationCounts> {
  const counts = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Spec Architect: validating specs' },
    (): Promise<ValidationCounts> => services.validateAll(),
  );
  const errors = counts.references.errors + counts.apiLint.errors;
  const warnings = counts.references.warnings + counts.apiLint.warnings;
  const summary =
    `Spec Architect: ${errors} error(s), ${warnings} warning(s). ` +
    `References: ${counts.references.errors} error(s), ${counts.references.warnings} warning(s) in ${counts.references.files} file(s) with @specs/ tokens. ` +
    `API lint: ${counts.apiLint.errors} error(s), ${counts.apiLint.warnings} warning(s), ${counts.apiLint.other} note(s).`;
  if (errors + warnings > 0) {
    void vscode.window.showWarningMessage(summary, 'Open Problems').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  } else {
    void vscode.window.showInformationMessage(summary);
  }
  return counts;
}

/** Registers `Validate Specs` over the running spec services. */
export function registerValidateSpecs(context: vscode.ExtensionContext, services: SpecServices): void {
  context.subscriptions.push(vscode.commands.registerCommand(CommandIds.validateSpecs, () => validateSpecsCommand(services)));
}
