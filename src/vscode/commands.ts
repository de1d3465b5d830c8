// Registers the palette commands. A command whose feature has not shipped says
// so plainly instead of pretending to work.
import * as vscode from 'vscode';
import { API_DESIGNER_VIEW_ID, CommandIds } from './commandIds';

export function registerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandIds.designApi, () => revealApiDesigner()),
    ...notYetAvailable([
      [CommandIds.initializeSpecs, 'Initialize Specs'],
    ]),
  );
}

/** Shows the API Designer view in the Spec Architect side bar. */
export async function revealApiDesigner(): Promise<void> {
  await vscode.commands.executeCommand(`${API_DESIGNER_VIEW_ID}.focus`);
}

function notYetAvailable(commands: ReadonlyArray<readonly [string, string]>): vscode.Disposable[] {
  return commands.map(([id, title]) =>
    vscode.commands.registerCommand(id, async () => {
      await vscode.window.showWarningMessage(`Spec Architect: "${title}" is not available in this version yet. Nothing was changed.`);
      return { available: false };
    }),
  );
}
