// Wires the @specs/ reference service into the extension.
import * as vscode from 'vscode';
import { DEFAULT_LANGUAGES } from '../../core/references/api';
import { registerReferenceProviders } from './providers';
import { ReferenceService } from './service';

let current: ReferenceService | undefined;

/** The running service, for the Validate Specs command (src/vscode/validateCommand.ts). */
export function referenceService(): ReferenceService | undefined {
  return current;
}

export function registerReferences(context: vscode.ExtensionContext): void {
  const service = new ReferenceService(vscode.Uri.joinPath(context.extensionUri, 'specs-templates'));
  current = service;
  // The providers follow specArchitect.languages: registered again when it changes.
  let providers: vscode.Disposable[] = [];
  const registerProviders = (): void => {
    for (const p of providers) p.dispose();
    const languages = vscode.workspace.getConfiguration('specArchitect').get<string[]>('languages', DEFAULT_LANGUAGES);
    providers = registerReferenceProviders(service, languages.map((language) => ({ language })));
  };
  registerProviders();
  context.subscriptions.push(
    service,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('specArchitect.languages')) registerProviders();
    }),
    { dispose: () => providers.forEach((p) => p.dispose()) },
  );
  void Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => service.stateFor(f.uri)));
}
