// The extension under test, as the host sees it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../../package.json';

/** `<publisher>.<name>` from package.json, the one place the publisher is set. */
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

/** The command ids package.json contributes. */
export interface ContributedCommand {
  command: string;
  title: string;
}

/** Returns the extension, activated. */
export async function activatedExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
  await extension.activate();
  return extension;
}

/** The commands the manifest contributes. */
export function contributedCommands(extension: vscode.Extension<unknown>): ContributedCommand[] {
  const manifest = extension.packageJSON as { contributes?: { commands?: ContributedCommand[] } };
  return manifest.contributes?.commands ?? [];
}
