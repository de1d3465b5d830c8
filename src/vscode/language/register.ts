// Wires the spec services and their language features into the extension.
import * as vscode from 'vscode';
import { DEFAULT_LANGUAGES } from '../../core/settings';
import { SpecServices } from '../specServices';
import { registerLanguageProviders } from './providers';

/** Starts one spec service per workspace folder and registers the providers; returns the services for the commands. */
export function registerLanguageFeatures(context: vscode.ExtensionContext): SpecServices {
  const services = new SpecServices(vscode.Uri.joinPath(context.extensionUri, 'specs-templates'));
  // The providers follow specArchitect.languages (markdown always, for the API lint): registered again when it changes.
  let providers: vscode.Disposable[] = [];
  const registerProviders = (): void => {
    for (const p of providers) p.dispose();
    const languages = new Set(['markdown', ...vscode.workspace.getConfiguration('specArchitect').get<string[]>('languages', [...DEFAULT_LANGUAGES])]);
    providers = registerLanguageProviders(services, [...languages].map((language) => ({ language })));
  };
  registerProviders();
  context.subscriptions.push(
    services,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('specArchitect.languages')) registerProviders();
    }),
    { dispose: () => providers.forEach((p) => p.dispose()) },
  );
  void services.startAll();
  return services;
}
