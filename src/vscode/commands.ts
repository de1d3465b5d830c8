// Registers the palette commands that have no module of their own to do it.
import * as vscode from 'vscode';
import { API_DESIGNER_VIEW_ID, CommandIds } from './commandIds';
import { initializeSpecsCommand } from './initializeCommand';

export function registerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandIds.designApi, () => revealApiDesigner()),
    vscode.commands.registerCommand(CommandIds.initializeSpecs, initializeSpecsCommand(context.extensionUri)),
  );
}

/** Shows the API Designer view in the Spec Architect side bar. */
export async function revealApiDesigner(): Promise<void> {
  await vscode.commands.executeCommand(`${API_DESIGNER_VIEW_ID}.focus`);
}
