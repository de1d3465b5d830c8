// Entry point of the extension: wires each feature's registration into the
// extension context. Every feature lives in its own module; this file only
// calls them, so activation stays cheap and readable.
import type * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerApiDesigner } from './designer/apiDesignerView';
import { registerLanguageFeatures } from './language/register';
import { registerExportOpenApi } from './openapi/exportCommand';
import { registerValidateSpecs } from './validateCommand';
import { registerLanguageModelTools } from './agents/languageModelTools';
import { registerConnectAgents } from './agents/connectCommand';

export function activate(context: vscode.ExtensionContext): void {
  registerApiDesigner(context);
  const services = registerLanguageFeatures(context);
  registerValidateSpecs(context, services);
  registerCommands(context);
  registerExportOpenApi(context, services);
  registerLanguageModelTools(context);
  registerConnectAgents(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
